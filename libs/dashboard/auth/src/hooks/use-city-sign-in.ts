import { problemOfFailure, sessionFromPayload, useSessionStore, type ApiProblem } from '@ketqua/dashboard/data-access';
import { useCallback } from 'react';
import { useMutation, useQuery } from 'urql';
import { CompleteCitySignInMutation, SignInOptionsQuery, StartCitySignInMutation } from '../graphql/city-sign-in';

/** Kept in this tab only: the API lets only the browser that started a city sign-in finish it. */
const BINDING_KEY = 'ketqua.citySignIn.binding';

/** What the sign-in page offers (the city account, passwords). */
export function useSignInOptions() {
  const [{ data }] = useQuery({ query: SignInOptionsQuery });
  return data?.signInOptions ?? { citySignIn: false, passwordSignIn: true };
}

/** "Đăng nhập bằng tài khoản của Thành phố": off to the city's identity provider. */
export function useStartCitySignIn() {
  const [{ fetching }, startMutation] = useMutation(StartCitySignInMutation);
  const start = useCallback(async (): Promise<ApiProblem | null> => {
    const result = await startMutation({});
    const started = result.data?.startCitySignIn;
    if (!started) return problemOfFailure(result.error);
    sessionStorage.setItem(BINDING_KEY, started.binding);
    window.location.assign(started.authorizationUrl);
    return null;
  }, [startMutation]);
  return { start, starting: fetching };
}

/** Back from the identity provider: finishes the sign-in with the address the browser landed on. */
export function useCompleteCitySignIn() {
  const store = useSessionStore();
  const [, completeMutation] = useMutation(CompleteCitySignInMutation);
  return useCallback(async (): Promise<ApiProblem | null> => {
    const binding = sessionStorage.getItem(BINDING_KEY) ?? '';
    sessionStorage.removeItem(BINDING_KEY);
    const result = await completeMutation({ input: { callbackUrl: window.location.href, binding } });
    const payload = result.data?.completeCitySignIn;
    if (payload) {
      store.set(sessionFromPayload(payload));
      return null;
    }
    return problemOfFailure(result.error);
  }, [completeMutation, store]);
}
