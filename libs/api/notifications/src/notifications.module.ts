import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationSender } from '@ketqua/api/core';
import { NotificationEntity } from './notification.entity';
import { NotificationResolver } from './notification.resolver';
import { NotificationService } from './notification.service';
import { MailOutbox } from './mail/mail-outbox.service';
import { NotificationPreferenceResolver } from './mail/notification-preference.resolver';

/**
 * In-app notifications, and official e-mail for those who choose it (mail/: preference, outbox, digest). Global so every feature can inject the core port NotificationSender
 * (features never import this module: ENGINEERING.md).
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity])],
  providers: [NotificationService, NotificationResolver, MailOutbox, NotificationPreferenceResolver, { provide: NotificationSender, useExisting: NotificationService }],
  exports: [NotificationSender],
})
export class NotificationsModule {}
