import { Args, ArgsType, Context, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import {
  abortable,
  Agency,
  AgencyEntity,
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
  RealtimeBus,
  Role,
} from '@ketqua/api/core';
import { EvaluationCompletionService } from './evaluation-completion.service';
import { CreateEvaluationPeriodInput, EvaluationPeriodFilter, RemindEvaluationsInput, UpdateEvaluationPeriodInput } from './dto/evaluation-period.inputs';
import { progressTopic } from './evaluation-period.jobs';
import { EvaluationPeriodService } from './evaluation-period.service';
import { EvaluationCompletion, EvaluationJobProgress, EvaluationPeriod, ReminderResult } from './models/evaluation-period.model';

@ArgsType()
class EvaluationPeriodsArgs extends ListArgs(EvaluationPeriodFilter) {}

export const EvaluationPeriodConnection = Connection(EvaluationPeriod);

@Resolver(() => EvaluationPeriod)
export class EvaluationPeriodResolver {
  constructor(
    private readonly service: EvaluationPeriodService,
    private readonly completionService: EvaluationCompletionService,
    private readonly bus: RealtimeBus,
    private readonly live: LiveSessions,
  ) {}

  @Authenticated()
  @Query(() => EvaluationPeriodConnection, { description: 'Periods of the agencies (and pilots with a unit) in your scope, latest first.' })
  evaluationPeriods(@CurrentUser() user: AuthUser, @Args() args: EvaluationPeriodsArgs) {
    return this.service.list(user, args.filter, args);
  }

  @Authenticated()
  @Query(() => EvaluationPeriod, { description: 'FORBIDDEN outside your scope.' })
  evaluationPeriod(@CurrentUser() user: AuthUser, @IdArg() id: string) {
    return this.service.get(user, id);
  }

  @Allow(Role.HR, Role.ADMIN, Role.UNIT_HEAD, Role.INSPECTOR)
  @Query(() => EvaluationCompletion, { description: 'Bảng theo dõi tiến độ: per agency and unit you see (heads: their subtree; HR: their agency).' })
  evaluationCompletion(@CurrentUser() user: AuthUser, @IdArg('periodId') periodId: string) {
    return this.completionService.completion(user, periodId);
  }

  @Allow(Role.HR, Role.ADMIN)
  @Mutation(() => EvaluationPeriod, { description: 'A draft period for an agency you administer or a pilot whose agencies you administer; dates from kind, year and number.' })
  createEvaluationPeriod(@CurrentUser() user: AuthUser, @Args('input') input: CreateEvaluationPeriodInput) {
    return this.service.create(user, input);
  }

  @Allow(Role.HR, Role.ADMIN)
  @Mutation(() => EvaluationPeriod, { description: 'Edits the name, windows or cut-off (only later once opened); audited with the changes.' })
  updateEvaluationPeriod(@CurrentUser() user: AuthUser, @Args('input') input: UpdateEvaluationPeriodInput) {
    return this.service.update(user, input);
  }

  @Allow(Role.HR, Role.ADMIN)
  @Mutation(() => EvaluationPeriod, {
    description: 'Queues the opening job (jobStatus QUEUED); follow evaluationJobProgress. CONFLICT once opened; a FAILED opening is opened again to continue.',
  })
  openEvaluationPeriod(@CurrentUser() user: AuthUser, @IdArg() id: string, @Args('version', { type: () => Int }) version: number) {
    return this.service.open(user, id, version);
  }

  @Allow(Role.HR, Role.ADMIN, Role.UNIT_HEAD)
  @Mutation(() => ReminderResult, { description: 'In-app reminders to those who have to act at a stage, in units of your scope; audited.' })
  remindEvaluations(@CurrentUser() user: AuthUser, @Args('input') input: RemindEvaluationsInput) {
    return this.completionService.remind(user, input);
  }

  @Allow(Role.HR, Role.ADMIN, Role.INSPECTOR)
  @Subscription(() => EvaluationJobProgress, {
    description: 'The opening job’s progress of a period you may read, live, after each batch.',
    resolve: (event: EvaluationJobProgress) => event,
  })
  async evaluationJobProgress(@CurrentUser() user: AuthUser, @IdArg('periodId') periodId: string): Promise<AsyncIterableIterator<EvaluationJobProgress>> {
    await this.service.get(user, periodId);
    return abortable((signal) =>
      this.live.whileOpen(
        user,
        filterEvents(this.bus.subscribe<EvaluationJobProgress>(progressTopic(periodId), signal), (e) => e.periodId === periodId),
      ),
    );
  }

  @ResolveField(() => Agency, { nullable: true })
  async agency(@Parent() p: EvaluationPeriod, @Context() ctx: GraphQLContext): Promise<Agency | null> {
    if (!p.agencyId) return null;
    const agency = await ctx.loaders.byId(AgencyEntity).load(p.agencyId);
    return agency ? Agency.from(agency as AgencyEntity) : null;
  }
}
