import type { LocalDate } from '@ketqua/domain';
import { EntityManager } from 'typeorm';

/** One recorded absence (leave, sick leave, business trip), clipped to the asked range. */
export interface AbsenceSpan {
  officialId: string;
  kind: string;
  startDate: LocalDate;
  endDate: LocalDate;
}

/**
 * Port (core) through which a feature reads the absences heads recorded (the pilot module's
 * absence table) without importing the pilot feature. The evaluation module counts worked days
 * with it: scheduled working days minus the working days of these spans.
 */
export abstract class AbsenceSource {
  /** Absences not cancelled of `officialIds` overlapping [from, to], clipped to it. Reads through `tx` when given. */
  abstract absencesOf(officialIds: readonly string[], period: { from: LocalDate; to: LocalDate }, tx?: EntityManager): Promise<AbsenceSpan[]>;
}
