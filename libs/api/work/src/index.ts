export { WorkModule } from './work.module';
export { DeadlineReminderService } from './reminder/deadline-reminder.service';
export { FileSweepService } from './files/file-sweep.service';
export { IncomingDocumentService } from './incoming/incoming-document.service';
