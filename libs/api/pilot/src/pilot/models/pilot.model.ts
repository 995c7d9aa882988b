import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar } from '@ketqua/api/core';
import { PilotEntity } from '../pilot.entity';

export enum PilotPhase {
  UPCOMING = 'UPCOMING',
  RUNNING = 'RUNNING',
  ENDED = 'ENDED',
}
registerEnumType(PilotPhase, { name: 'PilotPhase', description: 'sắp bắt đầu · đang chạy · đã kết thúc (by today in Asia/Ho_Chi_Minh)' });

@ObjectType('CoreHoursWindow', { description: 'Core hours, local time: start included, end excluded.' })
export class CoreHoursWindowModel {
  @Field() start!: string;
  @Field() end!: string;
}

@ObjectType({ description: 'Đề án thí điểm: a home-work pilot with its rules (PRODUCT.md 4.1, 4.2, 4.6).' })
export class Pilot {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'Số/ký hiệu of the deciding document.' }) decisionNumber!: string;
  @Field(() => LocalDateScalar) startDate!: string;
  @Field(() => LocalDateScalar) endDate!: string;
  @Field(() => Int) maxHomeSharePercent!: number;
  @Field(() => Int) minOnSite!: number;
  @Field(() => Int) maxHomeDaysPerWeek!: number;
  @Field(() => [CoreHoursWindowModel]) coreHours!: CoreHoursWindowModel[];
  @Field(() => Float, { description: 'Percent of the officials at home checked each day.' }) sampleRatePercent!: number;
  @Field(() => Int) answerWindowMinutes!: number;
  @Field({ description: 'The libs/domain rule set of the defaults and thresholds.' }) ruleSetVersion!: string;
  @Field(() => [ID]) unitIds!: string[];
  @Field(() => Int) version!: number;

  static from(e: PilotEntity, unitIds: string[]): Pilot {
    return Object.assign(new Pilot(), {
      id: e.id,
      name: e.name,
      decisionNumber: e.decisionNumber,
      startDate: e.startDate,
      endDate: e.endDate,
      maxHomeSharePercent: e.maxHomeSharePercent,
      minOnSite: e.minOnSite,
      maxHomeDaysPerWeek: e.maxHomeDaysPerWeek,
      coreHours: e.coreHours.map((w) => ({ start: w.start, end: w.end })),
      sampleRatePercent: e.sampleRateBasisPoints / 100,
      answerWindowMinutes: e.answerWindowMinutes,
      ruleSetVersion: e.ruleSetVersion,
      unitIds,
      version: e.version,
    });
  }
}
