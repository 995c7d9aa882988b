import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar } from '@ketqua/api/core';
import { CalendarEntryKind } from '../dto/set-calendar-day.input';

export enum CalendarYearSource {
  /** HR loaded or edited the year: the rows in the database are the whole truth. */
  LOADED = 'LOADED',
  /** The official table shipped in libs/domain (2025, 2026). */
  SHIPPED_TABLE = 'SHIPPED_TABLE',
  /** No table: the fixed-date holidays of the Labour Code only (Tết and Giỗ Tổ missing, provisional). */
  FIXED_DATE_RULES = 'FIXED_DATE_RULES',
}
registerEnumType(CalendarYearSource, { name: 'CalendarYearSource', description: 'HR đã nạp · bảng có sẵn · chỉ ngày lễ cố định (tạm)' });

@ObjectType()
export class CalendarEntry {
  @Field(() => LocalDateScalar) date!: string;
  @Field(() => CalendarEntryKind) kind!: CalendarEntryKind;
  @Field() name!: string;
  @Field() document!: string;
}

@ObjectType({ description: 'A year of the working calendar (PRODUCT.md 4.2) and where it comes from.' })
export class WorkingCalendarYear {
  @Field(() => Int) year!: number;
  @Field(() => CalendarYearSource) source!: CalendarYearSource;
  @Field(() => [CalendarEntry]) entries!: CalendarEntry[];
  @Field(() => Int, { description: 'Working days in the year by this calendar.' }) workingDays!: number;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Last change by HR (LOADED years).' }) updatedAt!: Date | null;
}
