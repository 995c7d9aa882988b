import type { NotificationSubjectKind } from '@ketqua/dashboard/data-access';

/**
 * The screen a notification opens. The API names only what it is about (subject kind + id); this
 * is the one place that turns that into a screen. Screen names are the app's areas
 * (apps/dashboard navigation), which own the paths.
 */
export type NotificationTarget =
  | { screen: 'assignment'; id: string }
  | { screen: 'homeWork' }
  | { screen: 'enrollments' }
  | { screen: 'spotChecks' }
  | { screen: 'myEvaluation' }
  | { screen: 'evaluationBoard' }
  | { screen: 'waivers' };

export interface RoutableNotification {
  kind: string;
  subject?: { kind: NotificationSubjectKind; id: string } | null;
  /** The small values the API sends with it (EVALUATION_WINDOW_CLOSING: `window`). */
  data?: Record<string, unknown> | null;
}

/** Enrollment news for the head (a request to decide, a withdrawal) opens their queue; the rest the official's page. */
const FOR_THE_QUEUE = new Set(['ENROLLMENT_REQUESTED', 'ENROLLMENT_WITHDRAWN']);

/**
 * Period news for the person evaluated (opened, the self-assessment reminder, the self-assessment
 * window closing) opens their evaluation; the rest (scoring, approval, publication reminders and
 * windows) goes to those who evaluate, on the period board.
 */
const FOR_THE_OFFICIAL = new Set(['EVALUATION_PERIOD_OPENED', 'EVALUATION_REMINDER_SELF_ASSESSMENT']);

function periodTarget(n: RoutableNotification): NotificationTarget {
  if (FOR_THE_OFFICIAL.has(n.kind)) return { screen: 'myEvaluation' };
  if (n.kind === 'EVALUATION_WINDOW_CLOSING' && n.data?.['window'] === 'SELF_ASSESSMENT') return { screen: 'myEvaluation' };
  return { screen: 'evaluationBoard' };
}

export function notificationTarget(n: RoutableNotification): NotificationTarget | null {
  switch (n.subject?.kind) {
    case 'ASSIGNMENT':
      return { screen: 'assignment', id: n.subject.id };
    case 'ENROLLMENT':
      return FOR_THE_QUEUE.has(n.kind) ? { screen: 'enrollments' } : { screen: 'homeWork' };
    case 'SPOT_CHECK':
    case 'SPOT_CHECK_FLAG':
      return { screen: 'spotChecks' };
    case 'EVALUATION':
      return { screen: 'myEvaluation' };
    case 'EVALUATION_PERIOD':
      return periodTarget(n);
    case 'WAIVER_REQUEST':
      return { screen: 'waivers' };
    default:
      return null;
  }
}
