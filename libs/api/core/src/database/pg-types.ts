import { types } from 'pg';

/**
 * `date` columns are local working days in Asia/Ho_Chi_Minh: keep them as 'YYYY-MM-DD' strings.
 * The pg default turns them into a JS Date at the server's local midnight, which shifts the day.
 */
const DATE_OID = 1082;
types.setTypeParser(DATE_OID, (value: string) => value);
/** bigint counts (count(*)) fit in a JS number at our scale. */
const INT8_OID = 20;
types.setTypeParser(INT8_OID, (value: string) => Number(value));
