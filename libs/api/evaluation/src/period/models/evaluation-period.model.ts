import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar } from '@ketqua/api/core';
import { EvaluationPeriodEntity } from '../evaluation-period.entity';

export enum EvaluationPeriodKind {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}
registerEnumType(EvaluationPeriodKind, { name: 'EvaluationPeriodKind', description: 'tháng · quý · năm' });

export enum EvaluationPeriodStatus {
  DRAFT = 'DRAFT',
  OPENING = 'OPENING',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(EvaluationPeriodStatus, { name: 'EvaluationPeriodStatus', description: 'nháp · đang mở (tạo phiếu) · đang diễn ra · đã đóng' });

export enum EvaluationJobStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}
registerEnumType(EvaluationJobStatus, {
  name: 'EvaluationJobStatus',
  description: 'The opening job: queued · running · done · failed (jobError says why; opening again continues).',
});

export enum ReminderStage {
  SELF_ASSESSMENT = 'SELF_ASSESSMENT',
  HEAD_SCORING = 'HEAD_SCORING',
  APPROVAL = 'APPROVAL',
  PUBLICATION = 'PUBLICATION',
}
registerEnumType(ReminderStage, {
  name: 'EvaluationReminderStage',
  description: 'Who is reminded: officials without a self-assessment · evaluators with unscored, unapproved or unpublished evaluations.',
});

@ObjectType({ description: 'Kỳ đánh giá: a month, quarter or year of an agency or a pilot, its phase windows and data cut-off (PRODUCT.md 4.4).' })
export class EvaluationPeriod {
  @Field(() => ID) id!: string;
  @Field(() => EvaluationPeriodKind) kind!: EvaluationPeriodKind;
  @Field(() => Int) year!: number;
  @Field(() => Int, { nullable: true, description: 'Month 1–12 or quarter 1–4; null for a year.' }) number!: number | null;
  @Field(() => LocalDateScalar) startsOn!: string;
  @Field(() => LocalDateScalar) endsOn!: string;
  @Field(() => ID, { nullable: true, description: 'The agency whose officials are evaluated (or pilotId).' }) agencyId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The pilot whose units’ officials are evaluated (or agencyId).' }) pilotId!: string | null;
  @Field() name!: string;
  @Field(() => EvaluationPeriodStatus) status!: EvaluationPeriodStatus;
  @Field(() => LocalDateScalar, { description: 'Last day of the self-assessment window (included).' }) selfAssessmentUntil!: string;
  @Field(() => LocalDateScalar, { description: 'Last day of head scoring (included).' }) headScoringUntil!: string;
  @Field(() => LocalDateScalar, { description: 'Last day to approve and publish (included).' }) publishUntil!: string;
  @Field(() => GraphQLISODateTime, { description: 'Chốt số liệu: the task facts are frozen at this instant.' }) cutOffAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the facts were frozen (null before the cut-off job ran).' }) factsFrozenAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) openedAt!: Date | null;
  @Field(() => ID, { nullable: true }) openedById!: string | null;
  @Field(() => EvaluationJobStatus, { nullable: true }) jobStatus!: EvaluationJobStatus | null;
  @Field(() => Int, { description: 'Officials the opening job creates evaluations for.' }) jobTotal!: number;
  @Field(() => Int, { description: 'Evaluations created so far.' }) jobDone!: number;
  @Field(() => String, { nullable: true }) jobError!: string | null;
  @Field(() => Int) version!: number;

  static from(e: EvaluationPeriodEntity): EvaluationPeriod {
    return Object.assign(new EvaluationPeriod(), {
      id: e.id,
      kind: e.kind as EvaluationPeriodKind,
      year: e.year,
      number: e.number,
      startsOn: e.startsOn,
      endsOn: e.endsOn,
      agencyId: e.agencyId,
      pilotId: e.pilotId,
      name: e.name,
      status: e.status as EvaluationPeriodStatus,
      selfAssessmentUntil: e.selfAssessmentUntil,
      headScoringUntil: e.headScoringUntil,
      publishUntil: e.publishUntil,
      cutOffAt: e.cutOffAt,
      factsFrozenAt: e.factsFrozenAt,
      openedAt: e.openedAt,
      openedById: e.openedById,
      jobStatus: e.jobStatus as EvaluationJobStatus | null,
      jobTotal: e.jobTotal,
      jobDone: e.jobDone,
      jobError: e.jobError,
      version: e.version,
    });
  }
}

@ObjectType({ description: 'The opening job’s progress, as it goes (also kept on the period row).' })
export class EvaluationJobProgress {
  @Field(() => ID) periodId!: string;
  @Field(() => EvaluationPeriodStatus) status!: EvaluationPeriodStatus;
  @Field(() => EvaluationJobStatus, { nullable: true }) jobStatus!: EvaluationJobStatus | null;
  @Field(() => Int) jobDone!: number;
  @Field(() => Int) jobTotal!: number;
  @Field(() => String, { nullable: true }) jobError!: string | null;

  static from(e: EvaluationPeriodEntity): EvaluationJobProgress {
    return Object.assign(new EvaluationJobProgress(), {
      periodId: e.id,
      status: e.status as EvaluationPeriodStatus,
      jobStatus: e.jobStatus as EvaluationJobStatus | null,
      jobDone: e.jobDone,
      jobTotal: e.jobTotal,
      jobError: e.jobError,
    });
  }
}

@ObjectType({ description: 'How far a group (an agency, a unit, the whole period) is: each count is of evaluations still missing that step.' })
export class CompletionCounts {
  @Field(() => Int) total!: number;
  @Field(() => Int, { description: 'No self-assessment (awaiting it, or returned for changes).' }) noSelfAssessment!: number;
  @Field(() => Int, { description: 'Not scored by the evaluator yet.' }) noHeadScore!: number;
  @Field(() => Int) notApproved!: number;
  @Field(() => Int) notPublished!: number;
}

@ObjectType()
export class UnitCompletion extends CompletionCounts {
  @Field(() => ID) unitId!: string;
  @Field() unitName!: string;
  @Field(() => ID) agencyId!: string;
}

@ObjectType()
export class AgencyCompletion extends CompletionCounts {
  @Field(() => ID) agencyId!: string;
  @Field() agencyName!: string;
}

@ObjectType({ description: 'Bảng theo dõi tiến độ: per agency and unit in your scope, how many evaluations still miss each step.' })
export class EvaluationCompletion {
  @Field(() => ID) periodId!: string;
  @Field(() => CompletionCounts, { description: 'Over everything you see.' }) totals!: CompletionCounts;
  @Field(() => [AgencyCompletion]) agencies!: AgencyCompletion[];
  @Field(() => [UnitCompletion]) units!: UnitCompletion[];
}

@ObjectType()
export class ReminderResult {
  @Field(() => Int, { description: 'People notified (each once, however many evaluations they have to act on).' }) recipients!: number;
  @Field(() => Int, { description: 'Evaluations they have to act on.' }) evaluations!: number;
}
