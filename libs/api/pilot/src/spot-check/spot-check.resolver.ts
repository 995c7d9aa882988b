import { Args, ArgsType, Context, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import {
  abortable,
  Allow,
  Authenticated,
  AuthUser,
  Connection,
  CurrentUser,
  filterEvents,
  GraphQLContext,
  IdArg,
  ListArgs,
  LiveSessions,
  OfficialSummary,
  PageArgs,
  RealtimeBus,
  Role,
  Unit,
  UnitEntity,
  UserEntity,
} from '@ketqua/api/core';
import { AnswerSpotCheckInput, SpotCheckFilter, SpotCheckNoteInput } from './dto/spot-check.inputs';
import { SpotCheck, SpotCheckFollowUp } from './models/spot-check.model';
import { promptTopic, SpotCheckPromptEvent, SpotCheckService } from './spot-check.service';

@ArgsType()
class SpotChecksArgs extends ListArgs(SpotCheckFilter) {}

export const SpotCheckConnection = Connection(SpotCheck);

@Resolver(() => SpotCheck)
export class SpotCheckResolver {
  constructor(
    private readonly service: SpotCheckService,
    private readonly bus: RealtimeBus,
    private readonly live: LiveSessions,
  ) {}

  @Allow(Role.UNIT_HEAD, Role.HR, Role.ADMIN, Role.INSPECTOR)
  @Query(() => SpotCheckConnection, { description: 'Prompted and closed checks in your scope, latest first (scheduled ones stay secret).' })
  spotChecks(@CurrentUser() user: AuthUser, @Args() args: SpotChecksArgs) {
    return this.service.list(user, args.filter, args);
  }

  @Authenticated()
  @Query(() => SpotCheckConnection, { description: 'Your own checks, latest first, the one waiting for your answer included.' })
  mySpotChecks(@CurrentUser() user: AuthUser, @Args() args: PageArgs) {
    return this.service.mine(user, args);
  }

  @Authenticated()
  @Mutation(() => SpotCheck, { description: 'Answer your own check with a note of your current work: ON_TIME within the window, LATE after it.' })
  answerSpotCheck(@CurrentUser() user: AuthUser, @Args('input') input: AnswerSpotCheckInput) {
    return this.service.answer(user, input);
  }

  @Allow(Role.ADMIN, Role.UNIT_HEAD)
  @Mutation(() => SpotCheck, {
    description: 'Gửi kiểm tra thử: a manual check prompted at once, counted in no statistic. Not in production (TEST_CHECKS_DISABLED); a head only for their units.',
  })
  sendTestSpotCheck(@CurrentUser() user: AuthUser, @IdArg('officialId') officialId: string) {
    return this.service.sendTest(user, officialId);
  }

  @Allow(Role.ADMIN, Role.UNIT_HEAD)
  @Query(() => Boolean, { description: 'Whether sendTestSpotCheck is available here (false in production).' })
  testSpotChecksEnabled(): boolean {
    return this.service.testChecksEnabled();
  }

  @Allow(Role.UNIT_HEAD)
  @Mutation(() => SpotCheck, { description: 'The head marks a check EXCUSED with a reason; audited.' })
  excuseSpotCheck(@CurrentUser() user: AuthUser, @Args('input') input: SpotCheckNoteInput) {
    return this.service.excuse(user, input);
  }

  @Allow(Role.UNIT_HEAD)
  @Mutation(() => SpotCheck, { description: 'The head’s follow-up note on a check; audited.' })
  addSpotCheckFollowUp(@CurrentUser() user: AuthUser, @Args('input') input: SpotCheckNoteInput) {
    return this.service.addFollowUp(user, input);
  }

  @Authenticated()
  @Subscription(() => SpotCheck, {
    description: 'Your own spot-check prompts, live, as they go out (only to the official picked).',
    resolve: (check: SpotCheck) => check,
  })
  spotCheckPrompted(@CurrentUser() user: AuthUser): AsyncIterableIterator<SpotCheck> {
    return abortable((signal) => this.live.whileOpen(user, this.prompts(user.id, signal)));
  }

  private async *prompts(officialId: string, signal: AbortSignal): AsyncGenerator<SpotCheck> {
    const events = filterEvents(this.bus.subscribe<SpotCheckPromptEvent>(promptTopic(officialId), signal), (e) => e.officialId === officialId);
    for await (const event of events) {
      const check = await this.service.forOfficial(event.id, officialId);
      if (check) yield check;
    }
  }

  @ResolveField(() => OfficialSummary)
  async official(@Parent() c: SpotCheck, @Context() ctx: GraphQLContext): Promise<OfficialSummary> {
    return OfficialSummary.from((await ctx.loaders.byId(UserEntity).load(c.officialId)) as UserEntity);
  }

  @ResolveField(() => Unit)
  async unit(@Parent() c: SpotCheck, @Context() ctx: GraphQLContext): Promise<Unit> {
    return Unit.from((await ctx.loaders.byId(UnitEntity).load(c.unitId)) as UnitEntity);
  }

  @ResolveField(() => [SpotCheckFollowUp])
  followUps(@Parent() c: SpotCheck, @Context() ctx: GraphQLContext): Promise<SpotCheckFollowUp[]> {
    return ctx.loaders.named<string, SpotCheckFollowUp[]>('spotCheck.followUps', (ids) => this.service.followUps(ids)).load(c.id);
  }
}
