import { Args, Field, InputType, Mutation, ObjectType, Query, registerEnumType, Resolver } from '@nestjs/graphql';
import { Authenticated, AuthUser, BadInputError, CurrentUser, Exempt, MailTransport } from '@ketqua/api/core';
import { NOTIFICATION_DELIVERIES, NotificationDelivery } from '@ketqua/domain';
import { IsIn } from 'class-validator';
import { DataSource } from 'typeorm';
import { MailOutbox } from './mail-outbox.service';

/** The GraphQL enum of NOTIFICATION_DELIVERIES (libs/domain). */
export const NotificationDeliveryEnum = Object.fromEntries(NOTIFICATION_DELIVERIES.map((d) => [d, d])) as { [K in NotificationDelivery]: K };
registerEnumType(NotificationDeliveryEnum, {
  name: 'NotificationDelivery',
  description: 'IN_APP chỉ trong ứng dụng (mặc định) · IMMEDIATE gửi thư ngay · DAILY_DIGEST thư tổng hợp hằng ngày',
});

@ObjectType({ description: 'How you receive notifications: in the app only, or also by official e-mail.' })
export class NotificationPreference {
  @Field(() => NotificationDeliveryEnum)
  delivery!: NotificationDelivery;

  @Field({ description: 'Official e-mail is configured on this server (otherwise only IN_APP can be chosen).' })
  mailAvailable!: boolean;

  @Field({ description: 'Where mail goes: your account’s e-mail.' })
  email!: string;
}

@InputType()
export class SetNotificationDeliveryInput {
  @Field(() => NotificationDeliveryEnum)
  @IsIn(NOTIFICATION_DELIVERIES)
  delivery!: NotificationDelivery;
}

const mailNotConfigured = () =>
  new BadInputError(
    'MAIL_NOT_CONFIGURED',
    {
      vi: 'Máy chủ chưa cấu hình thư điện tử công vụ; hiện chỉ nhận được thông báo trong ứng dụng.',
      en: 'Official e-mail is not configured on this server; notifications stay in the app.',
    },
    [{ field: 'input.delivery', message: { vi: 'chỉ chọn được IN_APP', en: 'only IN_APP can be chosen' } }],
  );

@Resolver(() => NotificationPreference)
export class NotificationPreferenceResolver {
  constructor(
    private readonly outbox: MailOutbox,
    private readonly transport: MailTransport,
    private readonly dataSource: DataSource,
  ) {}

  private async preferenceOf(userId: string): Promise<NotificationPreference> {
    const [{ email }] = (await this.dataSource.query(`SELECT email FROM app_user WHERE id = $1`, [userId])) as Array<{ email: string }>;
    return { delivery: await this.outbox.deliveryOf(userId), mailAvailable: this.transport.configured, email };
  }

  @Authenticated()
  @Query(() => NotificationPreference, { description: 'Your own choice of how notifications reach you.' })
  myNotificationPreference(@CurrentUser() user: AuthUser): Promise<NotificationPreference> {
    return this.preferenceOf(user.id);
  }

  @Authenticated()
  // Changes only the caller's own inbox: the read-only INSPECTOR may choose too.
  @Exempt({ readOnlyRoles: true })
  @Mutation(() => NotificationPreference, { description: 'Chooses how your notifications reach you (yours only; audited).' })
  async setMyNotificationDelivery(@CurrentUser() user: AuthUser, @Args('input') input: SetNotificationDeliveryInput): Promise<NotificationPreference> {
    if (input.delivery !== 'IN_APP' && !this.transport.configured) throw mailNotConfigured();
    await this.outbox.setDelivery(user.id, input.delivery);
    return this.preferenceOf(user.id);
  }
}
