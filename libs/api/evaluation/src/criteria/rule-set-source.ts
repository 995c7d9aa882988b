import { Injectable } from '@nestjs/common';
import { frozenRuleSet, getRuleSet, LocalDate, PartyMemberExcellentShare, RULE_SETS, RuleSet, ruleSetInForce, withPartyMemberShares } from '@ketqua/domain';
import { DataSource, EntityManager } from 'typeorm';
import { EvaluationRegime } from '../evaluation/evaluation.entity';
import { CriteriaTemplateEntity } from './criteria-template.entity';
import { PartyMemberShareEntity } from './party-member-share.entity';

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
  /** Published versions never change, so a stored rule set read once is kept. */
  private readonly stored = new Map<string, RuleSet>();

  constructor(private readonly dataSource: DataSource) {}

  /**
   * The criteria in force on `date` for an official of `regime` holding `positionId`: among the
   * published templates of the regime whose position group is every position (null) or includes
   * the position, the one with the latest effectiveFrom on or before the date; on the same date a
   * position-group template beats an every-position one, then the later published. None: the rule
   * set shipped in libs/domain in force on the date (templateId null). See docs/RULES.md.
   */
  async inForce(tx: EntityManager, criteria: { regime: EvaluationRegime; positionId: string | null; date: LocalDate }): Promise<CriteriaInForce> {
    const qb = tx
      .getRepository(CriteriaTemplateEntity)
      .createQueryBuilder('t')
      .where(`t.status = 'PUBLISHED' AND t.regime = :regime AND t.effectiveFrom <= :date`, { regime: criteria.regime, date: criteria.date });
    if (criteria.positionId) qb.andWhere('(t.positionIds IS NULL OR :positionId = ANY(t.positionIds))', { positionId: criteria.positionId });
    else qb.andWhere('t.positionIds IS NULL');
    const template = await qb
      .orderBy('t.effective_from', 'DESC')
      .addOrderBy('(t.position_ids IS NULL)', 'ASC')
      .addOrderBy('t.published_at', 'DESC')
      .addOrderBy('t.id', 'ASC')
      .limit(1)
      .getOne();
    if (!template) return { ruleSet: ruleSetInForce(criteria.date), templateId: null };
    return { ruleSet: this.remember(template), templateId: template.id };
  }

  /** The rule set of a recorded version: a shipped one, or a published template's stored rule set. */
  async get(version: string, tx?: EntityManager): Promise<RuleSet> {
    if (RULE_SETS[version]) return RULE_SETS[version];
    const known = this.stored.get(version);
    if (known) return known;
    const template = await (tx ?? this.dataSource.manager).findOneBy(CriteriaTemplateEntity, { ruleSetVersion: version, status: 'PUBLISHED' });
    // Unknown everywhere: libs/domain's typed refusal (unknown rule set version).
    if (!template) return getRuleSet(version);
    return this.remember(template);
  }

  /**
   * The viên chức Party-member excellent shares HR entered for `year` (Decree 48/2023), one per
   * agency that has one; an agency missing here has none entered (see RULES.md for what applies).
   */
  async partyShares(tx: EntityManager, year: number, agencyIds?: readonly string[]): Promise<PartyMemberExcellentShare[]> {
    const qb = tx.getRepository(PartyMemberShareEntity).createQueryBuilder('s').where('s.year = :year', { year });
    if (agencyIds) qb.andWhere('s.agencyId IN (:...ids)', { ids: agencyIds.length ? agencyIds : [null] });
    const rows = await qb.orderBy('s.agencyId').getMany();
    return rows.map((row) => ({ agencyId: row.agencyId, year: row.year, percent: row.percent }));
  }

  /**
   * `ruleSet` with `quota.vienChucPartyMemberExcellent` filled with the year's shares, ready for
   * libs/domain's checkExcellentQuota(entries, ruleSet, { year }). The version stays the same: the
   * shares are data of the year, not of the criteria.
   */
  async withPartyShares(tx: EntityManager, ruleSet: RuleSet, year: number, agencyIds?: readonly string[]): Promise<RuleSet> {
    return withPartyMemberShares(ruleSet, await this.partyShares(tx, year, agencyIds));
  }

  /**
   * The rule set the excellent-grade quota is checked with on `date`: the one in force that day, with
   * the Party-member shares HR entered for the evaluation `year` (viên chức, Decree 48/2023).
   */
  async forQuota(tx: EntityManager, date: LocalDate, year: number, agencyIds: readonly string[]): Promise<RuleSet> {
    const { ruleSet } = await this.inForce(tx, { regime: 'VIEN_CHUC', positionId: null, date });
    return this.withPartyShares(tx, ruleSet, year, agencyIds);
  }

  private remember(template: CriteriaTemplateEntity): RuleSet {
    const version = template.ruleSetVersion as string;
    let ruleSet = this.stored.get(version);
    if (!ruleSet) {
      ruleSet = frozenRuleSet(template.ruleSet as RuleSet);
      this.stored.set(version, ruleSet);
    }
    return ruleSet;
  }
}
