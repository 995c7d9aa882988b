import { problemOf } from '@ketqua/dashboard/data-access';
import { useRef, useState } from 'react';
import { useQuery } from 'urql';
import { UnitOfficialsQuery } from '../graphql/unit-officials.query';

export const OFFICIALS_PAGE_SIZE = 20;

export interface OfficialsFilter {
  unitId: string | null;
  includeSubunits: boolean;
  search: string;
}

/**
 * Server paging over a connection: the API pages forward with `after`, so the hook keeps the
 * cursor that opened each page it has shown; "previous" goes back along that trail. Any change of
 * filter starts again at page one.
 */
export function useOfficialsPage({ unitId, includeSubunits, search }: OfficialsFilter) {
  const key = JSON.stringify([unitId, includeSubunits, search.trim()]);
  const [trail, setTrail] = useState<{ key: string; cursors: Array<string | null> }>({ key, cursors: [null] });
  const cursors = trail.key === key ? trail.cursors : [null];
  const page = cursors.length - 1;

  const [{ data, fetching, error }, refetch] = useQuery({
    query: UnitOfficialsQuery,
    variables: {
      filter: { unitId, includeSubunits, search: search.trim() || null },
      first: OFFICIALS_PAGE_SIZE,
      after: cursors[page],
    },
    pause: !unitId,
  });

  // While the next page loads, keep showing the last one instead of an empty table.
  const shown = useRef(data?.officials ?? null);
  if (data?.officials) shown.current = data.officials;
  const connection = data?.officials ?? (fetching ? shown.current : null);

  const rows = connection?.edges.map((e) => e.node) ?? [];
  const offset = page * OFFICIALS_PAGE_SIZE;
  const endCursor = connection?.pageInfo.endCursor ?? null;
  const hasNext = !fetching && !!connection?.pageInfo.hasNextPage && !!endCursor;

  return {
    rows,
    totalCount: connection?.totalCount ?? 0,
    from: rows.length ? offset + 1 : 0,
    to: offset + rows.length,
    page,
    fetching,
    problem: data ? null : problemOf(error),
    hasPrevious: page > 0 && !fetching,
    hasNext,
    next: () => hasNext && setTrail({ key, cursors: [...cursors, endCursor] }),
    previous: () => page > 0 && setTrail({ key, cursors: cursors.slice(0, -1) }),
    reload: () => refetch({ requestPolicy: 'network-only' }),
  };
}
