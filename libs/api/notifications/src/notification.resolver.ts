import { Args, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { abortable, Authenticated, AuthUser, Connection, CurrentUser, Exempt, filterEvents, IdArg, LiveSessions, RealtimeBus } from '@ketqua/api/core';
import { MarkNotificationsReadInput, NotificationsArgs } from './dto/notification.inputs';
import { Notification } from './models/notification.model';
import { NotificationEvent, NotificationService, notificationTopic } from './notification.service';

export const NotificationConnection = Connection(Notification);

@Resolver(() => Notification)
export class NotificationResolver {
  constructor(
    private readonly service: NotificationService,
    private readonly bus: RealtimeBus,
    private readonly live: LiveSessions,
  ) {}

  @Authenticated()
  @Query(() => NotificationConnection, { description: 'Your own notifications, newest first.' })
  notifications(@CurrentUser() user: AuthUser, @Args() args: NotificationsArgs) {
    return this.service.list(user, args.filter, args);
  }

  @Authenticated()
  @Query(() => Notification, { description: 'One of your own notifications (the link in an e-mail opens it); another person’s is NOT_FOUND.' })
  notification(@CurrentUser() user: AuthUser, @IdArg() id: string) {
    return this.service.one(user, id);
  }

  @Authenticated()
  @Query(() => Int, { description: 'How many of your notifications are unread (the bell).' })
  unreadNotificationCount(@CurrentUser() user: AuthUser) {
    return this.service.unreadCount(user);
  }

  @Authenticated()
  @Exempt({ readOnlyRoles: true })
  @Mutation(() => Int, { description: 'Marks your notifications read (the given ids, or all); returns the unread count left.' })
  markNotificationsRead(@CurrentUser() user: AuthUser, @Args('input') input: MarkNotificationsReadInput) {
    return this.service.markRead(user, input);
  }

  @Authenticated()
  @Mutation(() => Int, { description: "Marks all your notifications read (the bell's one click); returns the unread count left." })
  markAllNotificationsRead(@CurrentUser() user: AuthUser) {
    return this.service.markAllRead(user);
  }

  @Authenticated()
  @Subscription(() => Notification, {
    description: 'Your notifications as they are created (after the change that caused them has committed).',
    resolve: (event: NotificationEvent) => NotificationService.toModel(event),
  })
  notificationAdded(@CurrentUser() user: AuthUser): AsyncIterableIterator<NotificationEvent> {
    return abortable((signal) =>
      this.live.whileOpen(
        user,
        filterEvents(this.bus.subscribe<NotificationEvent>(notificationTopic(user.id), signal), (event) => event.recipientId === user.id),
      ),
    );
  }
}
