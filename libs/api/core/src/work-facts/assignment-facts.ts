import type { DeductionEvent, LocalDate } from '@ketqua/domain';
import { EntityManager } from 'typeorm';

/**
 * The facts of one assignment that an evaluation period counts (PERIOD_ASSIGNMENT_RULE in
 * libs/domain), as of the moment they are read: the inputs of libs/domain's scoreAssignment plus
 * what a receipt shows. The evaluation module freezes these into the evaluation at the period's
 * data cut-off (chốt số liệu), so later edits of the assignment never move a published number.
 */
export interface AssignmentFact {
  assignmentId: string;
  officialId: string;
  /** The unit the work was given in (a transferred official's old unit stays on the fact). */
  unitId: string;
  title: string;
  sourceDocument: string | null;
  status: string;
  /** The deadline in force, as a working day in Asia/Ho_Chi_Minh. */
  deadlineDate: LocalDate;
  /** Converted units expected (hệ số quy đổi × quantity): the assignment's weight. */
  expectedUnits: number;
  /** Converted units accepted by the head (0 while not accepted). */
  deliveredUnits: number;
  acceptedAt: Date | null;
  /** Returns for a major content error, with the waiver (objective cause) recorded in work, if any. */
  majorErrorReturns: DeductionEvent[];
  missedDeadlines: DeductionEvent[];
  /** The rule set the assignment was given under (its percentages are computed with it). */
  ruleSetVersion: string;
}

/**
 * Port (core) through which the evaluation module reads assignment facts without importing the
 * work feature (features never import each other, ENGINEERING.md). The work module provides it.
 */
export abstract class AssignmentFactsSource {
  /**
   * Facts of the assignments of `officialIds` counted in the period [from, to] (deadline in force
   * inside it, not cancelled), ordered by official, deadline and id. Reads through `tx` when given.
   */
  abstract factsFor(officialIds: readonly string[], period: { from: LocalDate; to: LocalDate }, tx?: EntityManager): Promise<AssignmentFact[]>;
}
