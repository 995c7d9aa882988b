import { Args, ArgsType, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Authenticated, AuthUser, Connection, CurrentUser, GraphQLContext, IdArg, ListArgs, OfficialSummary, Role, Unit, UnitEntity, UserEntity } from '@ketqua/api/core';
import { ChangeEnrollmentInput, DecideEnrollmentInput, EnrollmentFilter, RequestEnrollmentInput, ResumeEnrollmentInput, WithdrawEnrollmentInput } from './dto/enrollment.inputs';
import { EnrollmentService } from './enrollment.service';
import { CapCheck, Enrollment } from './models/enrollment.model';

@ArgsType()
class EnrollmentsArgs extends ListArgs(EnrollmentFilter) {}

export const EnrollmentConnection = Connection(Enrollment);

const MANAGERS = [Role.UNIT_HEAD, Role.HR, Role.ADMIN] as const;

@Resolver(() => Enrollment)
export class EnrollmentResolver {
  constructor(private readonly service: EnrollmentService) {}

  @Authenticated()
  @Query(() => EnrollmentConnection, { description: 'Enrollments in your scope (your own, for an official), newest request first.' })
  enrollments(@CurrentUser() user: AuthUser, @Args() args: EnrollmentsArgs) {
    return this.service.list(user, args.filter, args);
  }

  @Authenticated()
  @Query(() => Enrollment, { description: 'FORBIDDEN outside your scope.' })
  enrollment(@CurrentUser() user: AuthUser, @IdArg() id: string) {
    return this.service.get(user, id);
  }

  @Allow(Role.OFFICIAL, Role.UNIT_HEAD)
  @Mutation(() => Enrollment, { description: 'Đăng ký làm việc tại nhà for yourself: commitment accepted, equipment confirmed; the head decides.' })
  requestEnrollment(@CurrentUser() user: AuthUser, @Args('input') input: RequestEnrollmentInput) {
    return this.service.request(user, input);
  }

  @Allow(Role.OFFICIAL, Role.UNIT_HEAD)
  @Mutation(() => Enrollment, { description: 'Your own enrollment only: withdraw a pending request or stop working from home (→ ENDED); the head is told.' })
  withdrawEnrollment(@CurrentUser() user: AuthUser, @Args('input') input: WithdrawEnrollmentInput) {
    return this.service.withdraw(user, input);
  }

  @Allow(...MANAGERS)
  @Mutation(() => Enrollment, {
    description: 'Approve (refused with the day and numbers when the unit’s caps would break, or the position is not eligible) or refuse with a reason.',
  })
  decideEnrollment(@CurrentUser() user: AuthUser, @Args('input') input: DecideEnrollmentInput) {
    return this.service.decide(user, input);
  }

  @Allow(...MANAGERS)
  @Mutation(() => Enrollment)
  suspendEnrollment(@CurrentUser() user: AuthUser, @Args('input') input: ChangeEnrollmentInput) {
    return this.service.suspend(user, input);
  }

  @Allow(...MANAGERS)
  @Mutation(() => Enrollment, { description: 'Back to approved; the caps are checked again.' })
  resumeEnrollment(@CurrentUser() user: AuthUser, @Args('input') input: ResumeEnrollmentInput) {
    return this.service.resume(user, input);
  }

  @Allow(...MANAGERS)
  @Mutation(() => Enrollment)
  endEnrollment(@CurrentUser() user: AuthUser, @Args('input') input: ChangeEnrollmentInput) {
    return this.service.end(user, input);
  }

  @ResolveField(() => OfficialSummary)
  async official(@Parent() e: Enrollment, @Context() ctx: GraphQLContext): Promise<OfficialSummary> {
    return OfficialSummary.from((await ctx.loaders.byId(UserEntity).load(e.officialId)) as UserEntity);
  }

  @ResolveField(() => Unit)
  async unit(@Parent() e: Enrollment, @Context() ctx: GraphQLContext): Promise<Unit> {
    return Unit.from((await ctx.loaders.byId(UnitEntity).load(e.unitId)) as UnitEntity);
  }

  @ResolveField(() => OfficialSummary, { nullable: true })
  async decidedBy(@Parent() e: Enrollment, @Context() ctx: GraphQLContext): Promise<OfficialSummary | null> {
    const user = e.decidedById ? await ctx.loaders.byId(UserEntity).load(e.decidedById) : null;
    return user ? OfficialSummary.from(user) : null;
  }

  @ResolveField(() => CapCheck, { description: 'The week grid: per weekday, the unit at home with this enrollment against the cap, by libs/domain.' })
  capCheck(@Parent() e: Enrollment, @Context() ctx: GraphQLContext): Promise<CapCheck> {
    return ctx.loaders.named<Enrollment, CapCheck>('enrollment.capCheck', (keys) => this.service.capChecks(keys)).load(e);
  }
}
