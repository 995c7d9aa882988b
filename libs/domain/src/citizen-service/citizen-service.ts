import type { Cohort, Phase } from '../statistics/difference-in-differences';

/**
 * Citizen-service figures (dịch vụ công trực tuyến, PRODUCT.md 6) of one official and month, as the
 * city's administrative-procedure system reports them: dossiers handled, of which on time, and the
 * citizens' satisfaction (0–100 %, none when nobody rated).
 */
export interface CitizenServiceMonth {
  dossiersHandled: number;
  dossiersOnTime: number;
  satisfactionPercent: number | null;
}

/** What is wrong with a month's figures (field → English reason); empty when they can be stored. */
export function citizenServiceProblems(row: CitizenServiceMonth): Array<{ field: keyof CitizenServiceMonth; reason: string }> {
  const problems: Array<{ field: keyof CitizenServiceMonth; reason: string }> = [];
  const count = (n: number) => Number.isInteger(n) && n >= 0 && n <= 1_000_000;
  if (!count(row.dossiersHandled)) problems.push({ field: 'dossiersHandled', reason: 'must be a whole number from 0 to 1,000,000' });
  if (!count(row.dossiersOnTime)) problems.push({ field: 'dossiersOnTime', reason: 'must be a whole number from 0 to 1,000,000' });
  else if (count(row.dossiersHandled) && row.dossiersOnTime > row.dossiersHandled) problems.push({ field: 'dossiersOnTime', reason: 'cannot exceed the dossiers handled' });
  const s = row.satisfactionPercent;
  if (s !== null && (!Number.isFinite(s) || s < 0 || s > 100 || Math.round(s * 100) !== s * 100)) {
    problems.push({ field: 'satisfactionPercent', reason: 'must be from 0 to 100 with 2 decimals at most' });
  }
  return problems;
}

/** The sums of one cohort × phase cell, as a read model adds them up. */
export interface CitizenServiceCellSums {
  cohort: Cohort;
  phase: Phase;
  officials: number;
  dossiers: number;
  onTime: number;
  /** Sum and count of the official-months that carry a satisfaction figure. */
  satisfactionSum: number;
  satisfactionCount: number;
}

export interface CitizenServiceCell {
  cohort: Cohort;
  phase: Phase;
  officials: number;
  dossiers: number;
  onTime: number;
  /** onTime ÷ dossiers × 100; null without dossiers. */
  onTimeRatePercent: number | null;
  /** Mean of the official-months' satisfaction; null when none was rated. */
  meanSatisfactionPercent: number | null;
}

export interface CitizenServiceDifference {
  /** home − office in the pilot phase, in the baseline, and (pilot − baseline) of home − (pilot − baseline) of office. */
  pilot: number | null;
  baseline: number | null;
  differenceInDifferences: number | null;
}

export interface CitizenServiceComparison {
  cells: CitizenServiceCell[];
  onTimeRate: CitizenServiceDifference;
  satisfaction: CitizenServiceDifference;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const minus = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);

/**
 * The four cells (HOME/OFFICE × PILOT/BASELINE, a missing one counts zero) with their rates and
 * means, and the home − office differences of on-time rate and satisfaction per phase with their
 * difference-in-differences. Shown figures are rounded to 2 decimals after the arithmetic.
 */
export function compareCitizenService(sums: readonly CitizenServiceCellSums[]): CitizenServiceComparison {
  const cells: CitizenServiceCell[] = [];
  for (const cohort of ['HOME', 'OFFICE'] as const) {
    for (const phase of ['PILOT', 'BASELINE'] as const) {
      const found = sums.filter((s) => s.cohort === cohort && s.phase === phase);
      const add = (pick: (s: CitizenServiceCellSums) => number) => found.reduce((sum, s) => sum + pick(s), 0);
      const dossiers = add((s) => s.dossiers);
      const onTime = add((s) => s.onTime);
      const rated = add((s) => s.satisfactionCount);
      cells.push({
        cohort,
        phase,
        officials: add((s) => s.officials),
        dossiers,
        onTime,
        onTimeRatePercent: dossiers > 0 ? (onTime / dossiers) * 100 : null,
        meanSatisfactionPercent: rated > 0 ? add((s) => s.satisfactionSum) / rated : null,
      });
    }
  }
  const cell = (cohort: Cohort, phase: Phase) => cells.find((c) => c.cohort === cohort && c.phase === phase) as CitizenServiceCell;
  const difference = (pick: (c: CitizenServiceCell) => number | null): CitizenServiceDifference => {
    const pilot = minus(pick(cell('HOME', 'PILOT')), pick(cell('OFFICE', 'PILOT')));
    const baseline = minus(pick(cell('HOME', 'BASELINE')), pick(cell('OFFICE', 'BASELINE')));
    const did = minus(pilot, baseline);
    return { pilot: pilot === null ? null : round2(pilot), baseline: baseline === null ? null : round2(baseline), differenceInDifferences: did === null ? null : round2(did) };
  };
  const result = {
    onTimeRate: difference((c) => c.onTimeRatePercent),
    satisfaction: difference((c) => c.meanSatisfactionPercent),
  };
  return {
    cells: cells.map((c) => ({
      ...c,
      onTimeRatePercent: c.onTimeRatePercent === null ? null : round2(c.onTimeRatePercent),
      meanSatisfactionPercent: c.meanSatisfactionPercent === null ? null : round2(c.meanSatisfactionPercent),
    })),
    ...result,
  };
}
