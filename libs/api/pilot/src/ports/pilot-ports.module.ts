import { Global, Module } from '@nestjs/common';
import { SpotCheckComplianceSource } from '@ketqua/api/core';
import { HomeRosterService } from '../presence/home-roster.service';
import { SpotCheckComplianceService } from './spot-check-compliance.service';

/**
 * The ports the pilot module provides to other features (core's SpotCheckComplianceSource). Global so
 * the evaluation module can inject the port without importing the pilot feature (ENGINEERING.md).
 */
@Global()
@Module({
  providers: [HomeRosterService, SpotCheckComplianceService, { provide: SpotCheckComplianceSource, useExisting: SpotCheckComplianceService }],
  exports: [SpotCheckComplianceSource],
})
export class PilotPortsModule {}
