// The pilot in Chromium against the real API with the demo city's running pilot (issue 6): an
// official asks to work from home and reads the commitment in Vietnamese; the head approves one
// request and is refused the next at the cap with the day named; a picked official answers the
// spot-check prompt live; an inspector recomputes the revealed draw in the browser and sees "Khớp".
// The server's clock is moved (libs/api/testing exposes it) to a Tuesday after today, and the
// scheduler's sweep is run by hand at the times the background jobs would run it.
import { SpotCheckScheduler } from '@ketqua/api/pilot';
import { createTestApp, type TestApp } from '@ketqua/api/testing';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, screenshot, seen, signIn } from './support/chromium';

const PASSWORD = 'Ketqua@2026';
const HEAD = 'head@demo.ketqua.vn';
const HR = 'hr@demo.ketqua.vn';
const INSPECTOR = 'inspector@demo.ketqua.vn';
// Phòng Công chức viên chức (7 people, at most 2 at home a day): Lý Gia Huy has no arrangement yet;
// Hồ Thị Diễm My's pending Monday–Thursday request would put a third person at home on Monday.
const NEWCOMER = 'ly.gia.huy@demo.ketqua.vn';
const root = join(__dirname, '../../..');
const dashboardDir = join(root, 'dist/apps/dashboard');

let app: TestApp;
let browser: Browser;
let downloads: string;
const contexts: BrowserContext[] = [];
/** The Tuesday the journeys happen on, YYYY-MM-DD in Asia/Ho_Chi_Minh. */
let day: string;
let ccvc: string;

const at = (date: string, time: string) => new Date(`${date}T${time}:00+07:00`);
const addDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

async function hrGql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await app.gql<T>(query, variables, { token: await app.login(HR, PASSWORD) });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

/** The first Tuesday after today that the calendar keeps a working day, inside the demo pilot (extended when needed). */
async function chooseTuesday(): Promise<string> {
  const today = app.clock.today();
  let date = addDays(today, 1);
  while (new Date(`${date}T00:00:00Z`).getUTCDay() !== 2) date = addDays(date, 1);
  for (;;) {
    const { workingCalendar } = await hrGql<{ workingCalendar: { entries: Array<{ date: string; kind: string }> } }>(
      'query($year: Int!) { workingCalendar(year: $year) { entries { date kind } } }',
      { year: Number(date.slice(0, 4)) },
    );
    if (!workingCalendar.entries.some((e) => e.date === date && e.kind !== 'MAKE_UP_WORKDAY')) break;
    date = addDays(date, 7);
  }
  const { pilots } = await hrGql<{ pilots: { edges: Array<{ node: { id: string; version: number; endDate: string } }> } }>(
    '{ pilots(first: 5) { edges { node { id version endDate } } } }',
  );
  const pilot = pilots.edges[0].node;
  if (pilot.endDate < addDays(date, 30)) {
    await hrGql('mutation($input: UpdatePilotInput!) { updatePilot(input: $input) { id } }', { input: { id: pilot.id, version: pilot.version, endDate: addDays(date, 90) } });
  }
  return date;
}

beforeAll(async () => {
  downloads = mkdtempSync(join(tmpdir(), 'ketqua-draws-'));
  [app, browser] = await Promise.all([createTestApp({ dashboardDir, seedDemo: 'full' }), launchChromium()]);
  day = await chooseTuesday();
  [{ id: ccvc }] = await app.dataSource.query(`SELECT u.id FROM unit u JOIN agency a ON a.id = u.agency_id WHERE a.code = 'SNV' AND u.code = 'CCVC'`);
  app.clock.setNow(at(day, '06:45'));
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await app?.close();
  rmSync(downloads, { recursive: true, force: true });
});

async function open(email: string, beforeSignIn?: (page: Page) => void): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', acceptDownloads: true });
  contexts.push(context);
  const page = await context.newPage();
  beforeSignIn?.(page);
  await signIn(page, app.url, email, PASSWORD);
  await seen(page.getByRole('button', { name: 'Đăng xuất' }));
  return page;
}

const sweepAt = (instant: Date) => {
  app.clock.setNow(instant);
  return app.app.get(SpotCheckScheduler).sweep();
};

describe('pilot journeys in Chromium', () => {
  it('an official asks to work from home: today is an office day, the commitment is read in Vietnamese, the request waits for the head', async () => {
    const page = await open(NEWCOMER);
    await page.getByRole('menuitem', { name: 'Làm việc tại nhà' }).click();
    await seen(page.getByRole('heading', { level: 1, name: 'Làm việc tại nhà' }));
    await seen(page.getByTestId('today-status').getByText('Hôm nay bạn làm việc tại cơ quan.'));
    await seen(page.getByText('Bạn chưa đăng ký làm việc tại nhà.'));

    await page.getByRole('button', { name: 'Đăng ký làm việc tại nhà' }).click();
    const dialog = page.getByRole('dialog');
    await seen(dialog.getByTestId('commitment-text').getByText('Bản cam kết làm việc tại nhà'));
    await seen(dialog.getByText(/Tôi tự nguyện đăng ký làm việc tại nhà theo Đề án thí điểm và cam kết/));
    await seen(dialog.getByText(/Bảo đảm an toàn, an ninh thông tin/));

    // Sent without accepting or ticking anything: the form says what is missing.
    await dialog.getByRole('button', { name: 'Gửi đăng ký' }).click();
    await seen(dialog.getByText('Chọn ít nhất một ngày.'));
    await seen(dialog.getByText('Cần chấp nhận bản cam kết.'));
    await seen(dialog.getByText('Cần xác nhận đủ thiết bị.'));

    for (const label of ['Thứ Ba', 'Thứ Năm', 'Tôi đã đọc và cam kết thực hiện đúng nội dung trên.', 'Máy tính', 'Điện thoại', 'Máy in', 'Kết nối Internet']) {
      await dialog.getByLabel(label, { exact: true }).check();
    }
    await screenshot(page, 'pilot-enrollment-form-vi');
    await dialog.getByRole('button', { name: 'Gửi đăng ký' }).click();
    await seen(page.getByText('Đã gửi đăng ký; chờ trưởng đơn vị duyệt.'));
    const request = page.getByTestId('my-enrollment');
    await seen(request.getByText('Chờ duyệt'));
    await seen(request.getByText('Thứ Ba, Thứ Năm'));
    await seen(request.getByText(/Đã chấp nhận cam kết phiên bản 1/));
  });

  it('the head sees each request with its week grid, approves one, and is refused the next at the cap with the day named', async () => {
    const page = await open(HEAD);
    await page.getByRole('menuitem', { name: 'Duyệt đăng ký tại nhà' }).click();
    await seen(page.getByRole('heading', { level: 1, name: 'Duyệt đăng ký làm việc tại nhà' }));
    await seen(page.getByRole('tab', { name: 'Chờ duyệt (2)' }));

    const huy = page.getByTestId('enrollment-request').filter({ hasText: 'Lý Gia Huy' });
    const my = page.getByTestId('enrollment-request').filter({ hasText: 'Hồ Thị Diễm My' });
    // Tuesday and Thursday reach the cap exactly (2 of at most 2); Monday would be 3 with Diễm My.
    await seen(huy.getByText('Trong giới hạn của đơn vị trên mọi ngày đăng ký.'));
    expect(await huy.getByTestId('week-cell-2').getAttribute('data-state')).toBe('full');
    expect(await my.getByTestId('week-cell-1').getAttribute('data-state')).toBe('overCap');
    await seen(my.getByText(/Vượt giới hạn vào Thứ Hai/));
    await screenshot(page, 'pilot-enrollment-queue-vi');

    await huy.getByRole('button', { name: 'Duyệt', exact: true }).click();
    await seen(page.getByText('Đã duyệt đăng ký của Lý Gia Huy.'));
    await seen(page.getByRole('tab', { name: 'Chờ duyệt (1)' }));

    await my.getByRole('button', { name: 'Duyệt', exact: true }).click();
    const refusal = my.getByTestId('decision-refused');
    await seen(refusal.getByText('Không thể duyệt đăng ký của Hồ Thị Diễm My'));
    const text = await refusal.innerText();
    expect(text).toMatch(/Thứ Hai \(từ ngày \d{2}\/\d{2}\/\d{4}\): 3\/\d+ người làm việc tại nhà/);
    expect(text).toMatch(/vượt mức tối đa 30% \(tối đa 2 người\)/);
    await screenshot(page, 'pilot-cap-refused-vi');
    // Still pending: nothing changed.
    await seen(my.getByText('Chờ duyệt'));

    await page.getByRole('tab', { name: /Đang áp dụng/ }).click();
    await seen(page.getByTestId('enrollment-request').filter({ hasText: 'Lý Gia Huy' }).getByText('Đã duyệt'));
  });

  it('the picked official gets the spot-check prompt live, with a countdown, and answers it on time', async () => {
    expect((await sweepAt(at(day, '07:05'))).drawn).toBeGreaterThan(0);
    const [check] = await app.dataSource.query(
      `SELECT c.id, c.prompt_at AS "promptAt", u.email FROM spot_check c JOIN app_user u ON u.id = c.official_id WHERE c.date = $1 AND c.unit_id = $2 AND NOT c.manual`,
      [day, ccvc],
    );
    expect(['official@demo.ketqua.vn', NEWCOMER]).toContain(check.email);

    // The prompt goes out once: wait until the page has subscribed to it before the clock moves on.
    let subscribed!: Promise<void>;
    const page = await open(check.email, (p) => {
      subscribed = new Promise<void>((resolve) => {
        p.on('websocket', (ws) =>
          ws.on('framesent', (frame) => {
            if (String(frame.payload).includes('spotCheckPrompted')) resolve();
          }),
        );
      });
    });
    await seen(page.getByRole('heading', { level: 1 }));
    await subscribed;
    await page.waitForTimeout(500);

    // The prompt time comes: the sweep sends it, the browser shows it without a reload.
    expect((await sweepAt(new Date(check.promptAt))).prompted).toBe(1);
    const dialog = page.getByRole('dialog', { name: 'Kiểm tra ngẫu nhiên' });
    await seen(dialog.getByText('Bạn được chọn kiểm tra ngẫu nhiên. Hãy ghi ngắn gọn công việc bạn đang làm.'));
    await seen(dialog.getByText('Thời gian còn lại'));
    expect(await dialog.locator('.ant-statistic-content-value').innerText()).toMatch(/^1[45]:\d{2}$/);
    await screenshot(page, 'pilot-spot-check-prompt-vi');

    await dialog.getByRole('button', { name: 'Gửi trả lời' }).click();
    await seen(dialog.getByText('Hãy ghi công việc đang làm.'));
    await dialog.getByLabel('Công việc đang làm').fill('Đang soạn công văn trả lời Sở Tài chính về biên chế năm 2027');
    await dialog.getByRole('button', { name: 'Gửi trả lời' }).click();
    await seen(page.getByText('Đã gửi trả lời: Đúng hạn.'));
    expect(await dialog.isVisible()).toBe(false);

    await page.goto(`${app.url}/lam-viec-tai-nha`);
    const history = page.getByTestId('my-spot-check').first();
    await seen(history.getByText('Đúng hạn'));
    await seen(history.getByText('Đang soạn công văn trả lời Sở Tài chính về biên chế năm 2027'));
  });

  it('an inspector recomputes the revealed draw in the browser, sees "Khớp", and downloads a file the verify CLI accepts', async () => {
    // Before the reveal the seed stays sealed.
    app.clock.setNow(at(day, '16:00'));
    const page = await open(INSPECTOR);
    await page.goto(`${app.url}/xac-minh-boc-tham?don-vi=${ccvc}&ngay=${day}`);
    await seen(page.getByRole('heading', { level: 1, name: 'Xác minh bốc thăm' }));
    await seen(page.getByTestId('draw-verdict').getByText(/Chưa công bố/));

    expect((await sweepAt(at(day, '17:01'))).revealed).toBeGreaterThan(0);
    await page.reload();
    const verdict = page.getByTestId('draw-verdict');
    await seen(verdict.getByText('Khớp', { exact: true }));
    expect(await verdict.getAttribute('data-verdict')).toBe('match');
    await seen(page.getByTestId('draw-seed'));
    await seen(page.getByText('Danh sách làm việc tại nhà đã chốt (2 người)'));
    await seen(page.getByText('Người được chọn (1)'));
    await screenshot(page, 'pilot-draw-verified-vi');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải bản ghi (JSON)' }).click()]);
    const file = join(downloads, download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toBe(`ketqua-boc-tham-phong-cong-chuc-vien-chuc-${day}.json`);
    const record = JSON.parse(readFileSync(file, 'utf8'));
    expect(record).toMatchObject({ unitId: ccvc, date: day, k: 1, seed: expect.stringMatching(/^[0-9a-f]{64}$/) });

    const cli = spawnSync(process.execPath, ['-r', '@swc-node/register', 'tools/spot-check/verify.ts', file], { cwd: root, encoding: 'utf8' });
    expect(cli.stdout).toContain('OK (khớp)');
    expect(cli.status).toBe(0);
  });
  it('the head sees Hôm nay, records an absence so nobody checks the official, and adds a follow-up note to the answered check', async () => {
    const head = await open(HEAD);
    await head.getByRole('menuitem', { name: 'Hôm nay' }).click();
    await seen(head.getByRole('heading', { level: 1, name: 'Hôm nay' }));
    const huyRow = head.getByRole('row', { name: /Lý Gia Huy/ });
    await seen(huyRow.getByText('Làm việc tại nhà'));
    await seen(head.getByRole('row', { name: /Trần Thị Mai Anh/ }).getByText('Làm việc tại cơ quan'));

    await head.getByRole('button', { name: 'Ghi nhận vắng mặt' }).click();
    const dialog = head.getByRole('dialog');
    await dialog.getByLabel('Công chức, viên chức').click();
    await head.keyboard.type('Lý Gia Huy');
    await head.keyboard.press('Enter');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await seen(head.getByText('Đã ghi nhận vắng mặt; không ai được kiểm tra trong thời gian vắng.'));
    await seen(huyRow.getByText('Vắng mặt'));
    await seen(huyRow.getByText('Nghỉ phép'));
    await screenshot(head, 'pilot-today-vi');

    await head.getByRole('menuitem', { name: 'Kiểm tra ngẫu nhiên' }).click();
    await seen(head.getByRole('heading', { level: 1, name: 'Kiểm tra ngẫu nhiên' }));
    await seen(head.getByRole('cell', { name: 'Đang soạn công văn trả lời Sở Tài chính về biên chế năm 2027' }));
    await seen(head.getByRole('row', { name: /Đang soạn công văn trả lời Sở Tài chính/ }).getByText('Đúng hạn'));
    await head
      .getByRole('row', { name: /Đang soạn công văn trả lời Sở Tài chính/ })
      .getByRole('button', { name: 'Ghi chú', exact: true })
      .click();
    await head.getByRole('dialog').getByLabel('Nội dung').fill('Đã gọi điện xác nhận, đồng chí đang làm đúng nhiệm vụ.');
    await head.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click();
    await seen(head.getByText('Đã lưu ghi chú theo dõi.'));
    await seen(head.getByText(/Đã gọi điện xác nhận/));
    await screenshot(head, 'pilot-spot-checks-vi');
  });

  it('HR sees the running pilot with its rules, grants the one-stop desk an exception with a reason, opens the calendar, and reads it all in English', async () => {
    const hr = await open(HR);
    await hr.getByRole('menuitem', { name: 'Đề án thí điểm' }).click();
    await seen(hr.getByRole('heading', { level: 1, name: 'Đề án thí điểm' }));
    const pilotRow = hr.getByRole('row', { name: /Thí điểm làm việc tại nhà, quản lý theo kết quả – Sở Nội vụ/ });
    await seen(pilotRow.getByText('Đang triển khai'));
    await seen(pilotRow.getByText(/Tối đa 30% tại nhà, tối thiểu 1 người tại cơ quan, 2 ngày\/tuần; kiểm tra 10%, trả lời trong 15 phút/));
    await pilotRow.getByRole('button', { name: 'Vị trí việc làm' }).click();
    const drawer = hr.locator('.ant-drawer');
    const desk = drawer.getByRole('row', { name: /Chuyên viên tiếp nhận và trả kết quả/ });
    await seen(desk.getByText('Không thuộc diện'));
    await seen(desk.getByText('Giải quyết thủ tục hành chính'));
    await desk.getByRole('button', { name: 'Cho phép ngoại lệ' }).click();
    const modal = hr.locator('.ant-modal');
    await modal.getByLabel('Lý do').fill('Hồ sơ trực tuyến toàn trình, xử lý được từ xa (thử nghiệm).');
    await modal.getByRole('button', { name: 'Lưu' }).click();
    await seen(hr.getByText('Đã cho phép ngoại lệ.'));
    await seen(desk.getByText('Theo ngoại lệ'));
    await screenshot(hr, 'pilot-positions-vi');
    await drawer.locator('.ant-drawer-close').click();

    await hr.getByRole('menuitem', { name: 'Lịch làm việc' }).click();
    await seen(hr.getByRole('heading', { level: 1, name: 'Lịch làm việc' }));

    await hr.getByText('EN', { exact: true }).click();
    await seen(hr.getByRole('heading', { level: 1, name: 'Working calendar' }));
    await hr.getByRole('menuitem', { name: 'Pilots' }).click();
    await seen(hr.getByRole('heading', { level: 1, name: 'Pilots' }));
    await seen(hr.getByText('Running'));
    await hr.getByRole('tab', { name: 'Commitment text' }).click();
    await seen(hr.getByText('Current version: Version 1'));
    await screenshot(hr, 'pilot-commitment-en');
  });
});
