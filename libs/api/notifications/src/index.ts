export { NotificationsModule } from './notifications.module';
export { MailOutbox } from './mail/mail-outbox.service';
