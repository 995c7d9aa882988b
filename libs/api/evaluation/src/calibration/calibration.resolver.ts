import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, AuthUser, CurrentUser, Role } from '@ketqua/api/core';
import { UnitPeriodArgs } from '../quota/dto/quota.inputs';
import { CalibrationService } from './calibration.service';
import { Calibration, WorkloadParityReport } from './models/calibration.models';

@Resolver()
export class CalibrationResolver {
  constructor(private readonly service: CalibrationService) {}

  @Allow(Role.UNIT_HEAD, Role.HR, Role.INSPECTOR)
  @Query(() => Calibration, { description: 'Hiệu chỉnh: score and grade distribution per scorer beside the unit’s, lenient/harsh flagged; FORBIDDEN outside your units.' })
  calibration(@CurrentUser() user: AuthUser, @Args() args: UnitPeriodArgs) {
    return this.service.calibration(user, args.periodId, args.unitId);
  }

  @Allow(Role.UNIT_HEAD, Role.HR, Role.INSPECTOR)
  @Query(() => WorkloadParityReport, { description: 'PRODUCT.md 4.1 workload parity flags of a unit’s period; FORBIDDEN outside your units.' })
  workloadParity(@CurrentUser() user: AuthUser, @Args() args: UnitPeriodArgs) {
    return this.service.workloadParity(user, args.periodId, args.unitId);
  }
}
