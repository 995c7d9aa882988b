import { IsDecimalNumber } from '@ketqua/api/core';
import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsOptional, IsString, IsUrl, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { trimEnds } from '../../shared/text';
import { ReviewDecision } from '../models/deliverable.model';

@InputType()
export class SubmitDeliverableInput {
  @Field(() => ID)
  @IsUUID()
  assignmentId!: string;

  @Field({ defaultValue: '' })
  @Transform(trimEnds)
  @IsString()
  @MaxLength(5000)
  note!: string;

  @Field(() => [String], { defaultValue: [], description: 'http(s) links, e.g. to a shared document.' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { each: true })
  links!: string[];

  @Field(() => [ID], { defaultValue: [], description: 'Files uploaded with POST /files (25 MB each, office/PDF/image/text).' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  fileIds!: string[];
}

@InputType()
export class ReviewDeliverableInput {
  @Field(() => ID)
  @IsUUID()
  deliverableId!: string;

  @Field(() => ReviewDecision)
  @IsEnum(ReviewDecision)
  decision!: ReviewDecision;

  @Field({ defaultValue: false, description: 'Only with RETURNED: a major content error (lỗi lớn về nội dung) costs 25 quality points.' })
  @IsBoolean()
  majorError!: boolean;

  @Field(() => String, { nullable: true, description: 'Required when returning.' })
  @IsOptional()
  @Transform(trimEnds)
  @IsString()
  @MaxLength(5000)
  comment?: string | null;

  @Field(() => Float, { nullable: true, description: 'With ACCEPTED: the quantity accepted (default: the expected quantity).' })
  @IsOptional()
  @IsDecimalNumber(2)
  @Min(0)
  @Max(100000)
  acceptedQuantity?: number | null;
}
