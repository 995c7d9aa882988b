import { problemOf } from '@ketqua/dashboard/data-access';
import { useQuery } from 'urql';
import { EnrollmentsQuery } from '../graphql/enrollments.query';

export type EnrollmentStatus = 'PENDING' | 'APPROVED' | 'REJECTED' | 'SUSPENDED' | 'ENDED';

/** Enrollments of a unit (or every unit in scope) in some statuses; the week grid only where asked. */
export function useEnrollments({ unitId, statuses, withCap, pause = false }: { unitId?: string; statuses: readonly EnrollmentStatus[]; withCap: boolean; pause?: boolean }) {
  const [{ data, fetching, error }, refetch] = useQuery({
    query: EnrollmentsQuery,
    variables: { filter: { unitId, statuses: [...statuses] }, withCap },
    requestPolicy: 'cache-and-network',
    pause,
  });
  return {
    rows: data?.enrollments.edges.map((e) => e.node) ?? [],
    total: data?.enrollments.totalCount ?? 0,
    fetching,
    problem: problemOf(error),
    reload: () => refetch({ requestPolicy: 'network-only' }),
  };
}
