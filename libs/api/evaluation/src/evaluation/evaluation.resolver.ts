import { Args, Context, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import {
  Authenticated,
  AuthUser,
  Connection,
  CurrentUser,
  GraphQLContext,
  IdArg,
  OfficialSummary,
  SpotCheckComplianceSource,
  Unit,
  UnitEntity,
  UserEntity,
  WorkLogRegularitySource,
} from '@ketqua/api/core';
import { ParseUUIDPipe } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RuleSetSource } from '../criteria/rule-set-source';
import { EvaluationPeriodEntity } from '../period/evaluation-period.entity';
import { EvaluationRecord, EvaluationRecordNumbers } from '../shared/evaluation-record';
import { AnnualGradeService } from './annual-grade.service';
import { EvaluationsArgs, EvaluationsBatchInput, ReasonedEvaluationInput, ScoreEvaluationInput, SubmitSelfAssessmentInput } from './dto/evaluation.inputs';
import { EvaluationRecords } from './evaluation-records';
import { EvaluationRevisionEntity } from './evaluation-revision.entity';
import { EvaluationEntity } from './evaluation.entity';
import { EvaluationService } from './evaluation.service';
import { EvaluationRecordModel } from './models/evaluation-record.model';
import { GeneralCriterionModel } from '../criteria/models/criteria-template.model';
import { AnnualGrade, DisciplineEvidence, Evaluation, EvaluationPeriodSummary, EvaluationRevision } from './models/evaluation.model';

export const EvaluationConnection = Connection(Evaluation);

/** Whether the field being resolved selects `name` directly, through a fragment or an inline fragment. */
export function selects(info: GraphQLResolveInfo, name: string): boolean {
  const seen = new Set<string>();
  const inSet = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((s) => {
      if (s.kind === 'Field') return s.name.value === name;
      if (s.kind === 'InlineFragment') return inSet(s.selectionSet);
      if (seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      return inSet(info.fragments[s.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node) => inSet(node.selectionSet));
}

@Resolver(() => Evaluation)
export class EvaluationResolver {
  constructor(
    private readonly service: EvaluationService,
    private readonly annual: AnnualGradeService,
    private readonly records: EvaluationRecords,
    private readonly dataSource: DataSource,
    private readonly spotChecks: SpotCheckComplianceSource,
    private readonly workLogs: WorkLogRegularitySource,
    private readonly ruleSets: RuleSetSource,
  ) {}

  @Authenticated()
  @Query(() => EvaluationConnection, {
    description: 'Evaluations you may read: your own, those you evaluate (or act for today), those of units in your scope; by period and official.',
  })
  evaluations(@CurrentUser() user: AuthUser, @Args() args: EvaluationsArgs) {
    return this.service.list(user, args.filter, args);
  }

  @Authenticated()
  @Query(() => Evaluation, { description: 'FORBIDDEN outside your scope.' })
  evaluation(@CurrentUser() user: AuthUser, @IdArg() id: string) {
    return this.service.get(user, id);
  }

  @Authenticated()
  @Query(() => [EvaluationPeriodSummary], {
    description: 'The periods with evaluations in a unit that you may read (the period board’s picker), newest first; empty outside your scope.',
  })
  async evaluationPeriodsOfUnit(@CurrentUser() user: AuthUser, @Args('unitId', { type: () => ID }, ParseUUIDPipe) unitId: string): Promise<EvaluationPeriodSummary[]> {
    return (await this.service.periodsOfUnit(user, unitId)).map(EvaluationPeriodSummary.from);
  }

  @Authenticated()
  @Query(() => [Evaluation], { description: 'Your own evaluations of a year, by period.' })
  myEvaluations(@CurrentUser() user: AuthUser, @Args('year', { type: () => Int }) year: number) {
    return this.service.mine(user, year);
  }

  @Authenticated()
  @Query(() => AnnualGrade, { description: 'The annual grade from the published periods of the year (including those made in a previous unit), weighted by days worked.' })
  annualGrade(@CurrentUser() user: AuthUser, @Args('officialId', { type: () => ID }, ParseUUIDPipe) officialId: string, @Args('year', { type: () => Int }) year: number) {
    return this.annual.annual(user, officialId, year);
  }

  @Authenticated()
  @Query(() => [AnnualGrade], { description: 'The annual grade of every year with a published period, newest first.' })
  annualGradeHistory(@CurrentUser() user: AuthUser, @Args('officialId', { type: () => ID }, ParseUUIDPipe) officialId: string) {
    return this.annual.history(user, officialId);
  }

  @Authenticated()
  @Mutation(() => Evaluation, { description: 'The official’s self-assessment (text, self-scores, proposed grade) within its window; audited.' })
  submitSelfAssessment(@CurrentUser() user: AuthUser, @Args('input') input: SubmitSelfAssessmentInput) {
    return this.service.submitSelfAssessment(user, input);
  }

  @Authenticated()
  @Mutation(() => Evaluation, { description: 'The evaluator’s general sub-scores, findings and decided grade (another grade than the computed one needs a reason); audited.' })
  scoreEvaluation(@CurrentUser() user: AuthUser, @Args('input') input: ScoreEvaluationInput) {
    return this.service.score(user, input);
  }

  @Authenticated()
  @Mutation(() => Evaluation, { description: 'Back to the official for changes, with a reason; the official is told; audited.' })
  returnEvaluation(@CurrentUser() user: AuthUser, @Args('input') input: ReasonedEvaluationInput) {
    return this.service.returnForChanges(user, input);
  }

  @Authenticated()
  @Mutation(() => [Evaluation], { description: 'Approve one or many scored evaluations, all or nothing; audited.' })
  approveEvaluations(@CurrentUser() user: AuthUser, @Args('input') input: EvaluationsBatchInput) {
    return this.service.approve(user, input);
  }

  @Authenticated()
  @Mutation(() => [Evaluation], {
    description: 'Publish one or many approved evaluations, all or nothing, within the quota; a revision and a verification code each; told; audited.',
  })
  publishEvaluations(@CurrentUser() user: AuthUser, @Args('input') input: EvaluationsBatchInput) {
    return this.service.publish(user, input);
  }

  @Authenticated()
  @Mutation(() => Evaluation, { description: 'HR or the level above the evaluator reopens a published evaluation with a reason; the old revision is kept; audited.' })
  reopenEvaluation(@CurrentUser() user: AuthUser, @Args('input') input: ReasonedEvaluationInput) {
    return this.service.reopen(user, input);
  }

  private recordOf(ctx: GraphQLContext, e: Evaluation, withReceipt: boolean): Promise<EvaluationRecord | EvaluationRecordNumbers> {
    if (!withReceipt) {
      return ctx.loaders
        .named<EvaluationEntity, EvaluationRecordNumbers>('evaluation.recordNumbers', async (entities) => {
          const records = await this.records.numbersOf(this.dataSource.manager, entities);
          return entities.map((x) => records.get(x.id) as EvaluationRecordNumbers);
        })
        .load(e.entity);
    }
    return ctx.loaders
      .named<EvaluationEntity, EvaluationRecord>('evaluation.record', async (entities) => {
        const records = await this.records.recordsOf(this.dataSource.manager, entities);
        return entities.map((x) => records.get(x.id) as EvaluationRecord);
      })
      .load(e.entity);
  }

  @ResolveField(() => EvaluationRecordModel, { description: 'Every number and the receipt, computed by libs/domain on the frozen facts with the recorded rule set.' })
  async record(@Parent() e: Evaluation, @Context() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo): Promise<EvaluationRecordModel> {
    // The receipt (lines, formulas, explanations) is built only when the request selects it: the
    // period board reads 60 records' numbers and no receipt. The numbers are the same either way.
    return EvaluationRecordModel.from(await this.recordOf(ctx, e, selects(info, 'receipt')));
  }

  @ResolveField(() => [GeneralCriterionModel], {
    description: 'Công chức: the general sub-criteria of the recorded rule set with their maxima (what self-scores and general scores are entered on); viên chức: none.',
  })
  async generalCriteria(@Parent() e: Evaluation): Promise<GeneralCriterionModel[]> {
    if (e.regime !== 'CONG_CHUC') return [];
    const ruleSet = await this.ruleSets.get(e.ruleSetVersion);
    return ruleSet.congChuc.generalCriteria.map((c) => Object.assign(new GeneralCriterionModel(), { code: c.code, label: c.label, maxPoints: c.maxPoints }));
  }

  @ResolveField(() => [EvaluationRevision], { description: 'Published revisions, oldest first (after a reopen the old one stays).' })
  async revisions(@Parent() e: Evaluation, @Context() ctx: GraphQLContext): Promise<EvaluationRevision[]> {
    const rows = await ctx.loaders
      .named<string, EvaluationRevisionEntity[]>('evaluation.revisions', async (ids) => {
        const all = await this.dataSource
          .getRepository(EvaluationRevisionEntity)
          .createQueryBuilder('r')
          .where('r.evaluationId IN (:...ids)', { ids })
          .orderBy('r.revision')
          .getMany();
        return ids.map((id) => all.filter((r) => r.evaluationId === id));
      })
      .load(e.id);
    return rows.map(EvaluationRevision.from);
  }

  @ResolveField(() => OfficialSummary)
  async official(@Parent() e: Evaluation, @Context() ctx: GraphQLContext): Promise<OfficialSummary> {
    return OfficialSummary.from((await ctx.loaders.byId(UserEntity).load(e.officialId)) as UserEntity);
  }

  @ResolveField(() => OfficialSummary, { nullable: true, description: 'Null when the evaluator is HR of the agency.' })
  async evaluator(@Parent() e: Evaluation, @Context() ctx: GraphQLContext): Promise<OfficialSummary | null> {
    if (!e.evaluatorId) return null;
    const u = await ctx.loaders.byId(UserEntity).load(e.evaluatorId);
    return u ? OfficialSummary.from(u) : null;
  }

  @ResolveField(() => OfficialSummary, { nullable: true, description: 'Who scored (an acting evaluator under their own name).' })
  async scoredBy(@Parent() e: Evaluation, @Context() ctx: GraphQLContext): Promise<OfficialSummary | null> {
    if (!e.scoredById) return null;
    const u = await ctx.loaders.byId(UserEntity).load(e.scoredById);
    return u ? OfficialSummary.from(u) : null;
  }

  @ResolveField(() => Unit)
  async unit(@Parent() e: Evaluation, @Context() ctx: GraphQLContext): Promise<Unit> {
    return Unit.from((await ctx.loaders.byId(UnitEntity).load(e.unitId)) as UnitEntity);
  }

  @ResolveField(() => EvaluationPeriodSummary)
  async period(@Parent() e: Evaluation, @Context() ctx: GraphQLContext): Promise<EvaluationPeriodSummary> {
    return EvaluationPeriodSummary.from((await ctx.loaders.byId(EvaluationPeriodEntity).load(e.periodId)) as EvaluationPeriodEntity);
  }

  @ResolveField(() => DisciplineEvidence, {
    nullable: true,
    description: 'Spot-check answers, home days and work-log days in the period, beside the discipline criterion.',
  })
  async disciplineEvidence(@Parent() e: Evaluation, @Context() ctx: GraphQLContext): Promise<DisciplineEvidence | null> {
    const period = (await ctx.loaders.byId(EvaluationPeriodEntity).load(e.periodId)) as EvaluationPeriodEntity;
    const key = `${period.startsOn}:${period.endsOn}`;
    const evidence = await ctx.loaders
      .named<string, DisciplineEvidence>(`evaluation.evidence:${key}`, async (officialIds) => {
        const range = { from: period.startsOn, to: period.endsOn };
        const [checks, logs] = await Promise.all([this.spotChecks.complianceFor(officialIds, range), this.workLogs.regularityFor(officialIds, range)]);
        return officialIds.map((id) => {
          const c = checks.find((x) => x.officialId === id);
          const l = logs.find((x) => x.officialId === id);
          return Object.assign(new DisciplineEvidence(), {
            spotChecksOnTime: c?.onTime ?? 0,
            spotChecksLate: c?.late ?? 0,
            spotChecksMissed: c?.missed ?? 0,
            daysWithLog: l?.daysWithLog ?? 0,
            homeDays: c?.homeDays ?? 0,
          });
        });
      })
      .load(e.officialId);
    return evidence;
  }
}
