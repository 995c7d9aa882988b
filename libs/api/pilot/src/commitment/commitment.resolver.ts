import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Authenticated, AuthUser, CurrentUser, Role } from '@ketqua/api/core';
import { CommitmentService } from './commitment.service';
import { PublishCommitmentTextInput } from './dto/publish-commitment-text.input';
import { CommitmentText } from './models/commitment-text.model';

@Resolver(() => CommitmentText)
export class CommitmentResolver {
  constructor(private readonly service: CommitmentService) {}

  @Authenticated()
  @Query(() => CommitmentText, { nullable: true, description: 'The commitment an official accepts to enrol now (null before the first is published).' })
  async currentCommitmentText(): Promise<CommitmentText | null> {
    const current = await this.service.current();
    return current ? CommitmentText.from(current) : null;
  }

  @Authenticated()
  @Query(() => [CommitmentText], { description: 'Every published version, newest first (at most 100).' })
  commitmentTexts() {
    return this.service.versions();
  }

  @Allow(Role.HR, Role.ADMIN)
  @Mutation(() => CommitmentText, { description: 'Publishes a new version (city-wide HR); new requests must accept it; audited.' })
  publishCommitmentText(@CurrentUser() user: AuthUser, @Args('input') input: PublishCommitmentTextInput) {
    return this.service.publish(user, input);
  }
}
