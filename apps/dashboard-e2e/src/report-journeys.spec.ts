// Báo cáo thí điểm in Chromium against the real API (issue 12, journey 3): HR of one agency opens
// the pilot report, runs it on the pilot report's own fixture city (the API e2e tests' SQL city:
// two agencies, a pilot from 03/2026 with a planted home effect), reads the difference in
// differences and sees a chart, starts the Excel export, watches its live progress bar reach 100%
// and downloads the workbook, which the test parses back with exceljs and compares with the API.
// Background jobs do not run in tests (JOBS_ENABLED=false): the export job is run by calling
// ReportExportRunner while the page is open, as the API e2e does, so the subscription pushes it.
// A unit head and an official do not have the page: no menu entry, and its URL shows the
// forbidden state.
import { ReportExportRunner, SUMMARY_SHEET, XLSX_HEADER_ROW } from '@ketqua/api/reports';
import { createTestApp, type TestApp } from '@ketqua/api/testing';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
// The report city is the API e2e tests' own fixture (rows as the features write them), reused here.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { buildReportCity, type ReportCity } from '../../api-e2e/src/reports/pilot-report-fixture';
import { axeViolations, blocking, describeViolations } from './support/axe';
import { launchChromium, screenshot, seen, settled, signIn } from './support/chromium';

const PASSWORD = 'Ketqua@2026';
const NOW = new Date('2026-06-10T09:00:00+07:00');
const dashboardDir = join(__dirname, '../../../dist/apps/dashboard');

const REPORT = `query($input: PilotReportInput!) { pilotReport(input: $input) {
  summary { cohort phase headcount meanScore completionRatePercent }
  did { estimate lower upper confidenceLevel }
  byUnit { name cells { cohort phase headcount } }
} }`;

interface ApiReport {
  summary: { cohort: string; phase: string; headcount: number; meanScore: number | null; completionRatePercent: number | null }[];
  did: { estimate: number; lower: number; upper: number; confidenceLevel: number };
  byUnit: { name: string; cells: { cohort: string; phase: string; headcount: number }[] }[];
}

let app: TestApp;
let browser: Browser;
let city: ReportCity;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [app, browser] = await Promise.all([createTestApp({ dashboardDir, now: NOW }), launchChromium()]);
  city = await buildReportCity(app);
}, 240_000);

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await app?.close();
});

jest.setTimeout(180_000);

/** Every GraphQL-over-WebSocket message each page sent (the subscriptions share one socket opened at sign-in). */
const sentFrames = new WeakMap<Page, string[]>();

/** Signs in with the browser's clock on the server's day, so "the last ended month" is the server's. */
async function open(email: string, viewport = { width: 1366, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ bypassCSP: true, viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', acceptDownloads: true });
  contexts.push(context);
  const page = await context.newPage();
  await page.clock.setFixedTime(NOW);
  const frames: string[] = [];
  sentFrames.set(page, frames);
  page.on('websocket', (ws) => ws.on('framesent', (f) => frames.push(String(f.payload))));
  await signIn(page, app.url, email, PASSWORD);
  await seen(page.getByRole('button', { name: 'Đăng xuất' }));
  return page;
}

async function subscribedTo(page: Page, ...parts: string[]): Promise<void> {
  const frames = sentFrames.get(page) ?? [];
  for (let waited = 0; !frames.some((f) => f.includes('"subscribe"') && parts.every((p) => f.includes(p))); waited += 100) {
    if (waited > 15_000) throw new Error(`the page did not subscribe to ${parts.join(', ')}; sent: ${frames.join('\n').slice(0, 2000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Picks an option of an antd Select opened from its label (the listbox is rendered in a popup). */
async function pick(page: Page, label: string, option: string | RegExp): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
}

async function noBlockingViolations(page: Page): Promise<void> {
  await settled(page);
  expect(describeViolations(blocking(await axeViolations(page)))).toBe('');
}

const vi = (n: number) => new Intl.NumberFormat('vi-VN', { signDisplay: 'exceptZero', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);

describe('the pilot report in Chromium', () => {
  it('HR runs Báo cáo thí điểm, reads the DiD and a chart, exports Excel with a live bar to 100% and downloads the workbook that equals the API', async () => {
    const page = await open(city.emails.hrA);
    await page.getByRole('menuitem', { name: 'Báo cáo thí điểm' }).click();
    await seen(page.getByRole('heading', { level: 1, name: 'Báo cáo thí điểm' }));
    expect(new URL(page.url()).pathname).toBe('/bao-cao-thi-diem');
    await settled(page);

    await pick(page, 'Đề án thí điểm', 'Thí điểm báo cáo');
    // Defaults from the pilot: 03/2026 (its start) to 05/2026 (the last ended month), baseline the six months before.
    const form = page.locator('form');
    await seen(form.locator('.ant-select', { has: page.getByLabel('Kỳ thí điểm từ tháng', { exact: true }) }).getByText('03/2026'));
    await seen(form.locator('.ant-select', { has: page.getByLabel('Kỳ thí điểm đến tháng', { exact: true }) }).getByText('05/2026'));
    await seen(form.locator('.ant-select', { has: page.getByLabel('Kỳ so sánh từ tháng', { exact: true }) }).getByText('09/2025'));
    await seen(form.locator('.ant-select', { has: page.getByLabel('Kỳ so sánh đến tháng', { exact: true }) }).getByText('02/2026'));
    // The city's evaluations start in January: the baseline from 01/2026.
    await pick(page, 'Kỳ so sánh từ tháng', '01/2026');
    await page.getByRole('button', { name: 'Xem báo cáo' }).click();

    const input = { pilotId: city.pilotId, period: { from: '2026-03', to: '2026-05' }, baseline: { from: '2026-01', to: '2026-02' }, agencyId: null, unitId: null };
    const res = await app.gql<{ pilotReport: ApiReport }>(REPORT, { input }, { token: await app.login(city.emails.hrA, PASSWORD) });
    const api = res.data?.pilotReport as ApiReport;
    const { did } = api;
    expect(did.lower).toBeGreaterThan(0);

    const sentence = `Chênh lệch kép: ${vi(did.estimate)} điểm (KTC 95%: ${vi(did.lower)} đến ${vi(did.upper)})`;
    await seen(page.getByTestId('did-sentence').getByText(sentence, { exact: true }));
    await seen(page.getByText('Khoảng tin cậy không chứa 0: chênh lệch giữa hai nhóm có ý nghĩa thống kê ở mức 95%.'));
    await seen(page.getByText(/Kỳ thí điểm 03\/2026–05\/2026 \(3 tháng\) so với kỳ so sánh 01\/2026–02\/2026 \(2 tháng\)/));
    await seen(page.getByText(/Số liệu tính đến \d\d:\d\d 10\/06\/2026/));

    // Headline: the home cohort's pilot cell as the API counts it.
    const homePilot = api.summary.find((s) => s.cohort === 'HOME' && s.phase === 'PILOT')!;
    const card = page.getByTestId('headline-HOME-PILOT');
    await seen(card.getByText('Nhóm tại nhà · Kỳ thí điểm'));
    expect(await card.locator('.ant-statistic', { hasText: 'Số công chức' }).locator('.ant-statistic-content').innerText()).toBe(String(homePilot.headcount));

    // A chart: drawn as SVG, named by its title, its data in words beside it.
    const chart = page.getByRole('img', { name: 'Điểm bình quân theo nhóm và kỳ' });
    await seen(chart);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="chart-2"] svg path').length > 4);
    const words = await page.getByTestId('chart-2').locator('figcaption').textContent();
    const homeBaseline = api.summary.find((s) => s.cohort === 'HOME' && s.phase === 'BASELINE')!;
    expect(words).toContain(`Nhóm tại nhà: Kỳ so sánh ${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(homeBaseline.meanScore as number)}`);
    await seen(page.getByRole('img', { name: 'Điểm bình quân hằng tháng trước thí điểm' }));
    await seen(page.getByRole('img', { name: 'Phân bố xếp loại trong kỳ thí điểm' }));

    // The unit table: one row per unit × cohort × phase, sortable, Vietnamese headers.
    await page.getByRole('tab', { name: 'Theo đơn vị' }).click();
    const unitTable = page.getByTestId('by-unit');
    await seen(unitTable.getByRole('columnheader', { name: /Tỷ lệ hoàn thành/ }));
    expect(await unitTable.locator('tbody tr.ant-table-row').count()).toBe(api.byUnit.reduce((n, u) => n + u.cells.length, 0));
    await seen(page.getByTestId('balance').getByRole('columnheader', { name: 'Tỷ trọng tại nhà' }));
    await seen(page.getByTestId('data-quality').getByText(/Thiếu phiếu đánh giá: \d+/));
    await seen(page.getByTestId('data-quality').getByText(/Chuyển nhóm trong kỳ: \d+/));
    await seen(page.getByTestId('method-note').getByText(/bootstrap/i));
    await seen(page.getByTestId('citizen-service'));
    await settled(page);
    await screenshot(page, 'bao-cao-thi-diem');
    await noBlockingViolations(page);

    // Tải Excel: the bar appears at 0, subscribed; the job runs; the bar reaches 100 live.
    await page.getByRole('button', { name: 'Tải Excel' }).click();
    const bar = page.getByRole('progressbar', { name: 'Tiến độ tạo tệp Excel' });
    await seen(bar);
    const [{ id }] = await app.dataSource.query(`SELECT id FROM report_export WHERE format = 'XLSX' ORDER BY requested_at DESC LIMIT 1`);
    await subscribedTo(page, 'reportExportProgress', id);
    expect(await bar.getAttribute('aria-valuenow')).toBe('0');
    await screenshot(page, 'bao-cao-thi-diem-export-queued');
    await app.app.get(ReportExportRunner).run(id);
    await page.waitForFunction(() => document.querySelector('[data-testid="export-XLSX"] [role="progressbar"]')?.getAttribute('aria-valuenow') === '100', undefined, {
      timeout: 15_000,
    });
    const exportBox = page.getByTestId('export-XLSX');
    await seen(exportBox.getByText('Excel · Hoàn tất'));
    await seen(exportBox.getByText(/Tệp bao-cao-thi-diem-202603-202605\.xlsx \(.+ KB\) đã sẵn sàng\./));
    await seen(exportBox.getByRole('button', { name: 'Tải bản kê (manifest)' }));
    await screenshot(page, 'bao-cao-thi-diem-export-done');
    await noBlockingViolations(page);

    const [download] = await Promise.all([page.waitForEvent('download'), exportBox.getByRole('button', { name: 'Tải tệp Excel' }).click()]);
    expect(download.suggestedFilename()).toBe('bao-cao-thi-diem-202603-202605.xlsx');
    const file = readFileSync(await download.path());
    // The workbook itself (a ZIP), not the dashboard's page served in its place.
    expect(file.subarray(0, 2).toString('latin1')).toBe('PK');

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toContain('Theo đơn vị');
    const summary = book.getWorksheet(SUMMARY_SHEET)!;
    const didAt = summary.getColumn(1).values.findIndex((v) => v === 'Chênh lệch kép (DiD) của điểm bình quân');
    expect(summary.getRow(didAt).values).toEqual([undefined, 'Chênh lệch kép (DiD) của điểm bình quân', did.estimate, did.lower, did.upper, did.confidenceLevel]);
    const cohorts = book.getWorksheet('Theo nhóm và kỳ')!;
    const header = (cohorts.getRow(XLSX_HEADER_ROW).values as unknown[]).slice(1);
    const col = (name: string) => header.indexOf(name) + 1;
    const fromSheet: Array<[unknown, unknown, unknown]> = [];
    cohorts.eachRow((row, n) => {
      if (n > XLSX_HEADER_ROW) fromSheet.push([row.getCell(col('Nhóm')).value, row.getCell(col('Kỳ')).value, row.getCell(col('Số công chức')).value]);
    });
    const names = { HOME: 'Tại nhà', OFFICE: 'Tại cơ quan', BASELINE: 'Kỳ so sánh', PILOT: 'Kỳ thí điểm' } as Record<string, string>;
    expect(fromSheet).toEqual(api.summary.map((s) => [names[s.cohort], names[s.phase], s.headcount]));
    const units = book.getWorksheet('Theo đơn vị')!;
    expect(units.rowCount - XLSX_HEADER_ROW).toBe(api.byUnit.reduce((n, u) => n + u.cells.length, 0));
  });

  it('on a phone the report reflows: the DiD, a chart and the download buttons are there without sideways scrolling of the page', async () => {
    const page = await open(city.emails.hrA, { width: 390, height: 844 });
    await page.goto(`${app.url}/bao-cao-thi-diem`);
    await seen(page.getByRole('heading', { level: 1, name: 'Báo cáo thí điểm' }));
    await settled(page);
    await pick(page, 'Đề án thí điểm', 'Thí điểm báo cáo');
    await page.getByRole('button', { name: 'Xem báo cáo' }).click();
    await seen(page.getByTestId('did-sentence'));
    await seen(page.getByRole('img', { name: 'Điểm bình quân hằng tháng trước thí điểm' }));
    await seen(page.getByRole('button', { name: 'Tải PDF' }));
    await settled(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    await screenshot(page, 'bao-cao-thi-diem-mobile');
  });

  it.each([
    ['a unit head', 'head@demo.ketqua.vn'],
    ['an official', 'official@demo.ketqua.vn'],
  ])('%s has no Báo cáo thí điểm in the menu, and its URL shows the forbidden state', async (_who, email) => {
    const page = await open(email);
    await settled(page);
    expect(await page.getByRole('menuitem', { name: 'Báo cáo thí điểm' }).count()).toBe(0);
    await page.goto(`${app.url}/bao-cao-thi-diem`);
    await seen(page.getByText('Bạn không có quyền xem trang này.'));
    expect(await page.getByRole('heading', { level: 1, name: 'Báo cáo thí điểm' }).count()).toBe(0);
  });
});
