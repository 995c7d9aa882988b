import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, AuthUser, Connection, CurrentUser, Role } from '@ketqua/api/core';
import { DecideWaiverInput, RequestWaiverInput, WaiverRequestsArgs } from './dto/waiver.inputs';
import { WaiverOption, WaiverRequest } from './models/waiver-request.model';
import { WaiverService } from './waiver.service';

export const WaiverRequestConnection = Connection(WaiverRequest);

@Resolver()
export class WaiverResolver {
  constructor(private readonly service: WaiverService) {}

  @Allow(Role.OFFICIAL, Role.UNIT_HEAD, Role.HR, Role.INSPECTOR)
  @Query(() => WaiverRequestConnection, { description: 'Waiver requests you may see: your own; those on evaluations you evaluate or of units in your scope. Newest first.' })
  waiverRequests(@CurrentUser() user: AuthUser, @Args() args: WaiverRequestsArgs) {
    return this.service.list(user, args.filter, args);
  }

  @Allow(Role.OFFICIAL, Role.UNIT_HEAD, Role.HR)
  @Mutation(() => WaiverRequest, {
    description:
      'The evaluated official asks that an unwaived deduction on their (unpublished) evaluation be waived for an objective cause, with evidence; the evaluator is told; audited waiver.request.',
  })
  requestWaiver(@CurrentUser() user: AuthUser, @Args('input') input: RequestWaiverInput) {
    return this.service.request(user, input);
  }

  @Allow(Role.OFFICIAL, Role.UNIT_HEAD, Role.HR)
  @Mutation(() => WaiverRequest, {
    description:
      'The evaluator (or the acting evaluator of the day) confirms (the deduction is waived and the score recomputes, with the cause on the receipt) or refuses with a reason; the official is told; audited waiver.confirm / waiver.refuse.',
  })
  decideWaiver(@CurrentUser() user: AuthUser, @Args('input') input: DecideWaiverInput) {
    return this.service.decide(user, input);
  }

  @Allow(Role.OFFICIAL, Role.UNIT_HEAD, Role.HR)
  @Query(() => [WaiverOption], { description: 'Your unpublished evaluations with the deductions you may ask to waive.' })
  myWaivableDeductions(@CurrentUser() user: AuthUser) {
    return this.service.options(user);
  }
}
