import { Injectable } from '@nestjs/common';
import { Clock } from '@ketqua/api/core';
import { toLocalDate } from '@ketqua/domain';
import { EntityManager, In } from 'typeorm';
import { RuleSetSource } from '../criteria/rule-set-source';
import { EvaluationEntity } from '../evaluation/evaluation.entity';
import { conflict } from '../evaluation.errors';
import { EvaluationPeriodEntity } from '../period/evaluation-period.entity';
import { EvaluationGrades } from './evaluation-grades';
import { QuotaExceptionEntity } from './quota-exception.entity';
import { applyQuota, quotaEntries } from './quota-scopes';

/** One transaction at a time checks and publishes in an agency's period: the key of its advisory lock. */
export const quotaLockKey = (periodId: string, agencyId: string) => `evaluation-quota:${periodId}:${agencyId}`;

/**
 * Publication asks this before publishing (PRODUCT.md 4.4 "Quota"). Inside the publishing
 * transaction it:
 * 1. takes a transaction-scoped advisory lock per agency of the evaluations (sorted, so two
 *    publishers never deadlock), held until that transaction ends — a second publisher in the same
 *    agency and period waits, then sees the first one's publications;
 * 2. computes the grades (buildRecord on the frozen facts, decided grade first) of the agency's
 *    evaluations as they would be after publishing: those PUBLISHED now plus `evaluationIds`;
 * 3. runs libs/domain checkExcellentQuota and applies the recorded exceptions;
 * 4. refuses with CONFLICT QUOTA_EXCEEDED (numbers in extensions) when a scope holding an excellent
 *    grade among `evaluationIds` is over what the rule plus its exception allow. It never changes a
 *    grade (no silent downgrade) and writes nothing.
 * Publishing grades that are not excellent is never refused: it cannot make a scope worse.
 */
@Injectable()
export class QuotaGuard {
  constructor(
    private readonly grades: EvaluationGrades,
    private readonly ruleSets: RuleSetSource,
    private readonly clock: Clock,
  ) {}

  async assertPublishable(tx: EntityManager, periodId: string, evaluationIds: readonly string[]): Promise<void> {
    if (evaluationIds.length === 0) return;
    const targets = await tx.find(EvaluationEntity, { where: { id: In([...evaluationIds]), periodId } });
    const agencies = [...new Set(targets.map((e) => e.agencyId))].sort();
    for (const agencyId of agencies) await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [quotaLockKey(periodId, agencyId)]);
    if (agencies.length === 0) return;
    const period = await tx.findOneByOrFail(EvaluationPeriodEntity, { id: periodId });
    const ruleSet = await this.ruleSets.forQuota(tx, toLocalDate(this.clock.now()), period.year, agencies);
    const ids = new Set(evaluationIds);
    for (const agencyId of agencies) {
      const rows = await tx
        .getRepository(EvaluationEntity)
        .createQueryBuilder('e')
        .where('e.periodId = :periodId AND e.agencyId = :agencyId', { periodId, agencyId })
        .andWhere(`(e.status = 'PUBLISHED' OR e.id = ANY(:ids))`, { ids: [...ids] })
        .getMany();
      const graded = await this.grades.grade(tx, rows);
      const exceptions = await tx.findBy(QuotaExceptionEntity, { periodId, agencyId });
      const publishingExcellent = new Set(
        graded.filter((g) => ids.has(g.evaluation.id) && g.grade === 'HOAN_THANH_XUAT_SAC').map((g) => `${g.evaluation.regime}|${g.evaluation.officialId}`),
      );
      for (const applied of applyQuota(quotaEntries(graded), ruleSet, period.year, exceptions)) {
        const { scope } = applied;
        if (applied.withinQuota || !scope.excellentOfficialIds.some((official) => publishingExcellent.has(`${scope.regime}|${official}`))) continue;
        const where =
          scope.kind === 'AGENCY' ? { vi: 'toàn cơ quan', en: 'the whole agency' } : { vi: `nhóm nhiệm vụ "${scope.taskGroupId}"`, en: `task group "${scope.taskGroupId}"` };
        const limit =
          scope.rule === 'PERCENT_OF_GOOD'
            ? { vi: `tối đa ${scope.maxExcellent} (20% của ${scope.good} hoàn thành tốt)`, en: `at most ${scope.maxExcellent} (20% of ${scope.good} good)` }
            : scope.reason === 'PARTY_SHARE_NOT_ENTERED'
              ? { vi: 'tối đa 0 vì chưa nhập tỷ lệ đảng viên xuất sắc', en: 'at most 0 as no Party-member share is entered' }
              : {
                  vi: `tối đa ${scope.maxExcellent} (tỷ lệ đảng viên xuất sắc ${scope.partyMemberExcellentPercent}%)`,
                  en: `at most ${scope.maxExcellent} (Party-member share ${scope.partyMemberExcellentPercent}%)`,
                };
        throw conflict(
          'QUOTA_EXCEEDED',
          {
            vi: `Vượt tỷ lệ hoàn thành xuất sắc (${where.vi}): ${scope.excellent} xuất sắc, ${limit.vi}${applied.exception ? `, ngoại lệ thêm ${applied.exception.extraExcellent}` : ''}. Hãy xem lại mức xếp loại hoặc ghi nhận ngoại lệ; không phiếu nào được công bố.`,
            en: `Excellent-grade quota exceeded (${where.en}): ${scope.excellent} excellent, ${limit.en}${applied.exception ? `, exception +${applied.exception.extraExcellent}` : ''}. Reconsider the grades or record an exception; nothing was published.`,
          },
          {
            excellent: scope.excellent,
            good: scope.good,
            classified: scope.classified,
            max: scope.maxExcellent,
            allowed: applied.allowedExcellent,
            excess: scope.excellent - applied.allowedExcellent,
            rule: scope.rule,
            partyShareReason: scope.reason,
            scope: { kind: scope.kind, regime: scope.regime, agencyId: scope.agencyId, taskGroup: scope.taskGroupId },
          },
        );
      }
    }
  }
}
