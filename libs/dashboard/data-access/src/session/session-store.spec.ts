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
  accessToken: `A${n}`,
  accessTokenExpiresAt: '2026-11-23T10:00:00.000Z',
  refreshToken: `R${n}`,
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
    store.subscribe(() => seen.push(store.get()?.accessToken ?? null));

    store.set(session(1));
    store.end('SESSION_ENDED');
    expect(store.lastEnd()).toBe('SESSION_ENDED');
    store.set(session(2));
    expect(store.lastEnd()).toBeNull();
    expect(seen).toEqual(['A1', null, 'A2']);
  });

  it('updates the user without touching the tokens', () => {
    const store = createSessionStore(memoryStorage());
    store.set(session(1));
    store.updateUser({ mustChangePassword: false });
    expect(store.get()).toMatchObject({ accessToken: 'A1', user: { mustChangePassword: false } });
  });

  it('follows another tab: its refreshed tokens, and its sign-out', () => {
    const storage = memoryStorage();
    const here = createSessionStore(storage);
    const there = createSessionStore(storage);
    here.set(session(1));
    there.reload();
    there.set(session(2));
    expect(here.reload()?.accessToken).toBe('A2');
    there.end('SIGNED_OUT');
    expect(here.reload()).toBeNull();
    expect(here.lastEnd()).toBe('SIGNED_OUT');
  });
});
