import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SpotCheckFlagEntity } from '../spot-check-flag.entity';

export enum FlagDecision {
  KEEP = 'KEEP',
  SUSPEND = 'SUSPEND',
}
registerEnumType(FlagDecision, { name: 'FlagDecision', description: 'giữ đăng ký · tạm dừng đăng ký' });

@ObjectType({ description: 'Three MISSED checks in a month flag the enrollment for the head’s review (PRODUCT.md 4.6).' })
export class SpotCheckFlag {
  @Field(() => ID) id!: string;
  @Field(() => ID) enrollmentId!: string;
  @Field(() => ID) officialId!: string;
  @Field(() => ID) unitId!: string;
  @Field({ description: 'YYYY-MM' }) month!: string;
  @Field(() => Int) missedCount!: number;
  @Field(() => GraphQLISODateTime) raisedAt!: Date;
  @Field(() => FlagDecision, { nullable: true }) decision!: FlagDecision | null;
  @Field(() => ID, { nullable: true }) decidedById!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true }) decisionReason!: string | null;
  @Field(() => Int) version!: number;

  static from(e: SpotCheckFlagEntity): SpotCheckFlag {
    return Object.assign(new SpotCheckFlag(), {
      id: e.id,
      enrollmentId: e.enrollmentId,
      officialId: e.officialId,
      unitId: e.unitId,
      month: e.month,
      missedCount: e.missedCount,
      raisedAt: e.raisedAt,
      decision: e.decision as FlagDecision | null,
      decidedById: e.decidedById,
      decidedAt: e.decidedAt,
      decisionReason: e.decisionReason,
      version: e.version,
    });
  }
}
