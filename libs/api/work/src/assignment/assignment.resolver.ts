import { Args, Context, Float, GraphQLISODateTime, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Allow,
  Authenticated,
  AuthUser,
  CalendarService,
  Clock,
  Connection,
  CurrentUser,
  GraphQLContext,
  IdArg,
  OfficialSummary,
  Role,
  Unit,
  UnitEntity,
  UserEntity,
} from '@ketqua/api/core';
import { DataSource } from 'typeorm';
import { CatalogueItemEntity } from '../catalogue/catalogue-item.entity';
import { CatalogueItem } from '../catalogue/models/catalogue-item.model';
import { Deliverable } from '../deliverable/models/deliverable.model';
import { StoredFile } from '../files/models/stored-file.model';
import { assignmentScoresOf, effectiveDeadlineOf, isOverdueNow, scoresOnAcceptance, workingDaysLeftOf } from './assignment-derived';
import { AssignmentStatus } from './assignment-status';
import { attachmentsOf, deadlineHistory, historyOf, loggedMinutesOf } from './assignment.loaders';
import { AssignmentService } from './assignment.service';
import { badField } from '../work.errors';
import { AssignmentsArgs, CancelAssignmentInput, CreateAssignmentInput, ExtendDeadlineInput, RecordObjectiveCauseInput, UpdateAssignmentInput } from './dto/assignment.inputs';
import { Assignment, AssignmentDeadline, AssignmentScores } from './models/assignment.model';

export const AssignmentConnection = Connection(Assignment);

@Resolver(() => Assignment)
export class AssignmentResolver {
  constructor(
    private readonly service: AssignmentService,
    private readonly dataSource: DataSource,
    private readonly calendars: CalendarService,
    private readonly clock: Clock,
  ) {}

  @Authenticated()
  @Query(() => AssignmentConnection, { description: 'Assignments you may see (your own, those you gave, those of units in your scope), by deadline.' })
  assignments(@CurrentUser() user: AuthUser, @Args() args: AssignmentsArgs) {
    return this.service.list(user, args.filter, args);
  }

  @Authenticated()
  @Query(() => Assignment, { description: 'FORBIDDEN outside your scope.' })
  assignment(@CurrentUser() user: AuthUser, @IdArg() id: string) {
    return this.service.get(user, id);
  }

  @Allow(Role.UNIT_HEAD)
  @Mutation(() => [Assignment], { description: 'Giao việc: one assignment per official in the units you head; each is told; audited.' })
  createAssignment(@CurrentUser() user: AuthUser, @Args('input') input: CreateAssignmentInput) {
    return this.service.create(user, input);
  }

  @Allow(Role.UNIT_HEAD)
  @Mutation(() => Assignment, { description: 'Edit title, description, catalogue item, quantity or source document (optimistic locking by version); audited.' })
  updateAssignment(@CurrentUser() user: AuthUser, @Args('input') input: UpdateAssignmentInput) {
    return this.service.update(user, input);
  }

  @Allow(Role.UNIT_HEAD)
  @Mutation(() => Assignment, { description: 'Gia hạn with a reason (kept in the deadline history); the official is told; audited.' })
  extendAssignmentDeadline(@CurrentUser() user: AuthUser, @Args('input') input: ExtendDeadlineInput) {
    return this.service.extend(user, input);
  }

  @Allow(Role.UNIT_HEAD)
  @Mutation(() => Assignment, { description: 'Hủy with a reason; the official is told; audited.' })
  cancelAssignment(@CurrentUser() user: AuthUser, @Args('input') input: CancelAssignmentInput) {
    return this.service.cancel(user, input);
  }

  @Authenticated()
  @Mutation(() => Assignment, { description: 'The assignee starts the work (ASSIGNED → IN_PROGRESS); audited.' })
  startAssignment(@CurrentUser() user: AuthUser, @IdArg() id: string) {
    return this.service.start(user, id);
  }

  @Allow(Role.UNIT_HEAD)
  @Mutation(() => Assignment, { description: 'Records an objective cause confirmed in writing: the deduction for that return or missed deadline is waived; audited.' })
  recordObjectiveCause(@CurrentUser() user: AuthUser, @Args('input') input: RecordObjectiveCauseInput) {
    return this.service.recordObjectiveCause(user, input);
  }

  /** One "now" per request, so every field of every row is derived at the same instant. */
  private readonly nowOf = new WeakMap<GraphQLContext, Date>();

  private now(ctx: GraphQLContext): Date {
    let now = this.nowOf.get(ctx);
    if (!now) {
      now = this.clock.now();
      this.nowOf.set(ctx, now);
    }
    return now;
  }

  /** The deadline history (with missed flags): read and computed only for the fields that need it. */
  private deadlineHistory(ctx: GraphQLContext, a: Assignment) {
    return deadlineHistory(ctx, this.dataSource, a, () => this.calendars.calendar(), this.now(ctx));
  }

  // The deadline fields need only the (cached) calendar, O(1) per row: no history is read for a list row.
  @ResolveField(() => Boolean, { description: 'Derived: the deadline (moved off days off) has passed and the next move is the official’s.' })
  async isOverdue(@Parent() a: Assignment, @Context() ctx: GraphQLContext): Promise<boolean> {
    return isOverdueNow(a, await this.calendars.calendar(), this.now(ctx));
  }

  @ResolveField(() => Int, { nullable: true, description: 'Working days from today to the deadline (0: due today; negative: overdue); null once closed.' })
  async workingDaysLeft(@Parent() a: Assignment, @Context() ctx: GraphQLContext): Promise<number | null> {
    return workingDaysLeftOf(a, await this.calendars.calendar(), this.now(ctx));
  }

  @ResolveField(() => GraphQLISODateTime, { description: 'The deadline moved to the next working day when it falls on a day off.' })
  async effectiveDeadline(@Parent() a: Assignment): Promise<Date> {
    return effectiveDeadlineOf(a, await this.calendars.calendar());
  }

  @ResolveField(() => AssignmentScores, { nullable: true, description: 'Quantity, quality and progress percentages (null when cancelled).' })
  async scores(@Parent() a: Assignment, @Context() ctx: GraphQLContext): Promise<AssignmentScores | null> {
    if (a.status === AssignmentStatus.CANCELLED) return null;
    const [history, deadlines] = await Promise.all([historyOf(ctx, this.dataSource, a.id), this.deadlineHistory(ctx, a)]);
    return assignmentScoresOf(a, history, deadlines);
  }

  @ResolveField(() => AssignmentScores, {
    nullable: true,
    description: 'While a version waits for review: the percentages it would get if accepted now with acceptedQuantity (default: the expected quantity); null otherwise.',
  })
  async scoresIfAccepted(
    @Parent() a: Assignment,
    @Context() ctx: GraphQLContext,
    @Args('acceptedQuantity', { type: () => Float, nullable: true }) acceptedQuantity?: number | null,
  ): Promise<AssignmentScores | null> {
    if (a.status !== AssignmentStatus.SUBMITTED) return null;
    const quantity = acceptedQuantity ?? a.quantity;
    // The same bounds as reviewDeliverable's acceptedQuantity.
    if (!Number.isFinite(quantity) || quantity < 0 || quantity > 100000) {
      throw badField('ACCEPTED_QUANTITY_RANGE', 'acceptedQuantity', 'số lượng nghiệm thu phải từ 0 đến 100000', 'the accepted quantity must be between 0 and 100000');
    }
    const [history, deadlines] = await Promise.all([historyOf(ctx, this.dataSource, a.id), this.deadlineHistory(ctx, a)]);
    return scoresOnAcceptance(a, history, deadlines, quantity);
  }

  @ResolveField(() => [AssignmentDeadline], { description: 'The first deadline and every extension, with whether each was missed.' })
  async deadlines(@Parent() a: Assignment, @Context() ctx: GraphQLContext): Promise<AssignmentDeadline[]> {
    return this.deadlineHistory(ctx, a);
  }

  @ResolveField(() => [Deliverable], { description: 'Every submitted version, oldest first, with its review.' })
  async deliverables(@Parent() a: Assignment, @Context() ctx: GraphQLContext): Promise<Deliverable[]> {
    return (await historyOf(ctx, this.dataSource, a.id)).deliverables.map(Deliverable.from);
  }

  @ResolveField(() => [StoredFile])
  async attachments(@Parent() a: Assignment, @Context() ctx: GraphQLContext): Promise<StoredFile[]> {
    return (await attachmentsOf(ctx, this.dataSource, a.id)).map(StoredFile.from);
  }

  @ResolveField(() => Float, { description: 'Hours logged against this assignment in work logs.' })
  async hoursLogged(@Parent() a: Assignment, @Context() ctx: GraphQLContext): Promise<number> {
    return Math.round(((await loggedMinutesOf(ctx, this.dataSource, a.id)) / 60) * 100) / 100;
  }

  @ResolveField(() => OfficialSummary)
  async assignee(@Parent() a: Assignment, @Context() ctx: GraphQLContext): Promise<OfficialSummary> {
    return OfficialSummary.from((await ctx.loaders.byId(UserEntity).load(a.assigneeId)) as UserEntity);
  }

  @ResolveField(() => OfficialSummary)
  async assignedBy(@Parent() a: Assignment, @Context() ctx: GraphQLContext): Promise<OfficialSummary> {
    return OfficialSummary.from((await ctx.loaders.byId(UserEntity).load(a.assignedById)) as UserEntity);
  }

  @ResolveField(() => Unit)
  async unit(@Parent() a: Assignment, @Context() ctx: GraphQLContext): Promise<Unit> {
    return Unit.from((await ctx.loaders.byId(UnitEntity).load(a.unitId)) as UnitEntity);
  }

  @ResolveField(() => CatalogueItem, { nullable: true })
  async catalogueItem(@Parent() a: Assignment, @Context() ctx: GraphQLContext): Promise<CatalogueItem | null> {
    if (!a.catalogueItemId) return null;
    const item = await ctx.loaders.byId(CatalogueItemEntity).load(a.catalogueItemId);
    return item ? CatalogueItem.from(item) : null;
  }
}
