import { Global, Module } from '@nestjs/common';
import { HomeWorkStatusSource, SpotCheckComplianceSource } from '@ketqua/api/core';
import { HomeRosterService } from '../presence/home-roster.service';
import { HomeWorkStatusService } from './home-work-status.service';
import { SpotCheckComplianceService } from './spot-check-compliance.service';

/**
 * The ports the pilot module provides to other features (core's SpotCheckComplianceSource and
 * HomeWorkStatusSource). Global so the evaluation module can inject them without importing the
 * pilot feature (ENGINEERING.md).
 */
@Global()
@Module({
  providers: [
    HomeRosterService,
    SpotCheckComplianceService,
    { provide: SpotCheckComplianceSource, useExisting: SpotCheckComplianceService },
    HomeWorkStatusService,
    { provide: HomeWorkStatusSource, useExisting: HomeWorkStatusService },
  ],
  exports: [SpotCheckComplianceSource, HomeWorkStatusSource],
})
export class PilotPortsModule {}
