// Dữ liệu cá nhân in Chromium: the official opens "Ai đã xem dữ liệu của tôi" from the account menu,
// sees who took their data (name, role, why), downloads their ZIP; the administrator sees every
// access and the retention periods. Each page scanned by axe (WCAG 2.1 A/AA), in Vietnamese and English.
// Against the real API (see dashboard.spec.ts for the import).
import { createTestApp, type TestApp } from '@ketqua/api/testing';
import { request } from 'node:http';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, blocking, describeViolations } from './support/axe';
import { launchChromium, seen, settled, signIn } from './support/chromium';

const PASSWORD = 'Ketqua@2026';
const ADMIN = 'admin@demo.ketqua.vn';
const OFFICIAL = 'official@demo.ketqua.vn';
const ADMIN_NAME = 'Phạm Quốc Hưng';
const OFFICIAL_NAME = 'Lê Thị Hồng Nhung';
const REASON = 'Phiếu yêu cầu số 12/2026';
const INSPECTOR = 'inspector@demo.ketqua.vn';
const PURPOSE = 'Thanh tra công vụ theo Quyết định 45/QĐ-TTr';
const dashboardDir = join(__dirname, '../../../dist/apps/dashboard');

let app: TestApp;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [app, browser] = await Promise.all([createTestApp({ dashboardDir }), launchChromium()]);
  // The administrator takes the official's data at their request: one logged access, with its reason.
  const token = await app.login(ADMIN);
  const [{ id }] = (await app.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [OFFICIAL])) as Array<{ id: string }>;
  const status = await new Promise<number>((resolve, reject) => {
    const req = request(
      `${app.url}/personal-data/people/${id}.zip?reason=${encodeURIComponent(REASON)}`,
      { headers: { authorization: `Bearer ${token}` }, agent: false },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end();
  });
  expect(status).toBe(200);
});

afterAll(async () => {
  for (const c of contexts.splice(0)) await c.close();
  await browser?.close();
  await app?.close();
});

async function openAs(email: string, locale: 'vi-VN' | 'en-GB' = 'vi-VN', askPurpose = false): Promise<Page> {
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 800 }, locale, timezoneId: 'Asia/Ho_Chi_Minh', acceptDownloads: true });
  contexts.push(context);
  const page = await context.newPage();
  await signIn(page, app.url, email, PASSWORD, { askPurpose });
  await page.waitForURL((url) => url.pathname !== '/dang-nhap');
  await seen(page.locator('.kq-signout'));
  return page;
}

async function expectAccessible(page: Page, name: string): Promise<void> {
  await settled(page);
  const bad = blocking(await axeViolations(page));
  expect(bad.length ? `${name}:\n${describeViolations(bad)}` : '').toBe('');
}

describe('personal data pages in Chromium', () => {
  it('the official sees who took their data and why, downloads their ZIP; the page passes axe in Vietnamese and English', async () => {
    const page = await openAs(OFFICIAL);
    await page.goto(`${app.url}/ai-da-xem-du-lieu-cua-toi`);
    await seen(page.getByRole('heading', { level: 1, name: 'Ai đã xem dữ liệu của tôi' }));
    const row = page.locator('tr').filter({ hasText: ADMIN_NAME });
    await seen(row.getByText('Quản trị hệ thống'));
    await seen(row.getByText('Tải toàn bộ dữ liệu cá nhân'));
    await seen(row.getByText(REASON));
    await expectAccessible(page, 'vi /ai-da-xem-du-lieu-cua-toi (official)');
    // The official sees no one else's accesses, nor the administrator's sections.
    expect(await page.getByText('Mọi lượt truy cập dữ liệu cá nhân').count()).toBe(0);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải về (ZIP)' }).click()]);
    expect(download.suggestedFilename()).toBe('du-lieu-ca-nhan-ketqua.zip');
    expect(await download.failure()).toBeNull();

    const en = await openAs(OFFICIAL, 'en-GB');
    await en.getByText('EN', { exact: true }).click();
    await seen(en.getByRole('button', { name: 'Sign out' }));
    await en.goto(`${app.url}/ai-da-xem-du-lieu-cua-toi`);
    await seen(en.getByRole('heading', { level: 1, name: 'Who viewed my data' }));
    await seen(en.locator('tr').filter({ hasText: ADMIN_NAME }).getByText('Download of all personal data'));
    await expectAccessible(en, 'en /ai-da-xem-du-lieu-cua-toi (official)');
  });

  it('the administrator sees every access with whose data it was, filters by kind, and the retention periods', async () => {
    const page = await openAs(ADMIN);
    await page.goto(`${app.url}/ai-da-xem-du-lieu-cua-toi`);
    await seen(page.getByRole('heading', { level: 2, name: 'Mọi lượt truy cập dữ liệu cá nhân' }));
    const all = page.locator('.ant-card').filter({ hasText: 'Mọi lượt truy cập dữ liệu cá nhân' });
    await seen(all.locator('tr').filter({ hasText: OFFICIAL_NAME }).getByText(REASON));
    await seen(page.getByRole('heading', { level: 2, name: 'Thời hạn lưu trữ sau khi đề án kết thúc' }));
    await seen(page.getByLabel('Nhật ký công việc (ngày)'));
    await expectAccessible(page, 'vi /ai-da-xem-du-lieu-cua-toi (admin)');
    await all.getByLabel('Loại dữ liệu').click();
    await page.locator('.ant-select-item-option').filter({ hasText: 'Kiểm tra ngẫu nhiên' }).first().click();
    await seen(all.getByText('Chưa ai xem dữ liệu của bạn.'));
  });

  it('an inspector is asked once per session for the purpose before others’ records load, which then goes with every request; English, and skipping', async () => {
    const page = await openAs(INSPECTOR, 'vi-VN', true);
    const purposes: Array<string | undefined> = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === '/graphql') purposes.push(r.headers()['x-ketqua-purpose']);
    });
    await page.goto(`${app.url}/kiem-tra-ngau-nhien`);
    const dialog = page.getByRole('dialog', { name: 'Mục đích xem dữ liệu' });
    await seen(dialog);
    await seen(dialog.getByText('người đó thấy được ai đã xem dữ liệu của mình và vì sao', { exact: false }));
    // Nothing of the page (nor its reads) before the answer.
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(0);
    const blockers = blocking(await axeViolations(page));
    expect(blockers.length ? describeViolations(blockers) : '').toBe('');
    await dialog.getByRole('button', { name: 'Ghi mục đích' }).click();
    await seen(dialog.getByText('Hãy ghi mục đích, hoặc chọn Bỏ qua.'));
    await dialog.getByLabel('Mục đích').fill(PURPOSE);
    purposes.length = 0;
    await dialog.getByRole('button', { name: 'Ghi mục đích' }).click();
    await settled(page);
    expect(await dialog.count()).toBe(0);
    expect(purposes.length).toBeGreaterThan(0);
    expect(purposes.every((p) => p === encodeURIComponent(PURPOSE))).toBe(true);
    // Once per session (the tab's, so a reload too): the next such page opens without asking, and still sends it.
    purposes.length = 0;
    await page.goto(`${app.url}/ky-danh-gia`);
    await settled(page);
    expect(purposes.length).toBeGreaterThan(0);
    expect(purposes.every((p) => p === encodeURIComponent(PURPOSE))).toBe(true);
    expect(await page.getByRole('dialog', { name: 'Mục đích xem dữ liệu' }).count()).toBe(0);

    const en = await openAs(INSPECTOR, 'en-GB', true);
    await en.getByText('EN', { exact: true }).click();
    await seen(en.getByRole('button', { name: 'Sign out' }));
    const sent: Array<string | undefined> = [];
    en.on('request', (r) => {
      if (new URL(r.url()).pathname === '/graphql') sent.push(r.headers()['x-ketqua-purpose']);
    });
    await en.goto(`${app.url}/kiem-tra-ngau-nhien`);
    const asked = en.getByRole('dialog', { name: 'Purpose of viewing the data' });
    await seen(asked);
    await asked.getByRole('button', { name: 'Skip' }).click();
    await settled(en);
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((p) => p === undefined)).toBe(true);
  });
});
