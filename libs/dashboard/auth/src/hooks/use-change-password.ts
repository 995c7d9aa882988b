import { problemOfFailure, useSessionStore, type ApiProblem } from '@ketqua/dashboard/data-access';
import { useCallback } from 'react';
import { useMutation } from 'urql';
import { ChangePasswordMutation } from '../graphql/change-password.mutation';

/** Changes the password (other sessions end); resolves to the problem to show, or null. */
export function useChangePassword() {
  const store = useSessionStore();
  const [{ fetching }, change] = useMutation(ChangePasswordMutation);
  const changePassword = useCallback(
    async (currentPassword: string, newPassword: string): Promise<ApiProblem | null> => {
      const result = await change({ input: { currentPassword, newPassword } });
      if (result.data?.changePassword) {
        store.updateUser({ mustChangePassword: false });
        return null;
      }
      return problemOfFailure(result.error);
    },
    [change, store],
  );
  return { changePassword, changing: fetching };
}
