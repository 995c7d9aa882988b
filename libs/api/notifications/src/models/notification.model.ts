import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLScalarType } from 'graphql';
import { NotificationEntity } from '../notification.entity';

/** Output only: the small flat object of ids a notification carries. */
export const NotificationDataScalar = new GraphQLScalarType({
  name: 'NotificationData',
  description: 'A flat JSON object of ids and small values (assignmentId, spotCheckId, …).',
  serialize: (value) => value,
});

@ObjectType('LocalisedText', { description: 'A short text in both UI languages; the dashboard shows the one the user chose.' })
export class LocalisedTextModel {
  @Field() vi!: string;
  @Field() en!: string;
}

@ObjectType({ description: 'An in-app notification (thông báo) to the signed-in user.' })
export class Notification {
  @Field(() => ID) id!: string;
  @Field({ description: 'ASSIGNMENT_CREATED, DELIVERABLE_RETURNED, DELIVERABLE_ACCEPTED, DEADLINE_TOMORROW, SPOT_CHECK_PROMPTED, …' })
  kind!: string;
  @Field(() => LocalisedTextModel) title!: LocalisedTextModel;
  @Field(() => LocalisedTextModel, { nullable: true }) body!: LocalisedTextModel | null;
  @Field(() => String, { nullable: true, description: 'Dashboard path to open, e.g. /viec-cua-toi/<id>.' }) link!: string | null;
  @Field(() => NotificationDataScalar, { description: 'Ids the client may need (assignmentId, spotCheckId, …).' })
  data!: Record<string, string | number | boolean | null>;
  @Field(() => GraphQLISODateTime, { nullable: true }) readAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When what it asked for (a request, a deliverable to review…) was decided; null while it waits or asks for nothing.' })
  handledAt!: Date | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;

  static from(e: NotificationEntity): Notification {
    return Object.assign(new Notification(), {
      id: e.id, kind: e.kind,
      title: { vi: e.titleVi, en: e.titleEn },
      body: e.bodyVi !== null && e.bodyEn !== null ? { vi: e.bodyVi, en: e.bodyEn } : null,
      link: e.link, data: e.data ?? {}, readAt: e.readAt, handledAt: e.handledAt ?? null, createdAt: new Date(e.createdAt),
    });
  }
}
