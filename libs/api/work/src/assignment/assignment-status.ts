import { registerEnumType } from '@nestjs/graphql';
import { AssignmentStatusName } from '@ketqua/domain';

/** PRODUCT.md 4.3. OVERDUE is not a status: it is derived from the deadline and the calendar. */
export enum AssignmentStatus {
  ASSIGNED = 'ASSIGNED',
  IN_PROGRESS = 'IN_PROGRESS',
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  ACCEPTED = 'ACCEPTED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(AssignmentStatus, {
  name: 'AssignmentStatus',
  description: 'ASSIGNED đã giao · IN_PROGRESS đang thực hiện · SUBMITTED đã nộp, chờ duyệt · RETURNED bị trả lại · ACCEPTED đã nghiệm thu · CANCELLED đã hủy',
});

export type AssignmentAction = 'start' | 'submit' | 'accept' | 'return' | 'cancel' | 'edit' | 'extend' | 'log';

/** The one transition table: which actions each status allows, and where they lead. */
const TRANSITIONS: Record<AssignmentStatus, Partial<Record<AssignmentAction, AssignmentStatus>>> = {
  [AssignmentStatus.ASSIGNED]: {
    start: AssignmentStatus.IN_PROGRESS,
    cancel: AssignmentStatus.CANCELLED,
    edit: AssignmentStatus.ASSIGNED,
    extend: AssignmentStatus.ASSIGNED,
    log: AssignmentStatus.IN_PROGRESS,
  },
  [AssignmentStatus.IN_PROGRESS]: {
    submit: AssignmentStatus.SUBMITTED,
    cancel: AssignmentStatus.CANCELLED,
    edit: AssignmentStatus.IN_PROGRESS,
    extend: AssignmentStatus.IN_PROGRESS,
    log: AssignmentStatus.IN_PROGRESS,
  },
  [AssignmentStatus.SUBMITTED]: {
    accept: AssignmentStatus.ACCEPTED,
    return: AssignmentStatus.RETURNED,
    cancel: AssignmentStatus.CANCELLED,
    edit: AssignmentStatus.SUBMITTED,
    extend: AssignmentStatus.SUBMITTED,
    log: AssignmentStatus.SUBMITTED,
  },
  [AssignmentStatus.RETURNED]: {
    submit: AssignmentStatus.SUBMITTED,
    cancel: AssignmentStatus.CANCELLED,
    edit: AssignmentStatus.RETURNED,
    extend: AssignmentStatus.RETURNED,
    log: AssignmentStatus.RETURNED,
  },
  [AssignmentStatus.ACCEPTED]: {},
  [AssignmentStatus.CANCELLED]: {},
};

/** The status after `action`, or null when the action is not allowed from `from`. */
export function nextStatus(from: AssignmentStatus, action: AssignmentAction): AssignmentStatus | null {
  return TRANSITIONS[from][action] ?? null;
}

// The GraphQL enum mirrors libs/domain's ASSIGNMENT_STATUSES, where open and overdue are decided:
// adding a status to one and not the other fails to compile.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const _statusesMirrorDomain: Same<`${AssignmentStatus}`, AssignmentStatusName> = true;
