import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { Allow, AuthUser, CurrentUser, GraphQLContext, IdArg, OfficialSummary, Role, UserEntity } from '@ketqua/api/core';
import { ActingEvaluator, SetActingEvaluatorInput } from './acting-evaluator.model';
import { ActingEvaluatorService } from './acting-evaluator.service';

@Resolver(() => ActingEvaluator)
export class ActingEvaluatorResolver {
  constructor(private readonly service: ActingEvaluatorService) {}

  @Allow(Role.UNIT_HEAD, Role.HR, Role.ADMIN, Role.INSPECTOR)
  @Query(() => [ActingEvaluator], { description: 'Acting evaluators named for a unit, newest first.' })
  actingEvaluators(@CurrentUser() user: AuthUser, @Args('unitId', { type: () => ID }, ParseUUIDPipe) unitId: string) {
    return this.service.list(user, unitId);
  }

  @Allow(Role.UNIT_HEAD, Role.HR, Role.ADMIN)
  @Mutation(() => ActingEvaluator, { description: 'HR or the head of the unit (or above) names an acting evaluator for a date range, citing the decision; audited.' })
  setActingEvaluator(@CurrentUser() user: AuthUser, @Args('input') input: SetActingEvaluatorInput) {
    return this.service.set(user, input);
  }

  @Allow(Role.UNIT_HEAD, Role.HR, Role.ADMIN)
  @Mutation(() => ActingEvaluator, { description: 'Ends an acting evaluator’s role now; audited.' })
  revokeActingEvaluator(@CurrentUser() user: AuthUser, @IdArg() id: string) {
    return this.service.revoke(user, id);
  }

  @ResolveField(() => OfficialSummary)
  async actingUser(@Parent() a: ActingEvaluator, @Context() ctx: GraphQLContext): Promise<OfficialSummary> {
    return OfficialSummary.from((await ctx.loaders.byId(UserEntity).load(a.actingUserId)) as UserEntity);
  }
}
