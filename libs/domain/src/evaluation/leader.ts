import { RuleSet } from '../rule-sets/rule-set.types';
import { explain, Explanation } from '../shared/explanation';
import { Grade } from '../shared/grade';

export interface LeaderUnitResult {
  /** False when no subordinate was classified in the period: there are no unit results to count. */
  applies: boolean;
  /** The unit-results percentage, or null when the component does not apply. */
  percent: number | null;
  explanation: Explanation;
}

const SOURCE =
  'Decree 335/2025/NĐ-CP (leaders’ task results include the results of the unit they manage): 100% when all subordinates are at least HOAN_THANH, 50% when any is KHONG_HOAN_THANH';

/**
 * Decree 335/2025/NĐ-CP (leaders' task results, results of the unit they manage): 100% when every
 * công chức under them is graded at least HOAN_THANH, 50% when any is KHONG_HOAN_THANH.
 * Subordinates not classified in the period do not count either way; with none classified the
 * component does not apply (it is not an invented 100%) and the leader is scored on their own work.
 */
export function leaderUnitResultsPercent(subordinateGrades: readonly Grade[], ruleSet: RuleSet): LeaderUnitResult {
  const rules = ruleSet.congChuc.leader;
  const incomplete = subordinateGrades.filter((grade) => grade === 'KHONG_HOAN_THANH').length;
  const classified = subordinateGrades.filter((grade) => grade !== 'NOT_CLASSIFIED').length;
  const inputs = { subordinates: subordinateGrades.length, classified, khongHoanThanh: incomplete };
  if (classified === 0) {
    return {
      applies: false,
      percent: null,
      explanation: explain({
        rule: 'congChuc.leaderUnitResults',
        source: SOURCE,
        ruleSetVersion: ruleSet.version,
        inputs,
        steps: [{ label: 'no classified subordinate: the unit-results component does not apply; task results are the leader’s own work', value: null }],
        result: 'NOT_APPLICABLE',
      }),
    };
  }
  const percent = incomplete > 0 ? rules.anySubordinateIncompletePercent : rules.allSubordinatesCompletePercent;
  return {
    applies: true,
    percent,
    explanation: explain({
      rule: 'congChuc.leaderUnitResults',
      source: SOURCE,
      ruleSetVersion: ruleSet.version,
      inputs,
      steps: [{ label: incomplete > 0 ? 'a subordinate is KHONG_HOAN_THANH' : 'every classified subordinate is at least HOAN_THANH', value: percent }],
      result: percent,
    }),
  };
}
