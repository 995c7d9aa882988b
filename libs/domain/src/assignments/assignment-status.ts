import { roundTo } from '../shared/numbers';

/**
 * PRODUCT.md 4.3: the stored statuses of an assignment. OVERDUE is not one of them: it is derived
 * (isOverdue) from the status, the effective deadline and the time. The API's GraphQL enum, its
 * SQL filters and the dashboard all read these lists, so the rule is written once.
 */
export const ASSIGNMENT_STATUSES = ['ASSIGNED', 'IN_PROGRESS', 'SUBMITTED', 'RETURNED', 'ACCEPTED', 'CANCELLED'] as const;
export type AssignmentStatusName = (typeof ASSIGNMENT_STATUSES)[number];

/** Still open: neither accepted nor cancelled (workingDaysLeft is counted, the head may still act). */
export const OPEN_ASSIGNMENT_STATUSES: readonly AssignmentStatusName[] = ['ASSIGNED', 'IN_PROGRESS', 'SUBMITTED', 'RETURNED'];

/**
 * The next move is the official's (assigned, in progress or returned), so a passed deadline makes
 * the work overdue and a coming one earns a reminder. Work waiting for the head's review is not
 * overdue; whether it came in on time is kept on the deliverable and counted in progress.
 */
export const WITH_OFFICIAL_STATUSES: readonly AssignmentStatusName[] = ['ASSIGNED', 'IN_PROGRESS', 'RETURNED'];

export function isOpenAssignment(status: string): boolean {
  return (OPEN_ASSIGNMENT_STATUSES as readonly string[]).includes(status);
}

export function isWithOfficial(status: string): boolean {
  return (WITH_OFFICIAL_STATUSES as readonly string[]).includes(status);
}

/**
 * Overdue: the effective deadline (moved off days off by the working calendar) has passed and the
 * next move is the official's.
 */
export function isOverdue(status: string, effectiveDeadline: Date | number, now: Date | number): boolean {
  return isWithOfficial(status) && +now > +effectiveDeadline;
}

/** Converted units are kept to 4 decimals: coefficient and quantity have 2 each, so the product is exact. */
export const CONVERTED_UNITS_DECIMALS = 4;

/**
 * Converted units (đã quy đổi, PRODUCT.md 4.3): coefficient × quantity, the assignment's weight.
 * The API stores and scores this value and the assignment form previews it, so both use this rule.
 */
export function convertedUnits(coefficient: number, quantity: number): number {
  return roundTo(coefficient * quantity, CONVERTED_UNITS_DECIMALS);
}
