import type { Role } from '../gql/graphql';

/** The signed-in official as the shell needs it (name and role in the header, navigation). */
export interface SessionUser {
  id: string;
  fullName: string;
  email: string;
  role: Role;
  unitId: string;
  agencyId: string;
  cityScope: boolean;
  mustChangePassword: boolean;
  /** HR or ADMIN without an authenticator: the API answers only the enrolment (Bảo mật tài khoản). */
  mustEnrolSecondFactor?: boolean;
}

/**
 * What the dashboard knows of its session. The tokens themselves are in httpOnly cookies set by the
 * API, out of reach of any script: only the user and the access token's expiry are kept here.
 */
export interface Session {
  /** ISO instant; the client refreshes shortly before it. */
  accessTokenExpiresAt: string;
  user: SessionUser;
}

/** Why the last session ended, so the sign-in page can say so. */
export type SessionEnd = 'SIGNED_OUT' | 'SESSION_ENDED' | 'EXPIRED';

export interface SessionStore {
  get(): Session | null;
  set(session: Session): void;
  /** Updates the signed-in user (e.g. after a password change) without touching the tokens. */
  updateUser(patch: Partial<SessionUser>): void;
  end(reason: SessionEnd): void;
  /** Re-reads storage: another tab may have refreshed or ended the session. */
  reload(): Session | null;
  lastEnd(): SessionEnd | null;
  subscribe(listener: () => void): () => void;
}

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const SESSION_STORAGE_KEY = 'ketqua.session';

function parse(raw: string | null): Session | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as (Partial<Session> & { accessToken?: unknown }) | null;
    // An entry of the former localStorage sessions still holds tokens: not a session any more (sign in again).
    if (value && 'accessToken' in value) return null;
    if (value && typeof value.accessTokenExpiresAt === 'string' && value.user && typeof value.user.role === 'string') return value as Session;
  } catch {
    // A damaged entry is the same as no session: the user signs in again.
  }
  return null;
}

/**
 * The session kept on this device (tokens and the user), shared by the urql client and React.
 * Storage is injected so the logic runs in tests without a browser.
 */
export function createSessionStore(storage: KeyValueStorage | null, key = SESSION_STORAGE_KEY): SessionStore {
  let current = parse(storage?.getItem(key) ?? null);
  // Leaves no token of an older version behind in the browser's storage.
  if (!current && storage?.getItem(key)) storage.removeItem(key);
  let ended: SessionEnd | null = null;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());

  const write = (session: Session | null) => {
    current = session;
    if (session) storage?.setItem(key, JSON.stringify(session));
    else storage?.removeItem(key);
    notify();
  };

  return {
    get: () => current,
    set(session) {
      ended = null;
      write(session);
    },
    updateUser(patch) {
      if (current) write({ ...current, user: { ...current.user, ...patch } });
    },
    end(reason) {
      if (!current) return;
      ended = reason;
      write(null);
    },
    reload() {
      if (!storage) return current; // memory only: nothing else can have changed it
      const stored = parse(storage?.getItem(key) ?? null);
      if (JSON.stringify(stored) !== JSON.stringify(current)) {
        if (current && !stored) ended = 'SIGNED_OUT';
        current = stored;
        notify();
      }
      return current;
    },
    lastEnd: () => ended,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The browser's store, following sign-in, refresh and sign-out done in other tabs. */
export function createBrowserSessionStore(): SessionStore {
  const store = createSessionStore(window.localStorage);
  window.addEventListener('storage', (event) => {
    if (event.key === SESSION_STORAGE_KEY || event.key === null) store.reload();
  });
  return store;
}

/** The payload of login or refreshSession as a stored session (its tokens, if any, are ignored: they come as cookies). */
export function sessionFromPayload(payload: {
  accessTokenExpiresAt: string;
  mustEnrolSecondFactor?: boolean;
  user: { id: string; fullName: string; email: string; role: Role; unitId: string; cityScope: boolean; mustChangePassword: boolean; agency: { id: string } };
}): Session {
  const { user } = payload;
  return {
    accessTokenExpiresAt: payload.accessTokenExpiresAt,
    user: {
      id: user.id,
      fullName: user.fullName,
      email: user.email,
      role: user.role,
      unitId: user.unitId,
      agencyId: user.agency.id,
      cityScope: user.cityScope,
      mustChangePassword: user.mustChangePassword,
      mustEnrolSecondFactor: !!payload.mustEnrolSecondFactor,
    },
  };
}
