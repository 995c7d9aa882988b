import { RuleSet } from '../rule-sets/rule-set.types';
import { check } from '../shared/errors';
import { explain, Explanation } from '../shared/explanation';
import { Grade } from '../shared/grade';

/** Which decree grades the official: công chức (Decree 335/2025) or viên chức (Decree 90/2020 as amended). */
export type Regime = 'CONG_CHUC' | 'VIEN_CHUC';

export interface QuotaEntry {
  officialId: string;
  agencyId: string;
  /** The group of officials with similar tasks (nhóm có nhiệm vụ tương đồng) inside the agency. */
  taskGroupId: string;
  regime: Regime;
  grade: Grade;
  /** Optional score, used only to list the excellent grades lowest first. */
  score?: number | null;
}

export interface QuotaScope {
  kind: 'AGENCY' | 'TASK_GROUP';
  regime: Regime;
  agencyId: string;
  taskGroupId: string | null;
  excellent: number;
  good: number;
  maxExcellent: number;
  excess: number;
  ok: boolean;
  /** The excellent grades in this scope, lowest score first: the ones the head must reconsider or except. */
  excellentOfficialIds: string[];
}

export interface QuotaCheck {
  ok: boolean;
  scopes: QuotaScope[];
  breaches: QuotaScope[];
  explanation: Explanation;
}

const SOURCE =
  'Decree 335/2025/NĐ-CP (công chức) and Decree 48/2023/NĐ-CP amending Decree 90/2020 (viên chức): HOAN_THANH_XUAT_SAC ≤ 20% of HOAN_THANH_TOT within one agency and within each group of similar tasks';

function scopeOf(entries: QuotaEntry[], kind: QuotaScope['kind'], percent: number): QuotaScope {
  const excellentEntries = entries
    .filter((entry) => entry.grade === 'HOAN_THANH_XUAT_SAC')
    .sort((a, b) => (a.score ?? Infinity) - (b.score ?? Infinity) || (a.officialId < b.officialId ? -1 : 1));
  const good = entries.filter((entry) => entry.grade === 'HOAN_THANH_TOT').length;
  // Whole officials: "not more than 20% of good" allows floor(20% × good); integer maths keeps it exact.
  const maxExcellent = Math.floor((good * percent) / 100);
  const excess = Math.max(0, excellentEntries.length - maxExcellent);
  return {
    kind,
    regime: entries[0].regime,
    agencyId: entries[0].agencyId,
    taskGroupId: kind === 'TASK_GROUP' ? entries[0].taskGroupId : null,
    excellent: excellentEntries.length,
    good,
    maxExcellent,
    excess,
    ok: excess === 0,
    excellentOfficialIds: excellentEntries.map((entry) => entry.officialId),
  };
}

function groupBy(entries: readonly QuotaEntry[], key: (entry: QuotaEntry) => string): QuotaEntry[][] {
  const groups = new Map<string, QuotaEntry[]>();
  for (const entry of entries) groups.set(key(entry), [...(groups.get(key(entry)) ?? []), entry]);
  return [...groups.keys()].sort().map((k) => groups.get(k) as QuotaEntry[]);
}

/**
 * Checks the excellent-grade quota per agency and per group of similar tasks, separately for each
 * regime. It never downgrades anyone (PRODUCT 4.4): it returns the numbers and which grades break
 * the quota, and the head changes grades or records an exception.
 */
export function checkExcellentQuota(entries: readonly QuotaEntry[], ruleSet: RuleSet): QuotaCheck {
  const ids = new Set(entries.map((entry) => `${entry.regime}|${entry.officialId}`));
  check(ids.size === entries.length, 'entries', 'each official may appear once per regime');
  const percent = ruleSet.quota.excellentMaxPercentOfGood;
  const scopes = [
    ...groupBy(entries, (entry) => JSON.stringify([entry.regime, entry.agencyId])).map((group) => scopeOf(group, 'AGENCY', percent)),
    ...groupBy(entries, (entry) => JSON.stringify([entry.regime, entry.agencyId, entry.taskGroupId])).map((group) => scopeOf(group, 'TASK_GROUP', percent)),
  ];
  const breaches = scopes.filter((scope) => !scope.ok);
  return {
    ok: breaches.length === 0,
    scopes,
    breaches,
    explanation: explain({
      rule: 'quota.excellent',
      source: SOURCE,
      ruleSetVersion: ruleSet.version,
      inputs: { officials: entries.length, excellentMaxPercentOfGood: percent },
      steps: scopes.map((scope) => ({
        label: `${scope.regime} ${scope.agencyId}${scope.taskGroupId === null ? '' : ` / ${scope.taskGroupId}`}`,
        value: scope.ok ? 'ok' : `${scope.excess} over`,
        formula: `${scope.excellent} excellent ≤ floor(${percent}% × ${scope.good} good) = ${scope.maxExcellent}`,
      })),
      result: breaches.length === 0 ? 'within quota' : `${breaches.length} scope(s) over quota`,
    }),
  };
}
