import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { RetentionSettingEntity } from '../retention-setting.entity';

@ObjectType({ description: 'Thời hạn lưu trữ: how many days after a pilot ends its work logs, spot-check notes and uploaded files are kept.' })
export class RetentionSettings {
  @Field(() => Int, { description: 'Work-log notes are anonymised this many days after the pilot ends (dates and minutes stay).' }) workLogDays!: number;
  @Field(() => Int, { description: 'Spot-check answers, excuse reasons and follow-up notes are anonymised (times and outcomes stay).' }) spotCheckNoteDays!: number;
  @Field(() => Int, { description: 'Uploaded files are deleted (name, size and SHA-256 stay).' }) fileDays!: number;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  @Field(() => ID, { nullable: true }) updatedById!: string | null;
  @Field(() => Int) version!: number;

  static from(e: RetentionSettingEntity): RetentionSettings {
    return Object.assign(new RetentionSettings(), {
      workLogDays: e.workLogDays,
      spotCheckNoteDays: e.spotCheckNoteDays,
      fileDays: e.fileDays,
      updatedAt: e.updatedAt,
      updatedById: e.updatedById,
      version: e.version,
    });
  }
}

@ObjectType({ description: 'What one retention run did.' })
export class RetentionRun {
  @Field(() => Int) workLogsAnonymised!: number;
  @Field(() => Int) spotChecksAnonymised!: number;
  @Field(() => Int) followUpsAnonymised!: number;
  @Field(() => Int) filesDeleted!: number;
}
