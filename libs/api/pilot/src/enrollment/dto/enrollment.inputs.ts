import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { LocalDateScalar } from '@ketqua/api/core';
import { trim } from '../../pilot/dto/pilot.inputs';

export enum EnrollmentStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  SUSPENDED = 'SUSPENDED',
  ENDED = 'ENDED',
}
registerEnumType(EnrollmentStatus, { name: 'EnrollmentStatus', description: 'chờ duyệt · đã duyệt · từ chối · tạm dừng · đã kết thúc' });

@InputType({ description: 'Đăng ký làm việc tại nhà: the official asks for themselves.' })
export class RequestEnrollmentInput {
  @Field(() => ID)
  @IsUUID()
  pilotId!: string;

  @Field(() => [Int], { description: 'ISO weekdays at home: 1 Monday … 5 Friday.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(5, { each: true })
  weekdays!: number[];

  @Field(() => LocalDateScalar)
  @IsString()
  startDate!: string;

  @Field(() => LocalDateScalar)
  @IsString()
  endDate!: string;

  @Field(() => Int, { description: 'The version of the commitment text you read and accept.' })
  @IsInt()
  @Min(1)
  commitmentVersion!: number;

  @Field({ description: 'Must be true: you accept that commitment.' })
  @IsBoolean()
  acceptCommitment!: boolean;

  @Field() @IsBoolean() hasComputer!: boolean;
  @Field() @IsBoolean() hasPhone!: boolean;
  @Field() @IsBoolean() hasPrinter!: boolean;
  @Field() @IsBoolean() hasInternet!: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

@InputType({ description: 'The head approves, or refuses with a reason.' })
export class DecideEnrollmentInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field()
  @IsBoolean()
  approve!: boolean;

  @Field(() => String, { nullable: true, description: 'Required when refusing.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  reason?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  version?: number;
}

@InputType({ description: 'Suspend or end an enrollment, with the reason.' })
export class ChangeEnrollmentInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

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

@InputType({ description: 'The official withdraws their own request, or stops working from home.' })
export class WithdrawEnrollmentInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => String, { nullable: true, description: 'Optional: why, for the head.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  reason?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  version?: number;
}

@InputType()
export class ResumeEnrollmentInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  version?: number;
}

@InputType()
export class EnrollmentFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  pilotId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  officialId?: string;

  @Field(() => [EnrollmentStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(EnrollmentStatus, { each: true })
  statuses?: EnrollmentStatus[];
}
