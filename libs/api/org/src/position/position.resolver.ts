import { Args, ArgsType, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Authenticated, AuthUser, Connection, CurrentUser, ListArgs, Position, Role } from '@ketqua/api/core';
import { CreatePositionInput, PositionFilter, UpdatePositionInput } from './dto/position.inputs';
import { PositionService } from './position.service';

@ArgsType()
class PositionsArgs extends ListArgs(PositionFilter) {}

export const PositionConnection = Connection(Position);

@Resolver(() => Position)
export class PositionResolver {
  constructor(private readonly service: PositionService) {}

  @Authenticated()
  @Query(() => PositionConnection, { description: 'Job positions of the agencies in your scope.' })
  positions(@CurrentUser() user: AuthUser, @Args() args: PositionsArgs) {
    return this.service.list(user, args.filter, args);
  }

  @Allow(Role.ADMIN, Role.HR)
  @Mutation(() => Position)
  createPosition(@CurrentUser() user: AuthUser, @Args('input') input: CreatePositionInput) {
    return this.service.create(user, input);
  }

  @Allow(Role.ADMIN, Role.HR)
  @Mutation(() => Position, { description: 'Edit flags or retire (active: false); audited.' })
  updatePosition(@CurrentUser() user: AuthUser, @Args('input') input: UpdatePositionInput) {
    return this.service.update(user, input);
  }
}
