import { Injectable } from '@nestjs/common';
import { AuditService, AuthUser, Clock, OfficialSummary, Role, UserEntity } from '@ketqua/api/core';
import { QuotaEntry, toLocalDate } from '@ketqua/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { RuleSetSource } from '../criteria/rule-set-source';
import { EvaluationEntity } from '../evaluation/evaluation.entity';
import { badField, forbidden, notFound } from '../evaluation.errors';
import { EvaluationPeriodEntity } from '../period/evaluation-period.entity';
import { EvaluationAccess } from '../shared/evaluation-access';
import { RecordQuotaExceptionInput, QuotaRegime, QuotaRule, QuotaScopeKind, QuotaStatusArgs } from './dto/quota.inputs';
import { EvaluationGrades, GradedEvaluation } from './evaluation-grades';
import { QuotaCandidate, QuotaException, QuotaPeriod, QuotaScopeStatus, QuotaStatus } from './models/quota.models';
import { QuotaExceptionEntity } from './quota-exception.entity';
import { AppliedScope, applyQuota, quotaEntries } from './quota-scopes';

const PENDING = ['SCORED', 'APPROVED'];

function scopeStatus(a: AppliedScope): QuotaScopeStatus {
  const s = a.scope;
  return Object.assign(new QuotaScopeStatus(), {
    kind: s.kind as QuotaScopeKind,
    rule: s.rule as QuotaRule,
    regime: s.regime as QuotaRegime,
    taskGroup: s.taskGroupId,
    excellent: s.excellent,
    good: s.good,
    classified: s.classified,
    maxExcellent: s.maxExcellent,
    exceptionExtra: a.exception?.extraExcellent ?? 0,
    allowedExcellent: a.allowedExcellent,
    excess: s.excess,
    withinQuota: a.withinQuota,
    partyMemberExcellentPercent: s.partyMemberExcellentPercent,
    // Shown whether or not the scope is over: the meter tells HR the share is missing before anyone is refused.
    reason: s.rule === 'PARTY_MEMBER_SHARE' && s.partyMemberExcellentPercent === null ? 'PARTY_SHARE_NOT_ENTERED' : null,
    exception: a.exception && QuotaException.from(a.exception),
  });
}

/**
 * The excellent-grade quota (PRODUCT.md 4.4 "Quota"): the live status of an agency's period with
 * its what-if, and the exceptions HR records. The numbers are libs/domain's checkExcellentQuota on
 * grades from buildRecord; the check at publication is QuotaGuard.
 */
@Injectable()
export class QuotaService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: EvaluationAccess,
    private readonly grades: EvaluationGrades,
    private readonly ruleSets: RuleSetSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  private async periodFor(tx: EntityManager, periodId: string, agencyId: string): Promise<EvaluationPeriodEntity> {
    const period = await tx.findOneBy(EvaluationPeriodEntity, { id: periodId });
    if (!period || (period.agencyId !== null && period.agencyId !== agencyId)) throw notFound('period', periodId);
    return period;
  }

  /** The rule set the quota is checked with: the one in force on the day of the check, with the Party shares HR entered for the period's year. */
  private quotaRuleSet(tx: EntityManager, period: EvaluationPeriodEntity, agencyId: string) {
    return this.ruleSets.forQuota(tx, toLocalDate(this.clock.now()), period.year, [agencyId]);
  }

  async status(user: AuthUser, args: QuotaStatusArgs): Promise<QuotaStatus> {
    await this.access.assertCanSeeAgency(user, args.agencyId);
    return this.dataSource.transaction('REPEATABLE READ', async (tx) => {
      const period = await this.periodFor(tx, args.periodId, args.agencyId);
      const ruleSet = await this.quotaRuleSet(tx, period, args.agencyId);
      const rows = await tx.find(EvaluationEntity, { where: { periodId: period.id, agencyId: args.agencyId, status: In(['PUBLISHED', ...PENDING]) } });
      const graded = await this.grades.grade(tx, rows);
      const exceptions = await tx.find(QuotaExceptionEntity, { where: { periodId: period.id, agencyId: args.agencyId }, order: { createdAt: 'ASC' } });
      const published = graded.filter((g) => g.evaluation.status === 'PUBLISHED');
      const all = applyQuota(quotaEntries(graded), ruleSet, period.year, exceptions);
      const publishedOnly = applyQuota(quotaEntries(published), ruleSet, period.year, exceptions);

      // What-if: the pending excellent grades in a scope over quota once everything pending is published.
      const byOfficial = new Map(graded.map((g) => [`${g.evaluation.regime}|${g.evaluation.officialId}`, g]));
      const pendingExcellent = (scope: AppliedScope) =>
        scope.scope.excellentOfficialIds.map((id) => byOfficial.get(`${scope.scope.regime}|${id}`) as GradedEvaluation).filter((g) => PENDING.includes(g.evaluation.status));
      const over = all.filter((s) => !s.withinQuota);
      const breaking = new Map<string, GradedEvaluation>();
      const reconsider = new Map<string, GradedEvaluation>();
      for (const scope of over) {
        const pending = pendingExcellent(scope);
        for (const g of pending) breaking.set(g.evaluation.id, g);
        // Lowest score first (libs/domain's order); as many as the scope is over its allowance.
        for (const g of pending.slice(0, scope.scope.excellent - scope.allowedExcellent)) reconsider.set(g.evaluation.id, g);
      }
      const publishedEntries = quotaEntries(published);
      const breaksAlone = (g: GradedEvaluation) => {
        const entry = quotaEntries([g])[0] as QuotaEntry;
        return applyQuota([...publishedEntries, entry], ruleSet, period.year, exceptions).some(
          (s) => !s.withinQuota && s.scope.regime === entry.regime && s.scope.excellentOfficialIds.includes(entry.officialId),
        );
      };

      const scope = await this.access.scopeOf(user);
      const visible = (g: GradedEvaluation) => scope.units.all || scope.units.ids.includes(g.evaluation.unitId);
      const inGroup = (g: GradedEvaluation) => !args.group || g.evaluation.taskGroup === args.group;
      const listed = [...breaking.values(), ...reconsider.values()].filter((g) => visible(g) && inGroup(g));
      const people = new Map(
        (listed.length ? await tx.findBy(UserEntity, { id: In([...new Set(listed.map((g) => g.evaluation.officialId))]) }) : []).map((u) => [u.id, OfficialSummary.from(u)]),
      );
      const candidate = (g: GradedEvaluation): QuotaCandidate =>
        Object.assign(new QuotaCandidate(), {
          evaluationId: g.evaluation.id,
          official: people.get(g.evaluation.officialId),
          unitId: g.evaluation.unitId,
          taskGroup: g.evaluation.taskGroup,
          regime: g.evaluation.regime as QuotaRegime,
          status: g.evaluation.status,
          grade: g.grade,
          score: g.score,
          breaksAlone: breaksAlone(g),
        });
      const shown = (s: AppliedScope) => s.scope.kind === 'AGENCY' || !args.group || s.scope.taskGroupId === args.group;
      const order = (a: GradedEvaluation, b: GradedEvaluation) =>
        (a.record.exactScore ?? Infinity) - (b.record.exactScore ?? Infinity) || (a.evaluation.id < b.evaluation.id ? -1 : 1);
      return Object.assign(new QuotaStatus(), {
        agencyId: args.agencyId,
        periodId: period.id,
        year: period.year,
        ruleSetVersion: ruleSet.version,
        excellentMaxPercentOfGood: ruleSet.quota.excellentMaxPercentOfGood,
        scopes: all.filter(shown).map(scopeStatus),
        publishedScopes: publishedOnly.filter(shown).map(scopeStatus),
        wouldBreak: [...breaking.values()]
          .filter((g) => visible(g) && inGroup(g))
          .sort(order)
          .map(candidate),
        reconsider: [...reconsider.values()]
          .filter((g) => visible(g) && inGroup(g))
          .sort(order)
          .map(candidate),
        exceptions: exceptions.map((x) => QuotaException.from(x)),
        withinQuota: all.every((s) => s.withinQuota),
      });
    });
  }

  /**
   * HR of the agency records an exception decided by the competent person (grantedBy, decision
   * document): recording again for the same scope replaces its numbers, the audit keeps both.
   */
  async recordException(user: AuthUser, input: RecordQuotaExceptionInput): Promise<QuotaException> {
    if (user.role !== Role.HR)
      throw forbidden('NOT_HR', 'Chỉ phòng tổ chức cán bộ của cơ quan ghi nhận ngoại lệ tỷ lệ xuất sắc', 'Only HR of the agency records a quota exception');
    await this.access.assertCanSeeAgency(user, input.agencyId);
    const taskGroup = input.scopeKind === QuotaScopeKind.TASK_GROUP ? (input.taskGroup ?? '') : '';
    if (input.scopeKind === QuotaScopeKind.TASK_GROUP && taskGroup === '')
      throw badField('TASK_GROUP_REQUIRED', 'input.taskGroup', { vi: 'cần ghi nhóm nhiệm vụ tương đồng', en: 'the task group is required' });
    if (input.rule === QuotaRule.PARTY_MEMBER_SHARE && input.regime !== QuotaRegime.VIEN_CHUC)
      throw badField('PARTY_SHARE_VIEN_CHUC_ONLY', 'input.rule', {
        vi: 'giới hạn theo tỷ lệ đảng viên chỉ áp dụng cho viên chức',
        en: 'the Party-member share applies to viên chức only',
      });
    return this.dataSource.transaction(async (tx) => {
      await this.periodFor(tx, input.periodId, input.agencyId);
      const key = { periodId: input.periodId, regime: input.regime, agencyId: input.agencyId, scopeKind: input.scopeKind, taskGroup, rule: input.rule };
      const previous = await tx.findOne(QuotaExceptionEntity, { where: key, lock: { mode: 'pessimistic_write' } });
      const before = previous && { extraExcellent: previous.extraExcellent, reason: previous.reason, grantedBy: previous.grantedBy, decisionDocument: previous.decisionDocument };
      const values = {
        extraExcellent: input.extraExcellent,
        reason: input.reason,
        grantedBy: input.grantedBy,
        decisionDocument: input.decisionDocument ?? null,
        recordedById: user.id,
      };
      const saved = await tx.save(QuotaExceptionEntity, previous ? Object.assign(previous, values) : tx.create(QuotaExceptionEntity, { ...key, ...values }));
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'quota-exception.record',
        entityType: 'quota_exception',
        entityId: saved.id,
        data: { ...key, ...values, previous: before },
      });
      return QuotaException.from(saved);
    });
  }

  /** The agency's periods (and pilot periods with evaluations in it), newest first. */
  async periods(user: AuthUser, agencyId: string): Promise<QuotaPeriod[]> {
    await this.access.assertCanSeeAgency(user, agencyId);
    const rows: Array<{ id: string; name: string; year: number; status: string }> = await this.dataSource.query(
      `SELECT p.id, p.name, p.year, p.status FROM evaluation_period p
        WHERE p.agency_id = $1 OR (p.pilot_id IS NOT NULL AND EXISTS (SELECT 1 FROM evaluation e WHERE e.period_id = p.id AND e.agency_id = $1))
        ORDER BY p.starts_on DESC, p.name LIMIT 100`,
      [agencyId],
    );
    return rows.map((r) => Object.assign(new QuotaPeriod(), r));
  }
}
