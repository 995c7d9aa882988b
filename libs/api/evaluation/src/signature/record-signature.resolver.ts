import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, AuthUser, CurrentUser, IdArg, Role } from '@ketqua/api/core';
import { SignEvaluationRecordInput } from './dto/sign-evaluation-record.input';
import { RecordSignature } from './models/record-signature.model';
import { RecordSignatureService } from './record-signature.service';

@Resolver(() => RecordSignature)
export class RecordSignatureResolver {
  constructor(private readonly signatures: RecordSignatureService) {}

  @Allow(Role.OFFICIAL, Role.UNIT_HEAD, Role.HR)
  @Mutation(() => RecordSignature, {
    description:
      'Nộp phiếu đánh giá đã ký số: the evaluated official or their head submits the signed PDF (uploaded with POST /files) of a published record; Ketqua verifies it (unchanged since rendered for signing, chain to a trusted root, valid at signing time, in your name) and keeps it, or refuses with the reason (BAD_USER_INPUT). Audited evaluation.record-signed.',
  })
  async signEvaluationRecord(@CurrentUser() user: AuthUser, @Args('input') input: SignEvaluationRecordInput): Promise<RecordSignature> {
    return RecordSignature.from(await this.signatures.submit(user, input.evaluationId, input.fileId));
  }

  @Allow(Role.OFFICIAL, Role.UNIT_HEAD, Role.HR, Role.INSPECTOR, Role.ADMIN)
  @Query(() => [RecordSignature], { description: "The accepted digital signatures of an evaluation's published records: whoever may read the evaluation." })
  async evaluationRecordSignatures(@CurrentUser() user: AuthUser, @IdArg('evaluationId') evaluationId: string): Promise<RecordSignature[]> {
    return (await this.signatures.list(user, evaluationId)).map((s) => RecordSignature.from(s));
  }
}
