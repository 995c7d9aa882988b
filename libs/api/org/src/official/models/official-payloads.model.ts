import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Official } from '@ketqua/api/core';

@ObjectType()
export class CreateOfficialPayload {
  @Field(() => Official) official!: Official;

  @Field({ description: 'One-time password to hand over; it must be changed at first sign-in. Shown only now.' })
  temporaryPassword!: string;
}

@ObjectType()
export class TemporaryPasswordPayload {
  @Field(() => Official) official!: Official;
  @Field({ description: 'Shown only now.' }) temporaryPassword!: string;
}

@ObjectType()
export class ImportOfficialsResult {
  @Field(() => Int) created!: number;
  @Field(() => Int, { description: 'Existing accounts (same email) whose details were updated.' }) updated!: number;
  @Field(() => Int) linesRead!: number;
}
