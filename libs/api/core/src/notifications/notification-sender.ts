import { EntityManager } from 'typeorm';

/**
 * What a notification is about. The API sends the kind and the id; the dashboard decides which
 * page shows it (libs/dashboard/notifications), so no dashboard URL is built in the API.
 */
export const NOTIFICATION_SUBJECT_KINDS = ['ASSIGNMENT', 'ENROLLMENT', 'SPOT_CHECK', 'SPOT_CHECK_FLAG', 'EVALUATION', 'EVALUATION_PERIOD', 'WAIVER_REQUEST'] as const;
export type NotificationSubjectKind = (typeof NOTIFICATION_SUBJECT_KINDS)[number];

export interface NotificationSubjectRef {
  kind: NotificationSubjectKind;
  id: string;
}

/** What a module asks to tell someone; the notifications module stores and delivers it. */
export interface NotificationRequest {
  recipientId: string;
  /** Stable kind, e.g. ASSIGNMENT_CREATED, DELIVERABLE_RETURNED, SPOT_CHECK_PROMPTED. */
  kind: string;
  /** Short texts in both UI languages. */
  title: { vi: string; en: string };
  body?: { vi: string; en: string };
  /** The entity it is about (an assignment, an enrollment, …): where the dashboard takes the reader. */
  subject?: NotificationSubjectRef;
  /** Ids the client may need (assignmentId, spotCheckId, …). */
  data?: Record<string, string | number | boolean | null>;
}

/**
 * The subject of notifications that asked for a decision: their kinds and the id they carry in
 * `data` (e.g. kinds ['ENROLLMENT_REQUESTED'], data { enrollmentId }).
 */
export interface PendingNotifications {
  kinds: string[];
  data: Record<string, string>;
}

/**
 * Features notify people through this port (core), not by importing the notifications feature:
 * features never import each other (ENGINEERING.md). The notifications module provides the
 * implementation: `send` stores the notification inside the caller's transaction and pushes it live
 * after that transaction commits (AfterCommit).
 */
export abstract class NotificationSender {
  abstract send(tx: EntityManager, request: NotificationRequest): Promise<void>;
  /**
   * Many notifications at once (a period opened for 25,000 officials, a bulk reminder): stored with
   * multi-row inserts in the caller's transaction, pushed live after it commits.
   */
  abstract sendMany(tx: EntityManager, requests: readonly NotificationRequest[]): Promise<void>;
  /**
   * The decision those notifications asked for is taken: inside the deciding transaction, marks them
   * handled and read for every recipient (they wait for nobody any more), so the bell stops counting them.
   */
  abstract settle(tx: EntityManager, subject: PendingNotifications): Promise<void>;
}
