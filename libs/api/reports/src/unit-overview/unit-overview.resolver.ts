import { Args, ID, Query, Resolver, Subscription } from '@nestjs/graphql';
import {
  abortable,
  AccessService,
  Allow,
  AuthUser,
  CurrentUser,
  filterEvents,
  LiveSessions,
  RealtimeBus,
  Role,
  UNIT_WORK_CHANGED_TOPIC,
  UnitWorkChanged,
  UuidPipe,
} from '@ketqua/api/core';
import { OverviewWindowKind, UnitOverview, UnitOverviewChanged } from './models/unit-overview.model';
import { UnitOverviewService } from './unit-overview.service';

/** An optional ID argument: absent stays absent, anything given must be a UUID. */
class OptionalUuidPipe extends UuidPipe {
  override transform(value: unknown, metadata: Parameters<UuidPipe['transform']>[1]): string {
    return value === undefined || value === null ? (value as unknown as string) : super.transform(value, metadata);
  }
}

/** Who may read a unit's overview: heads (their subtree), HR (their agency or the city), inspectors and the administrator; never an official. */
const READERS = [Role.UNIT_HEAD, Role.HR, Role.ADMIN, Role.INSPECTOR];

@Resolver(() => UnitOverview)
export class UnitOverviewResolver {
  constructor(
    private readonly service: UnitOverviewService,
    private readonly access: AccessService,
    private readonly bus: RealtimeBus,
    private readonly live: LiveSessions,
  ) {}

  @Allow(...READERS)
  @Query(() => UnitOverview, { description: 'Tổng quan đơn vị: a unit in your scope (default: the unit you head, else your own). FORBIDDEN outside your scope.' })
  unitOverview(
    @CurrentUser() user: AuthUser,
    @Args('unitId', { type: () => ID, nullable: true }, new OptionalUuidPipe()) unitId?: string | null,
    @Args('window', {
      type: () => OverviewWindowKind,
      nullable: true,
      description:
        'The window whose per-official rows you want (the page shows one at a time): the other windows come with their unit figures and an empty officials list; WEEK’s rows when that window is not there (no open period). Absent: every window’s rows.',
    })
    window?: OverviewWindowKind | null,
  ) {
    return this.service.overview(user, unitId, window);
  }

  @Allow(...READERS)
  @Subscription(() => UnitOverviewChanged, {
    description: 'A deliverable of the unit (or a unit below it) was submitted or reviewed: the overview’s figures changed.',
    resolve: (event: UnitWorkChanged) => ({ ...event, at: new Date(event.at) }),
  })
  async unitOverviewChanged(@CurrentUser() user: AuthUser, @Args('unitId', { type: () => ID, nullable: true }, new OptionalUuidPipe()) unitId?: string | null) {
    const id = unitId ?? (await this.service.defaultUnit(user));
    await this.access.assertCanSeeUnit(user, id);
    const units = new Set(await this.access.subtreeOf(id));
    return abortable((signal) =>
      this.live.whileOpen(
        user,
        filterEvents(this.bus.subscribe<UnitWorkChanged>(UNIT_WORK_CHANGED_TOPIC, signal), (e) => units.has(e.unitId)),
      ),
    );
  }
}
