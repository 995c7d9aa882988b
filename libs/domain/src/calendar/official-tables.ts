import { CalendarEntry, CalendarYearTable } from './calendar.types';

// The days off for cán bộ, công chức, viên chức. Only weekdays that become days off and weekend
// days that become working days are listed: the weekends inside a break are days off anyway.
// Each year's statutory 11 paid days (Labour Code 2019, art. 112) appear as 11 HOLIDAY weekdays
// once compensatory days (art. 111(3)) are counted.

const LABOUR_CODE_112 = 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112';
const LABOUR_CODE_111 = 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 111 khoản 3 (nghỉ bù)';

/*
 * 2025. Tết Ất Tỵ 25/01–02/02 and Quốc khánh 30/08–02/09 (2/9 with 1/9 adjacent): the Ministry of
 * Labour, Invalids and Social Affairs' notice of November 2024 on the Prime Minister's approval.
 * 30/4–1/5: the Prime Minister approved swapping Friday 02/05/2025 for Saturday 26/04/2025
 * (announced by the Ministry of Home Affairs, which took over labour affairs on 01/03/2025), giving
 * 30/04–04/05 off. Sources cross-checked: VietnamPlus/TTXVN "Công chức, viên chức được nghỉ thế nào
 * trong dịp lễ 30/4-1/5/2025" and the published 2025 holiday calendars. The notices' numbers were
 * not verifiable here, so the documents are named by issuer and date; HR can load the numbered
 * rows through loadCalendarRows.
 */
const TET_2025 = 'Thông báo của Bộ LĐTB&XH (11/2024) theo ý kiến Thủ tướng: nghỉ Tết Ất Tỵ 25/01–02/02/2025';
const SWAP_2025 = 'Thủ tướng đồng ý hoán đổi ngày làm việc 02/05/2025 sang thứ Bảy 26/04/2025 (Bộ Nội vụ thông báo, 04/2025)';
const NATIONAL_DAY_2025 = 'Thông báo của Bộ LĐTB&XH (11/2024) theo ý kiến Thủ tướng: nghỉ Quốc khánh 30/08–02/09/2025';

export const OFFICIAL_TABLE_2025: CalendarYearTable = {
  year: 2025,
  entries: [
    { date: '2025-01-01', kind: 'HOLIDAY', name: 'Tết Dương lịch', document: LABOUR_CODE_112 },
    { date: '2025-01-27', kind: 'HOLIDAY', name: 'Tết Nguyên đán (28 tháng Chạp)', document: TET_2025 },
    { date: '2025-01-28', kind: 'HOLIDAY', name: 'Tết Nguyên đán (29 tháng Chạp, Giao thừa)', document: TET_2025 },
    { date: '2025-01-29', kind: 'HOLIDAY', name: 'Tết Nguyên đán (Mùng 1)', document: TET_2025 },
    { date: '2025-01-30', kind: 'HOLIDAY', name: 'Tết Nguyên đán (Mùng 2)', document: TET_2025 },
    { date: '2025-01-31', kind: 'HOLIDAY', name: 'Tết Nguyên đán (Mùng 3)', document: TET_2025 },
    { date: '2025-04-07', kind: 'HOLIDAY', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', document: LABOUR_CODE_112 },
    { date: '2025-04-26', kind: 'MAKE_UP_WORKDAY', name: 'Làm bù cho ngày 02/05/2025', document: SWAP_2025 },
    { date: '2025-04-30', kind: 'HOLIDAY', name: 'Ngày Giải phóng miền Nam, thống nhất đất nước', document: LABOUR_CODE_112 },
    { date: '2025-05-01', kind: 'HOLIDAY', name: 'Ngày Quốc tế Lao động', document: LABOUR_CODE_112 },
    { date: '2025-05-02', kind: 'SWAPPED_DAY_OFF', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 26/04/2025)', document: SWAP_2025 },
    { date: '2025-09-01', kind: 'HOLIDAY', name: 'Quốc khánh (ngày liền kề)', document: NATIONAL_DAY_2025 },
    { date: '2025-09-02', kind: 'HOLIDAY', name: 'Quốc khánh', document: LABOUR_CODE_112 },
  ],
};

/*
 * 2026. Tết Dương lịch: Văn bản 12729/VPCP-KGVX (25/12/2025), 01/01–04/01 off, Friday 02/01 swapped
 * for Saturday 10/01. Tết Bính Ngọ 14/02–22/02 and Quốc khánh 29/08–02/09 (1/9 adjacent; Monday 31/08
 * swapped for Saturday 22/08): the Prime Minister's approval of the Ministry of Home Affairs'
 * proposal, conveyed by the Government Office on 13/10/2025. Giỗ Tổ Hùng Vương (10/3 Bính Ngọ)
 * falls on Sunday 26/04/2026, so Monday 27/04 is the compensatory day.
 */
const NEW_YEAR_2026 = 'Văn bản 12729/VPCP-KGVX ngày 25/12/2025 (hoán đổi 02/01/2026 sang thứ Bảy 10/01/2026)';
const TET_2026 = 'Văn phòng Chính phủ truyền đạt ý kiến Thủ tướng (13/10/2025): nghỉ Tết Bính Ngọ 14/02–22/02/2026';
const NATIONAL_DAY_2026 = 'Văn phòng Chính phủ truyền đạt ý kiến Thủ tướng (13/10/2025): nghỉ Quốc khánh 29/08–02/09/2026, hoán đổi 31/08 sang thứ Bảy 22/08/2026';

export const OFFICIAL_TABLE_2026: CalendarYearTable = {
  year: 2026,
  entries: [
    { date: '2026-01-01', kind: 'HOLIDAY', name: 'Tết Dương lịch', document: LABOUR_CODE_112 },
    { date: '2026-01-02', kind: 'SWAPPED_DAY_OFF', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 10/01/2026)', document: NEW_YEAR_2026 },
    { date: '2026-01-10', kind: 'MAKE_UP_WORKDAY', name: 'Làm bù cho ngày 02/01/2026', document: NEW_YEAR_2026 },
    { date: '2026-02-16', kind: 'HOLIDAY', name: 'Tết Nguyên đán (29 tháng Chạp, Giao thừa)', document: TET_2026 },
    { date: '2026-02-17', kind: 'HOLIDAY', name: 'Tết Nguyên đán (Mùng 1)', document: TET_2026 },
    { date: '2026-02-18', kind: 'HOLIDAY', name: 'Tết Nguyên đán (Mùng 2)', document: TET_2026 },
    { date: '2026-02-19', kind: 'HOLIDAY', name: 'Tết Nguyên đán (Mùng 3)', document: TET_2026 },
    { date: '2026-02-20', kind: 'HOLIDAY', name: 'Tết Nguyên đán (Mùng 4)', document: TET_2026 },
    { date: '2026-04-27', kind: 'HOLIDAY', name: 'Nghỉ bù Giỗ Tổ Hùng Vương (26/04/2026 là Chủ nhật)', document: LABOUR_CODE_111 },
    { date: '2026-04-30', kind: 'HOLIDAY', name: 'Ngày Giải phóng miền Nam, thống nhất đất nước', document: LABOUR_CODE_112 },
    { date: '2026-05-01', kind: 'HOLIDAY', name: 'Ngày Quốc tế Lao động', document: LABOUR_CODE_112 },
    { date: '2026-08-22', kind: 'MAKE_UP_WORKDAY', name: 'Làm bù cho ngày 31/08/2026', document: NATIONAL_DAY_2026 },
    { date: '2026-08-31', kind: 'SWAPPED_DAY_OFF', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 22/08/2026)', document: NATIONAL_DAY_2026 },
    { date: '2026-09-01', kind: 'HOLIDAY', name: 'Quốc khánh (ngày liền kề)', document: NATIONAL_DAY_2026 },
    { date: '2026-09-02', kind: 'HOLIDAY', name: 'Quốc khánh', document: LABOUR_CODE_112 },
  ],
};

export const OFFICIAL_TABLES: readonly CalendarYearTable[] = [OFFICIAL_TABLE_2025, OFFICIAL_TABLE_2026];

/** Every official entry, e.g. to seed the database's editable holiday table. */
export function officialEntries(): CalendarEntry[] {
  return OFFICIAL_TABLES.flatMap((table) => table.entries);
}
