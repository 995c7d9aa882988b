import { problemOfFailure, sessionFromPayload, useSessionStore, type ApiProblem } from '@ketqua/dashboard/data-access';
import { useCallback } from 'react';
import { useMutation } from 'urql';
import { CompleteSignInMutation } from '../graphql/complete-sign-in.mutation';
import { LoginMutation } from '../graphql/login.mutation';

export interface Credentials {
  email: string;
  password: string;
}

/** What signing in answered: done (null), a code to ask for (the challenge), or a problem to show. */
export type SignInOutcome = null | { challenge: string } | ApiProblem;

export const isChallenge = (outcome: SignInOutcome): outcome is { challenge: string } => !!outcome && 'challenge' in outcome;

/** Signs in (password, then the two-factor code when the account has one) and stores the session. */
export function useSignIn() {
  const store = useSessionStore();
  const [{ fetching }, login] = useMutation(LoginMutation);
  const [{ fetching: completing }, complete] = useMutation(CompleteSignInMutation);
  const signIn = useCallback(
    async ({ email, password }: Credentials): Promise<SignInOutcome> => {
      const result = await login({ input: { email: email.trim(), password } });
      const payload = result.data?.login;
      if (payload) {
        store.set(sessionFromPayload(payload));
        return null;
      }
      const problem = problemOfFailure(result.error);
      const challenge = problem.extensions['challengeToken'];
      if (problem.reason === 'SECOND_FACTOR_REQUIRED' && typeof challenge === 'string') return { challenge };
      return problem;
    },
    [login, store],
  );
  const completeSignIn = useCallback(
    async (challenge: string, code: string): Promise<ApiProblem | null> => {
      const result = await complete({ input: { challengeToken: challenge, code: code.trim() } });
      const payload = result.data?.completeSignIn;
      if (payload) {
        store.set(sessionFromPayload(payload));
        return null;
      }
      return problemOfFailure(result.error);
    },
    [complete, store],
  );
  return { signIn, completeSignIn, signingIn: fetching || completing };
}
