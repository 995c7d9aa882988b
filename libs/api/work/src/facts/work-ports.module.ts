import { Global, Module } from '@nestjs/common';
import { AssignmentFactsSource, WorkLogRegularitySource } from '@ketqua/api/core';
import { WorkFactsService } from './work-facts.service';
import { WorkLogRegularityService } from './work-log-regularity.service';

/**
 * The ports the work module provides to other features (core's AssignmentFactsSource). Global so the
 * evaluation module can inject the port without importing the work feature (ENGINEERING.md).
 */
@Global()
@Module({
  providers: [
    WorkFactsService,
    { provide: AssignmentFactsSource, useExisting: WorkFactsService },
    WorkLogRegularityService,
    { provide: WorkLogRegularitySource, useExisting: WorkLogRegularityService },
  ],
  exports: [AssignmentFactsSource, WorkLogRegularitySource],
})
export class WorkPortsModule {}
