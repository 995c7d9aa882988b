import { Global, Module } from '@nestjs/common';
import { AssignmentFactsSource, UploadedFiles } from '@ketqua/api/core';
import { UploadedFilesService } from './uploaded-files.service';
import { WorkFactsService } from './work-facts.service';

/**
 * The ports the work module provides to other features (core's AssignmentFactsSource and
 * UploadedFiles). Global so the evaluation module can inject them without importing the work
 * feature (ENGINEERING.md).
 */
@Global()
@Module({
  providers: [
    WorkFactsService,
    { provide: AssignmentFactsSource, useExisting: WorkFactsService },
    UploadedFilesService,
    { provide: UploadedFiles, useExisting: UploadedFilesService },
  ],
  exports: [AssignmentFactsSource, UploadedFiles],
})
export class WorkPortsModule {}
