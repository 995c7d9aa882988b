import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { trim } from '../../pilot/dto/pilot.inputs';
import { FlagDecision } from '../models/spot-check-flag.model';

@InputType()
export class DecideSpotCheckFlagInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => FlagDecision)
  @IsEnum(FlagDecision)
  decision!: FlagDecision;

  @Field()
  @Transform(trim)
  @IsString()
  @MinLength(5)
  @MaxLength(2000)
  reason!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  version?: number;
}

@InputType()
export class SpotCheckFlagFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field({ nullable: true, description: 'Only flags still waiting for a decision.' })
  @IsOptional()
  @IsBoolean()
  undecidedOnly?: boolean;
}
