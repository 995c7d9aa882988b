// The criteria in Chromium against the real API: an official opens Tiêu chí đánh giá and reads the
// bands and the task-results formula in Vietnamese; HR drafts a template and publishes it after the
// confirmation, and the official then sees it with its version and "Áp dụng từ".
import { createTestApp, type TestApp } from '@ketqua/api/testing';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, seen, signIn } from './support/chromium';

const PASSWORD = 'Ketqua@2026';
const OFFICIAL = 'official@demo.ketqua.vn';
const HR = 'hr@demo.ketqua.vn';
const dashboardDir = join(__dirname, '../../../dist/apps/dashboard');

let app: TestApp;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [app, browser] = await Promise.all([createTestApp({ dashboardDir }), launchChromium()]);
  app.clock.setNow(new Date('2026-03-02T09:00:00+07:00'));
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await app?.close();
});

async function open(email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  contexts.push(context);
  const page = await context.newPage();
  await signIn(page, app.url, email, PASSWORD);
  await seen(page.getByRole('button', { name: 'Đăng xuất' }));
  return page;
}

describe('criteria journeys in Chromium', () => {
  it('an official opens Tiêu chí đánh giá and sees the bands, the formula and the deductions', async () => {
    const page = await open(OFFICIAL);
    await page.getByRole('menuitem', { name: 'Tiêu chí đánh giá' }).click();
    await seen(page.getByRole('heading', { level: 1, name: 'Tiêu chí đánh giá' }));
    await seen(page.getByRole('heading', { level: 2, name: 'Công chức — Bộ quy tắc gốc theo quy định' }));
    await seen(page.getByText('Áp dụng từ 01/01/2026').first());
    await seen(page.getByText(/Tỷ lệ của mỗi nhiệm vụ là trung bình cộng của ba tỷ lệ số lượng, chất lượng, tiến độ/));
    await seen(page.getByText('Tỷ lệ chất lượng: 100% trừ 25 điểm cho mỗi lần sản phẩm bị trả lại vì lỗi lớn về nội dung.'));
    const bands = page.getByRole('table').first();
    for (const text of ['Từ 90 điểm', 'Hoàn thành xuất sắc nhiệm vụ', 'Từ 70 điểm', 'Hoàn thành tốt nhiệm vụ', 'Dưới 50 điểm', 'Không hoàn thành nhiệm vụ']) {
      await seen(bands.getByText(text, { exact: true }));
    }
    await seen(page.getByRole('heading', { level: 2, name: 'Viên chức — Bộ quy tắc gốc theo quy định' }));
    // Not HR: no editor in the menu.
    expect(await page.getByRole('menuitem', { name: 'Quản lý bộ tiêu chí' }).count()).toBe(0);
  });

  it('HR drafts a template, publishes it after confirming, and sees it read-only; it applies from its date', async () => {
    const page = await open(HR);
    await page.getByRole('menuitem', { name: 'Quản lý bộ tiêu chí' }).click();
    await seen(page.getByRole('heading', { level: 1, name: 'Quản lý bộ tiêu chí' }));
    await page.getByRole('button', { name: 'Tạo bộ tiêu chí' }).click();
    const dialog = await seen(page.getByRole('dialog'));
    await dialog.getByLabel('Mã bộ tiêu chí').fill('CC-CHUNG');
    await dialog.getByLabel('Tên', { exact: true }).fill('Bộ tiêu chí công chức thành phố');
    await dialog.getByLabel('Áp dụng từ').fill('02/03/2026');
    await dialog.getByLabel('Áp dụng từ').press('Enter');
    await dialog.getByLabel('Số lượng').fill('2');
    await seen(dialog.getByText('Tổng điểm tối đa: 30 / 30'));
    await dialog.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = page.getByRole('row', { name: /CC-CHUNG/ });
    await seen(row.getByText('Bản nháp'));
    await row.getByRole('button', { name: 'Công bố' }).click();
    await seen(page.getByText(/Công bố phiên bản này\? Sau khi công bố/));
    await page.getByRole('tooltip').getByRole('button', { name: 'Công bố' }).click();
    await seen(row.getByText('Đã công bố'));
    await seen(row.getByText('tpl-cc-chung-v1'));
    await row.getByRole('button', { name: 'Xem' }).click();
    await seen(page.getByRole('dialog', { name: 'Bộ tiêu chí đã công bố (chỉ xem)' }));
    await page.keyboard.press('Escape');

    const official = await open(OFFICIAL);
    await official.goto(`${app.url}/tieu-chi-danh-gia`);
    await seen(official.getByRole('heading', { level: 2, name: 'Công chức — Bộ tiêu chí công chức thành phố (phiên bản 1)' }));
    await seen(official.getByText('Áp dụng từ 02/03/2026'));
    await seen(official.getByText('Mã phiên bản quy tắc: tpl-cc-chung-v1'));
    await seen(official.getByText(/\(2 × số lượng \+ 1 × chất lượng \+ 1 × tiến độ\) ÷ 4/));
  });
});
