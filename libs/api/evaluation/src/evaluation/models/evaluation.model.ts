import { PersonalRecord } from '@ketqua/api/core';
import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { EvaluationStatusName, GeneralCriterionScore, Grade, GradeOverrides } from '@ketqua/domain';
import { EvaluationRegimeEnum, EvaluationStatus, EvaluatorLevelEnum, GradeEnum } from '../../shared/evaluation.enums';
import { EvaluationPeriodEntity } from '../../period/evaluation-period.entity';
import { EvaluationEntity, EvaluationRegime, EvaluatorLevelName } from '../evaluation.entity';
import { EvaluationRevisionEntity } from '../evaluation-revision.entity';
import { EvaluationRecordModel } from './evaluation-record.model';
import type { EvaluationRecord } from '../../shared/evaluation-record';

@ObjectType({ description: 'Points on one general sub-criterion (tiêu chí chung).' })
export class GeneralScore {
  @Field() code!: string;
  @Field(() => Float) points!: number;
}

@ObjectType()
export class OverrideFinding {
  @Field(() => String, { nullable: true, description: 'Discipline level (REPRIMAND …); null for degradation and unit corruption.' }) level!: string | null;
  @Field() reference!: string;
}

@ObjectType({ description: 'Findings that give KHONG_HOAN_THANH whatever the score.' })
export class GradeOverridesModel {
  @Field(() => OverrideFinding, { nullable: true }) disciplineSanction!: OverrideFinding | null;
  @Field(() => OverrideFinding, { nullable: true }) ethicalDegradation!: OverrideFinding | null;
  @Field(() => OverrideFinding, { nullable: true }) unitCorruption!: OverrideFinding | null;

  static from(o: GradeOverrides | null): GradeOverridesModel | null {
    if (!o) return null;
    const f = (x: { level?: string; reference: string } | null | undefined) =>
      x ? Object.assign(new OverrideFinding(), { level: x.level ?? null, reference: x.reference }) : null;
    return Object.assign(new GradeOverridesModel(), {
      disciplineSanction: f(o.disciplineSanction),
      ethicalDegradation: f(o.ethicalDegradation),
      unitCorruption: f(o.unitCorruption),
    });
  }
}

@ObjectType({ description: 'The period an evaluation belongs to, with its windows.' })
export class EvaluationPeriodSummary {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() kind!: string;
  @Field(() => Int) year!: number;
  @Field(() => Int, { nullable: true }) number!: number | null;
  @Field() startsOn!: string;
  @Field() endsOn!: string;
  @Field() status!: string;
  @Field() selfAssessmentUntil!: string;
  @Field() headScoringUntil!: string;
  @Field() publishUntil!: string;
  @Field(() => GraphQLISODateTime) cutOffAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) factsFrozenAt!: Date | null;

  static from(p: EvaluationPeriodEntity): EvaluationPeriodSummary {
    return Object.assign(new EvaluationPeriodSummary(), {
      id: p.id,
      name: p.name,
      kind: p.kind,
      year: p.year,
      number: p.number,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      status: p.status,
      selfAssessmentUntil: p.selfAssessmentUntil,
      headScoringUntil: p.headScoringUntil,
      publishUntil: p.publishUntil,
      cutOffAt: p.cutOffAt,
      factsFrozenAt: p.factsFrozenAt,
    });
  }
}

@ObjectType({ description: 'A published revision, as it was published (kept after a reopen).' })
export class EvaluationRevision {
  @Field(() => Int) revision!: number;
  @Field(() => EvaluationRecordModel) record!: EvaluationRecordModel;
  @Field(() => ID) publishedById!: string;
  @Field(() => GraphQLISODateTime) publishedAt!: Date;
  @Field(() => String, { nullable: true, description: 'Why the next revision was opened.' }) reopenReason!: string | null;

  static from(r: EvaluationRevisionEntity): EvaluationRevision {
    return Object.assign(new EvaluationRevision(), {
      revision: r.revision,
      record: EvaluationRecordModel.from(r.record as unknown as EvaluationRecord),
      publishedById: r.publishedById,
      publishedAt: r.publishedAt,
      reopenReason: r.reopenReason,
    });
  }
}

@PersonalRecord({ kind: 'EVALUATION', subject: 'officialId' })
@ObjectType({ description: 'Đánh giá, xếp loại chất lượng of one official for one period. Numbers are in `record`, computed, never stored.' })
export class Evaluation {
  @Field(() => ID) id!: string;
  @Field(() => ID) periodId!: string;
  @Field(() => ID) unitId!: string;
  @Field(() => ID) agencyId!: string;
  @Field(() => ID, { nullable: true }) positionId!: string | null;
  @Field() taskGroup!: string;
  @Field(() => EvaluationRegimeEnum) regime!: EvaluationRegime;
  @Field() isLeader!: boolean;
  @Field(() => EvaluatorLevelEnum) evaluatorLevel!: EvaluatorLevelName;
  @Field(() => EvaluationStatus) status!: EvaluationStatusName;
  @Field(() => Int) revision!: number;
  @Field() ruleSetVersion!: string;
  @Field(() => Int, { nullable: true }) scheduledWorkingDays!: number | null;
  @Field(() => Int, { nullable: true }) workedDays!: number | null;
  @Field(() => String, { nullable: true }) selfAssessmentText!: string | null;
  @Field(() => [GeneralScore], { nullable: true }) selfScores!: GeneralScore[] | null;
  @Field(() => GradeEnum, { nullable: true }) proposedGrade!: Grade | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) selfAssessedAt!: Date | null;
  @Field(() => [GeneralScore], { nullable: true }) generalScores!: GeneralScore[] | null;
  @Field(() => GradeOverridesModel, { nullable: true }) overrides!: GradeOverridesModel | null;
  @Field(() => GradeEnum, { nullable: true }) decidedGrade!: Grade | null;
  @Field(() => String, { nullable: true }) gradeChangeReason!: string | null;
  @Field(() => String, { nullable: true }) headComment!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) scoredAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) approvedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) publishedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Printed on the sheet; set at publication.' }) verificationCode!: string | null;
  @Field(() => String, { nullable: true }) returnReason!: string | null;
  @Field(() => String, { nullable: true }) reopenReason!: string | null;
  @Field(() => Int, { description: 'Send it back with each mutation: a newer stored version is a CONFLICT.' }) version!: number;
  /** Not in the schema: what the nested resolvers need. */
  officialId!: string;
  evaluatorId!: string | null;
  scoredById!: string | null;
  entity!: EvaluationEntity;

  static from(e: EvaluationEntity): Evaluation {
    const scores = (s: GeneralCriterionScore[] | null) => (s ? s.map((x) => Object.assign(new GeneralScore(), { code: x.code, points: x.points })) : null);
    return Object.assign(new Evaluation(), {
      id: e.id,
      periodId: e.periodId,
      unitId: e.unitId,
      agencyId: e.agencyId,
      positionId: e.positionId,
      taskGroup: e.taskGroup,
      regime: e.regime,
      isLeader: e.isLeader,
      evaluatorLevel: e.evaluatorLevel,
      status: e.status,
      revision: e.revision,
      ruleSetVersion: e.ruleSetVersion,
      scheduledWorkingDays: e.scheduledWorkingDays,
      workedDays: e.workedDays,
      selfAssessmentText: e.selfAssessmentText,
      selfScores: scores(e.selfScores),
      proposedGrade: e.proposedGrade,
      selfAssessedAt: e.selfAssessedAt,
      generalScores: scores(e.generalScores),
      overrides: GradeOverridesModel.from(e.overrides),
      decidedGrade: e.decidedGrade,
      gradeChangeReason: e.gradeChangeReason,
      headComment: e.headComment,
      scoredAt: e.scoredAt,
      approvedAt: e.approvedAt,
      publishedAt: e.publishedAt,
      verificationCode: e.verificationCode,
      returnReason: e.returnReason,
      reopenReason: e.reopenReason,
      version: e.version,
      officialId: e.officialId,
      evaluatorId: e.evaluatorId,
      scoredById: e.scoredById,
      entity: e,
    });
  }
}

@ObjectType({ description: 'Evidence beside the discipline criterion: spot-check answers and work-log regularity in the period.' })
export class DisciplineEvidence {
  @Field(() => Int) spotChecksOnTime!: number;
  @Field(() => Int) spotChecksLate!: number;
  @Field(() => Int) spotChecksMissed!: number;
  @Field(() => Int, { description: 'Working days in the period with at least one work log.' }) daysWithLog!: number;
  @Field(() => Int, { description: 'Days of the period the official worked from home (pilot).' }) homeDays!: number;
}

@ObjectType({ description: 'One period of the year in the annual grade.' })
export class AnnualPeriodLine {
  @Field(() => ID) evaluationId!: string;
  @Field(() => ID) periodId!: string;
  @Field() periodName!: string;
  @Field(() => ID) unitId!: string;
  @Field(() => Float, { nullable: true }) score!: number | null;
  @Field(() => GradeEnum, { nullable: true }) grade!: Grade | null;
  @Field(() => Int, { nullable: true }) workedDays!: number | null;
  @Field(() => Int, { nullable: true }) scheduledWorkingDays!: number | null;
  @Field(() => EvaluationRegimeEnum) regime!: EvaluationRegime;
}

@PersonalRecord({ kind: 'EVALUATION', subject: 'officialId' })
@ObjectType({ description: "The year's grade from the published period evaluations (they travel with a transferred official), weighted by days worked." })
export class AnnualGrade {
  @Field(() => ID) officialId!: string;
  @Field(() => Int) year!: number;
  @Field(() => EvaluationRegimeEnum, { nullable: true }) regime!: EvaluationRegime | null;
  @Field(() => Float, { nullable: true }) averageScore!: number | null;
  @Field(() => GradeEnum) grade!: Grade;
  @Field(() => [String]) reasons!: string[];
  @Field(() => Float, { nullable: true, description: 'Viên chức: months worked in the year.' }) monthsWorked!: number | null;
  @Field(() => Float, { nullable: true, description: 'Viên chức: months of leave in the year.' }) monthsOfLeave!: number | null;
  @Field(() => [AnnualPeriodLine]) periods!: AnnualPeriodLine[];
  @Field() explanationJson!: string;
}
