import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  AfterCommit,
  AuthUser,
  BadInputError,
  Clock,
  ConnectionShape,
  keysetPage,
  NotFoundError,
  NotificationRequest,
  NotificationSender,
  NotificationSubjectKind,
  PendingNotifications,
  PageArgs,
  RealtimeBus,
} from '@ketqua/api/core';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { MarkNotificationsReadInput, NotificationFilter } from './dto/notification.inputs';
import { Notification } from './models/notification.model';
import { NotificationEntity } from './notification.entity';
import { MailOutbox } from './mail/mail-outbox.service';

/** The live topic of one person's notifications: nobody else's subscription listens on it. */
export const notificationTopic = (recipientId: string) => `notification:${recipientId}`;

/** What travels on the bus (NOTIFY carries at most 8000 bytes: short texts and ids only). */
export interface NotificationEvent {
  id: string;
  recipientId: string;
  kind: string;
  titleVi: string;
  titleEn: string;
  bodyVi: string | null;
  bodyEn: string | null;
  subjectKind: NotificationSubjectKind | null;
  subjectId: string | null;
  data: Record<string, string | number | boolean | null>;
  createdAt: string;
}

/**
 * Stores notifications in the caller's transaction and pushes them to the recipient's open
 * subscriptions once that transaction has committed (a rolled-back change tells nobody).
 * Implements the core port NotificationSender so features notify people without importing this one.
 */
@Injectable()
export class NotificationService extends NotificationSender {
  constructor(
    private readonly dataSource: DataSource,
    private readonly afterCommit: AfterCommit,
    private readonly bus: RealtimeBus,
    private readonly clock: Clock,
    private readonly mail: MailOutbox,
  ) {
    super();
  }

  async send(tx: EntityManager, request: NotificationRequest): Promise<void> {
    await this.sendMany(tx, [request]);
  }

  async sendMany(tx: EntityManager, requests: readonly NotificationRequest[]): Promise<void> {
    const events: { topic: string; payload: NotificationEvent }[] = [];
    const createdAt = this.clock.now();
    // One statement per 10,000 rows, one array parameter per column (UNNEST); the ids are made here,
    // so nothing depends on the order RETURNING would give them back in.
    for (let i = 0; i < requests.length; i += 10_000) {
      const rows = requests.slice(i, i + 10_000).map((request) => ({
        id: randomUUID(),
        recipientId: request.recipientId,
        kind: request.kind,
        titleVi: request.title.vi,
        titleEn: request.title.en,
        bodyVi: request.body?.vi ?? null,
        bodyEn: request.body?.en ?? null,
        subjectKind: request.subject?.kind ?? null,
        subjectId: request.subject?.id ?? null,
        data: request.data ?? {},
      }));
      await tx.query(
        `INSERT INTO notification (id, recipient_id, kind, title_vi, title_en, body_vi, body_en, subject_kind, subject_id, data, created_at)
         SELECT x.*, $11::timestamptz
           FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::uuid[], $10::jsonb[]) AS x`,
        [
          rows.map((r) => r.id),
          rows.map((r) => r.recipientId),
          rows.map((r) => r.kind),
          rows.map((r) => r.titleVi),
          rows.map((r) => r.titleEn),
          rows.map((r) => r.bodyVi),
          rows.map((r) => r.bodyEn),
          rows.map((r) => r.subjectKind),
          rows.map((r) => r.subjectId),
          rows.map((r) => JSON.stringify(r.data)),
          createdAt,
        ],
      );
      await this.mail.enqueueImmediate(
        tx,
        rows.map((r) => r.id),
        createdAt,
      );
      for (const row of rows) {
        events.push({
          topic: notificationTopic(row.recipientId),
          payload: {
            id: row.id,
            recipientId: row.recipientId,
            kind: row.kind,
            titleVi: row.titleVi,
            titleEn: row.titleEn,
            bodyVi: row.bodyVi,
            bodyEn: row.bodyEn,
            subjectKind: row.subjectKind,
            subjectId: row.subjectId,
            data: row.data,
            createdAt: createdAt.toISOString(),
          },
        });
      }
    }
    if (events.length) this.afterCommit.run(tx, () => this.bus.publishMany(events));
  }

  async settle(tx: EntityManager, subject: PendingNotifications): Promise<void> {
    if (!subject.kinds.length) return;
    const now = this.clock.now();
    await tx
      .createQueryBuilder()
      .update(NotificationEntity)
      .set({ handledAt: now, readAt: () => 'COALESCE(read_at, :now)' })
      .where('handled_at IS NULL AND kind IN (:...kinds) AND data @> CAST(:data AS jsonb)', { kinds: subject.kinds, data: JSON.stringify(subject.data) })
      .setParameter('now', now)
      .execute();
  }

  list(user: AuthUser, filter: NotificationFilter | null | undefined, page: PageArgs): Promise<ConnectionShape<Notification>> {
    filter ??= {}; // GraphQL may send an explicit null
    const qb = this.dataSource.getRepository(NotificationEntity).createQueryBuilder('n').where('n.recipientId = :me', { me: user.id });
    if (filter.unreadOnly) qb.andWhere('n.readAt IS NULL');
    return keysetPage(qb, page, { columns: ['n.createdAt', 'n.id'], values: (n) => [n.createdAt.toISOString(), n.id], descending: true }, Notification.from);
  }

  /** The caller's own notification; another person's is not found (it says nothing about whether it exists). */
  async one(user: AuthUser, id: string): Promise<Notification> {
    const found = await this.dataSource.getRepository(NotificationEntity).findOneBy({ id, recipientId: user.id });
    if (!found) throw new NotFoundError({ vi: 'Không tìm thấy thông báo này.', en: 'This notification was not found.' }, id);
    return Notification.from(found);
  }

  unreadCount(user: AuthUser): Promise<number> {
    return this.dataSource.getRepository(NotificationEntity).countBy({ recipientId: user.id, readAt: IsNull() });
  }

  /** Marks the caller's own notifications read (others' ids are ignored); returns the unread count left. */
  async markRead(user: AuthUser, input: MarkNotificationsReadInput): Promise<number> {
    if (!input.all && !input.ids?.length) {
      throw new BadInputError('NOTHING_TO_MARK', { vi: 'Hãy chọn thông báo cần đánh dấu đã đọc, hoặc chọn tất cả.', en: 'Choose the notifications to mark as read, or all.' }, [
        { field: 'input.ids', message: { vi: 'cần ids hoặc all: true', en: 'ids or all: true is required' } },
      ]);
    }
    const where = { recipientId: user.id, readAt: IsNull(), ...(input.all ? {} : { id: In(input.ids ?? []) }) };
    await this.dataSource.getRepository(NotificationEntity).update(where, { readAt: this.clock.now() });
    return this.unreadCount(user);
  }

  /** Every unread notification of the caller, read now (the bell's one click); returns the unread count left (0). */
  async markAllRead(user: AuthUser): Promise<number> {
    await this.dataSource.getRepository(NotificationEntity).update({ recipientId: user.id, readAt: IsNull() }, { readAt: this.clock.now() });
    return this.unreadCount(user);
  }

  static toModel(event: NotificationEvent): Notification {
    return Notification.from({ ...event, readAt: null, handledAt: null, createdAt: new Date(event.createdAt) } as NotificationEntity);
  }
}
