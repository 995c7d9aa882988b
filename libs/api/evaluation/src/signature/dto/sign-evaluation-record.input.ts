import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType({ description: 'The signed PDF, uploaded first with POST /files, for one published evaluation record.' })
export class SignEvaluationRecordInput {
  @Field(() => ID)
  @IsUUID()
  evaluationId!: string;

  @Field(() => ID, { description: 'The id POST /files answered for the signed PDF (your own upload).' })
  @IsUUID()
  fileId!: string;
}
