import { problemOf } from '@ketqua/dashboard/data-access';
import { useQuery } from 'urql';
import { MyProfileQuery } from '../graphql/my-profile.query';

/** The signed-in official's own record (`me`), always read fresh from the API. */
export function useMyProfile() {
  const [{ data, fetching, error }, refetch] = useQuery({ query: MyProfileQuery, requestPolicy: 'cache-and-network' });
  return {
    me: data?.me ?? null,
    loading: fetching && !data,
    problem: data ? null : problemOf(error),
    reload: () => refetch({ requestPolicy: 'network-only' }),
  };
}
