import { Injectable } from '@nestjs/common';
import { assertVersion, AuditService, AuthUser, Clock, ConnectionShape, keysetPage, NotificationSender, PageArgs, UserEntity } from '@ketqua/api/core';
import { EvaluationAction, GeneralCriterionScore, generalPoints, GradeOverrides, mayScoreWithoutSelfAssessment, nextEvaluationStatus, windowAllows } from '@ketqua/domain';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { RuleSetSource } from '../criteria/rule-set-source';
import { badField, conflict, domain, forbidden, notFound, WHAT } from '../evaluation.errors';
import { EvaluationPeriodEntity } from '../period/evaluation-period.entity';
import { QuotaGuard } from '../quota/quota-guard';
import { EvaluationAccess } from '../shared/evaluation-access';
import { EvaluationRecord } from '../shared/evaluation-record';
import { EvaluationFilter, EvaluationsBatchInput, GeneralScoreInput, ReasonedEvaluationInput, ScoreEvaluationInput, SubmitSelfAssessmentInput } from './dto/evaluation.inputs';
import { EvaluationRecords } from './evaluation-records';
import { EvaluationRevisionEntity } from './evaluation-revision.entity';
import { EvaluationEntity } from './evaluation.entity';
import { Evaluation } from './models/evaluation.model';

interface Notice {
  kind: string;
  title: { vi: string; en: string };
  body?: { vi: string; en: string };
}

interface Applied {
  action: string;
  data: Record<string, unknown>;
  notify?: Notice;
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 10 Crockford base32 characters of a SHA-256 (50 bits): short enough to type, unique in practice (and by the index). */
export function verificationCodeOf(evaluationId: string, revision: number, record: EvaluationRecord): string {
  const digest = createHash('sha256')
    .update(`${evaluationId}:${revision}:${JSON.stringify(record)}`)
    .digest();
  let bits = 0n;
  for (const byte of digest.subarray(0, 7)) bits = (bits << 8n) | BigInt(byte);
  let code = '';
  for (let i = 0; i < 10; i++) code += CROCKFORD[Number((bits >> BigInt(51 - 5 * (i + 1))) & 31n)];
  return code;
}

const invalidTransition = (status: string, action: EvaluationAction) =>
  conflict(
    'INVALID_TRANSITION',
    { vi: `Không thể thực hiện "${action}" khi phiếu đang ở trạng thái ${status}`, en: `Cannot ${action} an evaluation that is ${status}` },
    { status, action },
  );

const windowClosed = (action: EvaluationAction, until: string) =>
  conflict('WINDOW_CLOSED', { vi: `Đã hết thời hạn cho bước này (đến hết ngày ${until})`, en: `The window for this step has closed (last day ${until})` }, { action, until });

@Injectable()
export class EvaluationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: EvaluationAccess,
    private readonly records: EvaluationRecords,
    private readonly ruleSets: RuleSetSource,
    private readonly quota: QuotaGuard,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly notifications: NotificationSender,
  ) {}

  // ---- Reads ----

  async list(user: AuthUser, filter: EvaluationFilter | null | undefined, page: PageArgs): Promise<ConnectionShape<Evaluation>> {
    filter ??= {};
    const qb = this.dataSource.getRepository(EvaluationEntity).createQueryBuilder('e');
    // An official's history (filter officialId) is read where they are now: transferred periods travel with them.
    if (!(filter.officialId && (await this.access.canSeeOfficialNow(user, filter.officialId)))) await this.access.restrict(qb, user, this.clock.today());
    if (filter.periodId) qb.andWhere('e.periodId = :periodId', { periodId: filter.periodId });
    if (filter.unitId) qb.andWhere('e.unitId = :unitId', { unitId: filter.unitId });
    if (filter.officialId) qb.andWhere('e.officialId = :officialId', { officialId: filter.officialId });
    if (filter.status?.length) qb.andWhere('e.status IN (:...statuses)', { statuses: filter.status });
    return keysetPage(qb, page, { columns: ['e.periodId', 'e.officialId'], values: (e) => [e.periodId, e.officialId] }, Evaluation.from);
  }

  async get(user: AuthUser, id: string): Promise<Evaluation> {
    const e = await this.dataSource.getRepository(EvaluationEntity).findOneBy({ id });
    if (!e) throw notFound('evaluation', id);
    await this.access.assertCanRead(user, e, this.clock.today());
    return Evaluation.from(e);
  }

  /**
   * The periods with evaluations in `unitId` that the caller may read (the head's board picker),
   * newest first. Scope is the same as `list`: outside it the answer is empty, never another unit's.
   */
  async periodsOfUnit(user: AuthUser, unitId: string): Promise<EvaluationPeriodEntity[]> {
    const qb = this.dataSource.getRepository(EvaluationEntity).createQueryBuilder('e').select('DISTINCT e.periodId', 'periodId').where('e.unitId = :unitId', { unitId });
    await this.access.restrict(qb, user, this.clock.today());
    const ids = (await qb.getRawMany<{ periodId: string }>()).map((r) => r.periodId);
    if (!ids.length) return [];
    return this.dataSource
      .getRepository(EvaluationPeriodEntity)
      .createQueryBuilder('p')
      .where('p.id IN (:...ids)', { ids })
      .orderBy('p.startsOn', 'DESC')
      .addOrderBy('p.endsOn', 'ASC')
      .take(100)
      .getMany();
  }

  /** The caller's own evaluations of a year, by the period's start. */
  async mine(user: AuthUser, year: number): Promise<Evaluation[]> {
    const rows = await this.dataSource
      .getRepository(EvaluationEntity)
      .createQueryBuilder('e')
      .innerJoin(EvaluationPeriodEntity, 'p', 'p.id = e.periodId')
      .where('e.officialId = :me AND p.year = :year', { me: user.id, year })
      .orderBy('p.startsOn', 'ASC')
      .addOrderBy('e.id', 'ASC')
      // limit, not take: take with an ordered join wraps the query in a DISTINCT that loses p.starts_on.
      .limit(200)
      .getMany();
    return rows.map(Evaluation.from);
  }

  // ---- The flow ----

  async submitSelfAssessment(user: AuthUser, input: SubmitSelfAssessmentInput): Promise<Evaluation> {
    return this.change(user, input.id, input.version, 'SUBMIT_SELF_ASSESSMENT', async (tx, e) => {
      const ruleSet = await this.ruleSets.get(e.ruleSetVersion, tx);
      const selfScores = e.regime === 'CONG_CHUC' && input.selfScores.length ? this.generalScores(input.selfScores, ruleSet, 'input.selfScores') : null;
      if (e.regime === 'VIEN_CHUC' && input.selfScores.length) {
        throw badField('NO_GENERAL_CRITERIA', 'input.selfScores', {
          vi: 'viên chức được đánh giá theo điều kiện, không chấm điểm tiêu chí chung',
          en: 'viên chức are graded by conditions, without general sub-scores',
        });
      }
      Object.assign(e, { selfAssessmentText: input.text, selfScores, proposedGrade: input.proposedGrade ?? null, selfAssessedAt: this.clock.now(), returnReason: null });
      return { action: 'evaluation.self_assessed', data: { selfScores, proposedGrade: e.proposedGrade } };
    });
  }

  async score(user: AuthUser, input: ScoreEvaluationInput): Promise<Evaluation> {
    return this.change(user, input.id, input.version, 'SCORE', async (tx, e, period) => {
      if (e.status === 'AWAITING_SELF_ASSESSMENT' && !mayScoreWithoutSelfAssessment(this.windows(period), this.clock.today())) {
        throw conflict(
          'SELF_ASSESSMENT_PENDING',
          { vi: `Công chức còn thời hạn tự đánh giá đến hết ngày ${period.selfAssessmentUntil}`, en: `The official may self-assess until ${period.selfAssessmentUntil}` },
          { until: period.selfAssessmentUntil },
        );
      }
      const ruleSet = await this.ruleSets.get(e.ruleSetVersion, tx);
      let generalScores: GeneralCriterionScore[] | null = null;
      if (e.regime === 'CONG_CHUC') generalScores = this.generalScores(input.generalScores, ruleSet, 'input.generalScores');
      else if (input.generalScores.length) {
        throw badField('NO_GENERAL_CRITERIA', 'input.generalScores', {
          vi: 'viên chức được đánh giá theo điều kiện, không chấm điểm tiêu chí chung',
          en: 'viên chức are graded by conditions, without general sub-scores',
        });
      }
      const overrides = this.overrides(input.overrides ?? null, e.isLeader);
      const computed = await this.records.recordOf(tx, e, { generalScores, overrides, decidedGrade: null, gradeChangeReason: null });
      const decidedGrade = input.decidedGrade ?? computed.computedGrade;
      const reason = input.gradeChangeReason?.trim() || null;
      if (decidedGrade !== computed.computedGrade && !reason) {
        throw badField('GRADE_CHANGE_REASON_REQUIRED', 'input.gradeChangeReason', {
          vi: 'xếp loại khác với mức tính theo điểm cần ghi rõ lý do',
          en: 'a grade other than the computed one needs a written reason',
        });
      }
      const before = { generalScores: e.generalScores, overrides: e.overrides, decidedGrade: e.decidedGrade, gradeChangeReason: e.gradeChangeReason };
      Object.assign(e, {
        generalScores,
        overrides,
        decidedGrade,
        gradeChangeReason: decidedGrade !== computed.computedGrade ? reason : null,
        headComment: input.headComment ?? e.headComment,
        scoredById: user.id,
        scoredAt: this.clock.now(),
      });
      return {
        action: 'evaluation.scored',
        data: { before, generalScores, overrides, computedGrade: computed.computedGrade, decidedGrade, gradeChangeReason: e.gradeChangeReason, score: computed.score },
      };
    });
  }

  async returnForChanges(user: AuthUser, input: ReasonedEvaluationInput): Promise<Evaluation> {
    return this.change(user, input.id, input.version, 'RETURN_FOR_CHANGES', async (_tx, e) => {
      e.returnReason = input.reason;
      return {
        action: 'evaluation.returned',
        data: { reason: input.reason },
        notify: {
          kind: 'EVALUATION_RETURNED',
          title: { vi: 'Phiếu đánh giá được trả lại để sửa', en: 'Evaluation returned for changes' },
          body: { vi: `Lý do: ${input.reason}`, en: `Reason: ${input.reason}` },
        },
      };
    });
  }

  async approve(user: AuthUser, input: EvaluationsBatchInput): Promise<Evaluation[]> {
    return this.batch(user, input, 'APPROVE', async (_tx, e) => {
      Object.assign(e, { approvedById: user.id, approvedAt: this.clock.now() });
      return { action: 'evaluation.approved', data: {} };
    });
  }

  async publish(user: AuthUser, input: EvaluationsBatchInput): Promise<Evaluation[]> {
    return this.batch(
      user,
      input,
      'PUBLISH',
      async (tx, e) => {
        const record = await this.records.recordOf(tx, e);
        const code = verificationCodeOf(e.id, e.revision, record);
        const now = this.clock.now();
        await tx.save(
          tx.create(EvaluationRevisionEntity, {
            evaluationId: e.id,
            revision: e.revision,
            // The code travels in the record, so a sheet printed before a reopen still verifies (as superseded).
            record: { ...record, verificationCode: code } as unknown as Record<string, unknown>,
            publishedById: user.id,
            publishedAt: now,
            reopenReason: null,
          }),
        );
        Object.assign(e, { publishedById: user.id, publishedAt: now, verificationCode: code });
        return {
          action: 'evaluation.published',
          data: { revision: e.revision, verificationCode: code, score: record.score, grade: record.grade, ruleSetVersion: record.ruleSetVersion },
          notify: {
            kind: 'EVALUATION_PUBLISHED',
            title: { vi: 'Kết quả đánh giá đã được công bố', en: 'Your evaluation has been published' },
            body: { vi: `Mã xác minh: ${code}`, en: `Verification code: ${code}` },
          },
        };
      },
      async (tx, periodIds, ids) => {
        for (const periodId of periodIds) await this.quota.assertPublishable(tx, periodId, ids);
      },
    );
  }

  async reopen(user: AuthUser, input: ReasonedEvaluationInput): Promise<Evaluation> {
    return this.change(user, input.id, input.version, 'REOPEN', async (tx, e) => {
      await tx.update(EvaluationRevisionEntity, { evaluationId: e.id, revision: e.revision }, { reopenReason: input.reason });
      const from = e.revision;
      Object.assign(e, {
        revision: e.revision + 1,
        reopenReason: input.reason,
        approvedById: null,
        approvedAt: null,
        publishedById: null,
        publishedAt: null,
        verificationCode: null,
      });
      return {
        action: 'evaluation.reopened',
        data: { reason: input.reason, fromRevision: from, toRevision: e.revision },
        notify: {
          kind: 'EVALUATION_REOPENED',
          title: { vi: 'Phiếu đánh giá đã được mở lại', en: 'Your evaluation has been reopened' },
          body: { vi: `Lý do: ${input.reason}`, en: `Reason: ${input.reason}` },
        },
      };
    });
  }

  // ---- Shared steps ----

  private windows(p: EvaluationPeriodEntity) {
    return { selfAssessmentUntil: p.selfAssessmentUntil, headScoringUntil: p.headScoringUntil, publishUntil: p.publishUntil };
  }

  /** Every general sub-criterion of the rule set once, within its maximum, two decimals (libs/domain decides). */
  private generalScores(input: GeneralScoreInput[], ruleSet: Parameters<typeof generalPoints>[1], field: string): GeneralCriterionScore[] {
    const scores = input.map((s) => ({ code: s.code, points: s.points }));
    domain(() => generalPoints(scores, ruleSet), field);
    return scores;
  }

  private overrides(input: ScoreEvaluationInput['overrides'], isLeader: boolean): GradeOverrides | null {
    if (!input) return null;
    if (input.unitCorruption && !isLeader) {
      throw badField('LEADERS_ONLY', 'input.overrides.unitCorruption', { vi: 'chỉ áp dụng cho người đứng đầu, cấp phó', en: 'applies to leaders only' });
    }
    const o: GradeOverrides = {};
    if (input.disciplineSanction) o.disciplineSanction = { level: input.disciplineSanction.level, reference: input.disciplineSanction.reference };
    if (input.ethicalDegradation) o.ethicalDegradation = { reference: input.ethicalDegradation.reference };
    if (input.unitCorruption) o.unitCorruption = { reference: input.unitCorruption.reference };
    return Object.keys(o).length ? o : null;
  }

  private async lock(tx: EntityManager, user: AuthUser, id: string): Promise<{ e: EvaluationEntity; period: EvaluationPeriodEntity }> {
    const e = await tx.findOne(EvaluationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!e) throw notFound('evaluation', id);
    await this.access.assertCanRead(user, e, this.clock.today());
    const period = await tx.findOneByOrFail(EvaluationPeriodEntity, { id: e.periodId });
    return { e, period };
  }

  /** Who may take `action` on `e`: the official for the self-assessment; HR or the level above to reopen; the evaluator otherwise. */
  private async assertActor(tx: EntityManager, user: AuthUser, e: EvaluationEntity, action: EvaluationAction): Promise<string> {
    if (action === 'SUBMIT_SELF_ASSESSMENT') {
      if (e.officialId !== user.id) throw forbidden('NOT_THE_OFFICIAL', 'Chỉ công chức được đánh giá mới tự đánh giá', 'Only the official evaluated writes the self-assessment');
      return 'OFFICIAL';
    }
    if (action === 'REOPEN') {
      if (!(await this.access.canReopen(tx, user, e))) {
        throw forbidden(
          'NOT_ALLOWED_TO_REOPEN',
          'Chỉ bộ phận tổ chức cán bộ hoặc cấp trên của người đánh giá được mở lại phiếu',
          'Only HR or the level above the evaluator may reopen',
        );
      }
      return 'REOPENER';
    }
    return this.access.assertEvaluator(tx, user, e, this.clock.today());
  }

  /** The checks every step makes, in order: scope and role, version, the transition table, the window. */
  private async check(tx: EntityManager, user: AuthUser, e: EvaluationEntity, period: EvaluationPeriodEntity, version: number, action: EvaluationAction): Promise<string> {
    const capacity = await this.assertActor(tx, user, e, action);
    assertVersion(WHAT.evaluation, version, e.version);
    if (!nextEvaluationStatus(e.status, action)) throw invalidTransition(e.status, action);
    const windows = this.windows(period);
    if (!windowAllows(action, windows, this.clock.today(), { reopened: e.revision > 1 })) {
      const until =
        action === 'SUBMIT_SELF_ASSESSMENT' ? windows.selfAssessmentUntil : action === 'APPROVE' || action === 'PUBLISH' ? windows.publishUntil : windows.headScoringUntil;
      throw windowClosed(action, until);
    }
    return capacity;
  }

  private async finish(tx: EntityManager, user: AuthUser, e: EvaluationEntity, action: EvaluationAction, capacity: string, applied: Applied): Promise<EvaluationEntity> {
    const from = e.status;
    e.status = nextEvaluationStatus(e.status, action) as EvaluationEntity['status'];
    const saved = await tx.save(e);
    await this.audit.record(tx, {
      actorId: user.id,
      action: applied.action,
      entityType: 'evaluation',
      entityId: e.id,
      data: { ...applied.data, from, to: saved.status, capacity, revision: saved.revision },
    });
    if (applied.notify) {
      await this.notifications.send(tx, { recipientId: e.officialId, ...applied.notify, subject: { kind: 'EVALUATION', id: e.id }, data: { evaluationId: e.id } });
    }
    return saved;
  }

  /** One evaluation's step: locked, scope/role-checked, version-checked, transition, window, applied, audited, told — one transaction. */
  private change(
    user: AuthUser,
    id: string,
    version: number,
    action: EvaluationAction,
    apply: (tx: EntityManager, e: EvaluationEntity, period: EvaluationPeriodEntity) => Promise<Applied>,
  ): Promise<Evaluation> {
    return this.dataSource.transaction(async (tx) => {
      const { e, period } = await this.lock(tx, user, id);
      const capacity = await this.check(tx, user, e, period, version, action);
      const applied = await apply(tx, e, period);
      return Evaluation.from(await this.finish(tx, user, e, action, capacity, applied));
    });
  }

  /** Many evaluations' step, all or nothing: every one is checked before any is changed. */
  private batch(
    user: AuthUser,
    input: EvaluationsBatchInput,
    action: EvaluationAction,
    apply: (tx: EntityManager, e: EvaluationEntity) => Promise<Applied>,
    before?: (tx: EntityManager, periodIds: string[], ids: string[]) => Promise<void>,
  ): Promise<Evaluation[]> {
    const ids = input.evaluations.map((r) => r.id);
    if (new Set(ids).size !== ids.length) throw badField('DUPLICATE_ID', 'input.evaluations', { vi: 'mỗi phiếu chỉ được nêu một lần', en: 'each evaluation may be given once' });
    return this.dataSource.transaction(async (tx) => {
      // Lock in id order so two batches over the same rows queue instead of deadlocking.
      const locked = await tx.find(EvaluationEntity, { where: { id: In(ids) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
      const byId = new Map(locked.map((e) => [e.id, e]));
      const periods = new Map((await tx.findBy(EvaluationPeriodEntity, { id: In([...new Set(locked.map((e) => e.periodId))]) })).map((p) => [p.id, p]));
      const checked: Array<{ e: EvaluationEntity; capacity: string }> = [];
      for (const ref of input.evaluations) {
        const e = byId.get(ref.id);
        if (!e) throw notFound('evaluation', ref.id);
        await this.access.assertCanRead(user, e, this.clock.today());
        checked.push({ e, capacity: await this.check(tx, user, e, periods.get(e.periodId) as EvaluationPeriodEntity, ref.version, action) });
      }
      if (before) await before(tx, [...periods.keys()], ids);
      const out: Evaluation[] = [];
      for (const { e, capacity } of checked) out.push(Evaluation.from(await this.finish(tx, user, e, action, capacity, await apply(tx, e))));
      return out;
    });
  }

  /** For the nested `official` / `evaluator` fields. */
  users(ids: string[]): Promise<UserEntity[]> {
    return this.dataSource.getRepository(UserEntity).findBy({ id: In(ids) });
  }
}
