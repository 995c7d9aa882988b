import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { OfficialSummary } from '@ketqua/api/core';
import { WaiverKind, WaiverStatus } from '../dto/waiver.inputs';
import { WaiverRequestEntity } from '../waiver-request.entity';

@ObjectType({ description: 'The evidence file of a waiver request.' })
export class WaiverAttachment {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() mediaType!: string;
  @Field() size!: number;
  @Field({ description: 'GET with your token (the files endpoint).' }) url!: string;
}

@ObjectType({ description: 'Đề nghị miễn trừ: an official’s request that a deduction be waived for an objective cause.' })
export class WaiverRequest {
  @Field(() => ID) id!: string;
  @Field(() => ID) evaluationId!: string;
  @Field(() => ID) assignmentId!: string;
  @Field({ description: 'The assignment’s title as frozen in the evaluation.' }) assignmentTitle!: string;
  @Field(() => WaiverKind) kind!: WaiverKind;
  @Field() reference!: string;
  @Field() cause!: string;
  @Field(() => WaiverAttachment, { nullable: true }) attachment!: WaiverAttachment | null;
  @Field(() => WaiverStatus) status!: WaiverStatus;
  @Field(() => OfficialSummary) requestedBy!: OfficialSummary;
  @Field(() => OfficialSummary, { nullable: true }) decidedBy!: OfficialSummary | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'The written confirmation, or the reason of a refusal.' }) decisionNote!: string | null;
  @Field(() => GraphQLISODateTime) requestedAt!: Date;
  @Field({ description: 'The evaluation’s period name.' }) periodName!: string;
  @Field({ description: 'The evaluation’s status (a published evaluation takes no waiver).' }) evaluationStatus!: string;
  @Field(() => Int) version!: number;

  static from(
    e: WaiverRequestEntity,
    more: {
      assignmentTitle: string;
      attachment: WaiverAttachment | null;
      requestedBy: OfficialSummary;
      decidedBy: OfficialSummary | null;
      periodName: string;
      evaluationStatus: string;
    },
  ): WaiverRequest {
    return Object.assign(new WaiverRequest(), {
      id: e.id,
      evaluationId: e.evaluationId,
      assignmentId: e.assignmentId,
      kind: e.kind as WaiverKind,
      reference: e.reference,
      cause: e.cause,
      status: e.status as WaiverStatus,
      decidedAt: e.decidedAt,
      decisionNote: e.decisionNote,
      requestedAt: e.createdAt,
      version: e.version,
      ...more,
    });
  }
}

@ObjectType({ description: 'A deduction on the receipt that may still be waived.' })
export class WaivableDeduction {
  @Field(() => WaiverKind) kind!: WaiverKind;
  @Field() reference!: string;
}

@ObjectType({ description: 'An assignment of the evaluation with its unwaived deductions.' })
export class WaivableAssignment {
  @Field(() => ID) assignmentId!: string;
  @Field() title!: string;
  @Field(() => [WaivableDeduction]) deductions!: WaivableDeduction[];
}

@ObjectType({ description: 'One of your unpublished evaluations with the deductions you may ask to waive.' })
export class WaiverOption {
  @Field(() => ID) evaluationId!: string;
  @Field() periodName!: string;
  @Field() evaluationStatus!: string;
  @Field(() => [WaivableAssignment]) assignments!: WaivableAssignment[];
}
