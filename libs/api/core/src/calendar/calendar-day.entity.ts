import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * A day of the working calendar that HR loaded or corrected (PRODUCT.md 4.2): a holiday, a swapped
 * day off or a make-up working Saturday, with the document that decided it. A year with rows here
 * replaces that year's table shipped in libs/domain; other years use the shipped tables.
 */
@Entity('calendar_day')
@Check('CHK_calendar_day_kind', `"kind" IN ('HOLIDAY', 'SWAPPED_DAY_OFF', 'MAKE_UP_WORKDAY')`)
export class CalendarDayEntity {
  @PrimaryColumn({ type: 'date' })
  date!: string;

  @Column({ type: 'text' })
  kind!: 'HOLIDAY' | 'SWAPPED_DAY_OFF' | 'MAKE_UP_WORKDAY';

  @Column({ type: 'text' })
  name!: string;

  /** The deciding document (số/ký hiệu văn bản). */
  @Column({ type: 'text' })
  document!: string;

  @Column({ type: 'uuid', nullable: true })
  updatedById!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
