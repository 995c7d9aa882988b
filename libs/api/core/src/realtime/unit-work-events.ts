/**
 * "The work of a unit changed" (a deliverable was submitted or reviewed): the work module publishes
 * it on the RealtimeBus after the change commits; read models that show live figures (the unit
 * head's overview, libs/api/reports) subscribe, without either feature importing the other.
 */
export const UNIT_WORK_CHANGED_TOPIC = 'unit-work-changed';

export interface UnitWorkChanged {
  /** The unit the assignment was given in. */
  unitId: string;
  assignmentId: string;
  /** What happened: SUBMITTED, ACCEPTED or RETURNED. */
  change: 'SUBMITTED' | 'ACCEPTED' | 'RETURNED';
  /** ISO instant of the change. */
  at: string;
}
