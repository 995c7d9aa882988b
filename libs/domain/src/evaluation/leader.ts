import { RuleSet } from '../rule-sets/rule-set.types';
import { explain, Explanation } from '../shared/explanation';
import { Grade } from '../shared/grade';

export interface LeaderUnitResult {
  percent: number;
  explanation: Explanation;
}

/**
 * Decree 335/2025/NĐ-CP (leaders' task results, results of the unit they manage): 100% when every
 * công chức under them is graded at least HOAN_THANH, 50% when any is KHONG_HOAN_THANH.
 * Subordinates not classified in the period do not count either way.
 */
export function leaderUnitResultsPercent(subordinateGrades: readonly Grade[], ruleSet: RuleSet): LeaderUnitResult {
  const rules = ruleSet.congChuc.leader;
  const incomplete = subordinateGrades.filter((grade) => grade === 'KHONG_HOAN_THANH').length;
  const classified = subordinateGrades.filter((grade) => grade !== 'NOT_CLASSIFIED').length;
  const percent = incomplete > 0 ? rules.anySubordinateIncompletePercent : rules.allSubordinatesCompletePercent;
  return {
    percent,
    explanation: explain({
      rule: 'congChuc.leaderUnitResults',
      source: 'Decree 335/2025/NĐ-CP: leaders’ unit results — 100% when all subordinates are at least HOAN_THANH, 50% when any is KHONG_HOAN_THANH',
      ruleSetVersion: ruleSet.version,
      inputs: { subordinates: subordinateGrades.length, classified, khongHoanThanh: incomplete },
      steps: [{ label: incomplete > 0 ? 'a subordinate is KHONG_HOAN_THANH' : 'every classified subordinate is at least HOAN_THANH', value: percent }],
      result: percent,
    }),
  };
}
