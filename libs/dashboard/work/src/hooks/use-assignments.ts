import { problemOf } from '@ketqua/dashboard/data-access';
import { useRef, useState } from 'react';
import { useQuery } from 'urql';
import type { AssignmentFilter } from '@ketqua/dashboard/data-access';
import { AssignmentsQuery } from '../graphql/assignments.query';

export const PAGE_SIZE = 50;

/** A filtered, server-paged list of assignments; a new filter starts at page one. */
export function useAssignments(filter: AssignmentFilter, pause = false) {
  const key = JSON.stringify(filter);
  const [trail, setTrail] = useState<{ key: string; cursors: Array<string | null> }>({ key, cursors: [null] });
  const cursors = trail.key === key ? trail.cursors : [null];
  const page = cursors.length - 1;
  const [{ data, fetching, error }, refetch] = useQuery({
    query: AssignmentsQuery,
    variables: { filter, first: PAGE_SIZE, after: cursors[page] },
    requestPolicy: 'cache-and-network',
    pause,
  });
  const shown = useRef(data?.assignments ?? null);
  if (data?.assignments) shown.current = data.assignments;
  const connection = data?.assignments ?? (fetching ? shown.current : null);
  const rows = connection?.edges.map((e) => e.node) ?? [];
  const endCursor = connection?.pageInfo.endCursor ?? null;
  const hasNext = !fetching && !!connection?.pageInfo.hasNextPage && !!endCursor;
  return {
    rows,
    totalCount: connection?.totalCount ?? 0,
    from: rows.length ? page * PAGE_SIZE + 1 : 0,
    to: page * PAGE_SIZE + rows.length,
    fetching,
    problem: data ? null : problemOf(error),
    hasPrevious: page > 0 && !fetching,
    hasNext,
    next: () => hasNext && setTrail({ key, cursors: [...cursors, endCursor] }),
    previous: () => page > 0 && setTrail({ key, cursors: cursors.slice(0, -1) }),
    reload: () => refetch({ requestPolicy: 'network-only' }),
  };
}
