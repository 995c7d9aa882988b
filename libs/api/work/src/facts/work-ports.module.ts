import { Global, Module } from '@nestjs/common';
import { AssignmentFactsSource, UploadedFiles, WorkLogRegularitySource } from '@ketqua/api/core';
import { UploadedFilesService } from './uploaded-files.service';
import { WorkFactsService } from './work-facts.service';
import { WorkLogRegularityService } from './work-log-regularity.service';

/**
 * The ports the work module provides to other features (core's AssignmentFactsSource,
 * WorkLogRegularitySource and UploadedFiles). Global so the evaluation module can inject them
 * without importing the work feature (ENGINEERING.md).
 */
@Global()
@Module({
  providers: [
    WorkFactsService,
    { provide: AssignmentFactsSource, useExisting: WorkFactsService },
    WorkLogRegularityService,
    { provide: WorkLogRegularitySource, useExisting: WorkLogRegularityService },
    UploadedFilesService,
    { provide: UploadedFiles, useExisting: UploadedFilesService },
  ],
  exports: [AssignmentFactsSource, WorkLogRegularitySource, UploadedFiles],
})
export class WorkPortsModule {}
