import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * "Window closing in 3 working days" sent to one person for one window of one period: the row is
 * written in the transaction that stores the notification, and its key makes a second API
 * instance (or a second run the same day) send nothing again.
 */
@Entity('evaluation_window_notice')
@Check('CHK_evaluation_window_notice_window', `"window" IN ('SELF_ASSESSMENT', 'HEAD_SCORING', 'PUBLISH')`)
export class EvaluationWindowNoticeEntity {
  @PrimaryColumn({ type: 'uuid' })
  periodId!: string;

  @PrimaryColumn({ type: 'text' })
  window!: string;

  @PrimaryColumn({ type: 'uuid' })
  recipientId!: string;

  @Column({ type: 'timestamptz' })
  sentAt!: Date;
}
