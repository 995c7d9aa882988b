import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '@ketqua/api/core';
import { CoreHoursWindowModel } from '../../pilot/models/pilot.model';

@ObjectType('SpotCheckDrawParameters')
export class SpotCheckDrawParametersModel {
  @Field(() => Int, { description: '1000 = 10%.' }) sampleRateBasisPoints!: number;
  @Field(() => [CoreHoursWindowModel], { description: 'The core hours drawn from (later than the pilot’s when the draw was made late).' })
  coreHours!: CoreHoursWindowModel[];
  @Field(() => Int) answerWindowMinutes!: number;
}

@ObjectType('SpotCheckDrawPick')
export class SpotCheckDrawPickModel {
  @Field(() => Int) order!: number;
  @Field(() => ID) officialId!: string;
  @Field(() => Int) rosterIndex!: number;
  @Field() promptLocalTime!: string;
  @Field(() => GraphQLISODateTime) promptAt!: Date;
  @Field(() => GraphQLISODateTime) answerBy!: Date;
}

@ObjectType('SpotCheckRosterMember')
export class SpotCheckRosterMember {
  @Field(() => ID) id!: string;
  @Field() fullName!: string;
}

@ObjectType({ description: 'A unit’s spot-check draw for a day (docs/SPOT-CHECKS.md). The seed and the picks stay hidden until the reveal after core hours.' })
export class SpotCheckDrawRecord {
  @Field(() => ID) id!: string;
  @Field(() => ID) unitId!: string;
  @Field(() => LocalDateScalar) date!: string;
  @Field() algorithm!: string;
  @Field({ description: 'SHA-256 of the seed, published when the draw was made.' }) commitment!: string;
  @Field(() => String, { nullable: true, description: 'The seed, 64 hex characters; null until revealed.' }) seed!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) revealedAt!: Date | null;
  @Field(() => GraphQLISODateTime) drawnAt!: Date;
  @Field(() => [ID], { description: 'The officials at home that day, frozen at the draw, sorted as the algorithm sorts them.' }) roster!: string[];
  @Field() rosterHash!: string;
  @Field(() => SpotCheckDrawParametersModel) parameters!: SpotCheckDrawParametersModel;
  @Field(() => Int, { description: 'How many were picked.' }) k!: number;
  @Field(() => [SpotCheckDrawPickModel], { nullable: true, description: 'null until revealed.' }) picks!: SpotCheckDrawPickModel[] | null;
  @Field({ description: 'The published record as JSON (what the download holds): verify it with `npm run spot-check:verify -- <file.json>`.' })
  json!: string;
}
