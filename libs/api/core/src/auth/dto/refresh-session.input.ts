import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, MaxLength } from 'class-validator';

@InputType()
export class RefreshSessionInput {
  @Field()
  @IsNotEmpty()
  @MaxLength(200)
  refreshToken!: string;
}
