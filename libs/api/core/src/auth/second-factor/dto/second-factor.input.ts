import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, MaxLength } from 'class-validator';

@InputType()
export class SecondFactorCodeInput {
  @Field({ description: 'The 6-digit code of the authenticator app (or, where accepted, a recovery code).' })
  @IsNotEmpty()
  @MaxLength(32)
  code!: string;
}

@InputType()
export class CompleteSignInInput {
  @Field({ description: 'extensions.challengeToken of the SECOND_FACTOR_REQUIRED answer to login.' })
  @IsNotEmpty()
  @MaxLength(2000)
  challengeToken!: string;

  @Field({ description: '6-digit code, or one of the recovery codes (xxxxx-xxxxx).' })
  @IsNotEmpty()
  @MaxLength(32)
  code!: string;
}

@InputType()
export class DisableSecondFactorInput {
  @Field()
  @IsNotEmpty()
  @MaxLength(256)
  currentPassword!: string;

  @Field({ description: 'A current code or a recovery code.' })
  @IsNotEmpty()
  @MaxLength(32)
  code!: string;
}

@InputType()
export class RenewRecoveryCodesInput {
  @Field()
  @IsNotEmpty()
  @MaxLength(256)
  currentPassword!: string;

  @Field({ description: 'The 6-digit code the authenticator app shows now (a recovery code is not accepted: renewing proves the device is still there).' })
  @IsNotEmpty()
  @MaxLength(32)
  code!: string;
}
