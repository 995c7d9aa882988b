import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '@ketqua/api/core';
import { WorkLogEntity } from '../work-log.entity';

@ObjectType({ description: 'Nhật ký công việc: one entry of what an official did on a day.' })
export class WorkLog {
  @Field(() => ID) id!: string;
  @Field(() => ID) officialId!: string;
  @Field(() => ID, { nullable: true }) assignmentId!: string | null;
  @Field(() => LocalDateScalar) workDate!: string;
  @Field(() => Int) minutes!: number;
  @Field() note!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;

  static from(e: WorkLogEntity): WorkLog {
    return Object.assign(new WorkLog(), {
      id: e.id,
      officialId: e.officialId,
      assignmentId: e.assignmentId,
      workDate: e.workDate,
      minutes: e.minutes,
      note: e.note,
      createdAt: e.createdAt,
    });
  }
}
