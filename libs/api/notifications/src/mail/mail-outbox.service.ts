import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { AfterCommit, AppConfig, AuditService, Clock, JobQueue, MailTransport } from '@ketqua/api/core';
import { DEFAULT_NOTIFICATION_DELIVERY, DIGEST_MAX_ITEMS, digestDueAt, mailRetryDelayMs, NotificationDelivery, toLocalDate } from '@ketqua/domain';
import { DataSource, EntityManager } from 'typeorm';
import { digestMail, MailItem, notificationMail } from './mail-templates';

const DELIVER_JOB = 'mail.deliver';
const DIGEST_JOB = 'mail.digest';
/** How long one sender holds a claimed mail: past it, another instance may try (the first crashed). */
const CLAIM_MS = 5 * 60_000;
const BATCH = 20;

interface ClaimedRow {
  id: string;
  kind: 'NOTIFICATION' | 'DIGEST';
  notification_id: string | null;
  digest_date: string | null;
  window_from: Date | null;
  window_to: Date | null;
  attempts: number;
  email: string;
  full_name: string;
}

/**
 * Official e-mail for notifications, through an outbox table (mail_message):
 * - a notification for someone who chose immediate mail writes its outbox row in the same
 *   transaction (it exists exactly when the notification does; nothing to lose between commit and
 *   queue), and after commit a `mail.deliver` job is queued;
 * - `mail.deliver` (also every minute, and at start) claims due rows, hands them to the mail server
 *   outside any transaction, and marks them sent, or counts the failure and sets the next attempt
 *   (mailRetryDelayMs): an outage delays mail, never loses it, never blocks a request;
 * - `mail.digest`, daily at MAIL_DIGEST_HOUR, writes one digest row per person and day (unique).
 * With SMTP_URL unset nothing is written: notifications stay in the app.
 */
@Injectable()
export class MailOutbox implements OnModuleInit {
  private readonly logger = new Logger(MailOutbox.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly transport: MailTransport,
    private readonly jobs: JobQueue,
    private readonly afterCommit: AfterCommit,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    if (!this.transport.configured) return;
    this.jobs.register(DELIVER_JOB, () => this.deliverDue().then(() => undefined), { cron: '* * * * *', atStart: true });
    this.jobs.register(DIGEST_JOB, () => this.queueDigests().then(() => undefined), { cron: `0 ${this.config.MAIL_DIGEST_HOUR} * * *`, atStart: true });
  }

  async deliveryOf(userId: string): Promise<NotificationDelivery> {
    const [row] = (await this.dataSource.query(`SELECT delivery FROM notification_preference WHERE user_id = $1`, [userId])) as Array<{ delivery: NotificationDelivery }>;
    return row?.delivery ?? DEFAULT_NOTIFICATION_DELIVERY;
  }

  async setDelivery(userId: string, delivery: NotificationDelivery): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const [before] = (await tx.query(`SELECT delivery FROM notification_preference WHERE user_id = $1 FOR UPDATE`, [userId])) as Array<{ delivery: string }>;
      await tx.query(
        `INSERT INTO notification_preference (user_id, delivery, updated_at) VALUES ($1, $2, $3)
         ON CONFLICT (user_id) DO UPDATE SET delivery = EXCLUDED.delivery, updated_at = EXCLUDED.updated_at`,
        [userId, delivery, this.clock.now()],
      );
      if ((before?.delivery ?? DEFAULT_NOTIFICATION_DELIVERY) !== delivery)
        await this.audit.record(tx, {
          actorId: userId,
          action: 'notification.delivery.changed',
          entityType: 'official',
          entityId: userId,
          data: { before: before?.delivery ?? DEFAULT_NOTIFICATION_DELIVERY, after: delivery },
        });
    });
  }

  /** Inside the notifying transaction: one outbox row per new notification whose recipient chose immediate mail. */
  async enqueueImmediate(tx: EntityManager, notificationIds: readonly string[], now: Date): Promise<void> {
    if (!this.transport.configured || !notificationIds.length) return;
    // TypeORM answers an INSERT with its RETURNING rows (an UPDATE with [rows, count]).
    const inserted = (await tx.query(
      `INSERT INTO mail_message (recipient_id, kind, notification_id, next_attempt_at, created_at)
       SELECT n.recipient_id, 'NOTIFICATION', n.id, $2, $2
         FROM notification n
         JOIN notification_preference p ON p.user_id = n.recipient_id AND p.delivery = 'IMMEDIATE'
        WHERE n.id = ANY($1::uuid[])
       RETURNING id`,
      [notificationIds, now],
    )) as unknown[];
    if (inserted.length > 0) this.afterCommit.run(tx, () => this.kick());
  }

  private kick(): void {
    // singletonKey: a burst of notifications queues one delivery run, which takes them all.
    this.jobs
      .send(DELIVER_JOB, {}, { singletonKey: DELIVER_JOB })
      .catch((error: Error) => this.logger.warn(`mail delivery not queued (the minute sweep will take it): ${error.message}`));
  }

  /**
   * The daily digest: one row per person who chose it and got notifications since their last
   * digest (at most a week back). Before MAIL_DIGEST_HOUR (a catch-up run at start) it does nothing;
   * run twice the same day it adds nothing (unique per person and day). Returns how many were queued.
   */
  async queueDigests(): Promise<number> {
    if (!this.transport.configured) return 0;
    const now = this.clock.now();
    const date = toLocalDate(now);
    if (now < digestDueAt(date, this.config.MAIL_DIGEST_HOUR)) return 0;
    const inserted = (await this.dataSource.query(
      `INSERT INTO mail_message (recipient_id, kind, digest_date, window_from, window_to, next_attempt_at, created_at)
       SELECT p.user_id, 'DIGEST', $1::date, w.window_from, $2, $2, $2
         FROM notification_preference p
         JOIN app_user u ON u.id = p.user_id AND u.active
         CROSS JOIN LATERAL (
           SELECT GREATEST(
                    COALESCE((SELECT max(m.window_to) FROM mail_message m WHERE m.recipient_id = p.user_id AND m.kind = 'DIGEST'), $2::timestamptz - interval '1 day'),
                    $2::timestamptz - interval '7 days') AS window_from
         ) w
        WHERE p.delivery = 'DAILY_DIGEST'
          AND EXISTS (SELECT 1 FROM notification n WHERE n.recipient_id = p.user_id AND n.created_at > w.window_from AND n.created_at <= $2
                        AND NOT EXISTS (SELECT 1 FROM mail_message sent WHERE sent.notification_id = n.id))
       ON CONFLICT (recipient_id, digest_date) WHERE kind = 'DIGEST' DO NOTHING
       RETURNING id`,
      [date, now],
    )) as unknown[];
    if (inserted.length > 0) this.kick();
    return inserted.length;
  }

  /** Sends every due mail; returns how many the server accepted and how many failed (and wait for their next attempt). */
  async deliverDue(): Promise<{ sent: number; failed: number }> {
    const result = { sent: 0, failed: 0 };
    if (!this.transport.configured) return result;
    for (;;) {
      const rows = await this.claim();
      if (!rows.length) return result;
      for (const row of rows) {
        if (await this.deliverOne(row)) result.sent++;
        else result.failed++;
      }
      if (rows.length < BATCH) return result;
    }
  }

  /** Claims due rows for this sender (SKIP LOCKED: two instances never take the same), outside any long transaction. */
  private async claim(): Promise<ClaimedRow[]> {
    const now = this.clock.now();
    const [rows] = (await this.dataSource.query(
      `UPDATE mail_message m SET claimed_until = $2, attempts = m.attempts + 1
         FROM app_user u
        WHERE u.id = m.recipient_id
          AND m.id IN (SELECT id FROM mail_message
                        WHERE sent_at IS NULL AND next_attempt_at <= $1 AND (claimed_until IS NULL OR claimed_until < $1)
                        ORDER BY next_attempt_at, id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
       RETURNING m.id, m.kind, m.notification_id, to_char(m.digest_date, 'YYYY-MM-DD') AS digest_date, m.window_from, m.window_to, m.attempts, u.email, u.full_name`,
      [now, new Date(now.getTime() + CLAIM_MS)],
    )) as [ClaimedRow[], number];
    return rows;
  }

  private async deliverOne(row: ClaimedRow): Promise<boolean> {
    try {
      const message = await this.render(row);
      await this.transport.send(message);
    } catch (error) {
      const reason = (error as Error).message.slice(0, 500);
      const next = new Date(this.clock.now().getTime() + mailRetryDelayMs(row.attempts));
      this.logger.warn(`mail ${row.id} not sent (attempt ${row.attempts}, next ${next.toISOString()}): ${reason}`);
      await this.dataSource.query(`UPDATE mail_message SET claimed_until = NULL, last_error = $2, next_attempt_at = $3 WHERE id = $1`, [row.id, reason, next]);
      return false;
    }
    await this.dataSource.query(`UPDATE mail_message SET claimed_until = NULL, sent_at = $2, last_error = NULL WHERE id = $1`, [row.id, this.clock.now()]);
    return true;
  }

  private async render(row: ClaimedRow) {
    const to = { email: row.email, fullName: row.full_name };
    if (row.kind === 'NOTIFICATION') {
      const [item] = await this.items(`n.id = $1`, [row.notification_id], 1);
      if (!item) throw new Error('the notification no longer exists');
      return notificationMail(to, item, this.config.PUBLIC_URL);
    }
    // Those already mailed one by one (chosen immediate mail before) are not listed again.
    const where = `n.recipient_id = (SELECT recipient_id FROM mail_message WHERE id = $1) AND n.created_at > $2 AND n.created_at <= $3
      AND NOT EXISTS (SELECT 1 FROM mail_message sent WHERE sent.notification_id = n.id)`;
    const params = [row.id, row.window_from, row.window_to];
    const items = await this.items(where, params, DIGEST_MAX_ITEMS);
    const [{ total }] = (await this.dataSource.query(`SELECT count(*)::int AS total FROM notification n WHERE ${where}`, params)) as Array<{ total: number }>;
    return digestMail(to, row.digest_date as string, items, total, this.config.PUBLIC_URL);
  }

  private async items(where: string, params: unknown[], limit: number): Promise<MailItem[]> {
    const rows = (await this.dataSource.query(
      `SELECT n.id, n.title_vi, n.body_vi, n.created_at FROM notification n WHERE ${where} ORDER BY n.created_at, n.id LIMIT ${limit}`,
      params,
    )) as Array<{
      id: string;
      title_vi: string;
      body_vi: string | null;
      created_at: Date;
    }>;
    return rows.map((r) => ({ id: r.id, title: r.title_vi, body: r.body_vi, createdAt: r.created_at }));
  }
}
