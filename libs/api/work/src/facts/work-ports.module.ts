import { Global, Module } from '@nestjs/common';
import { AssignmentFactsSource } from '@ketqua/api/core';
import { WorkFactsService } from './work-facts.service';

/**
 * The ports the work module provides to other features (core's AssignmentFactsSource). Global so the
 * evaluation module can inject the port without importing the work feature (ENGINEERING.md).
 */
@Global()
@Module({
  providers: [WorkFactsService, { provide: AssignmentFactsSource, useExisting: WorkFactsService }],
  exports: [AssignmentFactsSource],
})
export class WorkPortsModule {}
