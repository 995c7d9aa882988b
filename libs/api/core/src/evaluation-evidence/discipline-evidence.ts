import type { LocalDate } from '@ketqua/domain';
import { EntityManager } from 'typeorm';

/** An official's spot-check answers in a period (pilot), and the days they worked from home. */
export interface SpotCheckCompliance {
  officialId: string;
  onTime: number;
  late: number;
  missed: number;
  excused: number;
  /** Days of the period the official was at home on an approved enrollment (the pilot's roster). */
  homeDays: number;
}

/** How regularly an official logged work in a period (work). */
export interface WorkLogRegularity {
  officialId: string;
  /** Distinct days of the period with at least one work log. */
  daysWithLog: number;
  minutesLogged: number;
}

/**
 * Port (core) through which the evaluation module shows spot-check compliance beside the discipline
 * criterion, without importing the pilot feature. The pilot module provides it.
 */
export abstract class SpotCheckComplianceSource {
  /** One row per official asked for (zeros when none), for closed spot checks dated in [from, to]. */
  abstract complianceFor(officialIds: readonly string[], period: { from: LocalDate; to: LocalDate }, tx?: EntityManager): Promise<SpotCheckCompliance[]>;
}

/** Port (core) for work-log regularity beside the discipline criterion. The work module provides it. */
export abstract class WorkLogRegularitySource {
  /** One row per official asked for (zeros when none), for work logs dated in [from, to]. */
  abstract regularityFor(officialIds: readonly string[], period: { from: LocalDate; to: LocalDate }, tx?: EntityManager): Promise<WorkLogRegularity[]>;
}
