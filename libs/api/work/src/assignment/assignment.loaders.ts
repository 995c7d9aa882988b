import { GraphQLContext } from '@ketqua/api/core';
import { WorkingCalendar } from '@ketqua/domain';
import { DataSource, In } from 'typeorm';
import { DeliverableEntity } from '../deliverable/deliverable.entity';
import { AssignmentAttachmentEntity } from '../files/assignment-attachment.entity';
import { StoredFileEntity } from '../files/stored-file.entity';
import { WorkLogEntity } from '../work-log/work-log.entity';
import { AssignmentDeadlineEntity } from './assignment-deadline.entity';
import { AssignmentHistory, deadlineHistoryOf } from './assignment-derived';
import { Assignment, AssignmentDeadline } from './models/assignment.model';

const group = <T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> => {
  const map = new Map<K, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return map;
};

/** Per-request batched reads of what hangs off assignments (N+1 is a bug). */
export function historyOf(ctx: GraphQLContext, dataSource: DataSource, assignmentId: string): Promise<AssignmentHistory> {
  return ctx.loaders
    .named<string, AssignmentHistory>('work.history', async (ids) => {
      const [deadlines, deliverables] = await Promise.all([
        dataSource.getRepository(AssignmentDeadlineEntity).findBy({ assignmentId: In([...ids]) }),
        dataSource.getRepository(DeliverableEntity).find({ where: { assignmentId: In([...ids]) }, order: { versionNo: 'ASC' } }),
      ]);
      const d = group(deadlines, (r) => r.assignmentId);
      const v = group(deliverables, (r) => r.assignmentId);
      return ids.map((id) => ({ deadlines: d.get(id) ?? [], deliverables: v.get(id) ?? [] }));
    })
    .load(assignmentId);
}

/** The deadline history with missed flags (deadlines, scores), computed once per assignment and request, only for fields that need it. */
export function deadlineHistory(ctx: GraphQLContext, dataSource: DataSource, a: Assignment, calendar: () => Promise<WorkingCalendar>, now: Date): Promise<AssignmentDeadline[]> {
  return ctx.loaders
    .named<Assignment, AssignmentDeadline[]>('work.deadlineHistory', async (assignments) => {
      const cal = await calendar();
      return Promise.all(assignments.map(async (x) => deadlineHistoryOf(x, await historyOf(ctx, dataSource, x.id), cal, now)));
    })
    .load(a);
}

export function filesOfDeliverable(ctx: GraphQLContext, dataSource: DataSource, deliverableId: string): Promise<StoredFileEntity[]> {
  return ctx.loaders
    .named<string, StoredFileEntity[]>('work.deliverableFiles', async (ids) => {
      const files = group(await dataSource.getRepository(StoredFileEntity).find({ where: { deliverableId: In([...ids]) }, order: { createdAt: 'ASC' } }), (f) => f.deliverableId);
      return ids.map((id) => files.get(id) ?? []);
    })
    .load(deliverableId);
}

export function attachmentsOf(ctx: GraphQLContext, dataSource: DataSource, assignmentId: string): Promise<StoredFileEntity[]> {
  return ctx.loaders
    .named<string, StoredFileEntity[]>('work.attachments', async (ids) => {
      const links = await dataSource.getRepository(AssignmentAttachmentEntity).find({ where: { assignmentId: In([...ids]) }, relations: { file: true } });
      const byAssignment = group(links, (l) => l.assignmentId);
      return ids.map((id) => (byAssignment.get(id) ?? []).map((l) => l.file as StoredFileEntity));
    })
    .load(assignmentId);
}

export function loggedMinutesOf(ctx: GraphQLContext, dataSource: DataSource, assignmentId: string): Promise<number> {
  return ctx.loaders
    .named<string, number>('work.loggedMinutes', async (ids) => {
      const rows: Array<{ assignment_id: string; total: number }> = await dataSource
        .getRepository(WorkLogEntity)
        .createQueryBuilder('w')
        .select('w.assignment_id', 'assignment_id')
        .addSelect('sum(w.minutes)::int', 'total')
        .where('w.assignmentId IN (:...ids)', { ids: [...ids] })
        .groupBy('w.assignment_id')
        .getRawMany();
      const totals = new Map(rows.map((r) => [r.assignment_id, Number(r.total)]));
      return ids.map((id) => totals.get(id) ?? 0);
    })
    .load(assignmentId);
}
