import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DeliverableEntity } from '../deliverable.entity';

export enum ReviewDecision {
  ACCEPTED = 'ACCEPTED',
  RETURNED = 'RETURNED',
}
registerEnumType(ReviewDecision, { name: 'ReviewDecision', description: 'ACCEPTED nghiệm thu · RETURNED trả lại' });

@ObjectType({ description: 'Nguyên nhân khách quan confirmed in writing: the deduction is waived.' })
export class ObjectiveCause {
  @Field() cause!: string;
  @Field({ description: 'The written confirmation (document number or who confirmed).' }) confirmedBy!: string;
}

@ObjectType()
export class DeliverableReview {
  @Field(() => ReviewDecision) decision!: ReviewDecision;
  @Field({ description: 'Returned for a major content error (lỗi lớn về nội dung).' }) majorError!: boolean;
  @Field(() => String, { nullable: true }) comment!: string | null;
  @Field(() => ID) reviewerId!: string;
  @Field(() => GraphQLISODateTime) reviewedAt!: Date;
  @Field(() => ObjectiveCause, { nullable: true }) objectiveCause!: ObjectiveCause | null;
}

@ObjectType({ description: 'One submitted version of an assignment (sản phẩm); versions are kept.' })
export class Deliverable {
  @Field(() => ID) id!: string;
  @Field(() => ID) assignmentId!: string;
  @Field(() => Int) versionNo!: number;
  @Field(() => ID) submittedById!: string;
  @Field(() => GraphQLISODateTime) submittedAt!: Date;
  @Field() note!: string;
  @Field(() => [String]) links!: string[];
  @Field({ description: 'Submitted by the deadline in force at the time (working calendar).' }) onTime!: boolean;
  @Field(() => DeliverableReview, { nullable: true }) review!: DeliverableReview | null;

  static from(e: DeliverableEntity): Deliverable {
    return Object.assign(new Deliverable(), {
      id: e.id,
      assignmentId: e.assignmentId,
      versionNo: e.versionNo,
      submittedById: e.submittedById,
      submittedAt: e.submittedAt,
      note: e.note,
      links: e.links ?? [],
      onTime: e.onTime,
      review:
        e.decision && e.reviewerId && e.reviewedAt
          ? {
              decision: e.decision as ReviewDecision,
              majorError: e.majorError,
              comment: e.reviewComment,
              reviewerId: e.reviewerId,
              reviewedAt: e.reviewedAt,
              objectiveCause: e.waiverCause && e.waiverConfirmedBy ? { cause: e.waiverCause, confirmedBy: e.waiverConfirmedBy } : null,
            }
          : null,
    });
  }
}
