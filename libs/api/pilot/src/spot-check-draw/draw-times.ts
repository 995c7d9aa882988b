import { CoreHoursWindow, formatLocalTime, localDateTimeToInstant, parseCoreHours } from '@ketqua/domain';

/** The draw is made an hour before core hours begin, so its commitment is public before the day starts. */
export const DRAW_LEAD_MINUTES = 60;

export function drawDueAt(date: string, coreHours: readonly CoreHoursWindow[]): Date {
  const first = parseCoreHours(coreHours)[0];
  return localDateTimeToInstant(date, Math.max(0, first.startMinute - DRAW_LEAD_MINUTES));
}

export function coreHoursStart(date: string, coreHours: readonly CoreHoursWindow[]): Date {
  return localDateTimeToInstant(date, parseCoreHours(coreHours)[0].startMinute);
}

/** The end of the day's core hours: unanswered checks become MISSED and the seed is revealed. */
export function coreHoursEnd(date: string, coreHours: readonly CoreHoursWindow[]): Date {
  const windows = parseCoreHours(coreHours);
  return localDateTimeToInstant(date, windows[windows.length - 1].endMinute);
}

/**
 * A draw made late (the server started at 10:00) may only pick times still ahead: the core hours
 * recorded in the draw start at the next whole minute, and windows too short to answer in are
 * dropped. The draw stays a pure function of its published parameters, so it remains verifiable.
 */
export function remainingCoreHours(coreHours: readonly CoreHoursWindow[], nowMinute: number, answerWindowMinutes: number): CoreHoursWindow[] {
  const from = nowMinute + 1;
  return parseCoreHours(coreHours)
    .map((w) => ({ startMinute: Math.max(w.startMinute, from), endMinute: w.endMinute }))
    .filter((w) => w.endMinute - w.startMinute >= answerWindowMinutes)
    .map((w) => ({ start: formatLocalTime(w.startMinute), end: formatLocalTime(w.endMinute) }));
}
