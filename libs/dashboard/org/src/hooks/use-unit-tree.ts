import { problemOf } from '@ketqua/dashboard/data-access';
import { useCallback, useMemo, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { OrgUnitsQuery } from '../graphql/org-units.query';
import { buildUnitTree, type UnitRow } from './unit-tree';

/** Units per request (the API's maximum); an agency with more offers "load more". */
export const UNIT_PAGE_SIZE = 200;

interface MorePages {
  agencyId: string;
  rows: UnitRow[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/** An agency's units in the caller's scope, as a tree, loaded a bounded page at a time. */
export function useUnitTree(agencyId: string | null) {
  const client = useClient();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: OrgUnitsQuery,
    variables: { agencyId: agencyId ?? '', first: UNIT_PAGE_SIZE, after: null },
    pause: !agencyId,
  });
  const [more, setMore] = useState<MorePages | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);

  const first = data?.units;
  const extra = more && more.agencyId === agencyId ? more : null;
  const rows = useMemo(() => [...(first?.edges.map((e) => e.node) ?? []), ...(extra?.rows ?? [])], [first, extra]);
  const tree = useMemo(() => buildUnitTree(rows), [rows]);
  const hasMore = extra ? extra.hasNextPage : (first?.pageInfo.hasNextPage ?? false);

  const loadMore = useCallback(async () => {
    if (!agencyId || !first) return;
    const after = extra ? extra.endCursor : first.pageInfo.endCursor;
    setLoadingMore(true);
    const result = await client.query(OrgUnitsQuery, { agencyId, first: UNIT_PAGE_SIZE, after }).toPromise();
    setLoadingMore(false);
    const page = result.data?.units;
    if (!page) return;
    setMore({
      agencyId,
      rows: [...(extra?.rows ?? []), ...page.edges.map((e) => e.node)],
      endCursor: page.pageInfo.endCursor,
      hasNextPage: page.pageInfo.hasNextPage,
    });
  }, [agencyId, client, extra, first]);

  return {
    tree,
    totalCount: first?.totalCount ?? 0,
    loading: !!agencyId && fetching && !data,
    problem: data ? null : problemOf(error),
    hasMore,
    loadingMore,
    loadMore,
    reload: () => refetch({ requestPolicy: 'network-only' }),
  };
}
