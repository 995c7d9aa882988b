import { problemOfFailure, sessionFromPayload, useSessionStore, type ApiProblem } from '@ketqua/dashboard/data-access';
import { useCallback } from 'react';
import { useMutation } from 'urql';
import { LoginMutation } from '../graphql/login.mutation';

export interface Credentials {
  email: string;
  password: string;
}

/** Signs in and stores the session; resolves to the problem to show, or null on success. */
export function useSignIn() {
  const store = useSessionStore();
  const [{ fetching }, login] = useMutation(LoginMutation);
  const signIn = useCallback(
    async ({ email, password }: Credentials): Promise<ApiProblem | null> => {
      const result = await login({ input: { email: email.trim(), password } });
      const payload = result.data?.login;
      if (payload) {
        store.set(sessionFromPayload(payload));
        return null;
      }
      return problemOfFailure(result.error);
    },
    [login, store],
  );
  return { signIn, signingIn: fetching };
}
