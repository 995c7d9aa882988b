import { Field, Float, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsDate, IsEnum, IsInt, IsNumber, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { Type } from 'class-transformer';
import { IncomingDocumentStatusKind } from '../models/incoming-document.model';

@InputType({ description: 'Confirm a draft from the document system as assignments (one per official), keeping its số/ký hiệu.' })
export class ConfirmIncomingDocumentInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int, { description: 'The version you read (another head may have decided meanwhile).' })
  @IsInt()
  version!: number;

  @Field(() => [ID])
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  assigneeIds!: string[];

  @Field(() => GraphQLISODateTime)
  @Type(() => Date)
  @IsDate()
  deadline!: Date;

  @Field(() => Float, { defaultValue: 1 })
  @IsNumber()
  @Min(0.01)
  @Max(100000)
  quantity!: number;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  catalogueItemId?: string | null;
}

@InputType()
export class DismissIncomingDocumentInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int)
  @IsInt()
  version!: number;
}

@InputType()
export class IncomingDocumentsFilter {
  @Field(() => IncomingDocumentStatusKind, { nullable: true, defaultValue: IncomingDocumentStatusKind.DRAFT })
  @IsOptional()
  @IsEnum(IncomingDocumentStatusKind)
  status?: IncomingDocumentStatusKind;
}
