import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessService, AuthUser, CurrentUser, GraphQLContext, OfficialSummary, Position, PositionEntity, UserEntity } from '@ketqua/api/core';

@Resolver(() => OfficialSummary)
export class OfficialSummaryResolver {
  constructor(private readonly access: AccessService) {}

  @ResolveField(() => Position, { nullable: true })
  async position(@Parent() person: OfficialSummary, @Context() ctx: GraphQLContext): Promise<Position | null> {
    if (!person.positionId) return null;
    const position = await ctx.loaders.byId(PositionEntity).load(person.positionId);
    return position ? Position.from(position) : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Null unless you may see this official (official(id) answers).' })
  async email(@Parent() person: OfficialSummary, @CurrentUser() user: AuthUser, @Context() ctx: GraphQLContext): Promise<string | null> {
    if (!(await this.access.canSeeOfficial(user, person))) return null;
    const entity = await ctx.loaders.byId(UserEntity).load(person.id);
    return entity?.email ?? null;
  }
}
