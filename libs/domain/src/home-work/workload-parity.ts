import { RuleSet } from '../rule-sets/rule-set.types';
import { explain, Explanation } from '../shared/explanation';
import { assertFinite, roundTo, sum } from '../shared/numbers';

export interface OfficialWorkload {
  officialId: string;
  /** Sum of assignment weights (converted units) in the period. */
  workload: number;
}

export interface WorkloadParityResult {
  officialId: string;
  workload: number;
  /** How far below the office average, in percent (negative when above). */
  belowAveragePercent: number | null;
  flagged: boolean;
}

export interface WorkloadParity {
  officeAverage: number | null;
  thresholdPercent: number;
  results: WorkloadParityResult[];
  flagged: string[];
  explanation: Explanation;
}

/**
 * Pilot principle (PRODUCT 4.1): home-working officials' workload must stay equivalent to the
 * office. Flags a home official whose workload is more than the threshold (20%) below the unit's
 * office average; with nobody in the office there is nothing to compare, so nobody is flagged.
 */
export function checkWorkloadParity(home: readonly OfficialWorkload[], office: readonly OfficialWorkload[], ruleSet: RuleSet): WorkloadParity {
  [...home, ...office].forEach((entry, i) => assertFinite(entry.workload, `workloads[${i}].workload`, 0));
  const threshold = ruleSet.homeWork.workloadParityThresholdPercent;
  const officeAverage = office.length > 0 ? sum(office.map((entry) => entry.workload)) / office.length : null;
  const results = home.map((entry) => ({
    officialId: entry.officialId,
    workload: entry.workload,
    belowAveragePercent: officeAverage ? roundTo(((officeAverage - entry.workload) / officeAverage) * 100) : null,
    flagged: officeAverage !== null && entry.workload * 100 < officeAverage * (100 - threshold),
  }));
  const flagged = results.filter((result) => result.flagged).map((result) => result.officialId);
  return {
    officeAverage: officeAverage === null ? null : roundTo(officeAverage),
    thresholdPercent: threshold,
    results,
    flagged,
    explanation: explain({
      rule: 'homeWork.workloadParity',
      source: 'Pilot principle (PRODUCT 4.1): flag a home official more than 20% below the unit’s office average workload',
      ruleSetVersion: ruleSet.version,
      inputs: { homeOfficials: home.length, officeOfficials: office.length, thresholdPercent: threshold },
      steps: [
        { label: 'office average', value: officeAverage === null ? null : roundTo(officeAverage) },
        { label: 'flag below', value: officeAverage === null ? null : roundTo((officeAverage * (100 - threshold)) / 100), formula: `average × (100 − ${threshold})%` },
      ],
      result: flagged,
    }),
  };
}
