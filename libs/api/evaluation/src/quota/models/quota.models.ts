import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { OfficialSummary } from '@ketqua/api/core';
import { Grade } from '@ketqua/domain';
import { QuotaExceptionEntity } from '../quota-exception.entity';
import { QuotaRegime, QuotaRule, QuotaScopeKind } from '../dto/quota.inputs';

@ObjectType({ description: 'A recorded exception to the excellent-grade quota: its reason and who granted it.' })
export class QuotaException {
  @Field(() => ID) id!: string;
  @Field(() => ID) periodId!: string;
  @Field(() => QuotaRegime) regime!: QuotaRegime;
  @Field(() => ID) agencyId!: string;
  @Field(() => QuotaScopeKind) scopeKind!: QuotaScopeKind;
  @Field(() => String, { nullable: true }) taskGroup!: string | null;
  @Field(() => QuotaRule) rule!: QuotaRule;
  @Field(() => Int) extraExcellent!: number;
  @Field() reason!: string;
  @Field() grantedBy!: string;
  @Field(() => String, { nullable: true }) decisionDocument!: string | null;
  @Field(() => ID) recordedById!: string;
  @Field(() => GraphQLISODateTime) recordedAt!: Date;

  static from(e: QuotaExceptionEntity): QuotaException {
    return Object.assign(new QuotaException(), {
      id: e.id,
      periodId: e.periodId,
      regime: e.regime as QuotaRegime,
      agencyId: e.agencyId,
      scopeKind: e.scopeKind as QuotaScopeKind,
      taskGroup: e.taskGroup === '' ? null : e.taskGroup,
      rule: e.rule as QuotaRule,
      extraExcellent: e.extraExcellent,
      reason: e.reason,
      grantedBy: e.grantedBy,
      decisionDocument: e.decisionDocument,
      recordedById: e.recordedById,
      recordedAt: e.updatedAt,
    });
  }
}

@ObjectType({ description: 'One scope of the quota (agency or group of similar tasks, one regime, one rule) with the recorded exception applied.' })
export class QuotaScopeStatus {
  @Field(() => QuotaScopeKind) kind!: QuotaScopeKind;
  @Field(() => QuotaRule) rule!: QuotaRule;
  @Field(() => QuotaRegime) regime!: QuotaRegime;
  @Field(() => String, { nullable: true }) taskGroup!: string | null;
  @Field(() => Int, { description: 'HOAN_THANH_XUAT_SAC grades counted.' }) excellent!: number;
  @Field(() => Int, { description: 'HOAN_THANH_TOT grades counted.' }) good!: number;
  @Field(() => Int, { description: 'Graded officials (NOT_CLASSIFIED left out): the base of the Party-member share.' }) classified!: number;
  @Field(() => Int, { description: 'The most excellent grades the rule allows (floor of 20% of good, or of the Party share × classified).' })
  maxExcellent!: number;
  @Field(() => Int, { description: 'The exception’s extra excellent grades (0 without one).' }) exceptionExtra!: number;
  @Field(() => Int, { description: 'maxExcellent + exceptionExtra.' }) allowedExcellent!: number;
  @Field(() => Int, { description: 'Excellent grades over maxExcellent (before the exception).' }) excess!: number;
  @Field({ description: 'excellent ≤ allowedExcellent.' }) withinQuota!: boolean;
  @Field(() => Float, { nullable: true, description: 'PARTY_MEMBER_SHARE: the share HR entered, null when not entered.' })
  partyMemberExcellentPercent!: number | null;
  @Field(() => String, { nullable: true, description: 'PARTY_SHARE_NOT_ENTERED when no Party-member share is entered for the agency and year.' })
  reason!: string | null;
  @Field(() => QuotaException, { nullable: true }) exception!: QuotaException | null;
}

@ObjectType({ description: 'An evaluation the what-if names: its official, group, grade and score.' })
export class QuotaCandidate {
  @Field(() => ID) evaluationId!: string;
  @Field(() => OfficialSummary) official!: OfficialSummary;
  @Field(() => ID) unitId!: string;
  @Field() taskGroup!: string;
  @Field(() => QuotaRegime) regime!: QuotaRegime;
  @Field({ description: 'SCORED, APPROVED or PUBLISHED.' }) status!: string;
  @Field(() => String, { description: 'The grade (decided, else computed).' }) grade!: Grade;
  @Field(() => Float, { nullable: true }) score!: number | null;
  @Field({ description: 'Publishing this evaluation alone (on top of the published ones) would already break the quota.' }) breaksAlone!: boolean;
}

@ObjectType({ description: 'The excellent-grade quota of an agency in a period, live, with the what-if.' })
export class QuotaStatus {
  @Field(() => ID) agencyId!: string;
  @Field(() => ID) periodId!: string;
  @Field(() => Int) year!: number;
  @Field({ description: 'The rule set the limits come from.' }) ruleSetVersion!: string;
  @Field(() => Int) excellentMaxPercentOfGood!: number;
  @Field(() => [QuotaScopeStatus], { description: 'Published, approved and scored grades together: the numbers if everything pending were published.' })
  scopes!: QuotaScopeStatus[];
  @Field(() => [QuotaScopeStatus], { description: 'Published grades only: what is final now.' }) publishedScopes!: QuotaScopeStatus[];
  @Field(() => [QuotaCandidate], {
    description: 'What-if: pending (scored or approved) excellent grades in a scope that would be over the quota if everything pending were published.',
  })
  wouldBreak!: QuotaCandidate[];
  @Field(() => [QuotaCandidate], { description: 'The lowest-score pending excellent grades to reconsider, as many per scope as it is over.' })
  reconsider!: QuotaCandidate[];
  @Field(() => [QuotaException]) exceptions!: QuotaException[];
  @Field({ description: 'Every scope within quota (exceptions applied).' }) withinQuota!: boolean;
}

@ObjectType({ description: 'A period the quota page can show.' })
export class QuotaPeriod {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => Int) year!: number;
  @Field() status!: string;
}
