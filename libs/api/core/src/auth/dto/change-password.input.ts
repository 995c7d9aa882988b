import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, MaxLength } from 'class-validator';

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsNotEmpty()
  @MaxLength(256)
  currentPassword!: string;

  /** Policy (length, letters and digits) is checked by PasswordService with a precise message. */
  @Field()
  @IsNotEmpty()
  @MaxLength(256)
  newPassword!: string;
}
