import { Global, Module } from '@nestjs/common';
import { AbsenceSource, HomeWorkStatusSource, PilotScopeSource, SpotCheckComplianceSource } from '@ketqua/api/core';
import { HomeRosterService } from '../presence/home-roster.service';
import { HomeWorkStatusService } from './home-work-status.service';
import { PilotAbsenceService, PilotScopeService } from './pilot-ports.service';
import { SpotCheckComplianceService } from './spot-check-compliance.service';

/**
 * The ports the pilot module provides to other features (core's PilotScopeSource, AbsenceSource,
 * SpotCheckComplianceSource and HomeWorkStatusSource). Global so the evaluation module can inject
 * them without importing the pilot feature (ENGINEERING.md).
 */
@Global()
@Module({
  providers: [
    HomeRosterService,
    PilotScopeService,
    { provide: PilotScopeSource, useExisting: PilotScopeService },
    PilotAbsenceService,
    { provide: AbsenceSource, useExisting: PilotAbsenceService },
    SpotCheckComplianceService,
    { provide: SpotCheckComplianceSource, useExisting: SpotCheckComplianceService },
    HomeWorkStatusService,
    { provide: HomeWorkStatusSource, useExisting: HomeWorkStatusService },
  ],
  exports: [PilotScopeSource, AbsenceSource, SpotCheckComplianceSource, HomeWorkStatusSource],
})
export class PilotPortsModule {}
