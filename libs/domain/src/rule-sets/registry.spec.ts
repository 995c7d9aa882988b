import { DomainValidationError } from '../shared/errors';
import { DEFAULT_RULE_SET, deriveRuleSet, getRuleSet, RULE_SETS, ruleSetInForce } from './registry';
import { RULE_SET_V1 } from './v1';

describe('versioned rule sets', () => {
  it('ships v1 as the default, frozen', () => {
    expect(DEFAULT_RULE_SET).toBe(RULE_SET_V1);
    expect(getRuleSet('v1')).toBe(RULE_SET_V1);
    expect(Object.isFrozen(RULE_SET_V1.congChuc.bands)).toBe(true);
    expect(() => {
      (RULE_SET_V1.quota as { excellentMaxPercentOfGood: number }).excellentMaxPercentOfGood = 50;
    }).toThrow(TypeError);
  });

  it('encodes the decrees’ numbers', () => {
    expect(RULE_SET_V1.congChuc.taskMaxPoints + RULE_SET_V1.congChuc.generalMaxPoints).toBe(100);
    expect(RULE_SET_V1.congChuc.generalCriteria.reduce((sum, criterion) => sum + criterion.maxPoints, 0)).toBe(30);
    expect(RULE_SET_V1.congChuc.bands.map((band) => band.minScore)).toEqual([90, 70, 50]);
    expect(RULE_SET_V1.assignment.qualityDeductionPerMajorError).toBe(25);
    expect(RULE_SET_V1.quota.excellentMaxPercentOfGood).toBe(20);
  });

  it('derives a new version without touching the old one', () => {
    const v2 = deriveRuleSet(
      RULE_SET_V1,
      { version: 'v2', effectiveFrom: '2027-01-01', description: 'cap 25%' },
      {
        homeWork: { maxHomeSharePercent: 25 },
        congChuc: { taskCombination: { quantity: 2, quality: 1, progress: 1 } },
      },
    );
    expect(v2.homeWork).toEqual({ ...RULE_SET_V1.homeWork, maxHomeSharePercent: 25 });
    expect(v2.congChuc.taskCombination).toEqual({ quantity: 2, quality: 1, progress: 1 });
    expect(v2.congChuc.bands).toBe(RULE_SET_V1.congChuc.bands);
    expect(RULE_SET_V1.homeWork.maxHomeSharePercent).toBe(30);
    expect(Object.isFrozen(v2.homeWork)).toBe(true);
    expect(getRuleSet('v2', [v2])).toBe(v2);
    expect(ruleSetInForce('2026-06-01', [RULE_SET_V1, v2])).toBe(RULE_SET_V1);
    expect(ruleSetInForce('2027-01-01', [RULE_SET_V1, v2])).toBe(v2);
    expect(ruleSetInForce('2026-01-01')).toBe(RULE_SETS.v1);
  });

  it('refuses unknown versions, reused versions and dates before any rule set', () => {
    expect(() => getRuleSet('v9')).toThrow(DomainValidationError);
    expect(() => deriveRuleSet(RULE_SET_V1, { version: 'v1', effectiveFrom: '2027-01-01', description: '' }, {})).toThrow(/new version/);
    expect(() => ruleSetInForce('2025-12-31')).toThrow(/no rule set/);
  });
});
