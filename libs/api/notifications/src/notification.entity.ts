import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { NotificationSubjectKind, UserEntity } from '@ketqua/api/core';

/**
 * An in-app notification (PRODUCT.md 3: Notification): stored in the transaction of the change
 * that caused it, so it exists exactly when that change does; pushed live after commit.
 */
@Entity('notification')
@Index('IDX_notification_recipient_created', ['recipientId', 'createdAt', 'id'])
@Index('IDX_notification_unread', ['recipientId'], { where: '"read_at" IS NULL' })
@Check('CHK_notification_subject', `("subject_kind" IS NULL) = ("subject_id" IS NULL)`)
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  recipientId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  recipient?: UserEntity;

  /** Stable kind, e.g. ASSIGNMENT_CREATED, DELIVERABLE_RETURNED, SPOT_CHECK_PROMPTED. */
  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  titleVi!: string;

  @Column({ type: 'text' })
  titleEn!: string;

  @Column({ type: 'text', nullable: true })
  bodyVi!: string | null;

  @Column({ type: 'text', nullable: true })
  bodyEn!: string | null;

  /** What it is about (NotificationSubjectKind) and that entity's id; the dashboard routes from these. */
  @Column({ type: 'text', nullable: true })
  subjectKind!: NotificationSubjectKind | null;

  @Column({ type: 'uuid', nullable: true })
  subjectId!: string | null;

  @Column({ type: 'jsonb', default: () => `'{}'::jsonb` })
  data!: Record<string, string | number | boolean | null>;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  /** When what it asked for was decided (by anyone): it waits for nobody any more. */
  @Column({ type: 'timestamptz', nullable: true })
  handledAt!: Date | null;

  // Set from the Clock (millisecond precision), so the keyset cursor round-trips exactly.
  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
