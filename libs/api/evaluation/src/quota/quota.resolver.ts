import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, AuthUser, CurrentUser, IdArg, Role } from '@ketqua/api/core';
import { QuotaStatusArgs, RecordQuotaExceptionInput } from './dto/quota.inputs';
import { QuotaException, QuotaPeriod, QuotaStatus } from './models/quota.models';
import { QuotaService } from './quota.service';

@Resolver()
export class QuotaResolver {
  constructor(private readonly service: QuotaService) {}

  @Allow(Role.UNIT_HEAD, Role.HR, Role.INSPECTOR)
  @Query(() => QuotaStatus, {
    description:
      'Tỷ lệ xuất sắc: the excellent-grade quota of an agency in a period per agency and group of similar tasks, both regimes, exceptions applied, with the what-if. A head sees their own agency (the what-if names only officials of their units); HR and inspectors their agency scope.',
  })
  quotaStatus(@CurrentUser() user: AuthUser, @Args() args: QuotaStatusArgs) {
    return this.service.status(user, args);
  }

  @Allow(Role.HR)
  @Mutation(() => QuotaException, {
    description: 'HR of the agency records an exception to the quota with its reason and who granted it (recording again replaces it); audited quota-exception.record.',
  })
  recordQuotaException(@CurrentUser() user: AuthUser, @Args('input') input: RecordQuotaExceptionInput) {
    return this.service.recordException(user, input);
  }

  @Allow(Role.UNIT_HEAD, Role.HR, Role.INSPECTOR)
  @Query(() => [QuotaPeriod], { description: 'The evaluation periods of an agency, newest first (the quota page’s picker).' })
  quotaPeriods(@CurrentUser() user: AuthUser, @IdArg('agencyId') agencyId: string) {
    return this.service.periods(user, agencyId);
  }
}
