import { assertPercentage, fail } from '../shared/errors';
import { assertInteger } from '../shared/numbers';
import { RuleSet } from './rule-set.types';
import { RULE_SET_V1 } from './v1';

type DeepPartial<T> = { [K in keyof T]?: T[K] extends readonly unknown[] ? T[K] : T[K] extends object ? DeepPartial<T[K]> : T[K] };
export type RuleSetChanges = DeepPartial<Omit<RuleSet, 'version' | 'effectiveFrom' | 'description'>>;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function merge<T>(base: T, changes: DeepPartial<T> | undefined): T {
  if (changes === undefined) return base;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, change] of Object.entries(changes as Record<string, unknown>)) {
    const current = out[key];
    const nested = typeof change === 'object' && change !== null && !Array.isArray(change) && typeof current === 'object';
    out[key] = nested ? merge(current, change as DeepPartial<typeof current>) : change;
  }
  return out as T;
}

/**
 * Derives a new rule set from an existing one: rule sets are never edited in place, because a past
 * evaluation must recompute to the same numbers with the version it recorded (PRODUCT 4.5).
 */
export function deriveRuleSet(base: RuleSet, header: Pick<RuleSet, 'version' | 'effectiveFrom' | 'description'>, changes: RuleSetChanges): RuleSet {
  if (header.version === base.version) fail('version', 'a derived rule set needs a new version');
  const derived = merge({ ...base, ...header }, changes as DeepPartial<RuleSet>);
  // Task results are out of 100%: a quantity cap above 100 would score more than 70 task points.
  const cap = derived.assignment.quantityCapPercent;
  if (!(cap > 0 && cap <= 100)) fail('assignment.quantityCapPercent', 'must be more than 0 and at most 100');
  derived.quota.vienChucPartyMemberExcellent.forEach((share, i) => {
    assertInteger(share.year, `quota.vienChucPartyMemberExcellent[${i}].year`, 2000, 2100);
    assertPercentage(share.percent, `quota.vienChucPartyMemberExcellent[${i}].percent`);
  });
  const keys = new Set(derived.quota.vienChucPartyMemberExcellent.map((share) => `${share.agencyId}|${share.year}`));
  if (keys.size !== derived.quota.vienChucPartyMemberExcellent.length) fail('quota.vienChucPartyMemberExcellent', 'one share per agency and year');
  return deepFreeze(derived);
}

/** Rule sets shipped with the code, by version. */
export const RULE_SETS: Readonly<Record<string, RuleSet>> = Object.freeze({ v1: deepFreeze(RULE_SET_V1) });
export const DEFAULT_RULE_SET_VERSION = 'v1';
export const DEFAULT_RULE_SET: RuleSet = RULE_SETS[DEFAULT_RULE_SET_VERSION];

/** The rule set of a recorded version, from the shipped ones plus any the caller stores. */
export function getRuleSet(version: string, extra: readonly RuleSet[] = []): RuleSet {
  const found = extra.find((ruleSet) => ruleSet.version === version) ?? RULE_SETS[version];
  if (!found) fail('ruleSetVersion', `unknown rule set version "${version}"`);
  return found;
}

/** The rule set in force on a date: the latest one whose effectiveFrom is on or before it. */
export function ruleSetInForce(date: string, candidates: readonly RuleSet[] = Object.values(RULE_SETS)): RuleSet {
  const eligible = candidates.filter((ruleSet) => ruleSet.effectiveFrom <= date).sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1));
  if (eligible.length === 0) fail('date', `no rule set is in force on ${date}`);
  return eligible[0];
}
