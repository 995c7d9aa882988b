import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Authenticated, AuthUser, Connection, CurrentUser, GraphQLContext, OfficialSummary, PageArgs, Role, UserEntity } from '@ketqua/api/core';
import { DataAccessService } from './data-access.service';
import { DataAccessesArgs } from './dto/data-access.inputs';
import { DataAccess } from './models/data-access.model';

export const DataAccessConnection = Connection(DataAccess);

@Resolver(() => DataAccess)
export class DataAccessResolver {
  constructor(private readonly service: DataAccessService) {}

  @Authenticated()
  @Query(() => DataAccessConnection, {
    description: 'Ai đã xem dữ liệu của tôi: who read your evaluations or spot checks, or took your data, newest first (name and role shown).',
  })
  myDataAccesses(@CurrentUser() user: AuthUser, @Args() args: PageArgs) {
    return this.service.mine(user, args);
  }

  @Allow(Role.ADMIN)
  @Query(() => DataAccessConnection, { description: 'Every access to personal data, newest first, by person, viewer, kind and day; the administrator only.' })
  dataAccesses(@Args() args: DataAccessesArgs) {
    return this.service.all(args.filter, args);
  }

  // Named, not hidden (Decree 13: the person knows who processed their data): the summary, as every nested person field.
  @ResolveField(() => OfficialSummary)
  async viewer(@Parent() a: DataAccess, @Context() ctx: GraphQLContext): Promise<OfficialSummary> {
    return OfficialSummary.from((await ctx.loaders.byId(UserEntity).load(a.viewerId)) as UserEntity);
  }

  @ResolveField(() => OfficialSummary, { nullable: true })
  async subject(@Parent() a: DataAccess, @Context() ctx: GraphQLContext): Promise<OfficialSummary | null> {
    if (!a.subjectId) return null;
    const u = await ctx.loaders.byId(UserEntity).load(a.subjectId);
    return u ? OfficialSummary.from(u) : null;
  }
}
