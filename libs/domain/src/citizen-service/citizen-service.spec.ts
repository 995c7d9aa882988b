import { citizenServiceProblems, compareCitizenService, CitizenServiceCellSums } from './citizen-service';

describe('citizenServiceProblems', () => {
  it('accepts whole counts with on-time ≤ handled and a satisfaction of 0–100 (2 decimals) or none', () => {
    expect(citizenServiceProblems({ dossiersHandled: 40, dossiersOnTime: 38, satisfactionPercent: 96.25 })).toEqual([]);
    expect(citizenServiceProblems({ dossiersHandled: 0, dossiersOnTime: 0, satisfactionPercent: null })).toEqual([]);
  });

  it.each([
    [{ dossiersHandled: -1, dossiersOnTime: 0, satisfactionPercent: null }, ['dossiersHandled']],
    [{ dossiersHandled: 2.5, dossiersOnTime: 1, satisfactionPercent: null }, ['dossiersHandled']],
    [{ dossiersHandled: 5, dossiersOnTime: 6, satisfactionPercent: null }, ['dossiersOnTime']],
    [{ dossiersHandled: 5, dossiersOnTime: -2, satisfactionPercent: null }, ['dossiersOnTime']],
    [{ dossiersHandled: 5, dossiersOnTime: 5, satisfactionPercent: 100.5 }, ['satisfactionPercent']],
    [{ dossiersHandled: 5, dossiersOnTime: 5, satisfactionPercent: 90.125 }, ['satisfactionPercent']],
    [{ dossiersHandled: 5, dossiersOnTime: 5, satisfactionPercent: Number.NaN }, ['satisfactionPercent']],
  ])('refuses %o on %o', (row, fields) => {
    expect(citizenServiceProblems(row).map((p) => p.field)).toEqual(fields);
  });
});

describe('compareCitizenService', () => {
  const cell = (cohort: 'HOME' | 'OFFICE', phase: 'PILOT' | 'BASELINE', dossiers: number, onTime: number, satisfaction: number[]): CitizenServiceCellSums => ({
    cohort,
    phase,
    officials: 2,
    dossiers,
    onTime,
    satisfactionSum: satisfaction.reduce((a, b) => a + b, 0),
    satisfactionCount: satisfaction.length,
  });

  it('gives each cell its on-time rate and mean satisfaction, and the home − office differences with their DiD', () => {
    const result = compareCitizenService([
      cell('HOME', 'BASELINE', 100, 80, [80, 90]),
      cell('OFFICE', 'BASELINE', 200, 170, [85]),
      cell('HOME', 'PILOT', 100, 95, [92, 94]),
      cell('OFFICE', 'PILOT', 50, 44, [86, 88]),
    ]);
    expect(result.cells).toEqual([
      { cohort: 'HOME', phase: 'PILOT', officials: 2, dossiers: 100, onTime: 95, onTimeRatePercent: 95, meanSatisfactionPercent: 93 },
      { cohort: 'HOME', phase: 'BASELINE', officials: 2, dossiers: 100, onTime: 80, onTimeRatePercent: 80, meanSatisfactionPercent: 85 },
      { cohort: 'OFFICE', phase: 'PILOT', officials: 2, dossiers: 50, onTime: 44, onTimeRatePercent: 88, meanSatisfactionPercent: 87 },
      { cohort: 'OFFICE', phase: 'BASELINE', officials: 2, dossiers: 200, onTime: 170, onTimeRatePercent: 85, meanSatisfactionPercent: 85 },
    ]);
    // On time: pilot 95 − 88 = 7, baseline 80 − 85 = −5, DiD 12. Satisfaction: 93 − 87 = 6, 85 − 85 = 0, DiD 6.
    expect(result.onTimeRate).toEqual({ pilot: 7, baseline: -5, differenceInDifferences: 12 });
    expect(result.satisfaction).toEqual({ pilot: 6, baseline: 0, differenceInDifferences: 6 });
  });

  it('rounds shown figures to 2 decimals, after the arithmetic', () => {
    const result = compareCitizenService([
      cell('HOME', 'PILOT', 3, 2, [90]),
      cell('OFFICE', 'PILOT', 3, 1, [80]),
      cell('HOME', 'BASELINE', 3, 1, []),
      cell('OFFICE', 'BASELINE', 3, 1, []),
    ]);
    expect(result.cells[0].onTimeRatePercent).toBe(66.67);
    expect(result.onTimeRate).toEqual({ pilot: 33.33, baseline: 0, differenceInDifferences: 33.33 });
  });

  it('leaves a figure out (null) where a cell has no dossiers or no rating, and counts a missing cell as empty', () => {
    const result = compareCitizenService([cell('HOME', 'PILOT', 10, 9, [])]);
    expect(result.cells.find((c) => c.cohort === 'OFFICE' && c.phase === 'BASELINE')).toEqual({
      cohort: 'OFFICE',
      phase: 'BASELINE',
      officials: 0,
      dossiers: 0,
      onTime: 0,
      onTimeRatePercent: null,
      meanSatisfactionPercent: null,
    });
    expect(result.onTimeRate).toEqual({ pilot: null, baseline: null, differenceInDifferences: null });
    expect(result.satisfaction).toEqual({ pilot: null, baseline: null, differenceInDifferences: null });
  });
});
