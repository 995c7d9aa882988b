import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType({ description: 'The signed commitment PDF, uploaded first with POST /files, for one of your enrollments.' })
export class SignCommitmentInput {
  @Field(() => ID)
  @IsUUID()
  enrollmentId!: string;

  @Field(() => ID, { description: 'The id POST /files answered for the signed PDF (your own upload).' })
  @IsUUID()
  fileId!: string;
}
