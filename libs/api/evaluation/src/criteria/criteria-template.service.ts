import { Injectable } from '@nestjs/common';
import {
  AccessService,
  AgencyEntity,
  assertVersion,
  AuditService,
  AuthUser,
  changes,
  Clock,
  ConnectionShape,
  isUniqueViolation,
  keysetPage,
  PageArgs,
  PositionEntity,
  Role,
} from '@ketqua/api/core';
import {
  criteriaTemplateNumbersOf,
  criteriaTemplateRuleSet,
  CriteriaTemplateNumbers,
  describeCriteria,
  DomainValidationError,
  GRADE_NAMES,
  LocalDate,
  REGIME_NAMES,
  RULE_SETS,
  RuleSet,
  ruleSetInForce,
  validateCriteriaTemplate,
  validatePartyMemberShare,
} from '@ketqua/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { badField, domain, draftExists, notCityHr, notFound, templatePublished, WHAT } from '../evaluation.errors';
import { EvaluationRegime } from '../evaluation/evaluation.entity';
import { EvaluationRegimeEnum } from '../shared/evaluation.enums';
import { CriteriaTemplateEntity } from './criteria-template.entity';
import {
  CreateCriteriaTemplateInput,
  CriteriaTemplateFilter,
  PublishCriteriaTemplateInput,
  SetPartyMemberExcellentShareInput,
  UpdateCriteriaTemplateInput,
} from './dto/criteria-template.inputs';
import { CriteriaTemplate, PartyMemberExcellentShareModel } from './models/criteria-template.model';
import { CriteriaRuleKeyEnum, PublishedCriteria } from './models/published-criteria.model';
import { PartyMemberShareEntity } from './party-member-share.entity';
import { RuleSetSource } from './rule-set-source';

const REGIMES: EvaluationRegime[] = ['CONG_CHUC', 'VIEN_CHUC'];
const ENTITY = 'criteria_template';

/** The shipped rule set a template starting on `date` derives from (refused before any applies). */
function baseFor(date: LocalDate): RuleSet {
  const shipped = Object.values(RULE_SETS);
  if (!shipped.some((ruleSet) => ruleSet.effectiveFrom <= date)) {
    throw badField('NO_RULE_SET', 'input.effectiveFrom', { vi: 'trước ngày áp dụng của bộ quy tắc đầu tiên', en: 'before the first rule set applies' });
  }
  return ruleSetInForce(date, shipped);
}

const numbersOf = (t: CriteriaTemplateEntity): CriteriaTemplateNumbers => ({
  taskCombination: t.taskCombination,
  generalCriteria: t.generalCriteria,
  leaderUnitWeightPercent: t.leaderUnitWeightPercent,
  effectiveFrom: t.effectiveFrom,
});

/**
 * Criteria templates (bộ tiêu chí đánh giá) as versions, and the Party-member shares of Decree
 * 48/2023. Templates are city-wide: created, edited and published by ADMIN or by HR with city
 * scope (the city issues one set of criteria per regime and position group); read by HR, ADMIN and
 * INSPECTOR; the criteria in force are public to every signed-in user (publishedCriteria).
 */
@Injectable()
export class CriteriaTemplateService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly ruleSets: RuleSetSource,
  ) {}

  async list(filter: CriteriaTemplateFilter | undefined, page: PageArgs): Promise<ConnectionShape<CriteriaTemplate>> {
    const qb = this.dataSource.getRepository(CriteriaTemplateEntity).createQueryBuilder('t');
    if (filter?.regime) qb.andWhere('t.regime = :regime', { regime: filter.regime });
    if (filter?.code) qb.andWhere('t.code = :code', { code: filter.code });
    if (filter?.status) qb.andWhere('t.status = :status', { status: filter.status });
    return keysetPage(qb, page, { columns: ['t.createdAt', 't.id'], values: (t) => [t.createdAt.toISOString(), t.id], descending: true }, CriteriaTemplate.from);
  }

  async get(id: string): Promise<CriteriaTemplate> {
    const template = await this.dataSource.getRepository(CriteriaTemplateEntity).findOneBy({ id });
    if (!template) throw notFound('template', id);
    return CriteriaTemplate.from(template);
  }

  /**
   * The criteria in force on `date` (default today), public: per regime the every-position criteria
   * (a published template, or the shipped rule set), then each position-group template in force.
   */
  async published(date: LocalDate | undefined): Promise<PublishedCriteria[]> {
    const day = date ?? this.clock.today();
    const tx = this.dataSource.manager;
    const out: PublishedCriteria[] = [];
    for (const regime of REGIMES) {
      const general = await this.generalInForce(tx, regime, day);
      if (general) out.push(general);
      const groups = await tx
        .getRepository(CriteriaTemplateEntity)
        .createQueryBuilder('t')
        .distinctOn(['t.code'])
        .where(`t.status = 'PUBLISHED' AND t.regime = :regime AND t.position_ids IS NOT NULL AND t.effective_from <= :day`, { regime, day })
        .orderBy('t.code')
        .addOrderBy('t.effective_from', 'DESC')
        .addOrderBy('t.published_at', 'DESC')
        .getMany();
      for (const template of groups) out.push(this.describe(regime, await this.ruleSets.get(template.ruleSetVersion as string, tx), template));
    }
    return out;
  }

  async create(user: AuthUser, input: CreateCriteriaTemplateInput): Promise<CriteriaTemplate> {
    this.assertManager(user);
    return this.dataSource.transaction(async (tx) => {
      const versions = tx.getRepository(CriteriaTemplateEntity);
      const draft = await versions.findOneBy({ code: input.code, status: 'DRAFT' });
      if (draft) throw draftExists(input.code, draft.id);
      const latest = await versions.findOne({ where: { code: input.code }, order: { versionNo: 'DESC' } });
      if (latest && latest.regime !== input.regime) {
        throw badField('TEMPLATE_REGIME', 'input.regime', {
          vi: `bộ tiêu chí ${input.code} dành cho ${REGIME_NAMES[latest.regime].vi.toLowerCase()}`,
          en: `template ${input.code} is for ${latest.regime}`,
        });
      }
      const base = baseFor(input.effectiveFrom);
      const start = latest ? numbersOf(latest) : criteriaTemplateNumbersOf(base);
      const numbers: CriteriaTemplateNumbers = {
        taskCombination: input.taskCombination ? { ...input.taskCombination } : start.taskCombination,
        generalCriteria: input.generalCriteria ? input.generalCriteria.map((c) => ({ ...c })) : start.generalCriteria,
        leaderUnitWeightPercent: input.leaderUnitWeightPercent ?? start.leaderUnitWeightPercent,
        effectiveFrom: input.effectiveFrom,
      };
      domain(() => validateCriteriaTemplate(numbers, base), 'input');
      const positionIds = input.positionIds === undefined ? (latest?.positionIds ?? null) : input.positionIds;
      await this.assertPositions(tx, positionIds);
      const saved = await tx
        .save(
          tx.create(CriteriaTemplateEntity, {
            code: input.code,
            versionNo: (latest?.versionNo ?? 0) + 1,
            name: input.name,
            regime: input.regime,
            positionIds,
            status: 'DRAFT',
            ...numbers,
            generalCriteria: [...numbers.generalCriteria],
            baseRuleSetVersion: null,
            ruleSetVersion: null,
            ruleSet: null,
            publishedAt: null,
            publishedById: null,
            createdById: user.id,
          }),
        )
        .catch((error) => {
          // Two requests creating the same code's next version together: the second finds a draft.
          throw isUniqueViolation(error) ? draftExists(input.code, '') : error;
        });
      await this.audit.record(tx, { actorId: user.id, action: 'criteria-template.create', entityType: ENTITY, entityId: saved.id, data: { ...input, versionNo: saved.versionNo } });
      return CriteriaTemplate.from(saved);
    });
  }

  async update(user: AuthUser, input: UpdateCriteriaTemplateInput): Promise<CriteriaTemplate> {
    this.assertManager(user);
    const { id, version, ...fields } = input;
    return this.dataSource.transaction(async (tx) => {
      const template = await this.lock(tx, id);
      // Immutable once published: refused before anything else, whatever the version sent.
      if (template.status === 'PUBLISHED') throw templatePublished(id);
      assertVersion(WHAT.template, version, template.version);
      const patch: Partial<CriteriaTemplateEntity> = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
      const next = { ...numbersOf(template), ...pickNumbers(patch) };
      domain(() => validateCriteriaTemplate(next, baseFor(next.effectiveFrom)), 'input');
      if (patch.positionIds !== undefined) await this.assertPositions(tx, patch.positionIds);
      const diff = changes(template, patch);
      Object.assign(template, patch);
      const saved = await tx.save(template);
      await this.audit.record(tx, { actorId: user.id, action: 'criteria-template.update', entityType: ENTITY, entityId: id, data: { changes: diff } });
      return CriteriaTemplate.from(saved);
    });
  }

  async publish(user: AuthUser, input: PublishCriteriaTemplateInput): Promise<CriteriaTemplate> {
    this.assertManager(user);
    return this.dataSource.transaction(async (tx) => {
      const template = await this.lock(tx, input.id);
      if (template.status === 'PUBLISHED') throw templatePublished(input.id);
      assertVersion(WHAT.template, input.version, template.version);
      const base = baseFor(template.effectiveFrom);
      const ruleSet = domain(
        () => criteriaTemplateRuleSet(base, { ...numbersOf(template), code: template.code, versionNo: template.versionNo, name: template.name }, this.clock.today()),
        'input',
      );
      Object.assign(template, {
        status: 'PUBLISHED',
        baseRuleSetVersion: base.version,
        ruleSetVersion: ruleSet.version,
        ruleSet,
        publishedAt: this.clock.now(),
        publishedById: user.id,
      });
      const saved = await tx.save(template);
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'criteria-template.publish',
        entityType: ENTITY,
        entityId: template.id,
        data: { code: template.code, versionNo: template.versionNo, ruleSetVersion: ruleSet.version, baseRuleSetVersion: base.version, effectiveFrom: template.effectiveFrom },
      });
      return CriteriaTemplate.from(saved);
    });
  }

  async partyShares(user: AuthUser, year: number): Promise<PartyMemberExcellentShareModel[]> {
    const scope = (await this.access.scopeOf(user)).agencies;
    const rows = await this.dataSource.getRepository(PartyMemberShareEntity).find({
      where: { year, ...(scope.all ? {} : { agencyId: In(scope.ids.length ? scope.ids : ['00000000-0000-0000-0000-000000000000']) }) },
      order: { agencyId: 'ASC' },
    });
    return rows.map(shareModel);
  }

  /** HR enters the year's Party-member share of an agency (Decree 48/2023): created or changed, audited. */
  async setPartyShare(user: AuthUser, input: SetPartyMemberExcellentShareInput): Promise<PartyMemberExcellentShareModel> {
    domain(() => validatePartyMemberShare(input), 'input');
    return this.dataSource.transaction(async (tx) => {
      if (!(await tx.existsBy(AgencyEntity, { id: input.agencyId }))) throw notFound('agency', input.agencyId);
      await this.access.assertCanAdministerAgency(user, input.agencyId);
      const existing = await tx.findOne(PartyMemberShareEntity, { where: { agencyId: input.agencyId, year: input.year }, lock: { mode: 'pessimistic_write' } });
      if (existing) assertVersion({ vi: 'tỷ lệ đảng viên xuất sắc', en: 'Party-member excellent share' }, input.version, existing.version);
      const from = existing ? existing.percent : null;
      const row = existing ?? tx.create(PartyMemberShareEntity, { agencyId: input.agencyId, year: input.year });
      Object.assign(row, { percent: input.percent, enteredById: user.id });
      const saved = await tx.save(row).catch((error) => {
        throw isUniqueViolation(error) ? badField('SHARE_RACE', 'input.year', { vi: 'vừa có người nhập; hãy tải lại', en: 'someone just entered it; reload' }) : error;
      });
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'criteria-template.set-party-member-share',
        entityType: 'party_member_excellent_share',
        entityId: saved.id,
        data: { agencyId: input.agencyId, year: input.year, percent: { from, to: input.percent } },
      });
      return shareModel(saved);
    });
  }

  private async generalInForce(tx: EntityManager, regime: EvaluationRegime, day: LocalDate): Promise<PublishedCriteria | null> {
    try {
      const { ruleSet, templateId } = await this.ruleSets.inForce(tx, { regime, positionId: null, date: day });
      const template = templateId ? await tx.findOneByOrFail(CriteriaTemplateEntity, { id: templateId }) : null;
      return this.describe(regime, ruleSet, template);
    } catch (error) {
      // Before the first rule set applies (a date before 2026): nothing is in force.
      if (error instanceof DomainValidationError) return null;
      throw error;
    }
  }

  private describe(regime: EvaluationRegime, r: RuleSet, template: CriteriaTemplateEntity | null): PublishedCriteria {
    return Object.assign(new PublishedCriteria(), {
      regime: regime as EvaluationRegimeEnum,
      regimeNameVi: REGIME_NAMES[regime].vi,
      regimeNameEn: REGIME_NAMES[regime].en,
      templateId: template?.id ?? null,
      templateCode: template?.code ?? null,
      templateName: template?.name ?? null,
      templateVersionNo: template?.versionNo ?? null,
      positionIds: template?.positionIds ?? null,
      ruleSetVersion: r.version,
      effectiveFrom: r.effectiveFrom,
      taskMaxPoints: r.congChuc.taskMaxPoints,
      generalMaxPoints: r.congChuc.generalMaxPoints,
      taskCombination: { ...r.congChuc.taskCombination },
      generalCriteria: r.congChuc.generalCriteria.map((c) => ({ ...c })),
      deductions: {
        perMajorContentError: r.assignment.qualityDeductionPerMajorError,
        perMissedDeadline: r.assignment.progressDeductionPerMissedDeadline,
        quantityCapPercent: r.assignment.quantityCapPercent,
      },
      bands: r.congChuc.bands.map((band) => ({ minScore: band.minScore, grade: band.grade, nameVi: GRADE_NAMES[band.grade].vi, nameEn: GRADE_NAMES[band.grade].en })),
      leader: { ...r.congChuc.leader },
      quota: { excellentMaxPercentOfGood: r.quota.excellentMaxPercentOfGood, partyMemberShareApplies: regime === 'VIEN_CHUC' },
      vienChuc: {
        excellentMinExceedingPercent: r.vienChuc.excellentMinExceedingPercent,
        completeMaxShortPercent: r.vienChuc.completeMaxShortPercent,
        incompleteShortAbovePercent: r.vienChuc.incompleteShortAbovePercent,
        minMonthsWorked: r.vienChuc.minMonthsWorked,
        leaveCapFromMonths: r.vienChuc.leaveCap.fromMonths,
        leaveCapMaxGrade: r.vienChuc.leaveCap.maxGrade,
      },
      rules: describeCriteria(r, regime).map((text) => ({ key: text.key as CriteriaRuleKeyEnum, vi: text.vi, en: text.en })),
    });
  }

  private async lock(tx: EntityManager, id: string): Promise<CriteriaTemplateEntity> {
    const template = await tx.findOne(CriteriaTemplateEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!template) throw notFound('template', id);
    return template;
  }

  private assertManager(user: AuthUser): void {
    if (!(user.role === Role.ADMIN || (user.role === Role.HR && user.cityScope))) throw notCityHr();
  }

  private async assertPositions(tx: EntityManager, positionIds: string[] | null): Promise<void> {
    if (!positionIds) return;
    const found = await tx.countBy(PositionEntity, { id: In(positionIds) });
    if (found !== positionIds.length) throw badField('UNKNOWN_POSITION', 'input.positionIds', { vi: 'có vị trí việc làm không tồn tại', en: 'a position does not exist' });
  }
}

function pickNumbers(patch: Partial<CriteriaTemplateEntity>): Partial<CriteriaTemplateNumbers> {
  const out: Partial<CriteriaTemplateNumbers> = {};
  if (patch.taskCombination !== undefined) out.taskCombination = patch.taskCombination;
  if (patch.generalCriteria !== undefined) out.generalCriteria = patch.generalCriteria;
  if (patch.leaderUnitWeightPercent !== undefined) out.leaderUnitWeightPercent = patch.leaderUnitWeightPercent;
  if (patch.effectiveFrom !== undefined) out.effectiveFrom = patch.effectiveFrom;
  return out;
}

function shareModel(row: PartyMemberShareEntity): PartyMemberExcellentShareModel {
  return Object.assign(new PartyMemberExcellentShareModel(), {
    id: row.id,
    agencyId: row.agencyId,
    year: row.year,
    percent: row.percent,
    enteredById: row.enteredById,
    updatedAt: row.updatedAt,
    version: row.version,
  });
}
