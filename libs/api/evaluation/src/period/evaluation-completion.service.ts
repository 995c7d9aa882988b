import { Injectable } from '@nestjs/common';
import { AccessService, AuditService, AuthUser, NotificationRequest, NotificationSender } from '@ketqua/api/core';
import { COMPLETION_BUCKETS, REMINDER_TARGETS, ReminderStage } from '@ketqua/domain';
import { DataSource } from 'typeorm';
import { conflict, forbidden } from '../evaluation.errors';
import { RemindEvaluationsInput } from './dto/evaluation-period.inputs';
import { EvaluationPeriodEntity } from './evaluation-period.entity';
import { EvaluationPeriodService } from './evaluation-period.service';
import { AgencyCompletion, CompletionCounts, EvaluationCompletion, ReminderResult, UnitCompletion } from './models/evaluation-period.model';

interface CountRow {
  agency_id: string;
  agency_name: string;
  unit_id: string;
  unit_name: string;
  total: number;
  no_self_assessment: number;
  no_head_score: number;
  not_approved: number;
  not_published: number;
}

const zero = (): CompletionCounts => ({ total: 0, noSelfAssessment: 0, noHeadScore: 0, notApproved: 0, notPublished: 0 });
const add = (into: CompletionCounts, row: CountRow) => {
  into.total += row.total;
  into.noSelfAssessment += row.no_self_assessment;
  into.noHeadScore += row.no_head_score;
  into.notApproved += row.not_approved;
  into.notPublished += row.not_published;
};

const STAGE_TEXT: Record<ReminderStage, { vi: string; en: string; kind: string }> = {
  SELF_ASSESSMENT: { vi: 'Nhắc: hãy hoàn thành tự đánh giá', en: 'Reminder: please complete your self-assessment', kind: 'EVALUATION_REMINDER_SELF_ASSESSMENT' },
  HEAD_SCORING: { vi: 'Nhắc: còn phiếu đánh giá chờ anh/chị chấm điểm', en: 'Reminder: evaluations are waiting for your scores', kind: 'EVALUATION_REMINDER_SCORING' },
  APPROVAL: { vi: 'Nhắc: còn phiếu đánh giá chờ phê duyệt', en: 'Reminder: evaluations are waiting for approval', kind: 'EVALUATION_REMINDER_APPROVAL' },
  PUBLICATION: { vi: 'Nhắc: còn kết quả đánh giá chờ công khai', en: 'Reminder: results are waiting to be published', kind: 'EVALUATION_REMINDER_PUBLICATION' },
};

/**
 * The completion board of a period (per agency and unit, how many evaluations still miss each
 * step — the buckets are libs/domain's COMPLETION_BUCKETS) and the bulk reminders. One GROUP BY
 * on evaluation (period_id, unit_id, status) — the IDX_evaluation_period_unit_status index.
 */
@Injectable()
export class EvaluationCompletionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly periods: EvaluationPeriodService,
    private readonly notifications: NotificationSender,
  ) {}

  /** The units of the period the caller sees: null = every unit (city-wide or ADMIN). */
  private async scopeUnits(user: AuthUser): Promise<string[] | null> {
    const scope = await this.access.scopeOf(user);
    if (scope.ownRecordsOnly) throw forbidden('OUT_OF_SCOPE', 'Bạn không có quyền xem bảng theo dõi này.', 'You may not see this board.');
    return scope.units.all ? null : scope.units.ids;
  }

  async completion(user: AuthUser, periodId: string): Promise<EvaluationCompletion> {
    const period = await this.periods.load(this.dataSource.manager, periodId);
    await this.periods.assertCanRead(user, period);
    const units = await this.scopeUnits(user);
    const rows: CountRow[] = await this.dataSource.query(
      `SELECT c.agency_id, a.name AS agency_name, c.unit_id, u.name AS unit_name, c.total, c.no_self_assessment, c.no_head_score, c.not_approved, c.not_published
         FROM (SELECT e.agency_id, e.unit_id,
                      count(*)::int AS total,
                      count(*) FILTER (WHERE e.status = ANY($2::text[]))::int AS no_self_assessment,
                      count(*) FILTER (WHERE e.status = ANY($3::text[]))::int AS no_head_score,
                      count(*) FILTER (WHERE e.status = ANY($4::text[]))::int AS not_approved,
                      count(*) FILTER (WHERE e.status = ANY($5::text[]))::int AS not_published
                 FROM evaluation e
                WHERE e.period_id = $1 AND ($6::uuid[] IS NULL OR e.unit_id = ANY($6::uuid[]))
                GROUP BY e.agency_id, e.unit_id) c
         JOIN unit u ON u.id = c.unit_id
         JOIN agency a ON a.id = c.agency_id
        ORDER BY a.name, u.name`,
      [periodId, [...COMPLETION_BUCKETS.noSelfAssessment], [...COMPLETION_BUCKETS.noHeadScore], [...COMPLETION_BUCKETS.notApproved], [...COMPLETION_BUCKETS.notPublished], units],
    );
    const totals = zero();
    const agencies = new Map<string, AgencyCompletion>();
    const unitRows: UnitCompletion[] = [];
    for (const row of rows) {
      add(totals, row);
      let agency = agencies.get(row.agency_id);
      if (!agency) {
        agency = Object.assign(new AgencyCompletion(), { agencyId: row.agency_id, agencyName: row.agency_name, ...zero() });
        agencies.set(row.agency_id, agency);
      }
      add(agency, row);
      const unit = Object.assign(new UnitCompletion(), { unitId: row.unit_id, unitName: row.unit_name, agencyId: row.agency_id, ...zero() });
      add(unit, row);
      unitRows.push(unit);
    }
    return Object.assign(new EvaluationCompletion(), { periodId, totals, agencies: [...agencies.values()], units: unitRows });
  }

  /**
   * In-app reminders, one per person who has to act at `stage` (officials without a
   * self-assessment, or evaluators with evaluations waiting for them) in the chosen units of the
   * caller's scope; one transaction, multi-row, audited.
   */
  async remind(user: AuthUser, input: RemindEvaluationsInput): Promise<ReminderResult> {
    const period = await this.periods.load(this.dataSource.manager, input.periodId);
    await this.periods.assertCanRead(user, period);
    const scope = await this.scopeUnits(user);
    if (input.unitIds?.length) for (const unitId of input.unitIds) await this.access.assertCanSeeUnit(user, unitId);
    const units = input.unitIds?.length ? [...new Set(input.unitIds)] : scope;
    return this.dataSource.transaction(async (tx) => {
      const locked = await tx.findOneOrFail(EvaluationPeriodEntity, { where: { id: period.id }, lock: { mode: 'pessimistic_read' } });
      if (locked.status !== 'OPEN') {
        throw conflict('PERIOD_NOT_OPEN', { vi: 'Chỉ nhắc được khi kỳ đánh giá đang diễn ra.', en: 'Reminders go out only while the period is open.' }, { status: locked.status });
      }
      const target = REMINDER_TARGETS[input.stage as ReminderStage];
      const column = target.recipient === 'OFFICIAL' ? 'official_id' : 'evaluator_id';
      const rows: Array<{ recipient_id: string; n: number }> = await tx.query(
        `SELECT e.${column} AS recipient_id, count(*)::int AS n FROM evaluation e
          WHERE e.period_id = $1 AND e.status = ANY($2::text[]) AND e.${column} IS NOT NULL AND ($3::uuid[] IS NULL OR e.unit_id = ANY($3::uuid[]))
          GROUP BY e.${column}`,
        [period.id, [...target.statuses], units],
      );
      const text = STAGE_TEXT[input.stage as ReminderStage];
      await this.notifications.sendMany(
        tx,
        rows.map((r): NotificationRequest => ({
          recipientId: r.recipient_id,
          kind: text.kind,
          title: { vi: `${text.vi} – ${period.name}`, en: `${text.en} – ${period.name}` },
          body:
            target.recipient === 'OFFICIAL'
              ? { vi: `Hạn tự đánh giá: hết ngày ${period.selfAssessmentUntil.split('-').reverse().join('/')}.`, en: `Self-assessment closes on ${period.selfAssessmentUntil}.` }
              : { vi: `${r.n} phiếu đang chờ anh/chị.`, en: `${r.n} evaluation(s) waiting for you.` },
          subject: { kind: 'EVALUATION_PERIOD', id: period.id },
          data: { periodId: period.id, stage: input.stage, count: r.n },
        })),
      );
      const evaluations = rows.reduce((sum, r) => sum + r.n, 0);
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'evaluation-period.remind',
        entityType: 'evaluation_period',
        entityId: period.id,
        data: { stage: input.stage, unitIds: input.unitIds ?? null, recipients: rows.length, evaluations },
      });
      return Object.assign(new ReminderResult(), { recipients: rows.length, evaluations });
    });
  }
}
