import { EntityManager } from 'typeorm';

/** A pilot as another feature needs it: its name and the units taking part. */
export interface PilotScope {
  id: string;
  name: string;
  unitIds: string[];
}

/**
 * Port (core) through which a feature learns which units a home-work pilot covers without
 * reading the pilot tables (features never import each other, ENGINEERING.md). The pilot module
 * provides it (PilotPortsModule). The evaluation module uses it for periods of a pilot.
 */
export abstract class PilotScopeSource {
  /** The pilot with its units, or null when there is no such pilot. Reads through `tx` when given. */
  abstract pilotOf(pilotId: string, tx?: EntityManager): Promise<PilotScope | null>;
  /** The pilots having at least one of `unitIds` (for scoping lists of pilot periods). */
  abstract pilotIdsWithUnits(unitIds: readonly string[], tx?: EntityManager): Promise<string[]>;
}
