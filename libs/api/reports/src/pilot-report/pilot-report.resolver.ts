import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, AuthUser, CurrentUser, Role } from '@ketqua/api/core';
import { PilotReportInput } from './dto/pilot-report.input';
import { PilotReportModel } from './models/pilot-report.model';
import { PilotReportService } from './pilot-report.service';

@Resolver(() => PilotReportModel)
export class PilotReportResolver {
  constructor(private readonly reports: PilotReportService) {}

  /**
   * HR and inspectors (read-only; SECURITY.md: they read everything in their scope) see the
   * pilot's units of their agency, or all with city scope; ADMIN all. Heads and officials are
   * refused by the role list. Every read is audited (report.viewed): it is personal data.
   */
  @Allow(Role.HR, Role.ADMIN, Role.INSPECTOR)
  @Query(() => PilotReportModel, {
    description: 'Báo cáo thí điểm (PRODUCT.md 4.7): cohorts, metrics, difference in differences with a unit-clustered bootstrap interval; FORBIDDEN outside your agency.',
  })
  pilotReport(@CurrentUser() user: AuthUser, @Args('input') input: PilotReportInput): Promise<PilotReportModel> {
    return this.reports.report(user, input);
  }
}
