import { createContext, useContext, useMemo, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { Provider as UrqlProvider } from 'urql';
import { createKetquaClient } from '../client/create-client';
import type { Session, SessionStore } from './session-store';

const SessionContext = createContext<SessionStore | null>(null);

export function SessionProvider({ store, children }: { store: SessionStore; children: ReactNode }) {
  return <SessionContext.Provider value={store}>{children}</SessionContext.Provider>;
}

export function useSessionStore(): SessionStore {
  const store = useContext(SessionContext);
  if (!store) throw new Error('useSessionStore needs a <SessionProvider> above it');
  return store;
}

/** The current session (null when signed out); re-renders on sign-in, refresh and sign-out. */
export function useSession(): Session | null {
  const store = useSessionStore();
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}

/** A fresh urql client for each signed-in user: one user's cached data never shows to the next. */
export function ApiProvider({ language, children }: { language: string; children: ReactNode }) {
  const store = useSessionStore();
  const userId = useSession()?.user.id ?? null;
  const languageRef = useRef(language);
  languageRef.current = language;
  const client = useMemo(
    () => createKetquaClient({ session: store, language: () => languageRef.current }),
    // userId is the point: a new user gets a new client and an empty cache.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [store, userId],
  );
  return <UrqlProvider value={client}>{children}</UrqlProvider>;
}
