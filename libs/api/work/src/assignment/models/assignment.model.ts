import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { convertedUnits } from '@ketqua/domain';
import { AssignmentDeadlineEntity } from '../assignment-deadline.entity';
import { AssignmentStatus } from '../assignment-status';
import { AssignmentEntity } from '../assignment.entity';
import { ObjectiveCause } from '../../deliverable/models/deliverable.model';

@ObjectType({ description: 'Nhiệm vụ được giao. isOverdue, workingDaysLeft, weight and scores are derived, never stored.' })
export class Assignment {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => AssignmentStatus) status!: AssignmentStatus;
  @Field(() => ID) assigneeId!: string;
  @Field(() => ID) unitId!: string;
  @Field(() => ID) assignedById!: string;
  @Field(() => ID, { nullable: true }) catalogueItemId!: string | null;
  @Field() unitOfMeasure!: string;
  @Field(() => Float, { description: 'Hệ số quy đổi at the time of assignment.' }) coefficient!: number;
  @Field(() => Float, { description: 'Expected quantity.' }) quantity!: number;
  @Field(() => Float, { description: 'Converted units (đã quy đổi): coefficient × quantity.' }) weight!: number;
  @Field(() => Float, { nullable: true }) acceptedQuantity!: number | null;
  @Field(() => GraphQLISODateTime, { description: 'The deadline in force.' }) deadline!: Date;
  @Field(() => String, { nullable: true, description: 'Số/ký hiệu of the source document.' }) sourceDocument!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) startedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) acceptedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) cancelledAt!: Date | null;
  @Field(() => String, { nullable: true }) cancelReason!: string | null;
  @Field() ruleSetVersion!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => Int, { description: 'Send it back with updateAssignment: a newer stored version is a CONFLICT.' }) version!: number;

  static from(e: AssignmentEntity): Assignment {
    return Object.assign(new Assignment(), {
      id: e.id,
      title: e.title,
      description: e.description,
      status: e.status,
      assigneeId: e.assigneeId,
      unitId: e.unitId,
      assignedById: e.assignedById,
      catalogueItemId: e.catalogueItemId,
      unitOfMeasure: e.unitOfMeasure,
      coefficient: e.coefficient,
      quantity: e.quantity,
      weight: convertedUnits(e.coefficient, e.quantity),
      acceptedQuantity: e.acceptedQuantity,
      deadline: e.deadline,
      sourceDocument: e.sourceDocument,
      startedAt: e.startedAt,
      acceptedAt: e.acceptedAt,
      cancelledAt: e.cancelledAt,
      cancelReason: e.cancelReason,
      ruleSetVersion: e.ruleSetVersion,
      createdAt: e.createdAt,
      version: e.version,
    });
  }
}

@ObjectType({ description: 'One deadline the assignment has had: the first, then each extension.' })
export class AssignmentDeadline {
  @Field(() => ID) id!: string;
  @Field(() => GraphQLISODateTime) deadline!: Date;
  @Field(() => GraphQLISODateTime, { description: 'Moved to the next working day when it falls on a day off.' }) effectiveDeadline!: Date;
  @Field(() => String, { nullable: true, description: 'Why it was extended (null for the first deadline).' }) reason!: string | null;
  @Field(() => ID) setById!: string;
  @Field(() => GraphQLISODateTime) setAt!: Date;
  @Field({ description: 'Passed without a submission: costs progress points unless an objective cause is recorded.' }) missed!: boolean;
  @Field(() => ObjectiveCause, { nullable: true }) objectiveCause!: ObjectiveCause | null;

  static from(e: AssignmentDeadlineEntity, effectiveDeadline: Date, missed: boolean): AssignmentDeadline {
    return Object.assign(new AssignmentDeadline(), {
      id: e.id,
      deadline: e.deadline,
      effectiveDeadline,
      reason: e.reason,
      setById: e.setById,
      setAt: e.setAt,
      missed,
      objectiveCause: e.waiverCause && e.waiverConfirmedBy ? { cause: e.waiverCause, confirmedBy: e.waiverConfirmedBy } : null,
    });
  }
}

@ObjectType()
export class ScoreDeduction {
  @Field() reason!: string;
  @Field(() => Float) points!: number;
  @Field() waived!: boolean;
  @Field(() => String, { nullable: true }) waiver!: string | null;
}

@ObjectType({ description: 'The three percentages of Decree 335/2025/NĐ-CP art. 14, computed by libs/domain with the recorded rule set.' })
export class AssignmentScores {
  @Field(() => Float, { description: 'Delivered and accepted converted units ÷ expected.' }) quantity!: number;
  @Field(() => Float, { description: '100 less 25 points per return for a major content error (unless waived).' }) quality!: number;
  @Field(() => Float, { description: '100 less 25 points per missed deadline (unless waived).' }) progress!: number;
  @Field(() => Float) convertedUnits!: number;
  @Field() ruleSetVersion!: string;
  @Field(() => [ScoreDeduction]) qualityDeductions!: ScoreDeduction[];
  @Field(() => [ScoreDeduction]) progressDeductions!: ScoreDeduction[];
}
