import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PersonalDataAccessEntity } from '@ketqua/api/core';

export enum PersonalDataKindEnum {
  EVALUATION = 'EVALUATION',
  SPOT_CHECK = 'SPOT_CHECK',
  REPORT_EXPORT = 'REPORT_EXPORT',
  PERSONAL_DATA_DOWNLOAD = 'PERSONAL_DATA_DOWNLOAD',
}
registerEnumType(PersonalDataKindEnum, {
  name: 'PersonalDataKind',
  description: 'đánh giá · kiểm tra ngẫu nhiên · xuất báo cáo · tải dữ liệu cá nhân',
});

@ObjectType({ description: 'Một lần truy cập dữ liệu cá nhân: who read or took whose data, what, when and why.' })
export class DataAccess {
  @Field(() => ID) id!: string;
  @Field(() => GraphQLISODateTime) occurredAt!: Date;
  @Field(() => ID) viewerId!: string;
  @Field({ description: 'The viewer’s role at the time (ADMIN, HR, INSPECTOR).' }) viewerRole!: string;
  @Field(() => ID, { nullable: true, description: 'Whose data; null for an export of aggregates (a pilot report).' }) subjectId!: string | null;
  @Field(() => PersonalDataKindEnum) kind!: PersonalDataKindEnum;
  @Field(() => [ID], { description: 'The records read (evaluations, checks, the export).' }) recordIds!: string[];
  @Field(() => [String], { description: 'The fields read (e.g. record, selfAssessment, responseNote) or what was exported.' }) fieldGroups!: string[];
  @Field({ description: 'The GraphQL operation or the HTTP route.' }) operation!: string;
  @Field(() => String, { nullable: true, description: 'The purpose the viewer gave, if any.' }) purpose!: string | null;

  static from(e: PersonalDataAccessEntity): DataAccess {
    return Object.assign(new DataAccess(), {
      id: e.id,
      occurredAt: e.occurredAt,
      viewerId: e.viewerId,
      viewerRole: e.viewerRole,
      subjectId: e.subjectId,
      kind: e.kind as PersonalDataKindEnum,
      recordIds: e.recordIds,
      fieldGroups: e.fieldGroups,
      operation: e.operation,
      purpose: e.purpose,
    });
  }
}
