import { Global, Module } from '@nestjs/common';
import { HomeWorkStatusSource } from '@ketqua/api/core';
import { HomeWorkStatusService } from './home-work-status.service';

/** The ports the pilot module provides to other features (core's HomeWorkStatusSource). Global, like work's. */
@Global()
@Module({
  providers: [HomeWorkStatusService, { provide: HomeWorkStatusSource, useExisting: HomeWorkStatusService }],
  exports: [HomeWorkStatusSource],
})
export class PilotPortsModule {}
