import { Args, ArgsType, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, AuthUser, Connection, CurrentUser, GraphQLContext, ListArgs, OfficialSummary, Role, UserEntity } from '@ketqua/api/core';
import { DecideSpotCheckFlagInput, SpotCheckFlagFilter } from './dto/spot-check-flag.inputs';
import { SpotCheckFlag } from './models/spot-check-flag.model';
import { SpotCheckFlagService } from './spot-check-flag.service';

@ArgsType()
class SpotCheckFlagsArgs extends ListArgs(SpotCheckFlagFilter) {}

export const SpotCheckFlagConnection = Connection(SpotCheckFlag);

@Resolver(() => SpotCheckFlag)
export class SpotCheckFlagResolver {
  constructor(private readonly service: SpotCheckFlagService) {}

  @Allow(Role.UNIT_HEAD, Role.HR, Role.ADMIN, Role.INSPECTOR)
  @Query(() => SpotCheckFlagConnection, { description: 'Flags raised by three MISSED checks in a month, in your scope, latest first.' })
  spotCheckFlags(@CurrentUser() user: AuthUser, @Args() args: SpotCheckFlagsArgs) {
    return this.service.list(user, args.filter, args);
  }

  @Allow(Role.UNIT_HEAD)
  @Mutation(() => SpotCheckFlag, { description: 'Keep the enrollment or suspend it, with a reason; audited.' })
  decideSpotCheckFlag(@CurrentUser() user: AuthUser, @Args('input') input: DecideSpotCheckFlagInput) {
    return this.service.decide(user, input);
  }

  @ResolveField(() => OfficialSummary)
  async official(@Parent() f: SpotCheckFlag, @Context() ctx: GraphQLContext): Promise<OfficialSummary> {
    return OfficialSummary.from((await ctx.loaders.byId(UserEntity).load(f.officialId)) as UserEntity);
  }
}
