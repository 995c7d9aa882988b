import { Injectable } from '@nestjs/common';
import { getRuleSet, LocalDate, RuleSet, ruleSetInForce } from '@ketqua/domain';
import { EntityManager } from 'typeorm';
import { EvaluationRegime } from '../evaluation/evaluation.entity';

/** Which criteria an evaluation is computed with: the rule set and the published template it came from. */
export interface CriteriaInForce {
  ruleSet: RuleSet;
  /** The published criteria template (null: the rule set shipped in libs/domain, no template yet). */
  templateId: string | null;
}

/**
 * The one place the evaluation module gets rule sets from: the ones shipped in libs/domain plus
 * those HR published as criteria templates (criteria/). An evaluation records the version; reading
 * it back with `get` gives the same numbers after the rules change (PRODUCT.md 4.5).
 */
@Injectable()
export class RuleSetSource {
  /** The criteria in force on `date` for an official of `regime` in `positionGroup`. */
  async inForce(_tx: EntityManager, criteria: { regime: EvaluationRegime; positionId: string | null; date: LocalDate }): Promise<CriteriaInForce> {
    return { ruleSet: ruleSetInForce(criteria.date), templateId: null };
  }

  /** The rule set of a recorded version. */
  async get(version: string, _tx?: EntityManager): Promise<RuleSet> {
    return getRuleSet(version);
  }
}
