import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { CalendarService, Clock, JobQueue, localDateSql, NotificationSender } from '@ketqua/api/core';
import { formatLocalDateTime } from '@ketqua/domain';
import { DataSource } from 'typeorm';
import { AssignmentEntity } from '../assignment/assignment.entity';
import { withOfficialSql } from '@ketqua/api/core';

export const DEADLINE_REMINDER_JOB = 'work.deadline-reminder';

/**
 * "Deadline tomorrow": every working day at 07:30 each official is told about work due on the next
 * working day (after moving deadlines off days off) that is still theirs to do. Once per deadline:
 * the reminded deadline is written with the notification, so a second run or instance sends nothing.
 */
@Injectable()
export class DeadlineReminderService implements OnModuleInit {
  private readonly logger = new Logger(DeadlineReminderService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly calendars: CalendarService,
    private readonly clock: Clock,
    private readonly notifications: NotificationSender,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.register(
      DEADLINE_REMINDER_JOB,
      async () => {
        const sent = await this.sendReminders();
        this.logger.log(`deadline reminders sent: ${sent}`);
      },
      { cron: '30 7 * * *' },
    );
  }

  /** Returns how many reminders were sent. Tests call it with a moved Clock. */
  async sendReminders(): Promise<number> {
    const calendar = await this.calendars.calendar();
    const today = this.clock.today();
    if (!calendar.isWorkingDay(today)) return 0;
    const next = calendar.nextWorkingDay(today);
    // Deadlines whose effective day is the next working day: dated after today up to that day.
    const withOfficial = withOfficialSql('a');
    const due: AssignmentEntity[] = await this.dataSource
      .getRepository(AssignmentEntity)
      .createQueryBuilder('a')
      .where(withOfficial.sql, withOfficial.params)
      .andWhere(`${localDateSql('a.deadline')} > :today`, { today })
      .andWhere(`${localDateSql('a.deadline')} <= :next`, { next })
      .andWhere('(a.remindedDeadline IS NULL OR a.remindedDeadline <> a.deadline)')
      .getMany();
    let sent = 0;
    for (const a of due) {
      const claimed = await this.dataSource.transaction(async (tx) => {
        // Raw SQL: the claim must not bump the optimistic-lock version a head may be editing against.
        const [, affected] = await tx.query(`UPDATE assignment SET reminded_deadline = deadline WHERE id = $1 AND deadline = $2 AND reminded_deadline IS DISTINCT FROM deadline`, [
          a.id,
          a.deadline,
        ]);
        if (!affected) return false;
        await this.notifications.send(tx, {
          recipientId: a.assigneeId,
          kind: 'DEADLINE_TOMORROW',
          title: { vi: `Sắp đến hạn: ${a.title}`, en: `Due next working day: ${a.title}` },
          body: { vi: `Hạn xử lý: ${formatLocalDateTime(calendar.effectiveDeadline(a.deadline))}`, en: `Due ${formatLocalDateTime(calendar.effectiveDeadline(a.deadline))}` },
          subject: { kind: 'ASSIGNMENT', id: a.id },
          data: { assignmentId: a.id },
        });
        return true;
      });
      if (claimed) sent++;
    }
    return sent;
  }
}
