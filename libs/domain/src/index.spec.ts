import * as domain from './index';

describe('@ketqua/domain public API', () => {
  it('exports every rule through one entry point, each defined', () => {
    const names = Object.keys(domain).sort();
    for (const name of names) expect(domain[name as keyof typeof domain]).toBeDefined();
    expect(names).toEqual(
      expect.arrayContaining([
        'createWorkingCalendar',
        'loadCalendarRows',
        'scoreAssignment',
        'computePeriodScore',
        'computeAnnualGrade',
        'computeVienChucGrade',
        'checkExcellentQuota',
        'getRuleSet',
        'checkHomeWorkCaps',
        'positionEligibility',
        'drawSpotChecks',
        'verifyDraw',
        'commitmentOf',
        'differenceInDifferences',
        'bootstrapDifferenceInDifferences',
      ]),
    );
  });

  it('works end to end: score assignments, then the period, then the draw of the same day', () => {
    const rules = domain.getRuleSet(domain.DEFAULT_RULE_SET_VERSION);
    const scored = domain.scoreAssignment({ assignmentId: 'a', expectedUnits: 4, deliveredUnits: 4, majorErrorReturns: [{ reference: 'r1' }], missedDeadlines: [] }, rules);
    const period = domain.computePeriodScore({ assignments: [scored], generalCriteria: rules.congChuc.generalCriteria.map((c) => ({ code: c.code, points: c.maxPoints })) }, rules);
    // (100 + 75 + 100) / 3 = 91.666…% → 64.1666… points, shown truncated: 64.16 + 30 = 94.16
    expect(period).toMatchObject({ score: 94.16, grade: 'HOAN_THANH_XUAT_SAC' });
    expect(domain.epochDay('1970-01-11')).toBe(10);
    expect(domain.fromEpochDay(10)).toBe('1970-01-11');
    expect(domain.gradeFromTally({ total: 4, short: 0, exceeding: 2 }, rules).grade).toBe('HOAN_THANH_XUAT_SAC');
    const seed = domain.sha256Hex('end to end');
    expect(() => domain.assertSeedHex(seed)).not.toThrow();
    expect(domain.rosterHashOf([])).toBe(domain.sha256Hex(new Uint8Array(4)));
    expect(domain.drawKey(seed, 'u', '2026-03-03')).toHaveLength(32);
  });
});
