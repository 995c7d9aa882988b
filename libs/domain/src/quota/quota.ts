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

/** Which limit a scope checks. */
export type QuotaRule = 'PERCENT_OF_GOOD' | 'PARTY_MEMBER_SHARE';

export interface QuotaContext {
  /** The evaluation year: the viên chức Party-member share is looked up for it. */
  year?: number | null;
}

export interface QuotaScope {
  kind: 'AGENCY' | 'TASK_GROUP';
  /**
   * PERCENT_OF_GOOD: excellent ≤ 20% of good (both regimes). PARTY_MEMBER_SHARE (viên chức only):
   * excellent ÷ classified ≤ the agency's share of Party members graded excellent that year.
   */
  rule: QuotaRule;
  regime: Regime;
  agencyId: string;
  taskGroupId: string | null;
  excellent: number;
  good: number;
  /** Officials in the scope with a grade (NOT_CLASSIFIED left out): the base of PARTY_MEMBER_SHARE. */
  classified: number;
  /** PARTY_MEMBER_SHARE only: the share HR entered, or null when it has not been entered. */
  partyMemberExcellentPercent: number | null;
  /**
   * PARTY_SHARE_NOT_ENTERED: no share is entered for the agency and year, so no viên chức may be
   * finalised as excellent there (maxExcellent 0) until HR enters it or an exception is recorded.
   */
  reason: 'PARTY_SHARE_NOT_ENTERED' | null;
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
  'Decree 335/2025/NĐ-CP (công chức) and Decree 48/2023/NĐ-CP amending Decree 90/2020 (viên chức): HOAN_THANH_XUAT_SAC ≤ 20% of HOAN_THANH_TOT within one agency and within each group of similar tasks; viên chức also ≤ the share of Party members graded HOAN_THANH_XUAT_SAC (Decree 48/2023 art. 1, amending Decree 90/2020 art. 2)';

function scopeOf(entries: QuotaEntry[], kind: QuotaScope['kind'], percent: number): QuotaScope {
  return limitScope(entries, kind, 'PERCENT_OF_GOOD', (good) => Math.floor((good * percent) / 100), null);
}

/**
 * The viên chức limit of Decree 48/2023: excellent ÷ classified ≤ the Party members' share, i.e. at
 * most floor(share × classified) excellent. The share has at most two decimals, so the arithmetic
 * is done in hundredths of a percent and stays exact.
 */
function partyScopeOf(entries: QuotaEntry[], kind: QuotaScope['kind'], share: number | null): QuotaScope {
  const classified = entries.filter((entry) => entry.grade !== 'NOT_CLASSIFIED').length;
  if (share === null) return limitScope(entries, kind, 'PARTY_MEMBER_SHARE', () => 0, null, 'PARTY_SHARE_NOT_ENTERED');
  return limitScope(entries, kind, 'PARTY_MEMBER_SHARE', () => Math.floor((Math.round(share * 100) * classified) / 10000), share);
}

function limitScope(
  entries: QuotaEntry[],
  kind: QuotaScope['kind'],
  rule: QuotaRule,
  max: (good: number) => number,
  share: number | null,
  reason: QuotaScope['reason'] = null,
): QuotaScope {
  const excellentEntries = entries
    .filter((entry) => entry.grade === 'HOAN_THANH_XUAT_SAC')
    .sort((a, b) => (a.score ?? Infinity) - (b.score ?? Infinity) || (a.officialId < b.officialId ? -1 : 1));
  const good = entries.filter((entry) => entry.grade === 'HOAN_THANH_TOT').length;
  // Whole officials: "not more than 20% of good" allows floor(20% × good); integer maths keeps it exact.
  const maxExcellent = max(good);
  const excess = Math.max(0, excellentEntries.length - maxExcellent);
  return {
    kind,
    rule,
    regime: entries[0].regime,
    agencyId: entries[0].agencyId,
    taskGroupId: kind === 'TASK_GROUP' ? entries[0].taskGroupId : null,
    excellent: excellentEntries.length,
    good,
    classified: entries.filter((entry) => entry.grade !== 'NOT_CLASSIFIED').length,
    partyMemberExcellentPercent: share,
    reason: excess > 0 ? reason : null,
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
 * the quota, and the head changes grades or records an exception. Viên chức are also held to the
 * agency's Party-member share for `context.year` (rule-set data entered by HR); where none is
 * entered no viên chức may be excellent there (reason PARTY_SHARE_NOT_ENTERED), see RULES.md.
 */
export function checkExcellentQuota(entries: readonly QuotaEntry[], ruleSet: RuleSet, context: QuotaContext = {}): QuotaCheck {
  const ids = new Set(entries.map((entry) => `${entry.regime}|${entry.officialId}`));
  check(ids.size === entries.length, 'entries', 'each official may appear once per regime');
  const percent = ruleSet.quota.excellentMaxPercentOfGood;
  const scopes = [
    ...groupBy(entries, (entry) => JSON.stringify([entry.regime, entry.agencyId])).map((group) => scopeOf(group, 'AGENCY', percent)),
    ...groupBy(entries, (entry) => JSON.stringify([entry.regime, entry.agencyId, entry.taskGroupId])).map((group) => scopeOf(group, 'TASK_GROUP', percent)),
  ];
  const year = context.year ?? null;
  const shareOf = (agencyId: string): number | null =>
    ruleSet.quota.vienChucPartyMemberExcellent.find((share) => share.agencyId === agencyId && share.year === year)?.percent ?? null;
  const vienChuc = entries.filter((entry) => entry.regime === 'VIEN_CHUC');
  scopes.push(
    ...groupBy(vienChuc, (entry) => entry.agencyId).map((group) => partyScopeOf(group, 'AGENCY', shareOf(group[0].agencyId))),
    ...groupBy(vienChuc, (entry) => JSON.stringify([entry.agencyId, entry.taskGroupId])).map((group) => partyScopeOf(group, 'TASK_GROUP', shareOf(group[0].agencyId))),
  );
  const breaches = scopes.filter((scope) => !scope.ok);
  return {
    ok: breaches.length === 0,
    scopes,
    breaches,
    explanation: explain({
      rule: 'quota.excellent',
      source: SOURCE,
      ruleSetVersion: ruleSet.version,
      inputs: { officials: entries.length, excellentMaxPercentOfGood: percent, year },
      steps: scopes.map((scope) => ({
        label: `${scope.regime} ${scope.agencyId}${scope.taskGroupId === null ? '' : ` / ${scope.taskGroupId}`}${scope.rule === 'PARTY_MEMBER_SHARE' ? ' (Party-member share)' : ''}`,
        value: scope.ok ? 'ok' : `${scope.excess} over`,
        formula:
          scope.rule === 'PERCENT_OF_GOOD'
            ? `${scope.excellent} excellent ≤ floor(${percent}% × ${scope.good} good) = ${scope.maxExcellent}`
            : scope.partyMemberExcellentPercent === null
              ? `no Party-member share entered for ${year ?? 'the year'}: ${scope.excellent} excellent ≤ 0`
              : `${scope.excellent} excellent ≤ floor(${scope.partyMemberExcellentPercent}% × ${scope.classified} classified) = ${scope.maxExcellent}`,
      })),
      result: breaches.length === 0 ? 'within quota' : `${breaches.length} scope(s) over quota`,
    }),
  };
}
