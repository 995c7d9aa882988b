import { HO_CHI_MINH_TIME_ZONE } from '@ketqua/domain';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.extend(customParseFormat);

/** Everyone using Ketqua works on Ho Chi Minh City time, whatever their device says. */
export const TIME_ZONE = HO_CHI_MINH_TIME_ZONE;
export const DATE_FORMAT = 'DD/MM/YYYY';
export const DATE_TIME_FORMAT = 'HH:mm DD/MM/YYYY';

/** A calendar day from the API (LocalDate, YYYY-MM-DD) as dd/MM/yyyy; no time-zone shift. */
export function formatLocalDate(value: string | null | undefined): string {
  if (!value) return '';
  const day = dayjs(value, 'YYYY-MM-DD', true);
  return day.isValid() ? day.format(DATE_FORMAT) : value;
}

/** An instant from the API (DateTime, ISO 8601 UTC) as HH:mm dd/MM/yyyy in Ho Chi Minh City. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const instant = dayjs(value);
  return instant.isValid() ? instant.tz(TIME_ZONE).format(DATE_TIME_FORMAT) : value;
}
