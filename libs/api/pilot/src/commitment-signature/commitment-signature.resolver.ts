import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, AuthUser, CurrentUser, GraphQLContext, Role } from '@ketqua/api/core';
import { Enrollment } from '../enrollment/models/enrollment.model';
import { CommitmentSignatureEntity } from './commitment-signature.entity';
import { CommitmentSignatureService } from './commitment-signature.service';
import { SignCommitmentInput } from './dto/sign-commitment.input';
import { CommitmentSignature } from './models/commitment-signature.model';

@Resolver(() => Enrollment)
export class CommitmentSignatureResolver {
  constructor(private readonly signatures: CommitmentSignatureService) {}

  /** Those who enrol (OFFICIAL, UNIT_HEAD), for their own enrollment only. */
  @Allow(Role.OFFICIAL, Role.UNIT_HEAD)
  @Mutation(() => CommitmentSignature, {
    description:
      'Nộp bản cam kết đã ký số: the official submits the signed PDF (uploaded with POST /files) of their own enrollment’s commitment (GET /commitment-signatures/for-signing/<enrollmentId>); Ketqua verifies it (unchanged since rendered, chain to a trusted root, valid at signing time, in your name) and keeps it beside the enrollment, or refuses with the reason (BAD_USER_INPUT). Audited pilot.commitment.signed.',
  })
  async signCommitment(@CurrentUser() user: AuthUser, @Args('input') input: SignCommitmentInput): Promise<CommitmentSignature> {
    return CommitmentSignature.from(await this.signatures.submit(user, input.enrollmentId, input.fileId));
  }

  @ResolveField(() => CommitmentSignature, {
    nullable: true,
    description: 'The verified digital signature of the commitment, null while it is not signed. Whoever may see the enrollment.',
  })
  async commitmentSignature(@Parent() e: Enrollment, @Context() ctx: GraphQLContext): Promise<CommitmentSignature | null> {
    const row = await ctx.loaders.named<string, CommitmentSignatureEntity | null>('enrollment.commitmentSignature', (ids) => this.signatures.ofEnrollments(ids)).load(e.id);
    return row ? CommitmentSignature.from(row) : null;
  }
}
