import { checkExcellentQuota, QuotaEntry, QuotaScope, RuleSet } from '@ketqua/domain';
import { QuotaExceptionEntity } from './quota-exception.entity';
import { GradedEvaluation } from './evaluation-grades';

/** A libs/domain quota scope with the recorded exception for it applied. */
export interface AppliedScope {
  scope: QuotaScope;
  exception: QuotaExceptionEntity | null;
  allowedExcellent: number;
  withinQuota: boolean;
}

export const scopeKey = (s: { regime: string; agencyId: string; kind?: string; scopeKind?: string; taskGroupId?: string | null; taskGroup?: string | null; rule: string }) =>
  JSON.stringify([s.regime, s.agencyId, s.kind ?? s.scopeKind, s.taskGroupId ?? s.taskGroup ?? '', s.rule]);

/** The evaluations that have a grade, as libs/domain's quota entries. */
export function quotaEntries(graded: readonly GradedEvaluation[]): QuotaEntry[] {
  return graded
    .filter((g) => g.grade !== null)
    .map((g) => ({
      officialId: g.evaluation.officialId,
      agencyId: g.evaluation.agencyId,
      taskGroupId: g.evaluation.taskGroup,
      regime: g.evaluation.regime,
      grade: g.grade as NonNullable<GradedEvaluation['grade']>,
      score: g.record.exactScore,
    }));
}

/**
 * checkExcellentQuota (libs/domain) on the entries, each scope with its exception: an exception of
 * the same period, regime, agency, scope kind, task group and rule allows `extraExcellent` more.
 */
export function applyQuota(entries: readonly QuotaEntry[], ruleSet: RuleSet, year: number, exceptions: readonly QuotaExceptionEntity[]): AppliedScope[] {
  if (entries.length === 0) return [];
  const byKey = new Map(exceptions.map((x) => [scopeKey(x), x]));
  return checkExcellentQuota(entries, ruleSet, { year }).scopes.map((scope) => {
    const exception = byKey.get(scopeKey(scope)) ?? null;
    const allowedExcellent = scope.maxExcellent + (exception?.extraExcellent ?? 0);
    return { scope, exception, allowedExcellent, withinQuota: scope.excellent <= allowedExcellent };
  });
}
