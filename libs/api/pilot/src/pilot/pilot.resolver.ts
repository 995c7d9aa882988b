import { Args, ArgsType, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Agency, AgencyEntity, Allow, Authenticated, AuthUser, Connection, CurrentUser, GraphQLContext, IdArg, ListArgs, Role, Unit, UnitEntity } from '@ketqua/api/core';
import { CreatePilotInput, PilotFilter, UpdatePilotInput } from './dto/pilot.inputs';
import { Pilot, PilotPhase } from './models/pilot.model';
import { PilotService } from './pilot.service';

@ArgsType()
class PilotsArgs extends ListArgs(PilotFilter) {}

export const PilotConnection = Connection(Pilot);

@Resolver(() => Pilot)
export class PilotResolver {
  constructor(private readonly service: PilotService) {}

  @Authenticated()
  @Query(() => PilotConnection, { description: 'Pilots with a unit in your scope (your own unit’s, for an official), latest first.' })
  pilots(@CurrentUser() user: AuthUser, @Args() args: PilotsArgs) {
    return this.service.list(user, args.filter, args);
  }

  @Authenticated()
  @Query(() => Pilot, { description: 'FORBIDDEN when none of its units is in your scope.' })
  pilot(@CurrentUser() user: AuthUser, @IdArg() id: string) {
    return this.service.get(user, id);
  }

  @Allow(Role.HR, Role.ADMIN)
  @Mutation(() => Pilot, { description: 'Sets up a pilot in agencies you administer; unset rules take the defaults of the rule set.' })
  createPilot(@CurrentUser() user: AuthUser, @Args('input') input: CreatePilotInput) {
    return this.service.create(user, input);
  }

  @Allow(Role.HR, Role.ADMIN)
  @Mutation(() => Pilot, { description: 'Edits the pilot’s details, units or rules; audited with the changes.' })
  updatePilot(@CurrentUser() user: AuthUser, @Args('input') input: UpdatePilotInput) {
    return this.service.update(user, input);
  }

  @ResolveField(() => PilotPhase)
  phase(@Parent() pilot: Pilot): PilotPhase {
    return this.service.phaseOf(pilot);
  }

  @ResolveField(() => [Unit])
  async units(@Parent() pilot: Pilot, @Context() ctx: GraphQLContext): Promise<Unit[]> {
    const units = await ctx.loaders.byId(UnitEntity).loadMany(pilot.unitIds);
    return units
      .filter((u): u is UnitEntity => !!u && !(u instanceof Error))
      .map(Unit.from)
      .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  }

  @ResolveField(() => [Agency], { description: 'The agencies of the participating units.' })
  async agencies(@Parent() pilot: Pilot, @Context() ctx: GraphQLContext): Promise<Agency[]> {
    const units = (await ctx.loaders.byId(UnitEntity).loadMany(pilot.unitIds)).filter((u): u is UnitEntity => !!u && !(u instanceof Error));
    const agencies = await ctx.loaders.byId(AgencyEntity).loadMany([...new Set(units.map((u) => u.agencyId))]);
    return agencies.filter((a): a is AgencyEntity => !!a && !(a instanceof Error)).map(Agency.from);
  }
}
