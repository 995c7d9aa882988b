import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar } from '@ketqua/api/core';
import { GradeEnum, EvaluationRegimeEnum } from '../../shared/evaluation.enums';
import { GeneralCriterionModel, TaskCombinationModel } from './criteria-template.model';

export enum CriteriaRuleKeyEnum {
  TASK_RESULTS = 'TASK_RESULTS',
  QUANTITY = 'QUANTITY',
  QUALITY_DEDUCTION = 'QUALITY_DEDUCTION',
  PROGRESS_DEDUCTION = 'PROGRESS_DEDUCTION',
  WAIVER = 'WAIVER',
  GENERAL_CRITERIA = 'GENERAL_CRITERIA',
  BANDS = 'BANDS',
  OVERRIDES = 'OVERRIDES',
  LEADER = 'LEADER',
  QUOTA = 'QUOTA',
  VIEN_CHUC_CONDITIONS = 'VIEN_CHUC_CONDITIONS',
  VIEN_CHUC_TIME_WORKED = 'VIEN_CHUC_TIME_WORKED',
  VIEN_CHUC_MANAGERS = 'VIEN_CHUC_MANAGERS',
  VIEN_CHUC_PARTY_SHARE = 'VIEN_CHUC_PARTY_SHARE',
}
registerEnumType(CriteriaRuleKeyEnum, { name: 'CriteriaRuleKey' });

@ObjectType({ description: 'One rule of the criteria in plain words, generated from the rule set’s numbers.' })
export class CriteriaRuleText {
  @Field(() => CriteriaRuleKeyEnum) key!: CriteriaRuleKeyEnum;
  @Field() vi!: string;
  @Field() en!: string;
}

@ObjectType({ description: 'A grade band: from minScore (included) the grade applies.' })
export class ScoreBandModel {
  @Field(() => Float) minScore!: number;
  @Field(() => GradeEnum) grade!: string;
  @Field() nameVi!: string;
  @Field() nameEn!: string;
}

@ObjectType()
export class CriteriaDeductions {
  @Field(() => Float, { description: 'Points off the quality percentage per return for a major content error.' }) perMajorContentError!: number;
  @Field(() => Float, { description: 'Points off the progress percentage per missed deadline.' }) perMissedDeadline!: number;
  @Field(() => Float) quantityCapPercent!: number;
}

@ObjectType()
export class CriteriaLeaderComponent {
  @Field(() => Int) unitResultsWeightPercent!: number;
  @Field(() => Float) allSubordinatesCompletePercent!: number;
  @Field(() => Float) anySubordinateIncompletePercent!: number;
}

@ObjectType()
export class CriteriaQuota {
  @Field(() => Float) excellentMaxPercentOfGood!: number;
  @Field({ description: 'Viên chức: also at most the agency’s share of Party members graded excellent (Decree 48/2023).' }) partyMemberShareApplies!: boolean;
}

@ObjectType()
export class VienChucConditions {
  @Field(() => Float) excellentMinExceedingPercent!: number;
  @Field(() => Float) completeMaxShortPercent!: number;
  @Field(() => Float) incompleteShortAbovePercent!: number;
  @Field(() => Float) minMonthsWorked!: number;
  @Field(() => Float) leaveCapFromMonths!: number;
  @Field(() => GradeEnum) leaveCapMaxGrade!: string;
}

@ObjectType({ description: 'The criteria in force on a date for a regime (and position group): public, readable by every signed-in user.' })
export class PublishedCriteria {
  @Field(() => EvaluationRegimeEnum) regime!: EvaluationRegimeEnum;
  @Field() regimeNameVi!: string;
  @Field() regimeNameEn!: string;
  @Field(() => ID, { nullable: true, description: 'The published template; null: the rule set shipped with Ketqua (no template published yet).' }) templateId!: string | null;
  @Field(() => String, { nullable: true }) templateCode!: string | null;
  @Field(() => String, { nullable: true }) templateName!: string | null;
  @Field(() => Int, { nullable: true }) templateVersionNo!: number | null;
  @Field(() => [ID], { nullable: true, description: 'The position group; null: every position of the regime.' }) positionIds!: string[] | null;
  @Field({ description: 'The rule-set version evaluations record.' }) ruleSetVersion!: string;
  @Field(() => LocalDateScalar, { description: 'Áp dụng từ.' }) effectiveFrom!: string;
  @Field(() => Float) taskMaxPoints!: number;
  @Field(() => Float) generalMaxPoints!: number;
  @Field(() => TaskCombinationModel) taskCombination!: TaskCombinationModel;
  @Field(() => [GeneralCriterionModel]) generalCriteria!: GeneralCriterionModel[];
  @Field(() => CriteriaDeductions) deductions!: CriteriaDeductions;
  @Field(() => [ScoreBandModel]) bands!: ScoreBandModel[];
  @Field(() => CriteriaLeaderComponent) leader!: CriteriaLeaderComponent;
  @Field(() => CriteriaQuota) quota!: CriteriaQuota;
  @Field(() => VienChucConditions) vienChuc!: VienChucConditions;
  @Field(() => [CriteriaRuleText], { description: 'The rules in plain Vietnamese and English, in reading order.' }) rules!: CriteriaRuleText[];
}
