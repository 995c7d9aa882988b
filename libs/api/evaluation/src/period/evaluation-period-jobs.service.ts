import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import {
  AbsenceSource,
  AfterCommit,
  AssignmentFact,
  AssignmentFactsSource,
  AuditService,
  CalendarService,
  Clock,
  JobQueue,
  NotificationRequest,
  NotificationSender,
  RealtimeBus,
} from '@ketqua/api/core';
import {
  attendanceInPeriod,
  DeductionEvent,
  EVALUATED_STAFF_CATEGORIES,
  evaluatorFor,
  NO_POSITION_TASK_GROUP,
  regimeOfStaffCategory,
  REMINDER_TARGETS,
  WINDOW_STAGE,
  windowsClosingSoon,
} from '@ketqua/domain';
import { DataSource, EntityManager } from 'typeorm';
import { CriteriaInForce, RuleSetSource } from '../criteria/rule-set-source';
import { EvaluationRegime } from '../evaluation/evaluation.entity';
import { EvaluationPeriodEntity } from './evaluation-period.entity';
import { FACTS_JOB, OPEN_BATCH_SIZE, OPEN_PERIOD_JOB, progressTopic, WINDOW_NOTICE_JOB } from './evaluation-period.jobs';
import { EvaluationPeriodService } from './evaluation-period.service';
import { EvaluationJobProgress } from './models/evaluation-period.model';

/** Rows per multi-row statement of facts (one array parameter per column). */
const FACT_CHUNK = 10_000;
/** Evaluations whose facts one refresh transaction rewrites. */
const REFRESH_BATCH = 1000;

interface OfficialRow {
  id: string;
  unit_id: string;
  agency_id: string;
  position_id: string | null;
  staff_category: string;
  is_leader: boolean;
  head_id: string | null;
  parent_head_id: string | null;
}

export interface OpeningReport {
  created: number;
  total: number;
  status: string;
}

/**
 * The background side of evaluation periods on the PostgreSQL queue: the opening job (one
 * evaluation per official in scope, in batches of OPEN_BATCH_SIZE, each batch one transaction with
 * multi-row inserts, progress on the period row and live), the facts job (refresh before the
 * cut-off, freeze after it), and the daily "window closing" notices. With JOBS_ENABLED=false the
 * tests call these methods directly with a moved Clock.
 */
@Injectable()
export class EvaluationPeriodJobs implements OnModuleInit {
  private readonly logger = new Logger(EvaluationPeriodJobs.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly periods: EvaluationPeriodService,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
    private readonly calendars: CalendarService,
    private readonly ruleSets: RuleSetSource,
    private readonly facts: AssignmentFactsSource,
    private readonly absences: AbsenceSource,
    private readonly notifications: NotificationSender,
    private readonly audit: AuditService,
    private readonly afterCommit: AfterCommit,
    private readonly bus: RealtimeBus,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ periodId: string }>(OPEN_PERIOD_JOB, async ({ periodId }) => {
      await this.runOpening(periodId);
    });
    this.jobs.register(FACTS_JOB, () => this.sweepFacts().then(() => undefined), { cron: '*/15 * * * *', atStart: true });
    this.jobs.register(WINDOW_NOTICE_JOB, () => this.sendWindowNotices().then(() => undefined), { cron: '0 7 * * *', atStart: true });
  }

  // ---------------------------------------------------------------------------------------------
  // Opening

  /**
   * Creates the evaluations of a period that is OPENING. Idempotent: officials who already have
   * one (unique period + official) are skipped, so a run after a crash continues where it stopped.
   * Errors leave the period OPENING with jobStatus FAILED and the message; opening it again resumes.
   */
  async runOpening(periodId: string): Promise<OpeningReport> {
    const period = await this.dataSource.manager.findOneBy(EvaluationPeriodEntity, { id: periodId });
    if (!period || period.status !== 'OPENING') return { created: 0, total: period?.jobTotal ?? 0, status: period?.status ?? 'MISSING' };
    let created = 0;
    try {
      const unitIds = await this.periods.unitIdsOf(this.dataSource.manager, period);
      const [{ total }] = (await this.dataSource.query(
        `SELECT count(*)::int AS total FROM app_user WHERE active AND unit_id = ANY($1::uuid[]) AND staff_category = ANY($2::text[])`,
        [unitIds, [...EVALUATED_STAFF_CATEGORIES]],
      )) as Array<{ total: number }>;
      const [{ done }] = (await this.dataSource.query(`SELECT count(*)::int AS done FROM evaluation WHERE period_id = $1`, [periodId])) as Array<{ done: number }>;
      await this.progress(periodId, { jobStatus: 'RUNNING', jobTotal: Math.max(total, done), jobDone: done, jobError: null });

      const calendar = await this.calendars.calendar();
      const scheduled = calendar.countWorkingDays(period.startsOn, period.endsOn);
      const range = { from: period.startsOn, to: period.endsOn };
      const criteria = new Map<string, Promise<CriteriaInForce>>();
      const criteriaOf = (tx: EntityManager, regime: EvaluationRegime, positionId: string | null) => {
        const key = `${regime}:${positionId ?? ''}`;
        let found = criteria.get(key);
        if (!found) {
          found = this.ruleSets.inForce(tx, { regime, positionId, date: period.endsOn });
          criteria.set(key, found);
        }
        return found;
      };

      let after = '00000000-0000-0000-0000-000000000000';
      for (;;) {
        const batch = await this.dataSource.transaction(async (tx) => {
          // One batch at a time per period, whichever instance runs it (a resumed job waits here).
          // No wait for the WAL flush at each batch's commit: a crash loses at most the last batches,
          // which the resumed opening writes again (it skips officials already evaluated).
          await tx.query('SET LOCAL synchronous_commit = off');
          const locked = await tx.findOne(EvaluationPeriodEntity, { where: { id: periodId }, lock: { mode: 'pessimistic_write' } });
          if (!locked || locked.status !== 'OPENING') return null;
          const officials: OfficialRow[] = await tx.query(
            `SELECT u.id, u.unit_id, un.agency_id, u.position_id, u.staff_category, u.is_leader, un.head_id, pu.head_id AS parent_head_id
               FROM app_user u
               JOIN unit un ON un.id = u.unit_id
               LEFT JOIN unit pu ON pu.id = un.parent_id
              WHERE u.active AND u.unit_id = ANY($1::uuid[]) AND u.staff_category = ANY($2::text[]) AND u.id > $3
                AND NOT EXISTS (SELECT 1 FROM evaluation e WHERE e.period_id = $4 AND e.official_id = u.id)
              ORDER BY u.id
              LIMIT $5`,
            [unitIds, [...EVALUATED_STAFF_CATEGORIES], after, periodId, OPEN_BATCH_SIZE],
          );
          if (!officials.length) return null;
          const absences = await this.absences.absencesOf(
            officials.map((o) => o.id),
            range,
            tx,
          );
          const absencesOf = groupBy(absences, (a) => a.officialId);
          const rows = [];
          for (const o of officials) {
            const regime = regimeOfStaffCategory(o.staff_category) as EvaluationRegime;
            const isLeader = o.is_leader || o.head_id === o.id;
            const evaluator = evaluatorFor({ id: o.id, isLeader }, { unitHeadId: o.head_id, parentUnitHeadId: o.parent_head_id });
            const inForce = await criteriaOf(tx, regime, o.position_id);
            const attendance = attendanceInPeriod(period, absencesOf.get(o.id) ?? [], (d) => calendar.isWorkingDay(d), scheduled);
            rows.push({
              official_id: o.id,
              unit_id: o.unit_id,
              agency_id: o.agency_id,
              position_id: o.position_id,
              task_group: o.position_id ?? NO_POSITION_TASK_GROUP,
              regime,
              is_leader: isLeader,
              evaluator_id: evaluator.evaluatorId,
              evaluator_level: evaluator.level,
              rule_set_version: inForce.ruleSet.version,
              criteria_template_id: inForce.templateId,
              scheduled_working_days: attendance.scheduledWorkingDays,
              worked_days: attendance.workedDays,
            });
          }
          const inserted: Array<{ id: string; official_id: string }> = await tx.query(
            `INSERT INTO evaluation (period_id, official_id, unit_id, agency_id, position_id, task_group, regime, is_leader, evaluator_id, evaluator_level,
                                     rule_set_version, criteria_template_id, scheduled_working_days, worked_days, version)
             SELECT $1, x.official_id, x.unit_id, x.agency_id, x.position_id, x.task_group, x.regime, x.is_leader, x.evaluator_id, x.evaluator_level,
                    x.rule_set_version, x.criteria_template_id, x.scheduled_working_days, x.worked_days, 1
               FROM jsonb_to_recordset($2::jsonb) AS x(official_id uuid, unit_id uuid, agency_id uuid, position_id uuid, task_group text, regime text,
                    is_leader boolean, evaluator_id uuid, evaluator_level text, rule_set_version text, criteria_template_id uuid,
                    scheduled_working_days int, worked_days int)
             ON CONFLICT (period_id, official_id) DO NOTHING
             RETURNING id, official_id`,
            [periodId, JSON.stringify(rows)],
          );
          const evaluationOf = new Map(inserted.map((r) => [r.official_id, r.id]));
          const facts = await this.facts.factsFor([...evaluationOf.keys()], range, tx);
          await this.writeFacts(
            tx,
            facts.map((f) => ({ evaluationId: evaluationOf.get(f.officialId) as string, fact: f })),
            'insert',
          );
          await this.notifications.sendMany(
            tx,
            inserted.map((r) => openedNotice(period, r.id, r.official_id)),
          );
          locked.jobDone += inserted.length;
          locked.jobStatus = 'RUNNING';
          const saved = await tx.save(locked);
          this.afterCommit.run(tx, () => this.bus.publish(progressTopic(periodId), EvaluationJobProgress.from(saved)));
          return { last: officials[officials.length - 1].id, created: inserted.length };
        });
        if (!batch) break;
        after = batch.last;
        created += batch.created;
      }

      const finished = await this.dataSource.transaction(async (tx) => {
        const locked = await tx.findOne(EvaluationPeriodEntity, { where: { id: periodId }, lock: { mode: 'pessimistic_write' } });
        if (!locked || locked.status !== 'OPENING') return locked;
        const [{ n }] = (await tx.query(`SELECT count(*)::int AS n FROM evaluation WHERE period_id = $1`, [periodId])) as Array<{ n: number }>;
        Object.assign(locked, { status: 'OPEN', jobStatus: 'DONE', jobDone: n, jobTotal: n, jobError: null });
        const saved = await tx.save(locked);
        await this.audit.record(tx, { actorId: null, action: 'evaluation-period.opened', entityType: 'evaluation_period', entityId: periodId, data: { evaluations: n } });
        this.afterCommit.run(tx, async () => {
          await this.bus.publish(progressTopic(periodId), EvaluationJobProgress.from(saved));
          // The freeze exactly at the cut-off (the 15-minute sweep is the safety net).
          await this.jobs.send(FACTS_JOB, {}, { startAfter: Math.max(1, Math.ceil((saved.cutOffAt.getTime() - this.clock.now().getTime()) / 1000)) });
        });
        return saved;
      });
      return { created, total: finished?.jobTotal ?? created, status: finished?.status ?? 'MISSING' };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.error(`opening period ${periodId} failed: ${message}`);
      await this.progress(periodId, { jobStatus: 'FAILED', jobError: message.slice(0, 1000) });
      return { created, total: 0, status: 'FAILED' };
    }
  }

  /** Writes progress fields on the period row and publishes them. */
  private async progress(periodId: string, fields: Partial<EvaluationPeriodEntity>): Promise<void> {
    await this.dataSource.getRepository(EvaluationPeriodEntity).update({ id: periodId }, fields);
    const period = await this.dataSource.manager.findOneByOrFail(EvaluationPeriodEntity, { id: periodId });
    await this.bus.publish(progressTopic(periodId), EvaluationJobProgress.from(period));
  }

  /**
   * Multi-row write of facts, one statement per FACT_CHUNK rows with one array parameter per column
   * (UNNEST: no JSON to build and parse for every row). `upsert` (the refresh): a re-captured
   * assignment replaces its row. The opening inserts facts of evaluations created in the same
   * transaction, which have none yet: a plain INSERT, without the ON CONFLICT arbitration.
   */
  async writeFacts(tx: EntityManager, rows: readonly { evaluationId: string; fact: AssignmentFact }[], mode: 'insert' | 'upsert' = 'upsert'): Promise<void> {
    const capturedAt = this.clock.now();
    const onConflict =
      mode === 'upsert'
        ? `ON CONFLICT (evaluation_id, assignment_id) DO UPDATE SET
           unit_id = EXCLUDED.unit_id, title = EXCLUDED.title, source_document = EXCLUDED.source_document, status = EXCLUDED.status,
           deadline_date = EXCLUDED.deadline_date, expected_units = EXCLUDED.expected_units, delivered_units = EXCLUDED.delivered_units,
           accepted_at = EXCLUDED.accepted_at, major_error_returns = EXCLUDED.major_error_returns, missed_deadlines = EXCLUDED.missed_deadlines,
           rule_set_version = EXCLUDED.rule_set_version, captured_at = EXCLUDED.captured_at`
        : '';
    for (let i = 0; i < rows.length; i += FACT_CHUNK) {
      const chunk = rows.slice(i, i + FACT_CHUNK);
      const column = <T>(of: (row: { evaluationId: string; fact: AssignmentFact }) => T): T[] => chunk.map(of);
      await tx.query(
        `INSERT INTO evaluation_fact (evaluation_id, assignment_id, unit_id, title, source_document, status, deadline_date, expected_units, delivered_units,
                                      accepted_at, major_error_returns, missed_deadlines, rule_set_version, captured_at)
         SELECT x.*, $14::timestamptz
           FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::date[], $8::numeric[], $9::numeric[],
                       $10::timestamptz[], $11::jsonb[], $12::jsonb[], $13::text[]) AS x
         ${onConflict}`,
        [
          column((r) => r.evaluationId),
          column((r) => r.fact.assignmentId),
          column((r) => r.fact.unitId),
          column((r) => r.fact.title),
          column((r) => r.fact.sourceDocument),
          column((r) => r.fact.status),
          column((r) => r.fact.deadlineDate),
          column((r) => r.fact.expectedUnits),
          column((r) => r.fact.deliveredUnits),
          column((r) => r.fact.acceptedAt),
          column((r) => JSON.stringify(r.fact.majorErrorReturns)),
          column((r) => JSON.stringify(r.fact.missedDeadlines)),
          column((r) => r.fact.ruleSetVersion),
          capturedAt,
        ],
      );
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Facts: refreshed until the cut-off, frozen after it

  /**
   * The recurring facts job: resumes openings interrupted by a restart, refreshes the facts of open
   * periods whose cut-off has not come, and — once it has passed — refreshes one last time and
   * stamps factsFrozenAt. After that nothing here touches the period's facts again.
   */
  async sweepFacts(now = this.clock.now()): Promise<{ resumed: number; refreshed: number; frozen: number }> {
    let resumed = 0;
    // An opening whose job is gone (the instance stopped mid-way): its row has not moved for 2 minutes of real time.
    const stuck: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM evaluation_period WHERE status = 'OPENING' AND job_status IN ('QUEUED', 'RUNNING') AND updated_at < now() - interval '2 minutes'`,
    );
    for (const { id } of stuck) {
      await this.runOpening(id);
      resumed++;
    }
    let refreshed = 0;
    let frozen = 0;
    const open = await this.dataSource.getRepository(EvaluationPeriodEntity).createQueryBuilder('p').where(`p.status = 'OPEN' AND p.factsFrozenAt IS NULL`).getMany();
    for (const period of open) {
      const freeze = now.getTime() >= period.cutOffAt.getTime();
      await this.refreshFacts(period);
      refreshed++;
      if (freeze) {
        await this.dataSource.transaction(async (tx) => {
          const updated = await tx
            .createQueryBuilder()
            .update(EvaluationPeriodEntity)
            .set({ factsFrozenAt: now })
            .where('id = :id AND facts_frozen_at IS NULL', { id: period.id })
            .execute();
          if (updated.affected) {
            await this.audit.record(tx, {
              actorId: null,
              action: 'evaluation-period.freeze-facts',
              entityType: 'evaluation_period',
              entityId: period.id,
              data: { cutOffAt: period.cutOffAt.toISOString() },
            });
          }
        });
        frozen++;
      }
    }
    return { resumed, refreshed, frozen };
  }

  /**
   * Re-reads every evaluation's facts from the work module, in batches: changed assignments are
   * replaced, ones that no longer count are removed, new ones added. A waiver already confirmed on
   * an event (the waiver slice writes it onto the fact) is kept when the work module has none.
   */
  async refreshFacts(period: EvaluationPeriodEntity): Promise<void> {
    const range = { from: period.startsOn, to: period.endsOn };
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const more = await this.dataSource.transaction(async (tx) => {
        const locked = await tx.findOne(EvaluationPeriodEntity, { where: { id: period.id }, lock: { mode: 'pessimistic_write' } });
        if (!locked || locked.factsFrozenAt) return null;
        const evaluations: Array<{ id: string; official_id: string }> = await tx.query(
          `SELECT id, official_id FROM evaluation WHERE period_id = $1 AND id > $2 ORDER BY id LIMIT $3`,
          [period.id, after, REFRESH_BATCH],
        );
        if (!evaluations.length) return null;
        const evaluationOf = new Map(evaluations.map((e) => [e.official_id, e.id]));
        const facts = await this.facts.factsFor([...evaluationOf.keys()], range, tx);
        const previous: Array<{ evaluation_id: string; assignment_id: string; major_error_returns: DeductionEvent[]; missed_deadlines: DeductionEvent[] }> = await tx.query(
          `SELECT evaluation_id, assignment_id, major_error_returns, missed_deadlines FROM evaluation_fact WHERE evaluation_id = ANY($1::uuid[])`,
          [evaluations.map((e) => e.id)],
        );
        const before = new Map(previous.map((p) => [`${p.evaluation_id}:${p.assignment_id}`, p]));
        const rows = facts.map((f) => {
          const evaluationId = evaluationOf.get(f.officialId) as string;
          const old = before.get(`${evaluationId}:${f.assignmentId}`);
          const fact = old
            ? { ...f, majorErrorReturns: keepWaivers(f.majorErrorReturns, old.major_error_returns), missedDeadlines: keepWaivers(f.missedDeadlines, old.missed_deadlines) }
            : f;
          return { evaluationId, fact };
        });
        const keep = new Set(rows.map((r) => `${r.evaluationId}:${r.fact.assignmentId}`));
        const gone = previous.filter((p) => !keep.has(`${p.evaluation_id}:${p.assignment_id}`));
        if (gone.length) {
          await tx.query(
            `DELETE FROM evaluation_fact f USING unnest($1::uuid[], $2::uuid[]) AS g(evaluation_id, assignment_id)
              WHERE f.evaluation_id = g.evaluation_id AND f.assignment_id = g.assignment_id`,
            [gone.map((g) => g.evaluation_id), gone.map((g) => g.assignment_id)],
          );
        }
        await this.writeFacts(tx, rows);
        return evaluations[evaluations.length - 1].id;
      });
      if (!more) return;
      after = more;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // "Window closing in 3 working days"

  /**
   * For every open period, the windows closing within 3 working days (libs/domain, with the
   * working calendar): tells each person who still has to act, once per window — the
   * evaluation_window_notice row is written with the notification, so several instances or runs
   * send it once. Nothing is sent on a day off.
   */
  async sendWindowNotices(today = this.clock.today()): Promise<number> {
    const calendar = await this.calendars.calendar();
    if (!calendar.isWorkingDay(today)) return 0;
    const open = await this.dataSource.getRepository(EvaluationPeriodEntity).findBy({ status: 'OPEN' });
    let sent = 0;
    for (const period of open) {
      for (const closing of windowsClosingSoon(period, today, (from, to) => calendar.countWorkingDays(from, to))) {
        const target = REMINDER_TARGETS[WINDOW_STAGE[closing.window]];
        const column = target.recipient === 'OFFICIAL' ? 'official_id' : 'evaluator_id';
        sent += await this.dataSource.transaction(async (tx) => {
          const fresh: Array<{ recipient_id: string }> = await tx.query(
            `INSERT INTO evaluation_window_notice (period_id, "window", recipient_id, sent_at)
             SELECT DISTINCT $1::uuid, $2, e.${column}, $4::timestamptz FROM evaluation e
              WHERE e.period_id = $1 AND e.status = ANY($3::text[]) AND e.${column} IS NOT NULL
             ON CONFLICT DO NOTHING
             RETURNING recipient_id`,
            [period.id, closing.window, [...target.statuses], this.clock.now()],
          );
          await this.notifications.sendMany(
            tx,
            fresh.map((r) => closingNotice(period, closing.window, closing.until, closing.workingDaysLeft, r.recipient_id)),
          );
          return fresh.length;
        });
      }
    }
    return sent;
  }
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(row);
    else map.set(key(row), [row]);
  }
  return map;
}

/** The new events, each keeping a waiver already confirmed on the same event (by reference). */
function keepWaivers(fresh: readonly DeductionEvent[], old: readonly DeductionEvent[]): DeductionEvent[] {
  const waived = new Map(old.filter((e) => e.waiver).map((e) => [e.reference, e.waiver]));
  return fresh.map((e) => (e.waiver || !waived.has(e.reference) ? e : { ...e, waiver: waived.get(e.reference) }));
}

const fmt = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

function openedNotice(period: EvaluationPeriodEntity, evaluationId: string, officialId: string): NotificationRequest {
  return {
    recipientId: officialId,
    kind: 'EVALUATION_PERIOD_OPENED',
    title: { vi: `Đã mở kỳ đánh giá: ${period.name}`, en: `Evaluation period opened: ${period.name}` },
    body: {
      vi: `Hãy tự đánh giá trước hết ngày ${fmt(period.selfAssessmentUntil)}.`,
      en: `Please submit your self-assessment by ${period.selfAssessmentUntil}.`,
    },
    subject: { kind: 'EVALUATION', id: evaluationId },
    data: { periodId: period.id, evaluationId },
  };
}

const WINDOW_TEXT: Record<string, { vi: string; en: string }> = {
  SELF_ASSESSMENT: { vi: 'tự đánh giá', en: 'self-assessment' },
  HEAD_SCORING: { vi: 'chấm điểm, xếp loại', en: 'head scoring' },
  PUBLISH: { vi: 'phê duyệt và công khai', en: 'approval and publication' },
};

function closingNotice(period: EvaluationPeriodEntity, window: string, until: string, left: number, recipientId: string): NotificationRequest {
  const what = WINDOW_TEXT[window];
  return {
    recipientId,
    kind: 'EVALUATION_WINDOW_CLOSING',
    title: { vi: `Sắp hết hạn ${what.vi}: ${period.name}`, en: `${what.en} closes soon: ${period.name}` },
    body: {
      vi: `Hạn ${what.vi} là hết ngày ${fmt(until)} (còn ${left} ngày làm việc).`,
      en: `The ${what.en} window ends on ${until} (${left} working day${left === 1 ? '' : 's'} left).`,
    },
    subject: { kind: 'EVALUATION_PERIOD', id: period.id },
    data: { periodId: period.id, window },
  };
}
