import { useQuery } from 'urql';
import { PilotUnitChoicesQuery } from '../graphql/pilot-units.query';
import { PilotsQuery } from '../graphql/pilots.query';

export interface PilotUnit {
  id: string;
  name: string;
  pilotId: string;
}

/**
 * The units taking part in a pilot that the caller may see: a head's own units, HR's and
 * inspectors' agency (or city). The API scopes both lists; their intersection is what pages offer.
 */
export function usePilotUnits() {
  const [pilots] = useQuery({ query: PilotsQuery });
  const [scope] = useQuery({ query: PilotUnitChoicesQuery });
  const visible = new Set(scope.data?.units.edges.map((e) => e.node.id) ?? []);
  const units: PilotUnit[] = [];
  for (const { node: pilot } of pilots.data?.pilots.edges ?? []) {
    for (const unit of pilot.units) {
      if (visible.has(unit.id) && !units.some((u) => u.id === unit.id)) units.push({ id: unit.id, name: unit.name, pilotId: pilot.id });
    }
  }
  units.sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  return { units, fetching: pilots.fetching || scope.fetching, error: pilots.error ?? scope.error };
}
