import { Args, ArgsType, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Authenticated, AuthUser, Connection, CurrentUser, GraphQLContext, IdArg, ListArgs, OfficialSummary, Role, UserEntity } from '@ketqua/api/core';
import { AbsenceService } from './absence.service';
import { AbsenceFilter, RecordAbsenceInput } from './dto/absence.inputs';
import { Absence } from './models/absence.model';

@ArgsType()
class AbsencesArgs extends ListArgs(AbsenceFilter) {}

export const AbsenceConnection = Connection(Absence);

@Resolver(() => Absence)
export class AbsenceResolver {
  constructor(private readonly service: AbsenceService) {}

  @Authenticated()
  @Query(() => AbsenceConnection, { description: 'Absences in your scope (your own, for an official), latest first.' })
  absences(@CurrentUser() user: AuthUser, @Args() args: AbsencesArgs) {
    return this.service.list(user, args.filter, args);
  }

  @Allow(Role.UNIT_HEAD, Role.HR, Role.ADMIN)
  @Mutation(() => Absence, { description: 'Leave, sick leave or a business trip; audited.' })
  recordAbsence(@CurrentUser() user: AuthUser, @Args('input') input: RecordAbsenceInput) {
    return this.service.record(user, input);
  }

  @Allow(Role.UNIT_HEAD, Role.HR, Role.ADMIN)
  @Mutation(() => Absence, { description: 'Withdraws an absence recorded by mistake; audited.' })
  cancelAbsence(@CurrentUser() user: AuthUser, @IdArg() id: string) {
    return this.service.cancel(user, id);
  }

  @ResolveField(() => OfficialSummary)
  async official(@Parent() a: Absence, @Context() ctx: GraphQLContext): Promise<OfficialSummary> {
    return OfficialSummary.from((await ctx.loaders.byId(UserEntity).load(a.officialId)) as UserEntity);
  }
}
