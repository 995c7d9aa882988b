import { Injectable } from '@nestjs/common';
import { AssignmentFact, AssignmentFactsSource, CalendarService, Clock } from '@ketqua/api/core';
import { convertedUnits, HO_CHI_MINH_TIME_ZONE, PERIOD_ASSIGNMENT_RULE, toLocalDate } from '@ketqua/domain';
import { DataSource, EntityManager } from 'typeorm';
import { deadlineOutcomes, deductionEventsOf, deliveredUnitsOf, DeliverableDecisionRow } from '../assignment/assignment-derived';
import { AssignmentStatus } from '../assignment/assignment-status';
import { ObjectiveCause } from '../deliverable/models/deliverable.model';

const group = <T>(rows: T[], key: (row: T) => string): Map<string, T[]> => {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(row);
    else map.set(key(row), [row]);
  }
  return map;
};

/** The columns of an assignment a fact needs (numeric columns arrive as text). */
interface AssignmentRow {
  id: string;
  assignee_id: string;
  unit_id: string;
  title: string;
  source_document: string | null;
  status: AssignmentStatus;
  deadline: Date;
  coefficient: string;
  quantity: string;
  accepted_quantity: string | null;
  accepted_at: Date | null;
  cancelled_at: Date | null;
  rule_set_version: string;
}

interface DeadlineRawRow {
  assignment_id: string;
  deadline: Date;
  set_at: Date;
  waiver_cause: string | null;
  waiver_confirmed_by: string | null;
}

interface DeliverableRawRow {
  assignment_id: string;
  version_no: number;
  submitted_at: Date;
  decision: string | null;
  major_error: boolean;
  waiver_cause: string | null;
  waiver_confirmed_by: string | null;
}

/**
 * The work module's side of the AssignmentFactsSource port: the facts of the assignments an
 * evaluation period counts, three set-based queries per batch of officials whatever its size.
 *
 * Built for the opening of a 25,000-official period (docs/PERFORMANCE.md): plain rows with only the
 * columns a fact needs (no entity hydration), the period as a timestamp range so the
 * (assignee_id, deadline) index reads only the period's assignments, and of the derivation only what
 * a fact carries — the deadlines' outcomes and the deduction events, through the same functions the
 * assignment pages use (deadlineOutcomes, deductionEventsOf in assignment-derived.ts); the scores
 * and working days left that deriveAssignment adds are not facts. work-facts.spec.ts checks that
 * the facts equal deriveAssignment's on generated assignments.
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
    // A local date in [from, to] ⇔ the instant in [from 00:00, to + 1 day 00:00) in Asia/Ho_Chi_Minh.
    const rows: AssignmentRow[] = await manager.query(
      `SELECT a.id, a.assignee_id, a.unit_id, a.title, a.source_document, a.status, a.deadline, a.coefficient, a.quantity, a.accepted_quantity,
              a.accepted_at, a.cancelled_at, a.rule_set_version
         FROM assignment a
        WHERE a.assignee_id = ANY($1::uuid[])
          AND a.deadline >= ($2::date::timestamp AT TIME ZONE '${HO_CHI_MINH_TIME_ZONE}')
          AND a.deadline < (($3::date + 1)::timestamp AT TIME ZONE '${HO_CHI_MINH_TIME_ZONE}')
          AND a.status <> ALL($4::text[])
        ORDER BY a.assignee_id, a.deadline, a.id`,
      [officialIds, period.from, period.to, [...PERIOD_ASSIGNMENT_RULE.excludedStatuses]],
    );
    if (rows.length === 0) return [];
    const ids = rows.map((a) => a.id);
    // One after the other: the manager may be a transaction's, one connection, which runs one query at a time
    // (pg deprecates queuing a second query on a busy client).
    const deadlines = (await manager.query(
      `SELECT assignment_id, deadline, set_at, waiver_cause, waiver_confirmed_by FROM assignment_deadline WHERE assignment_id = ANY($1::uuid[])`,
      [ids],
    )) as DeadlineRawRow[];
    const deliverables = (await manager.query(
      `SELECT assignment_id, version_no, submitted_at, decision, major_error, waiver_cause, waiver_confirmed_by FROM deliverable WHERE assignment_id = ANY($1::uuid[])`,
      [ids],
    )) as DeliverableRawRow[];
    const deadlinesOf = group(
      deadlines.map((d) => ({ assignmentId: d.assignment_id, deadline: d.deadline, setAt: d.set_at, objectiveCause: objectiveCause(d) })),
      (d) => d.assignmentId,
    );
    const deliverablesOf = group(
      deliverables.map((d) => ({
        assignmentId: d.assignment_id,
        versionNo: d.version_no,
        submittedAt: d.submitted_at,
        decision: d.decision,
        majorError: d.major_error,
        waiverCause: d.waiver_cause,
        waiverConfirmedBy: d.waiver_confirmed_by,
      })) as Array<DeliverableDecisionRow & { assignmentId: string; submittedAt: Date }>,
      (d) => d.assignmentId,
    );
    const calendar = await this.calendars.calendar();
    const now = this.clock.now();
    return rows.map((a) => {
      const delivered = deliverablesOf.get(a.id) ?? [];
      const outcomes = deadlineOutcomes(deadlinesOf.get(a.id) ?? [], delivered, a.accepted_at ?? a.cancelled_at ?? now, calendar).map(({ entry, missed }) => ({
        deadline: entry.deadline,
        missed,
        objectiveCause: entry.objectiveCause,
      }));
      const coefficient = Number(a.coefficient);
      const quantity = Number(a.quantity);
      return {
        assignmentId: a.id,
        officialId: a.assignee_id,
        unitId: a.unit_id,
        title: a.title,
        sourceDocument: a.source_document,
        status: a.status,
        deadlineDate: toLocalDate(a.deadline),
        expectedUnits: convertedUnits(coefficient, quantity),
        deliveredUnits: deliveredUnitsOf({ status: a.status, coefficient, quantity, acceptedQuantity: a.accepted_quantity === null ? null : Number(a.accepted_quantity) }),
        acceptedAt: a.accepted_at,
        ...deductionEventsOf(delivered, outcomes),
        ruleSetVersion: a.rule_set_version,
      };
    });
  }
}

/** AssignmentDeadline.from's objective cause. */
function objectiveCause(d: DeadlineRawRow): ObjectiveCause | null {
  return d.waiver_cause && d.waiver_confirmed_by ? { cause: d.waiver_cause, confirmedBy: d.waiver_confirmed_by } : null;
}
