import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsBoolean, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { trim } from '../../pilot/dto/pilot.inputs';

@InputType({ description: 'Grant (exception: true) or withdraw (false) HR’s exception for a position; the reason is kept in the audit trail.' })
export class SetPositionEligibilityInput {
  @Field(() => ID)
  @IsUUID()
  pilotId!: string;

  @Field(() => ID)
  @IsUUID()
  positionId!: string;

  @Field()
  @IsBoolean()
  exception!: boolean;

  @Field({ description: 'The written reason (lý do), required either way.' })
  @Transform(trim)
  @IsString()
  @MinLength(10)
  @MaxLength(2000)
  reason!: string;
}
