import { Args, ArgsType, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Agency, Allow, Authenticated, AuthUser, Connection, CurrentUser, IdArg, LocalDateScalar, ListArgs, Role } from '@ketqua/api/core';
import { AgencyFilter, CreateAgencyInput, UpdateAgencyInput } from './dto/agency.inputs';
import { AgencyService } from './agency.service';

@ArgsType()
class AgenciesArgs extends ListArgs(AgencyFilter) {}

export const AgencyConnection = Connection(Agency);

@Resolver(() => Agency)
export class AgencyResolver {
  constructor(private readonly service: AgencyService) {}

  @Authenticated()
  @Query(() => AgencyConnection, { description: 'Agencies in your scope, by name.' })
  agencies(@CurrentUser() user: AuthUser, @Args() args: AgenciesArgs) {
    return this.service.list(user, args.filter, args);
  }

  @Authenticated()
  @Query(() => Agency)
  agency(@CurrentUser() user: AuthUser, @IdArg() id: string) {
    return this.service.get(user, id);
  }

  @Allow(Role.ADMIN, Role.HR)
  @Mutation(() => Agency, { description: 'ADMIN or city-wide HR.' })
  createAgency(@CurrentUser() user: AuthUser, @Args('input') input: CreateAgencyInput) {
    return this.service.create(user, input);
  }

  @Allow(Role.ADMIN, Role.HR)
  @Mutation(() => Agency, { description: 'Rename, re-code or close (validTo) an agency; audited.' })
  updateAgency(@CurrentUser() user: AuthUser, @Args('input') input: UpdateAgencyInput) {
    return this.service.update(user, input);
  }

  @Allow(Role.ADMIN, Role.HR)
  @Mutation(() => Agency, { description: 'Deactivates an agency from the day after lastDay (default today); its records stay. ADMIN or city-wide HR.' })
  deactivateAgency(@CurrentUser() user: AuthUser, @IdArg() id: string, @Args('lastDay', { type: () => LocalDateScalar, nullable: true }) lastDay?: string) {
    return this.service.close(user, id, lastDay);
  }
}
