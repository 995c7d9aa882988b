import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar } from '@ketqua/api/core';
import { EvaluationRegimeEnum } from '../../shared/evaluation.enums';
import { CriteriaTemplateEntity } from '../criteria-template.entity';

export enum CriteriaTemplateStatusEnum {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(CriteriaTemplateStatusEnum, { name: 'CriteriaTemplateStatus', description: 'bản nháp (edited) · đã công bố (immutable, used from effectiveFrom)' });

@ObjectType({ description: 'Relative weights of the quantity, quality and progress percentages in an assignment’s task-results percentage.' })
export class TaskCombinationModel {
  @Field(() => Float) quantity!: number;
  @Field(() => Float) quality!: number;
  @Field(() => Float) progress!: number;
}

@ObjectType({ description: 'A general sub-criterion (tiêu chí chung) scored by the evaluator, with its maximum.' })
export class GeneralCriterionModel {
  @Field() code!: string;
  @Field({ description: 'Vietnamese label shown to officials.' }) label!: string;
  @Field(() => Float) maxPoints!: number;
}

@ObjectType('CriteriaTemplate', { description: 'One version of a criteria template (bộ tiêu chí đánh giá): a draft HR edits or a published, immutable version.' })
export class CriteriaTemplate {
  @Field(() => ID) id!: string;
  @Field({ description: 'The template’s code, shared by its versions.' }) code!: string;
  @Field(() => Int, { description: '1, 2, … per code.' }) versionNo!: number;
  @Field() name!: string;
  @Field(() => EvaluationRegimeEnum) regime!: EvaluationRegimeEnum;
  @Field(() => [ID], { nullable: true, description: 'The position group; null: every position of the regime.' }) positionIds!: string[] | null;
  @Field(() => CriteriaTemplateStatusEnum) status!: CriteriaTemplateStatusEnum;
  @Field(() => LocalDateScalar, { description: 'Áp dụng từ: the first day evaluations use it.' }) effectiveFrom!: string;
  @Field(() => TaskCombinationModel) taskCombination!: TaskCombinationModel;
  @Field(() => [GeneralCriterionModel]) generalCriteria!: GeneralCriterionModel[];
  @Field(() => Int, { description: 'Weight (percent) of the unit-results component in a leader’s task results.' }) leaderUnitWeightPercent!: number;
  @Field(() => String, { nullable: true, description: 'Published: the rule-set version evaluations record (tpl-<code>-v<n>).' }) ruleSetVersion!: string | null;
  @Field(() => String, { nullable: true, description: 'The shipped rule set the published one derives from.' }) baseRuleSetVersion!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) publishedAt!: Date | null;
  @Field(() => ID, { nullable: true }) publishedById!: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  @Field(() => Int, { description: 'Optimistic lock: send it back with updateCriteriaTemplate / publishCriteriaTemplate.' }) version!: number;

  static from(e: CriteriaTemplateEntity): CriteriaTemplate {
    return Object.assign(new CriteriaTemplate(), {
      id: e.id,
      code: e.code,
      versionNo: e.versionNo,
      name: e.name,
      regime: e.regime as EvaluationRegimeEnum,
      positionIds: e.positionIds,
      status: e.status as CriteriaTemplateStatusEnum,
      effectiveFrom: e.effectiveFrom,
      taskCombination: { ...e.taskCombination },
      generalCriteria: e.generalCriteria.map((c) => ({ code: c.code, label: c.label, maxPoints: c.maxPoints })),
      leaderUnitWeightPercent: e.leaderUnitWeightPercent,
      ruleSetVersion: e.ruleSetVersion,
      baseRuleSetVersion: e.baseRuleSetVersion,
      publishedAt: e.publishedAt,
      publishedById: e.publishedById,
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
      version: e.version,
    });
  }
}

@ObjectType('PartyMemberExcellentShare', { description: 'Decree 48/2023: the share of an agency’s Party members graded excellent in a year, entered by HR.' })
export class PartyMemberExcellentShareModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) agencyId!: string;
  @Field(() => Int) year!: number;
  @Field(() => Float) percent!: number;
  @Field(() => ID) enteredById!: string;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  @Field(() => Int) version!: number;
}
