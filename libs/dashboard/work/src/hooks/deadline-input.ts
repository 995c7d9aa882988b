import { TIME_ZONE } from '@ketqua/dashboard/ui';
import dayjs, { type Dayjs } from 'dayjs';

/** The day picked (any device zone) at hh:mm in Ho Chi Minh City, as the ISO instant the API takes. */
export function deadlineInstant(day: Dayjs, time = '17:00'): string {
  return dayjs.tz(`${day.format('YYYY-MM-DD')} ${time}`, 'YYYY-MM-DD HH:mm', TIME_ZONE).toISOString();
}

/** The Ho Chi Minh City day and time of an instant, for editing it. */
export function deadlineParts(iso: string): { day: Dayjs; time: string } {
  const local = dayjs(iso).tz(TIME_ZONE);
  return { day: dayjs(local.format('YYYY-MM-DD')), time: local.format('HH:mm') };
}

/** Today in Ho Chi Minh City, as a day to compare picked days with. */
export function todayInHcm(): Dayjs {
  return dayjs(dayjs().tz(TIME_ZONE).format('YYYY-MM-DD'));
}

/** A DatePicker's disabledDate for deadlines: no day before `first` (today, or the current deadline's day). */
export const daysBefore =
  (first: Dayjs) =>
  (day: Dayjs): boolean =>
    day.isBefore(first, 'day');
