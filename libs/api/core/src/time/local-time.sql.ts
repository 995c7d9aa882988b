import { HO_CHI_MINH_TIME_ZONE } from '@ketqua/domain';

/** SQL for the Asia/Ho_Chi_Minh calendar date of a timestamptz column (the twin of domain toLocalDate). */
export function localDateSql(column: string): string {
  return `(${column} AT TIME ZONE '${HO_CHI_MINH_TIME_ZONE}')::date`;
}

/** SQL for the Asia/Ho_Chi_Minh wall-clock time of a timestamptz column. */
export function localTimeSql(column: string): string {
  return `(${column} AT TIME ZONE '${HO_CHI_MINH_TIME_ZONE}')::time`;
}
