import { useSessionStore } from '@ketqua/dashboard/data-access';
import { useCallback } from 'react';
import { useMutation } from 'urql';
import { LogoutMutation } from '../graphql/logout.mutation';

/**
 * Ends the session on the server (its tokens stop working at once) and on this device. The device
 * signs out even when the server cannot be reached: leaving must always work.
 */
export function useSignOut() {
  const store = useSessionStore();
  const [, logout] = useMutation(LogoutMutation);
  return useCallback(async () => {
    if (store.get()) await logout({}, { requestPolicy: 'network-only' }).catch(() => undefined);
    store.end('SIGNED_OUT');
  }, [logout, store]);
}
