import { Args, ArgsType, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Agency,
  AgencyEntity,
  Allow,
  Authenticated,
  AuthUser,
  Connection,
  CurrentUser,
  IdArg,
  GraphQLContext,
  Official,
  ListArgs,
  Position,
  PositionEntity,
  Rank,
  RankEntity,
  Role,
  Unit,
  UnitEntity,
} from '@ketqua/api/core';
import { CreateOfficialInput, OfficialFilter, UpdateOfficialInput } from './dto/official.inputs';
import { CreateOfficialPayload, TemporaryPasswordPayload } from './models/official-payloads.model';
import { OfficialService } from './official.service';

@ArgsType()
class OfficialsArgs extends ListArgs(OfficialFilter) {}

export const OfficialConnection = Connection(Official);

@Resolver(() => Official)
export class OfficialResolver {
  constructor(private readonly service: OfficialService) {}

  @Authenticated()
  @Query(() => OfficialConnection, { description: 'Officials you may see (yourself only, for an OFFICIAL), by name.' })
  officials(@CurrentUser() user: AuthUser, @Args() args: OfficialsArgs) {
    return this.service.list(user, args.filter, args);
  }

  @Authenticated()
  @Query(() => Official, { description: 'FORBIDDEN outside your scope.' })
  official(@CurrentUser() user: AuthUser, @IdArg() id: string) {
    return this.service.get(user, id);
  }

  @Allow(Role.ADMIN, Role.HR)
  @Mutation(() => CreateOfficialPayload, { description: 'Creates the account with a one-time password.' })
  createOfficial(@CurrentUser() user: AuthUser, @Args('input') input: CreateOfficialInput) {
    return this.service.create(user, input);
  }

  @Allow(Role.ADMIN, Role.HR)
  @Mutation(() => Official, { description: 'Edit details, role, or transfer to another unit; audited.' })
  updateOfficial(@CurrentUser() user: AuthUser, @Args('input') input: UpdateOfficialInput) {
    return this.service.update(user, input);
  }

  @Allow(Role.ADMIN, Role.HR)
  @Mutation(() => Official, { description: 'Blocks sign-in and ends every session; records are kept.' })
  deactivateOfficial(@CurrentUser() user: AuthUser, @IdArg() id: string) {
    return this.service.setActive(user, id, false);
  }

  @Allow(Role.ADMIN, Role.HR)
  @Mutation(() => Official)
  reactivateOfficial(@CurrentUser() user: AuthUser, @IdArg() id: string) {
    return this.service.setActive(user, id, true);
  }

  @Allow(Role.ADMIN, Role.HR)
  @Mutation(() => TemporaryPasswordPayload, { description: 'New one-time password; also unlocks a locked account.' })
  issueTemporaryPassword(@CurrentUser() user: AuthUser, @IdArg() id: string) {
    return this.service.issueTemporaryPassword(user, id);
  }

  @Allow(Role.ADMIN, Role.HR)
  @Mutation(() => Official, { description: 'Lifts a lockout after wrong passwords (no new password); audited.' })
  unlockOfficial(@CurrentUser() user: AuthUser, @IdArg() id: string) {
    return this.service.unlock(user, id);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => Official, {
    description: "Administrators only: removes the account's authenticator and recovery codes (lost phone), ends its sessions and notifies the person; audited. Not one's own.",
  })
  resetOfficialSecondFactor(@CurrentUser() user: AuthUser, @IdArg() id: string) {
    return this.service.resetSecondFactor(user, id);
  }

  @Authenticated()
  @Query(() => [Role], { description: 'The roles you may give an account (empty: you manage no accounts).' })
  grantableRoles(@CurrentUser() user: AuthUser): Role[] {
    return this.service.grantableRoles(user);
  }

  @ResolveField(() => Boolean, { description: 'Whether you may edit, reset, unlock, deactivate or end the sessions of this account.' })
  async manageable(@Parent() official: Official, @CurrentUser() user: AuthUser, @Context() ctx: GraphQLContext): Promise<boolean> {
    const unit = (await ctx.loaders.byId(UnitEntity).load(official.unitId)) as UnitEntity;
    return this.service.canManage(user, official, unit.agencyId);
  }

  @ResolveField(() => Unit)
  async unit(@Parent() official: Official, @Context() ctx: GraphQLContext): Promise<Unit> {
    return Unit.from((await ctx.loaders.byId(UnitEntity).load(official.unitId)) as UnitEntity);
  }

  @ResolveField(() => Agency)
  async agency(@Parent() official: Official, @Context() ctx: GraphQLContext): Promise<Agency> {
    const unit = (await ctx.loaders.byId(UnitEntity).load(official.unitId)) as UnitEntity;
    return Agency.from((await ctx.loaders.byId(AgencyEntity).load(unit.agencyId)) as AgencyEntity);
  }

  @ResolveField(() => Position, { nullable: true })
  async position(@Parent() official: Official, @Context() ctx: GraphQLContext): Promise<Position | null> {
    if (!official.positionId) return null;
    const position = await ctx.loaders.byId(PositionEntity).load(official.positionId);
    return position ? Position.from(position) : null;
  }

  @ResolveField(() => Rank, { nullable: true })
  async rank(@Parent() official: Official, @Context() ctx: GraphQLContext): Promise<Rank | null> {
    if (!official.rankId) return null;
    const rank = await ctx.loaders.byId(RankEntity).load(official.rankId);
    return rank ? Rank.from(rank) : null;
  }
}
