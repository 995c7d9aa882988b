import { createSessionStore, SESSION_STORAGE_KEY, type KeyValueStorage, type Session } from './session-store';

const memoryStorage = (): KeyValueStorage & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
};

const session = (n: number): Session => ({
  accessTokenExpiresAt: `2026-11-23T10:0${n}:00.000Z`,
  user: {
    id: 'u1',
    fullName: 'Lê Thị Hồng Nhung',
    email: 'official@demo.ketqua.vn',
    role: 'OFFICIAL',
    unitId: 'unit1',
    agencyId: 'agency1',
    cityScope: false,
    mustChangePassword: true,
  },
});

describe('the session store', () => {
  it('survives a reload of the page', () => {
    const storage = memoryStorage();
    createSessionStore(storage).set(session(1));
    expect(createSessionStore(storage).get()).toEqual(session(1));
  });

  it('treats a damaged stored entry as signed out', () => {
    const storage = memoryStorage();
    storage.setItem(SESSION_STORAGE_KEY, '{not json');
    expect(createSessionStore(storage).get()).toBeNull();
  });

  it('remembers why the session ended until the next sign-in, and tells subscribers', () => {
    const store = createSessionStore(memoryStorage());
    const seen: Array<string | null> = [];
    store.subscribe(() => seen.push(store.get()?.accessTokenExpiresAt ?? null));

    store.set(session(1));
    store.end('SESSION_ENDED');
    expect(store.lastEnd()).toBe('SESSION_ENDED');
    store.set(session(2));
    expect(store.lastEnd()).toBeNull();
    expect(seen).toEqual(['2026-11-23T10:01:00.000Z', null, '2026-11-23T10:02:00.000Z']);
  });

  it('keeps no token: the stored entry is the user and the expiry only, and an entry of the former token storage is dropped', () => {
    const storage = memoryStorage();
    createSessionStore(storage).set(session(1));
    expect(Object.keys(JSON.parse(storage.data.get(SESSION_STORAGE_KEY)!) as object).sort()).toEqual(['accessTokenExpiresAt', 'user']);
    storage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ ...session(1), accessToken: 'eyJ.old', refreshToken: 'old' }));
    expect(createSessionStore(storage).get()).toBeNull();
    expect(storage.data.has(SESSION_STORAGE_KEY)).toBe(false);
  });

  it('updates the user without touching the expiry', () => {
    const store = createSessionStore(memoryStorage());
    store.set(session(1));
    store.updateUser({ mustChangePassword: false });
    expect(store.get()).toMatchObject({ accessTokenExpiresAt: '2026-11-23T10:01:00.000Z', user: { mustChangePassword: false } });
  });

  it('follows another tab: its refresh, and its sign-out', () => {
    const storage = memoryStorage();
    const here = createSessionStore(storage);
    const there = createSessionStore(storage);
    here.set(session(1));
    there.reload();
    there.set(session(2));
    expect(here.reload()?.accessTokenExpiresAt).toBe('2026-11-23T10:02:00.000Z');
    there.end('SIGNED_OUT');
    expect(here.reload()).toBeNull();
    expect(here.lastEnd()).toBe('SIGNED_OUT');
  });
});
