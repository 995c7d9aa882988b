import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssignmentDeadlineEntity } from './assignment/assignment-deadline.entity';
import { AssignmentEntity } from './assignment/assignment.entity';
import { AssignmentResolver } from './assignment/assignment.resolver';
import { AssignmentService } from './assignment/assignment.service';
import { CatalogueItemEntity } from './catalogue/catalogue-item.entity';
import { CatalogueResolver } from './catalogue/catalogue.resolver';
import { CatalogueService } from './catalogue/catalogue.service';
import { DeliverableEntity } from './deliverable/deliverable.entity';
import { DeliverableResolver, DeliverableReviewResolver } from './deliverable/deliverable.resolver';
import { DeliverableService } from './deliverable/deliverable.service';
import { WorkDemo } from './demo/work-demo';
import { WorkPortsModule } from './facts/work-ports.module';
import { AssignmentAttachmentEntity } from './files/assignment-attachment.entity';
import { FileController } from './files/file.controller';
import { FileSweepService } from './files/file-sweep.service';
import { FileService } from './files/file.service';
import { StoredFileEntity } from './files/stored-file.entity';
import { AssignmentImportResolver } from './import/assignment-import.resolver';
import { AssignmentImportService } from './import/assignment-import.service';
import { DeadlineReminderService } from './reminder/deadline-reminder.service';
import { WorkAccess } from './shared/work-access';
import { IncomingDocumentEntity } from './incoming/incoming-document.entity';
import { IncomingDocumentResolver } from './incoming/incoming-document.resolver';
import { IncomingDocumentService } from './incoming/incoming-document.service';
import { WorkLogEntity } from './work-log/work-log.entity';
import { WorkLogResolver } from './work-log/work-log.resolver';
import { WorkLogService } from './work-log/work-log.service';

/**
 * Work (PRODUCT.md 4.3): the catalogue, assignments and their deadlines, work logs, deliverables
 * with files and reviews, the CSV import and the "deadline tomorrow" reminder.
 */
@Module({
  imports: [
    WorkPortsModule,
    TypeOrmModule.forFeature([
      CatalogueItemEntity,
      AssignmentEntity,
      AssignmentDeadlineEntity,
      DeliverableEntity,
      StoredFileEntity,
      AssignmentAttachmentEntity,
      WorkLogEntity,
      IncomingDocumentEntity,
    ]),
  ],
  controllers: [FileController],
  providers: [
    WorkAccess,
    CatalogueService,
    CatalogueResolver,
    AssignmentService,
    AssignmentResolver,
    DeliverableService,
    DeliverableResolver,
    DeliverableReviewResolver,
    WorkLogService,
    WorkLogResolver,
    FileService,
    FileSweepService,
    IncomingDocumentService,
    IncomingDocumentResolver,
    AssignmentImportService,
    AssignmentImportResolver,
    DeadlineReminderService,
    WorkDemo,
  ],
})
export class WorkModule {}
