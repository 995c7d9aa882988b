import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, MaxLength } from 'class-validator';

@InputType()
export class RefreshSessionInput {
  @Field({ nullable: true, description: 'The refresh token of a bearer client. A browser with a cookie session leaves it out: its httpOnly refresh cookie is used.' })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(200)
  refreshToken?: string;
}
