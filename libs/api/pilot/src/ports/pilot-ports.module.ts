import { Global, Module } from '@nestjs/common';
import { AbsenceSource, PilotScopeSource } from '@ketqua/api/core';
import { PilotAbsenceService, PilotScopeService } from './pilot-ports.service';

/**
 * The ports the pilot module provides to other features (core's PilotScopeSource and
 * AbsenceSource). Global so the evaluation module injects them without importing the pilot feature.
 */
@Global()
@Module({
  providers: [PilotScopeService, PilotAbsenceService, { provide: PilotScopeSource, useExisting: PilotScopeService }, { provide: AbsenceSource, useExisting: PilotAbsenceService }],
  exports: [PilotScopeSource, AbsenceSource],
})
export class PilotPortsModule {}
