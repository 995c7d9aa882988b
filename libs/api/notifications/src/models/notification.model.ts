import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NotificationSubjectKind } from '@ketqua/api/core';
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

/** The GraphQL enum of NOTIFICATION_SUBJECT_KINDS (core), one value each. */
export const NotificationSubjectKindEnum: { [K in NotificationSubjectKind]: K } = {
  ASSIGNMENT: 'ASSIGNMENT',
  ENROLLMENT: 'ENROLLMENT',
  SPOT_CHECK: 'SPOT_CHECK',
  SPOT_CHECK_FLAG: 'SPOT_CHECK_FLAG',
  EVALUATION: 'EVALUATION',
  EVALUATION_PERIOD: 'EVALUATION_PERIOD',
  WAIVER_REQUEST: 'WAIVER_REQUEST',
};
registerEnumType(NotificationSubjectKindEnum, {
  name: 'NotificationSubjectKind',
  description:
    'ASSIGNMENT nhiệm vụ · ENROLLMENT đăng ký làm việc tại nhà · SPOT_CHECK lượt kiểm tra ngẫu nhiên · SPOT_CHECK_FLAG cảnh báo kiểm tra ngẫu nhiên · EVALUATION phiếu đánh giá · EVALUATION_PERIOD kỳ đánh giá · WAIVER_REQUEST đề nghị miễn trừ khấu trừ',
});

@ObjectType({ description: 'What a notification is about: the dashboard decides which page shows it.' })
export class NotificationSubject {
  @Field(() => NotificationSubjectKindEnum) kind!: NotificationSubjectKind;
  @Field(() => ID) id!: string;
}

@ObjectType({ description: 'An in-app notification (thông báo) to the signed-in user.' })
export class Notification {
  @Field(() => ID) id!: string;
  @Field({ description: 'ASSIGNMENT_CREATED, DELIVERABLE_RETURNED, DELIVERABLE_ACCEPTED, DEADLINE_TOMORROW, SPOT_CHECK_PROMPTED, …' })
  kind!: string;
  @Field(() => LocalisedTextModel) title!: LocalisedTextModel;
  @Field(() => LocalisedTextModel, { nullable: true }) body!: LocalisedTextModel | null;
  @Field(() => NotificationSubject, { nullable: true, description: 'The assignment, enrollment, … it is about; null for a plain message.' })
  subject!: NotificationSubject | null;
  @Field(() => NotificationDataScalar, { description: 'Ids the client may need (assignmentId, spotCheckId, …).' })
  data!: Record<string, string | number | boolean | null>;
  @Field(() => GraphQLISODateTime, { nullable: true }) readAt!: Date | null;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When what it asked for (a request, a deliverable to review…) was decided; null while it waits or asks for nothing.',
  })
  handledAt!: Date | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;

  static from(e: NotificationEntity): Notification {
    return Object.assign(new Notification(), {
      id: e.id,
      kind: e.kind,
      title: { vi: e.titleVi, en: e.titleEn },
      body: e.bodyVi !== null && e.bodyEn !== null ? { vi: e.bodyVi, en: e.bodyEn } : null,
      subject: e.subjectKind && e.subjectId ? { kind: e.subjectKind, id: e.subjectId } : null,
      data: e.data ?? {},
      readAt: e.readAt,
      handledAt: e.handledAt ?? null,
      createdAt: new Date(e.createdAt),
    });
  }
}
