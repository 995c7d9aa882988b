import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Position } from '@ketqua/api/core';
import { EligibilityExceptionEntity } from '../eligibility-exception.entity';

export enum IneligibilityReason {
  HANDLES_ADMINISTRATIVE_PROCEDURES = 'HANDLES_ADMINISTRATIVE_PROCEDURES',
  RECEIVES_CITIZENS = 'RECEIVES_CITIZENS',
  ISSUES_DECISIONS = 'ISSUES_DECISIONS',
}
registerEnumType(IneligibilityReason, { name: 'IneligibilityReason', description: 'giải quyết TTHC · tiếp công dân · ban hành quyết định' });

@ObjectType({ description: 'HR’s exception letting a position work from home in a pilot.' })
export class EligibilityException {
  @Field(() => ID) id!: string;
  @Field() reason!: string;
  @Field(() => ID) grantedById!: string;
  @Field(() => GraphQLISODateTime) grantedAt!: Date;

  static from(e: EligibilityExceptionEntity): EligibilityException {
    return Object.assign(new EligibilityException(), { id: e.id, reason: e.reason, grantedById: e.grantedById, grantedAt: e.grantedAt });
  }
}

@ObjectType({ description: 'A position held in the pilot’s units, with its home-work eligibility (PRODUCT.md 4.1).' })
export class PilotPosition {
  @Field(() => Position) position!: Position;
  @Field(() => Int, { description: 'Active officials of the participating units holding it.' }) officialCount!: number;
  @Field() eligible!: boolean;
  @Field(() => [IneligibilityReason], { description: 'Why it is not eligible by default (empty when it is).' }) reasons!: IneligibilityReason[];
  @Field(() => EligibilityException, { nullable: true, description: 'The exception in force, if any.' }) exception!: EligibilityException | null;
}
