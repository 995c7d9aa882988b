import { Args, ArgsType, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  AccessService,
  Agency,
  AgencyEntity,
  Allow,
  Authenticated,
  AuthUser,
  Connection,
  CurrentUser,
  IdArg,
  GraphQLContext,
  ListArgs,
  OfficialSummary,
  Role,
  Unit,
  UnitEntity,
  UserEntity,
} from '@ketqua/api/core';
import { DataSource, In } from 'typeorm';
import { CreateUnitInput, UnitFilter, UpdateUnitInput } from './dto/unit.inputs';
import { UnitService } from './unit.service';

@ArgsType()
class UnitsArgs extends ListArgs(UnitFilter) {}

export const UnitConnection = Connection(Unit);

@Resolver(() => Unit)
export class UnitResolver {
  constructor(
    private readonly service: UnitService,
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  @Authenticated()
  @Query(() => UnitConnection, { description: 'Units in your scope, by name. first ≤ 200; page with after.' })
  units(@CurrentUser() user: AuthUser, @Args() args: UnitsArgs) {
    return this.service.list(user, args.filter, args);
  }

  @Authenticated()
  @Query(() => Unit)
  unit(@CurrentUser() user: AuthUser, @IdArg() id: string) {
    return this.service.get(user, id);
  }

  @Allow(Role.ADMIN, Role.HR)
  @Mutation(() => Unit)
  createUnit(@CurrentUser() user: AuthUser, @Args('input') input: CreateUnitInput) {
    return this.service.create(user, input);
  }

  @Allow(Role.ADMIN, Role.HR)
  @Mutation(() => Unit, { description: 'Rename, move in the tree or change the head; audited.' })
  updateUnit(@CurrentUser() user: AuthUser, @Args('input') input: UpdateUnitInput) {
    return this.service.update(user, input);
  }

  @Allow(Role.ADMIN, Role.HR)
  @Mutation(() => Unit, { description: 'Refused while the unit still has active officials or sub-units.' })
  deactivateUnit(@CurrentUser() user: AuthUser, @IdArg() id: string) {
    return this.service.deactivate(user, id);
  }

  @ResolveField(() => Agency)
  async agency(@Parent() unit: Unit, @Context() ctx: GraphQLContext): Promise<Agency> {
    const agency = await ctx.loaders.byId(AgencyEntity).load(unit.agencyId);
    return Agency.from(agency as AgencyEntity);
  }

  @ResolveField(() => Unit, { nullable: true })
  async parent(@Parent() unit: Unit, @Context() ctx: GraphQLContext): Promise<Unit | null> {
    if (!unit.parentId) return null;
    const parent = await ctx.loaders.byId(UnitEntity).load(unit.parentId);
    return parent ? Unit.from(parent) : null;
  }

  @ResolveField(() => OfficialSummary, { nullable: true })
  async head(@Parent() unit: Unit, @Context() ctx: GraphQLContext): Promise<OfficialSummary | null> {
    if (!unit.headId) return null;
    const head = await ctx.loaders.byId(UserEntity).load(unit.headId);
    return head ? OfficialSummary.from(head) : null;
  }

  @ResolveField(() => [Unit], { description: 'Active direct sub-units you may see.' })
  async children(@Parent() unit: Unit, @CurrentUser() user: AuthUser, @Context() ctx: GraphQLContext): Promise<Unit[]> {
    const children = await ctx.loaders
      .named<string, UnitEntity[]>('unit.children', async (parentIds) => {
        const rows = await this.dataSource.getRepository(UnitEntity).find({ where: { parentId: In([...parentIds]), active: true }, order: { name: 'ASC' } });
        return parentIds.map((id) => rows.filter((r) => r.parentId === id));
      })
      .load(unit.id);
    return this.service.visible(user, children);
  }

  @ResolveField(() => Int, { nullable: true, description: 'Active officials directly in this unit; null outside your scope.' })
  async officialCount(@Parent() unit: Unit, @CurrentUser() user: AuthUser, @Context() ctx: GraphQLContext): Promise<number | null> {
    if (!(await this.access.canSeeUnit(user, unit.id))) return null;
    return ctx.loaders
      .named<string, number>('unit.officialCount', async (ids) => {
        const rows: Array<{ unit_id: string; n: number }> = await this.dataSource
          .getRepository(UserEntity)
          .createQueryBuilder('o')
          .select('o.unit_id', 'unit_id')
          .addSelect('count(*)::int', 'n')
          .where({ unitId: In([...ids]), active: true })
          .groupBy('o.unit_id')
          .getRawMany();
        const byId = new Map(rows.map((r) => [r.unit_id, r.n]));
        return ids.map((id) => byId.get(id) ?? 0);
      })
      .load(unit.id);
  }
}
