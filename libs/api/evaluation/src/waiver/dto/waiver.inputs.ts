import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { ListArgs } from '@ketqua/api/core';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export enum WaiverKind {
  MAJOR_ERROR_RETURN = 'MAJOR_ERROR_RETURN',
  MISSED_DEADLINE = 'MISSED_DEADLINE',
}
registerEnumType(WaiverKind, { name: 'WaiverKind', description: 'trả lại vì lỗi lớn về nội dung · trễ hạn' });

export enum WaiverStatus {
  REQUESTED = 'REQUESTED',
  CONFIRMED = 'CONFIRMED',
  REFUSED = 'REFUSED',
}
registerEnumType(WaiverStatus, { name: 'WaiverStatus', description: 'chờ xác nhận · đã xác nhận · bị từ chối' });

@InputType()
export class RequestWaiverInput {
  @Field(() => ID)
  @IsUUID()
  evaluationId!: string;

  @Field(() => ID)
  @IsUUID()
  assignmentId!: string;

  @Field(() => WaiverKind)
  @IsEnum(WaiverKind)
  kind!: WaiverKind;

  @Field({ description: 'The deduction’s reference as the receipt shows it (the returned version, the missed deadline).' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  reference!: string;

  @Field({ description: 'The objective cause (nguyên nhân khách quan).' })
  @Transform(trim)
  @IsString()
  @MinLength(10)
  @MaxLength(2000)
  cause!: string;

  @Field(() => ID, { nullable: true, description: 'Evidence uploaded by you with POST /files.' })
  @IsOptional()
  @IsUUID()
  attachmentId?: string | null;
}

@InputType()
export class DecideWaiverInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int, { description: 'The version you decided on; a newer one is a CONFLICT.' })
  @IsInt()
  version!: number;

  @Field({ description: 'true: confirm the objective cause (the deduction is waived); false: refuse.' })
  @IsBoolean()
  confirm!: boolean;

  @Field(() => String, { nullable: true, description: 'Confirming: the written confirmation (document, who confirmed) — your name when empty. Refusing: the reason, required.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

@InputType()
export class WaiverFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  evaluationId?: string;

  @Field(() => WaiverStatus, { nullable: true })
  @IsOptional()
  @IsEnum(WaiverStatus)
  status?: WaiverStatus;

  @Field({ nullable: true, description: 'Only the requests you made.' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean;

  @Field({ nullable: true, description: 'Only the requests on evaluations you evaluate.' })
  @IsOptional()
  @IsBoolean()
  toDecide?: boolean;
}

@ArgsType()
export class WaiverRequestsArgs extends ListArgs(WaiverFilter) {}
