import { RULE_SET_V1 } from '../rule-sets/v1';
import { DomainValidationError } from '../shared/errors';
import { IneligibilityReason, PositionFlags, positionEligibility } from './eligibility';
import { checkWorkloadParity } from './workload-parity';

const flags = (handlesAdministrativeProcedures: boolean, receivesCitizens: boolean, issuesDecisions: boolean): PositionFlags => ({
  handlesAdministrativeProcedures,
  receivesCitizens,
  issuesDecisions,
});

describe('position eligibility (pilot principle, PRODUCT 4.1)', () => {
  it.each<[PositionFlags, boolean, IneligibilityReason[]]>([
    [flags(false, false, false), true, []],
    [flags(true, false, false), false, ['HANDLES_ADMINISTRATIVE_PROCEDURES']],
    [flags(false, true, false), false, ['RECEIVES_CITIZENS']],
    [flags(false, false, true), false, ['ISSUES_DECISIONS']],
    [flags(true, true, true), false, ['HANDLES_ADMINISTRATIVE_PROCEDURES', 'RECEIVES_CITIZENS', 'ISSUES_DECISIONS']],
  ])('%j → eligible %s', (position, eligible, reasons) => {
    const result = positionEligibility(position, null, RULE_SET_V1);
    expect(result).toMatchObject({ eligible, reasons, exceptionApplied: false });
    expect(result.explanation.result).toBe(eligible);
  });

  it('lets an HR exception with a written reason admit a position, keeping the reasons', () => {
    const exception = { reason: 'Hồ sơ giải quyết toàn trình trực tuyến', grantedBy: 'Giám đốc Sở Nội vụ' };
    const result = positionEligibility(flags(true, false, false), exception, RULE_SET_V1);
    expect(result).toMatchObject({ eligible: true, reasons: ['HANDLES_ADMINISTRATIVE_PROCEDURES'], exceptionApplied: true });
    expect(positionEligibility(flags(false, false, false), exception, RULE_SET_V1).exceptionApplied).toBe(false);
  });

  it('refuses an exception without a reason or grantor', () => {
    expect(() => positionEligibility(flags(true, false, false), { reason: ' ', grantedBy: 'x' }, RULE_SET_V1)).toThrow(DomainValidationError);
    expect(() => positionEligibility(flags(true, false, false), { reason: 'x', grantedBy: '' }, RULE_SET_V1)).toThrow(/grantedBy/);
  });
});

describe('workload parity (pilot principle, PRODUCT 4.1)', () => {
  const office = [
    { officialId: 'f1', workload: 100 },
    { officialId: 'f2', workload: 60 },
  ];

  it('flags a home official more than 20% below the office average', () => {
    const result = checkWorkloadParity(
      [
        { officialId: 'h1', workload: 64 },
        { officialId: 'h2', workload: 63.99 },
        { officialId: 'h3', workload: 90 },
      ],
      office,
      RULE_SET_V1,
    );
    expect(result.officeAverage).toBe(80);
    expect(result.flagged).toEqual(['h2']);
    expect(result.results.map((entry) => entry.belowAveragePercent)).toEqual([20, 20.01, -12.5]);
    expect(result.explanation.steps[1]).toMatchObject({ value: 64 });
  });

  it('flags nobody without an office cohort to compare with', () => {
    const result = checkWorkloadParity([{ officialId: 'h', workload: 0 }], [], RULE_SET_V1);
    expect(result).toMatchObject({ officeAverage: null, flagged: [] });
    expect(result.results[0].belowAveragePercent).toBeNull();
    expect(checkWorkloadParity([{ officialId: 'h', workload: 0 }], [{ officialId: 'f', workload: 0 }], RULE_SET_V1).flagged).toEqual([]);
    expect(() => checkWorkloadParity([{ officialId: 'h', workload: -1 }], [], RULE_SET_V1)).toThrow(DomainValidationError);
  });
});
