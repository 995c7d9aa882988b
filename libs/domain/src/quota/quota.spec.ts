import { RULE_SET_V1 } from '../rule-sets/v1';
import { DomainValidationError } from '../shared/errors';
import { Grade } from '../shared/grade';
import { checkExcellentQuota, QuotaEntry, Regime } from './quota';

let counter = 0;
const officials = (count: number, grade: Grade, taskGroupId = 'g1', agencyId = 'A', regime: Regime = 'CONG_CHUC', score?: number): QuotaEntry[] =>
  Array.from({ length: count }, () => ({ officialId: `o${++counter}`, agencyId, taskGroupId, regime, grade, score }));

// Decree 335/2025 and Decree 48/2023: excellent ≤ 20% of good, per agency and per group of similar tasks.
describe('excellent-grade quota', () => {
  it.each([
    [10, 2, true, 2, 0],
    [10, 3, false, 2, 1],
    [4, 1, false, 0, 1],
    [5, 1, true, 1, 0],
    [0, 1, false, 0, 1],
    [0, 0, true, 0, 0],
  ])('%d good and %d excellent → ok %s (max %d, excess %d)', (good, excellent, ok, maxExcellent, excess) => {
    const result = checkExcellentQuota([...officials(good, 'HOAN_THANH_TOT'), ...officials(excellent, 'HOAN_THANH_XUAT_SAC'), ...officials(3, 'HOAN_THANH')], RULE_SET_V1);
    expect(result.ok).toBe(ok);
    expect(result.scopes[0]).toMatchObject({ kind: 'AGENCY', good, excellent, maxExcellent, excess, ok });
  });

  it('checks each group of similar tasks, even when the agency as a whole is within quota', () => {
    const entries = [...officials(5, 'HOAN_THANH_TOT', 'g1'), ...officials(2, 'HOAN_THANH_XUAT_SAC', 'g1'), ...officials(10, 'HOAN_THANH_TOT', 'g2')];
    const result = checkExcellentQuota(entries, RULE_SET_V1);
    expect(result.ok).toBe(false);
    expect(result.scopes.map((scope) => [scope.kind, scope.taskGroupId, scope.ok])).toEqual([
      ['AGENCY', null, true],
      ['TASK_GROUP', 'g1', false],
      ['TASK_GROUP', 'g2', true],
    ]);
    expect(result.breaches).toHaveLength(1);
    expect(result.breaches[0]).toMatchObject({ excellent: 2, good: 5, maxExcellent: 1, excess: 1 });
    expect(result.explanation.steps[1].formula).toBe('2 excellent ≤ floor(20% × 5 good) = 1');
  });

  it('keeps regimes and agencies apart and never changes a grade', () => {
    const entries = [
      ...officials(5, 'HOAN_THANH_TOT', 'g', 'A', 'CONG_CHUC'),
      ...officials(1, 'HOAN_THANH_XUAT_SAC', 'g', 'A', 'VIEN_CHUC'),
      ...officials(1, 'HOAN_THANH_XUAT_SAC', 'g', 'B', 'CONG_CHUC'),
    ];
    const snapshot = JSON.stringify(entries);
    const result = checkExcellentQuota(entries, RULE_SET_V1);
    expect(result.breaches.map((scope) => [scope.kind, scope.rule, scope.regime, scope.agencyId])).toEqual([
      ['AGENCY', 'PERCENT_OF_GOOD', 'CONG_CHUC', 'B'],
      ['AGENCY', 'PERCENT_OF_GOOD', 'VIEN_CHUC', 'A'],
      ['TASK_GROUP', 'PERCENT_OF_GOOD', 'CONG_CHUC', 'B'],
      ['TASK_GROUP', 'PERCENT_OF_GOOD', 'VIEN_CHUC', 'A'],
      ['AGENCY', 'PARTY_MEMBER_SHARE', 'VIEN_CHUC', 'A'],
      ['TASK_GROUP', 'PARTY_MEMBER_SHARE', 'VIEN_CHUC', 'A'],
    ]);
    expect(JSON.stringify(entries)).toBe(snapshot);
    expect(result.explanation.result).toBe('6 scope(s) over quota');
  });

  it('lists the excellent grades lowest score first', () => {
    const entries: QuotaEntry[] = [
      { officialId: 'x', agencyId: 'A', taskGroupId: 'g', regime: 'CONG_CHUC', grade: 'HOAN_THANH_XUAT_SAC', score: 96 },
      { officialId: 'y', agencyId: 'A', taskGroupId: 'g', regime: 'CONG_CHUC', grade: 'HOAN_THANH_XUAT_SAC', score: 91 },
      { officialId: 'w', agencyId: 'A', taskGroupId: 'g', regime: 'CONG_CHUC', grade: 'HOAN_THANH_XUAT_SAC' },
      { officialId: 'v', agencyId: 'A', taskGroupId: 'g', regime: 'CONG_CHUC', grade: 'HOAN_THANH_XUAT_SAC' },
    ];
    expect(checkExcellentQuota(entries, RULE_SET_V1).scopes[0].excellentOfficialIds).toEqual(['y', 'x', 'v', 'w']);
    expect(checkExcellentQuota([], RULE_SET_V1)).toMatchObject({ ok: true, scopes: [], explanation: { result: 'within quota' } });
  });

  it('refuses an official listed twice in one regime', () => {
    const [entry] = officials(1, 'HOAN_THANH');
    expect(() => checkExcellentQuota([entry, entry], RULE_SET_V1)).toThrow(DomainValidationError);
  });
});
