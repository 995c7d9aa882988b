import { problemOf } from '@ketqua/dashboard/data-access';
import { useQuery } from 'urql';
import { OrgAgenciesQuery } from '../graphql/org-agencies.query';

/** Enough agencies for a picker; more are reached by typing (server search). */
export const AGENCY_PAGE_SIZE = 50;

export function useAgencies(search: string) {
  const [{ data, fetching, error }, refetch] = useQuery({
    query: OrgAgenciesQuery,
    variables: { first: AGENCY_PAGE_SIZE, search: search.trim() || null },
  });
  return {
    agencies: data?.agencies.edges.map((e) => e.node) ?? [],
    totalCount: data?.agencies.totalCount ?? 0,
    loading: fetching && !data,
    fetching,
    problem: data ? null : problemOf(error),
    reload: () => refetch({ requestPolicy: 'network-only' }),
  };
}
