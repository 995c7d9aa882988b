import { assertPercentage, check, DomainIssue, DomainValidationError } from '../shared/errors';
import { assertInteger } from '../shared/numbers';
import { LocalDate } from '../shared/local-date';
import { deriveRuleSet } from './registry';
import { GeneralCriterion, PartyMemberExcellentShare, RuleSet, TaskCombination } from './rule-set.types';

/**
 * The numbers of a criteria template (bộ tiêu chí đánh giá) that HR edits: how the task results
 * combine quantity, quality and progress, the general sub-criteria with their maxima, the weight of
 * a leader's unit-results component, and the first date the template applies (PRODUCT 4.4, 4.5).
 * Everything else (bands, deductions, quota, viên chức conditions) comes from the shipped rule set.
 */
export interface CriteriaTemplateNumbers {
  taskCombination: TaskCombination;
  generalCriteria: readonly GeneralCriterion[];
  leaderUnitWeightPercent: number;
  effectiveFrom: LocalDate;
}

const hundredths = (value: number) => Math.round(value * 100);
const twoDecimals = (value: number) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6;
const CODE = /^[A-Z][A-Z0-9_]{0,39}$/;

/**
 * Every problem with a template's numbers, all at once (a person fixes them in one go):
 * - the three combination weights are ≥ 0 with at most two decimals, and not all 0;
 * - each general sub-criterion has a code (A–Z, 0–9, _), a label and a maximum > 0 with two
 *   decimals; codes are unique; the maxima sum to the rule set's general points (30, Decree
 *   335/2025 art. 14: general criteria up to 30 points);
 * - the leader's unit-results weight is a whole percent from 0 to 100;
 * - `today` given (publishing): the template starts today or later, never in the past.
 */
export function criteriaTemplateIssues(template: CriteriaTemplateNumbers, base: RuleSet, today?: LocalDate): DomainIssue[] {
  const issues: DomainIssue[] = [];
  const add = (field: string, message: string) => issues.push({ field, message });
  const { taskCombination: weights } = template;
  for (const key of ['quantity', 'quality', 'progress'] as const) {
    const w = weights[key];
    if (!(Number.isFinite(w) && w >= 0 && twoDecimals(w))) add(`taskCombination.${key}`, 'must be a number ≥ 0 with at most two decimals');
  }
  if (!(weights.quantity + weights.quality + weights.progress > 0)) add('taskCombination', 'the three weights may not all be 0');
  const codes = new Set<string>();
  template.generalCriteria.forEach((criterion, i) => {
    if (!CODE.test(criterion.code)) add(`generalCriteria[${i}].code`, 'must be 1–40 capital letters, digits or _ starting with a letter');
    else if (codes.has(criterion.code)) add(`generalCriteria[${i}].code`, `"${criterion.code}" is used twice`);
    codes.add(criterion.code);
    if (criterion.label.trim().length === 0) add(`generalCriteria[${i}].label`, 'must not be empty');
    const max = criterion.maxPoints;
    if (!(Number.isFinite(max) && max > 0 && twoDecimals(max))) add(`generalCriteria[${i}].maxPoints`, 'must be more than 0 with at most two decimals');
  });
  const total = template.generalCriteria.reduce((s, criterion) => s + hundredths(criterion.maxPoints), 0);
  if (total !== hundredths(base.congChuc.generalMaxPoints)) {
    add('generalCriteria', `the maxima must sum to ${base.congChuc.generalMaxPoints} (they sum to ${total / 100})`);
  }
  const percent = template.leaderUnitWeightPercent;
  if (!(Number.isInteger(percent) && percent >= 0 && percent <= 100)) add('leaderUnitWeightPercent', 'must be a whole percent from 0 to 100');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(template.effectiveFrom)) add('effectiveFrom', 'must be a date YYYY-MM-DD');
  else if (today !== undefined && template.effectiveFrom < today) add('effectiveFrom', `must be today (${today}) or later: a published template never applies to the past`);
  return issues;
}

/** Throws a DomainValidationError listing every problem of criteriaTemplateIssues. */
export function validateCriteriaTemplate(template: CriteriaTemplateNumbers, base: RuleSet, today?: LocalDate): void {
  const issues = criteriaTemplateIssues(template, base, today);
  if (issues.length > 0) throw new DomainValidationError(issues);
}

/** The rule-set version a published template is stored under: `tpl-<code>-v<n>`, lower case. */
export function templateRuleSetVersion(code: string, versionNo: number): string {
  return `tpl-${code.toLowerCase()}-v${versionNo}`;
}

/**
 * The rule set a published template is stored as: the shipped `base` with the template's numbers,
 * under its own version (deriveRuleSet never edits `base`, so past evaluations keep theirs).
 */
export function criteriaTemplateRuleSet(base: RuleSet, template: CriteriaTemplateNumbers & { code: string; versionNo: number; name: string }, today?: LocalDate): RuleSet {
  validateCriteriaTemplate(template, base, today);
  return deriveRuleSet(
    base,
    { version: templateRuleSetVersion(template.code, template.versionNo), effectiveFrom: template.effectiveFrom, description: `${template.name} (from ${base.version})` },
    {
      congChuc: {
        taskCombination: { ...template.taskCombination },
        generalCriteria: template.generalCriteria.map((criterion) => ({ code: criterion.code, label: criterion.label, maxPoints: criterion.maxPoints })),
        leader: { unitResultsWeightPercent: template.leaderUnitWeightPercent },
      },
    },
  );
}

/** The numbers of a rule set as a template's starting point (a new template starts from the shipped rules). */
export function criteriaTemplateNumbersOf(ruleSet: RuleSet): CriteriaTemplateNumbers {
  return {
    taskCombination: { ...ruleSet.congChuc.taskCombination },
    generalCriteria: ruleSet.congChuc.generalCriteria.map((criterion) => ({ ...criterion })),
    leaderUnitWeightPercent: ruleSet.congChuc.leader.unitResultsWeightPercent,
    effectiveFrom: ruleSet.effectiveFrom,
  };
}

/** A rule set read back from storage (JSON), frozen like the shipped ones. */
export function frozenRuleSet(stored: RuleSet): RuleSet {
  const freeze = (value: unknown): void => {
    if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
      Object.freeze(value);
      Object.values(value).forEach(freeze);
    }
  };
  freeze(stored);
  return stored;
}

/**
 * The rule set with the viên chức Party-member shares HR entered for a year (Decree 48/2023): data
 * of the year, not of the template, so the version stays the same. The quota reads it from here.
 */
export function withPartyMemberShares(ruleSet: RuleSet, shares: RuleSet['quota']['vienChucPartyMemberExcellent']): RuleSet {
  return frozenRuleSet({ ...ruleSet, quota: { ...ruleSet.quota, vienChucPartyMemberExcellent: shares.map((share) => ({ ...share })) } });
}

/** A Party-member share as HR enters it: year 2000–2100, percent 0–100 with at most two decimals. */
export function validatePartyMemberShare(share: PartyMemberExcellentShare): void {
  assertInteger(share.year, 'year', 2000, 2100);
  assertPercentage(share.percent, 'percent');
  check(twoDecimals(share.percent), 'percent', 'at most two decimals');
}
