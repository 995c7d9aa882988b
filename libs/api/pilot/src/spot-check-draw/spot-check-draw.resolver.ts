import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, AuthUser, CurrentUser, IdArg, LocalDateScalar } from '@ketqua/api/core';
import { SpotCheckDrawRecord, SpotCheckRosterMember } from './models/spot-check-draw.model';
import { SpotCheckDrawService } from './spot-check-draw.service';

@Resolver(() => SpotCheckDrawRecord)
export class SpotCheckDrawResolver {
  constructor(private readonly service: SpotCheckDrawService) {}

  @Authenticated()
  @Query(() => SpotCheckDrawRecord, {
    nullable: true,
    description: 'A unit’s draw for a day (null when there was none: a day off, or nobody at home). Officials: only draws whose roster they were on.',
  })
  spotCheckDraw(@CurrentUser() user: AuthUser, @IdArg('unitId') unitId: string, @Args('date', { type: () => LocalDateScalar }) date: string) {
    return this.service.record(user, unitId, date);
  }

  @ResolveField(() => [SpotCheckRosterMember], { description: 'The roster with names, in roster order.' })
  rosterMembers(@Parent() draw: SpotCheckDrawRecord): Promise<SpotCheckRosterMember[]> {
    return this.service.rosterMembers(draw.roster);
  }
}
