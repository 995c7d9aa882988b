import { useSession } from '@ketqua/dashboard/data-access';
import { useQuery } from 'urql';
import { TeamScopeQuery } from '../graphql/team-scope.query';
import { WorkCatalogueQuery } from '../graphql/work-catalogue.query';

/** Units, officials and positions the caller may see (the API limits them to the caller's scope). */
export function useTeamScope() {
  const me = useSession()?.user.id;
  const [{ data, fetching }] = useQuery({ query: TeamScopeQuery });
  return {
    fetching,
    units: data?.units.edges.map((e) => e.node) ?? [],
    positions: data?.positions.edges.map((e) => e.node) ?? [],
    /** Officials one may give work to: everyone in scope but oneself. */
    officials: (data?.officials.edges.map((e) => e.node) ?? []).filter((o) => o.id !== me),
  };
}

export function useCatalogue(unitId: string | null, includeInactive = false) {
  const [{ data, fetching }, refetch] = useQuery({
    query: WorkCatalogueQuery,
    variables: { filter: { unitId: unitId ?? '', includeInactive } },
    pause: !unitId,
  });
  return { items: data?.workCatalogue.edges.map((e) => e.node) ?? [], fetching, reload: () => refetch({ requestPolicy: 'network-only' }) };
}
