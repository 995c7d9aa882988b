import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Authenticated, AuthUser, CurrentUser, GraphQLContext, OfficialSummary, Role, UserEntity } from '@ketqua/api/core';
import { DataSource } from 'typeorm';
import { filesOfDeliverable } from '../assignment/assignment.loaders';
import { Assignment } from '../assignment/models/assignment.model';
import { StoredFile } from '../files/models/stored-file.model';
import { DeliverableService } from './deliverable.service';
import { ReviewDeliverableInput, SubmitDeliverableInput } from './dto/deliverable.inputs';
import { Deliverable, DeliverableReview } from './models/deliverable.model';

@Resolver(() => Deliverable)
export class DeliverableResolver {
  constructor(
    private readonly service: DeliverableService,
    private readonly dataSource: DataSource,
  ) {}

  @Authenticated()
  @Mutation(() => Deliverable, { description: 'The assignee submits a new version (files from POST /files, links, note); the head is told; audited.' })
  submitDeliverable(@CurrentUser() user: AuthUser, @Args('input') input: SubmitDeliverableInput) {
    return this.service.submit(user, input);
  }

  @Allow(Role.UNIT_HEAD)
  @Mutation(() => Assignment, { description: 'Accept, or return with a comment (and whether for a major content error); the official is told; audited.' })
  reviewDeliverable(@CurrentUser() user: AuthUser, @Args('input') input: ReviewDeliverableInput) {
    return this.service.review(user, input);
  }

  @ResolveField(() => [StoredFile])
  async files(@Parent() d: Deliverable, @Context() ctx: GraphQLContext): Promise<StoredFile[]> {
    return (await filesOfDeliverable(ctx, this.dataSource, d.id)).map(StoredFile.from);
  }

  @ResolveField(() => OfficialSummary)
  async submittedBy(@Parent() d: Deliverable, @Context() ctx: GraphQLContext): Promise<OfficialSummary> {
    return OfficialSummary.from((await ctx.loaders.byId(UserEntity).load(d.submittedById)) as UserEntity);
  }
}

@Resolver(() => DeliverableReview)
export class DeliverableReviewResolver {
  @ResolveField(() => OfficialSummary)
  async reviewer(@Parent() r: DeliverableReview, @Context() ctx: GraphQLContext): Promise<OfficialSummary> {
    return OfficialSummary.from((await ctx.loaders.byId(UserEntity).load(r.reviewerId)) as UserEntity);
  }
}
