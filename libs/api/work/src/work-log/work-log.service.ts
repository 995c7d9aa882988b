import { Injectable } from '@nestjs/common';
import { AuditService, AuthUser, Clock, ConnectionShape, keysetPage, PageArgs } from '@ketqua/api/core';
import { addDays } from '@ketqua/domain';
import { DataSource } from 'typeorm';
import { AssignmentService } from '../assignment/assignment.service';
import { WorkAccess } from '../shared/work-access';
import { badField, invalidTransition } from '../work.errors';
import { nextStatus } from '../assignment/assignment-status';
import { LogWorkInput, WorkLogFilter } from './dto/work-log.inputs';
import { WorkLog } from './models/work-log.model';
import { WorkLogEntity } from './work-log.entity';

const MAX_DAYS_BACK = 31;
const MINUTES_PER_DAY = 24 * 60;

/** One official's logs of one day are checked against the cap one transaction at a time. */
const dailyCapLockKey = (officialId: string, workDate: string) => `work_log:${officialId}:${workDate}`;

@Injectable()
export class WorkLogService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: WorkAccess,
    private readonly assignments: AssignmentService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Anyone logs their own work; logging against an assignment not yet started starts it. */
  async log(user: AuthUser, input: LogWorkInput): Promise<WorkLog> {
    const today = this.clock.today();
    if (input.workDate > today) throw badField('FUTURE_DATE', 'input.workDate', 'không ghi nhật ký cho ngày trong tương lai', 'you cannot log work for a future day');
    if (input.workDate < addDays(today, -MAX_DAYS_BACK)) {
      throw badField('TOO_OLD', 'input.workDate', `chỉ ghi nhật ký trong vòng ${MAX_DAYS_BACK} ngày`, `work can be logged up to ${MAX_DAYS_BACK} days back`);
    }
    return this.dataSource.transaction(async (tx) => {
      // The daily cap is a read-then-write: without this lock four parallel logs of one day each
      // saw the others' minutes as not yet there and stored 1,455 minutes. Taken first and by
      // nothing else, so it cannot deadlock with the assignment or audit locks taken after it.
      await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [dailyCapLockKey(user.id, input.workDate)]);
      if (input.assignmentId) {
        const a = await this.assignments.lockForRead(tx, user, input.assignmentId);
        this.access.assertAssignee(user, a);
        if (!nextStatus(a.status, 'log')) throw invalidTransition(a.status, 'log');
        if (a.status !== nextStatus(a.status, 'log')) {
          await this.assignments.transition(tx, a, 'log');
          await this.audit.record(tx, { actorId: user.id, action: 'work.assignment.started', entityType: 'assignment', entityId: a.id, data: { by: 'work log' } });
        }
      }
      const [{ total }] = await tx.query('SELECT coalesce(sum(minutes), 0)::int AS total FROM work_log WHERE official_id = $1 AND work_date = $2', [user.id, input.workDate]);
      if (total + input.minutes > MINUTES_PER_DAY) {
        throw badField(
          'TOO_MANY_MINUTES',
          'input.minutes',
          `tổng thời gian trong ngày vượt 24 giờ (đã ghi ${total} phút)`,
          `the day's total would exceed 24 hours (${total} minutes already logged)`,
        );
      }
      const saved = await tx.save(
        tx.create(WorkLogEntity, {
          officialId: user.id,
          unitId: user.unitId,
          assignmentId: input.assignmentId ?? null,
          workDate: input.workDate,
          minutes: input.minutes,
          note: input.note,
          createdAt: this.clock.now(),
        }),
      );
      await this.audit.record(tx, { actorId: user.id, action: 'work.log.created', entityType: 'work_log', entityId: saved.id, data: input });
      return WorkLog.from(saved);
    });
  }

  /** Your own logs, or (heads, HR, inspectors) the logs of officials in your scope; newest day first. */
  async list(user: AuthUser, filter: WorkLogFilter | null | undefined, page: PageArgs): Promise<ConnectionShape<WorkLog>> {
    filter ??= {}; // GraphQL may send an explicit null
    const qb = this.dataSource.getRepository(WorkLogEntity).createQueryBuilder('w');
    await this.access.restrict(qb, user, { unit: 'w.unitId', own: ['w.officialId'] });
    if (filter.officialId) await this.access.assertCanSeeOfficialId(user, filter.officialId);
    if (filter.officialId) qb.andWhere('w.officialId = :officialId', { officialId: filter.officialId });
    if (filter.assignmentId) qb.andWhere('w.assignmentId = :assignmentId', { assignmentId: filter.assignmentId });
    if (filter.from) qb.andWhere('w.workDate >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('w.workDate <= :to', { to: filter.to });
    return keysetPage(qb, page, { columns: ['w.workDate', 'w.createdAt', 'w.id'], values: (w) => [w.workDate, w.createdAt.toISOString(), w.id], descending: true }, WorkLog.from);
  }
}
