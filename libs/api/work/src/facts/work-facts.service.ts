import { Injectable } from '@nestjs/common';
import { AssignmentFact, AssignmentFactsSource, CalendarService, Clock, localDateSql } from '@ketqua/api/core';
import { PERIOD_ASSIGNMENT_RULE, toLocalDate } from '@ketqua/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { AssignmentDeadlineEntity } from '../assignment/assignment-deadline.entity';
import { deductionEventsOf, deliveredUnitsOf, deriveAssignment } from '../assignment/assignment-derived';
import { AssignmentEntity } from '../assignment/assignment.entity';
import { Assignment } from '../assignment/models/assignment.model';
import { DeliverableEntity } from '../deliverable/deliverable.entity';

const group = <T>(rows: T[], key: (row: T) => string): Map<string, T[]> => {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(row);
    else map.set(key(row), [row]);
  }
  return map;
};

/**
 * The work module's side of the AssignmentFactsSource port: the facts of the assignments an
 * evaluation period counts, derived with the same code as the assignment pages (deriveAssignment),
 * three queries per batch of officials whatever its size.
 */
@Injectable()
export class WorkFactsService extends AssignmentFactsSource {
  constructor(
    private readonly dataSource: DataSource,
    private readonly calendars: CalendarService,
    private readonly clock: Clock,
  ) {
    super();
  }

  async factsFor(officialIds: readonly string[], period: { from: string; to: string }, tx?: EntityManager): Promise<AssignmentFact[]> {
    if (officialIds.length === 0) return [];
    const manager = tx ?? this.dataSource.manager;
    const deadlineDate = localDateSql('a.deadline');
    const rows = await manager
      .getRepository(AssignmentEntity)
      .createQueryBuilder('a')
      .where('a.assigneeId IN (:...ids)', { ids: [...officialIds] })
      .andWhere(`${deadlineDate} BETWEEN :from AND :to`, { from: period.from, to: period.to })
      .andWhere('a.status NOT IN (:...excluded)', { excluded: [...PERIOD_ASSIGNMENT_RULE.excludedStatuses] })
      .orderBy('a.assigneeId')
      .addOrderBy('a.deadline')
      .addOrderBy('a.id')
      .getMany();
    if (rows.length === 0) return [];
    const ids = rows.map((a) => a.id);
    const [deadlines, deliverables] = await Promise.all([
      manager.getRepository(AssignmentDeadlineEntity).findBy({ assignmentId: In(ids) }),
      manager.getRepository(DeliverableEntity).find({ where: { assignmentId: In(ids) }, order: { versionNo: 'ASC' } }),
    ]);
    const deadlinesOf = group(deadlines, (d) => d.assignmentId);
    const deliverablesOf = group(deliverables, (d) => d.assignmentId);
    const calendar = await this.calendars.calendar();
    const now = this.clock.now();
    return rows.map((entity) => {
      const a = Assignment.from(entity);
      const history = { deadlines: deadlinesOf.get(a.id) ?? [], deliverables: deliverablesOf.get(a.id) ?? [] };
      const derived = deriveAssignment(a, history, calendar, now);
      return {
        assignmentId: a.id,
        officialId: entity.assigneeId,
        unitId: entity.unitId,
        title: entity.title,
        sourceDocument: entity.sourceDocument,
        status: entity.status,
        deadlineDate: toLocalDate(entity.deadline),
        expectedUnits: a.weight,
        deliveredUnits: deliveredUnitsOf(a),
        acceptedAt: entity.acceptedAt,
        ...deductionEventsOf(history.deliverables, derived.deadlines),
        ruleSetVersion: entity.ruleSetVersion,
      };
    });
  }
}
