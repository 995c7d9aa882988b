import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Authenticated, AuthUser, CurrentUser, LocalDateScalar, Role } from '@ketqua/api/core';
import { CalendarAdminService } from './calendar-admin.service';
import { SetCalendarDayInput } from './dto/set-calendar-day.input';
import { WorkingCalendarYear } from './models/working-calendar.model';

@Resolver(() => WorkingCalendarYear)
export class CalendarResolver {
  constructor(private readonly service: CalendarAdminService) {}

  @Authenticated()
  @Query(() => WorkingCalendarYear, { description: 'A year’s holidays, swapped days off and make-up working days, and where they come from.' })
  workingCalendar(@Args('year', { type: () => Int }) year: number) {
    return this.service.year(year);
  }

  @Allow(Role.HR, Role.ADMIN)
  @Mutation(() => WorkingCalendarYear, { description: 'Loads the year from the tables shipped in libs/domain, replacing HR’s rows (city-wide HR); audited.' })
  loadCalendarYear(@CurrentUser() user: AuthUser, @Args('year', { type: () => Int }) year: number) {
    return this.service.loadYear(user, year);
  }

  @Allow(Role.HR, Role.ADMIN)
  @Mutation(() => WorkingCalendarYear, { description: 'Adds or replaces one day, with its deciding document (city-wide HR); audited.' })
  setCalendarDay(@CurrentUser() user: AuthUser, @Args('input') input: SetCalendarDayInput) {
    return this.service.setDay(user, input);
  }

  @Allow(Role.HR, Role.ADMIN)
  @Mutation(() => WorkingCalendarYear, { description: 'Removes one day from the year (city-wide HR); audited.' })
  removeCalendarDay(@CurrentUser() user: AuthUser, @Args('date', { type: () => LocalDateScalar }) date: string) {
    return this.service.removeDay(user, date);
  }
}
