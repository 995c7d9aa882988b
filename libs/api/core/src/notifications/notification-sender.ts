import { EntityManager } from 'typeorm';

/** What a module asks to tell someone; the notifications module stores and delivers it. */
export interface NotificationRequest {
  recipientId: string;
  /** Stable kind, e.g. ASSIGNMENT_CREATED, DELIVERABLE_RETURNED, SPOT_CHECK_PROMPTED. */
  kind: string;
  /** Short texts in both UI languages. */
  title: { vi: string; en: string };
  body?: { vi: string; en: string };
  /** Dashboard path to open, e.g. /viec-cua-toi/<id>. */
  link?: string;
  /** Ids the client may need (assignmentId, spotCheckId, …). */
  data?: Record<string, string | number | boolean | null>;
}

/**
 * The subject of notifications that asked for a decision: their kinds and the id they carry in
 * `data` (e.g. kinds ['ENROLLMENT_REQUESTED'], data { enrollmentId }).
 */
export interface NotificationSubject {
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
   * The decision those notifications asked for is taken: inside the deciding transaction, marks them
   * handled and read for every recipient (they wait for nobody any more), so the bell stops counting them.
   */
  abstract settle(tx: EntityManager, subject: NotificationSubject): Promise<void>;
}
