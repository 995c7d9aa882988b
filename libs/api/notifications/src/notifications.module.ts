import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationSender } from '@ketqua/api/core';
import { NotificationEntity } from './notification.entity';
import { NotificationResolver } from './notification.resolver';
import { NotificationService } from './notification.service';

/**
 * In-app notifications. Global so every feature can inject the core port NotificationSender
 * (features never import this module: ENGINEERING.md).
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity])],
  providers: [NotificationService, NotificationResolver, { provide: NotificationSender, useExisting: NotificationService }],
  exports: [NotificationSender],
})
export class NotificationsModule {}
