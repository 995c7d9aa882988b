import { RuleSet } from '../rule-sets/rule-set.types';
import { check } from '../shared/errors';
import { explain, Explanation } from '../shared/explanation';

/** The position flags HR keeps (vị trí việc làm). */
export interface PositionFlags {
  /** Handles administrative procedures (thủ tục hành chính) for citizens or businesses. */
  handlesAdministrativeProcedures: boolean;
  receivesCitizens: boolean;
  issuesDecisions: boolean;
}

/** HR's per-position exception, with the written reason kept in the audit trail. */
export interface EligibilityException {
  reason: string;
  grantedBy: string;
}

export type IneligibilityReason = 'HANDLES_ADMINISTRATIVE_PROCEDURES' | 'RECEIVES_CITIZENS' | 'ISSUES_DECISIONS';

export interface Eligibility {
  eligible: boolean;
  /** Why the position is not eligible by default (empty when it is). */
  reasons: IneligibilityReason[];
  exceptionApplied: boolean;
  explanation: Explanation;
}

/**
 * The pilot's principle (PRODUCT 4.1): only positions that handle no administrative procedures,
 * receive no citizens and issue no decisions may work from home by default; HR may grant an
 * exception per position with a written reason.
 */
export function positionEligibility(position: PositionFlags, exception: EligibilityException | null | undefined, ruleSet: RuleSet): Eligibility {
  if (exception) {
    check(exception.reason.trim().length > 0, 'exception.reason', 'an exception needs a written reason');
    check(exception.grantedBy.trim().length > 0, 'exception.grantedBy', 'an exception must name who granted it');
  }
  const reasons: IneligibilityReason[] = [];
  if (position.handlesAdministrativeProcedures) reasons.push('HANDLES_ADMINISTRATIVE_PROCEDURES');
  if (position.receivesCitizens) reasons.push('RECEIVES_CITIZENS');
  if (position.issuesDecisions) reasons.push('ISSUES_DECISIONS');
  const exceptionApplied = reasons.length > 0 && Boolean(exception);
  const eligible = reasons.length === 0 || exceptionApplied;
  return {
    eligible,
    reasons,
    exceptionApplied,
    explanation: explain({
      rule: 'homeWork.eligibility',
      source: 'Pilot principle (PRODUCT 4.1): positions handling TTHC, receiving citizens or issuing decisions are not eligible unless HR grants an exception',
      ruleSetVersion: ruleSet.version,
      inputs: { ...position, exception: exception ? { reason: exception.reason, grantedBy: exception.grantedBy } : null },
      steps: [
        { label: 'reasons against', value: reasons },
        { label: 'HR exception', value: exceptionApplied },
      ],
      result: eligible,
    }),
  };
}
