import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, Authenticated, AuthUser, CurrentUser, IdArg, LocalDateScalar, Role } from '@ketqua/api/core';
import { PresenceEntry, UnitPresence } from './models/presence.model';
import { PresenceService } from './presence.service';

@Resolver(() => UnitPresence)
export class PresenceResolver {
  constructor(private readonly service: PresenceService) {}

  @Allow(Role.UNIT_HEAD, Role.HR, Role.ADMIN, Role.INSPECTOR)
  @Query(() => UnitPresence, { description: '"Hôm nay": home / office / away / holiday for a unit in your scope (default today).' })
  unitPresence(@CurrentUser() user: AuthUser, @IdArg('unitId') unitId: string, @Args('date', { type: () => LocalDateScalar, nullable: true }) date?: string) {
    return this.service.unitPresence(user, unitId, date ?? undefined);
  }

  @Authenticated()
  @Query(() => PresenceEntry, { description: 'Your own day (default today): home, office, away or holiday.' })
  myPresence(@CurrentUser() user: AuthUser, @Args('date', { type: () => LocalDateScalar, nullable: true }) date?: string) {
    return this.service.myPresence(user, date ?? undefined);
  }
}
