import type { NotificationSubjectKind } from '@ketqua/dashboard/data-access';

/**
 * The screen a notification opens. The API names only what it is about (subject kind + id); this
 * is the one place that turns that into a screen. Screen names are the app's areas
 * (apps/dashboard navigation), which own the paths.
 */
export type NotificationTarget = { screen: 'assignment'; id: string } | { screen: 'homeWork' } | { screen: 'enrollments' } | { screen: 'spotChecks' } | { screen: 'myEvaluation' };

export interface RoutableNotification {
  kind: string;
  subject?: { kind: NotificationSubjectKind; id: string } | null;
}

/** Enrollment news for the head (a request to decide, a withdrawal) opens their queue; the rest the official's page. */
const FOR_THE_QUEUE = new Set(['ENROLLMENT_REQUESTED', 'ENROLLMENT_WITHDRAWN']);

export function notificationTarget(n: RoutableNotification): NotificationTarget | null {
  switch (n.subject?.kind) {
    case 'ASSIGNMENT':
      return { screen: 'assignment', id: n.subject.id };
    case 'ENROLLMENT':
      return FOR_THE_QUEUE.has(n.kind) ? { screen: 'enrollments' } : { screen: 'homeWork' };
    case 'SPOT_CHECK':
    case 'SPOT_CHECK_FLAG':
      return { screen: 'spotChecks' };
    // Returned, published, reopened: always told to the official about their own evaluation.
    case 'EVALUATION':
      return { screen: 'myEvaluation' };
    default:
      return null;
  }
}
