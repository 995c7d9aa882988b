import { drawSpotChecks } from '@ketqua/domain';
import { drawFileName, verifyPublishedDraw } from './draw-verification';

// The worked example of docs/SPOT-CHECKS.md section 9.
const seed = '893ddaa24d689eca89387122168f96b5c3ffd3f96cc97f27abc0531532c9cfde';
const { explanation: _explanation, ...draw } = drawSpotChecks({
  seedHex: seed,
  unitId: 'phong-to-chuc-can-bo',
  date: '2026-03-03',
  roster: ['u-07', 'u-03', 'u-12', 'u-01', 'u-09', 'u-05', 'u-11', 'u-02', 'u-10', 'u-04', 'u-08', 'u-06'],
  sampleRateBasisPoints: 1000,
  coreHours: [
    { start: '08:00', end: '11:30' },
    { start: '13:00', end: '17:00' },
  ],
  answerWindowMinutes: 15,
});
const published = { ...draw, seed, drawnAt: '2026-03-03T00:00:00.000Z', revealedAt: '2026-03-03T10:00:00.000Z' };

describe('verifyPublishedDraw', () => {
  it('says the revealed worked example matches', () => {
    expect(verifyPublishedDraw(JSON.stringify(published))).toEqual({ state: 'match', mismatches: [] });
  });

  it('names the changed pick, and a changed seed at the commitment', () => {
    const picks = published.picks.map((p, i) => (i === 1 ? { ...p, officialId: 'u-05' } : p));
    const pick = verifyPublishedDraw(JSON.stringify({ ...published, picks }));
    expect(pick.state).toBe('mismatch');
    expect(pick.state === 'mismatch' && pick.mismatches.map((m) => m.field)).toEqual(['picks[1].officialId']);

    const other = verifyPublishedDraw(JSON.stringify({ ...published, seed: 'a'.repeat(64) }));
    expect(other.state === 'mismatch' && other.mismatches.map((m) => m.field)).toContain('commitment');
  });

  it('has nothing to check before the reveal, and says so for a file that is not a record', () => {
    expect(verifyPublishedDraw(JSON.stringify({ ...published, seed: null, picks: null, revealedAt: null }))).toEqual({ state: 'sealed' });
    expect(verifyPublishedDraw('{not json').state).toBe('unreadable');
  });
});

describe('drawFileName', () => {
  it('names the file after the unit without diacritics and the day', () => {
    expect(drawFileName('Phòng Công chức viên chức', '2026-12-01')).toBe('ketqua-boc-tham-phong-cong-chuc-vien-chuc-2026-12-01.json');
    expect(drawFileName('Đội Đặc nhiệm', '2026-12-01')).toBe('ketqua-boc-tham-doi-dac-nhiem-2026-12-01.json');
  });
});
