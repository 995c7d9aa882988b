import { deriveRuleSet } from '../rule-sets/registry';
import { RULE_SET_V1 } from '../rule-sets/v1';
import { DomainValidationError } from '../shared/errors';
import { Grade } from '../shared/grade';
import { checkExcellentQuota, QuotaEntry } from './quota';

let counter = 0;
const vc = (count: number, grade: Grade, taskGroupId = 'g1', agencyId = 'A'): QuotaEntry[] =>
  Array.from({ length: count }, () => ({ officialId: `v${++counter}`, agencyId, taskGroupId, regime: 'VIEN_CHUC', grade }));
const withShares = (shares: { agencyId: string; year: number; percent: number }[]) =>
  deriveRuleSet(
    RULE_SET_V1,
    { version: 'v1-party-2026', effectiveFrom: '2026-01-01', description: 'Party-member shares 2026' },
    { quota: { vienChucPartyMemberExcellent: shares } },
  );
const partyScopes = (entries: QuotaEntry[], ruleSet = RULE_SET_V1, year: number | null = 2026) =>
  checkExcellentQuota(entries, ruleSet, { year }).scopes.filter((scope) => scope.rule === 'PARTY_MEMBER_SHARE');

// Decree 48/2023/NĐ-CP art. 1 (amending Decree 90/2020 art. 2, principles): the share of viên chức
// graded HOAN_THANH_XUAT_SAC in the agency, and in each group of similar tasks, may not exceed the
// share of Party members graded HOAN_THANH_XUAT_SAC.
describe('viên chức quota: the Party-member share (Decree 48/2023 art. 1, Decree 90/2020 art. 2)', () => {
  // 20 viên chức: 10 TOT, `excellent` XS, the rest HOAN_THANH; 20%-of-good allows 2.
  it.each([
    [15, 2, 3, true],
    [15, 4, 3, false],
    [10, 2, 2, true],
    [9.99, 2, 1, false],
    [5, 1, 1, true],
    [0, 1, 0, false],
  ])('Party share %d%%, %d excellent of 20 → max %d, ok %s', (percent, excellent, maxExcellent, ok) => {
    const entries = [...vc(10, 'HOAN_THANH_TOT'), ...vc(excellent, 'HOAN_THANH_XUAT_SAC'), ...vc(10 - excellent, 'HOAN_THANH')];
    const [agency, group] = partyScopes(entries, withShares([{ agencyId: 'A', year: 2026, percent }]));
    for (const scope of [agency, group]) {
      expect(scope).toMatchObject({ regime: 'VIEN_CHUC', classified: 20, excellent, partyMemberExcellentPercent: percent, maxExcellent, ok, reason: null });
    }
    expect(agency.kind).toBe('AGENCY');
    expect(group.kind).toBe('TASK_GROUP');
  });

  it('both limits hold at once: within the Party share but over 20% of good is still a breach', () => {
    const entries = [...vc(5, 'HOAN_THANH_TOT'), ...vc(2, 'HOAN_THANH_XUAT_SAC'), ...vc(3, 'HOAN_THANH')];
    const result = checkExcellentQuota(entries, withShares([{ agencyId: 'A', year: 2026, percent: 30 }]), { year: 2026 });
    expect(result.breaches.map((scope) => [scope.rule, scope.kind])).toEqual([
      ['PERCENT_OF_GOOD', 'AGENCY'],
      ['PERCENT_OF_GOOD', 'TASK_GROUP'],
    ]);
    expect(result.explanation.steps.at(-1)?.formula).toBe('2 excellent ≤ floor(30% × 10 classified) = 3');
  });

  it('not entered for the agency and year: no viên chức may be finalised as excellent, with a typed reason', () => {
    const entries = [...vc(10, 'HOAN_THANH_TOT'), ...vc(1, 'HOAN_THANH_XUAT_SAC'), ...vc(2, 'NOT_CLASSIFIED')];
    const other = withShares([
      { agencyId: 'B', year: 2026, percent: 50 },
      { agencyId: 'A', year: 2025, percent: 50 },
    ]);
    for (const [ruleSet, year] of [
      [RULE_SET_V1, 2026],
      [other, 2026],
      [other, null],
    ] as const) {
      const [agency] = partyScopes(entries, ruleSet, year);
      expect(agency).toMatchObject({ partyMemberExcellentPercent: null, maxExcellent: 0, excess: 1, ok: false, reason: 'PARTY_SHARE_NOT_ENTERED', classified: 11 });
    }
    expect(checkExcellentQuota(entries, RULE_SET_V1, { year: 2026 }).explanation.steps.at(-1)?.formula).toBe('no Party-member share entered for 2026: 1 excellent ≤ 0');
    // Nobody excellent: nothing to refuse.
    const [clean] = partyScopes(vc(5, 'HOAN_THANH_TOT'));
    expect(clean).toMatchObject({ ok: true, reason: null, maxExcellent: 0 });
  });

  it('does not apply to công chức', () => {
    const entries: QuotaEntry[] = [{ officialId: 'c', agencyId: 'A', taskGroupId: 'g', regime: 'CONG_CHUC', grade: 'HOAN_THANH_TOT' }];
    expect(partyScopes(entries)).toEqual([]);
  });

  it('HR’s shares are validated as rule-set data', () => {
    expect(() => withShares([{ agencyId: 'A', year: 2026, percent: 101 }])).toThrow(DomainValidationError);
    expect(() => withShares([{ agencyId: 'A', year: 1999, percent: 10 }])).toThrow(/year/);
    expect(() =>
      withShares([
        { agencyId: 'A', year: 2026, percent: 10 },
        { agencyId: 'A', year: 2026, percent: 12 },
      ]),
    ).toThrow(/one share per agency and year/);
  });
});
