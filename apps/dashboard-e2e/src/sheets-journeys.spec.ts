// Printed evaluation sheets in Chromium against the real API: a colleague holding a printed sheet
// types its verification code on "Xác minh phiếu đánh giá" and sees the published record (name with
// its diacritics, period, score, grade, latest publication); a mistyped code says no sheet has it.
// Both states pass the accessibility check (axe-core: no serious or critical violation).
import { createTestApp, type TestApp } from '@ketqua/api/testing';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
// The sheet fixtures are the API e2e tests' own (rows as publication writes them), reused here.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { CODE, seedSheets } from '../../api-e2e/src/evaluation/sheets-fixtures';
import { axeViolations, blocking, describeViolations } from './support/axe';
import { launchChromium, screenshot, seen, settled, signIn } from './support/chromium';

const PASSWORD = 'Ketqua@2026';
const dashboardDir = join(__dirname, '../../../dist/apps/dashboard');

let app: TestApp;
let browser: Browser;
let context: BrowserContext | undefined;

beforeAll(async () => {
  [app, browser] = await Promise.all([createTestApp({ dashboardDir }), launchChromium()]);
  await seedSheets(app);
});

afterAll(async () => {
  await context?.close().catch(() => undefined);
  await browser?.close();
  await app?.close();
});

jest.setTimeout(180_000);

it('a colleague verifies a printed code and sees the published record; a wrong code is reported; both pages pass axe', async () => {
  context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 800 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  await signIn(page, app.url, 'bui.quoc.bao@demo.ketqua.vn', PASSWORD);
  await seen(page.locator('.kq-signout'));
  // The landing page first, with the page in the menu; then the page itself.
  expect(await settled(page)).toBe('Việc của tôi');
  await seen(page.getByRole('menuitem', { name: /Xác minh phiếu đánh giá/ }));
  await page.goto(`${app.url}/xac-minh-phieu`);
  expect(await settled(page)).toBe('Xác minh phiếu đánh giá');

  await page.getByLabel('Mã xác minh').fill(CODE);
  await page.getByRole('button', { name: 'Kiểm tra' }).click();
  const verdict = await seen(page.getByTestId('sheet-verdict'));
  expect(await verdict.getAttribute('data-verdict')).toBe('current');
  await seen(page.getByText('Phiếu hợp lệ, là lần công bố mới nhất'));
  await seen(page.getByText('Lê Thị Hồng Nhung', { exact: true }));
  await seen(page.getByText('Hoàn thành xuất sắc nhiệm vụ'));
  await seen(page.getByText('97.08/100'));
  expect(new URL(page.url()).searchParams.get('ma')).toBe(CODE);
  await settled(page);
  const found = blocking(await axeViolations(page));
  await screenshot(page, 'xac-minh-phieu');
  expect(describeViolations(found)).toBe('');

  await page.getByLabel('Mã xác minh').fill('KQ-0000-0000');
  await page.getByRole('button', { name: 'Kiểm tra' }).click();
  await seen(page.getByText('Không tìm thấy phiếu với mã này'));
  expect(await page.getByTestId('sheet-verdict').getAttribute('data-verdict')).toBe('unknown');
  await settled(page);
  expect(describeViolations(blocking(await axeViolations(page)))).toBe('');
});
