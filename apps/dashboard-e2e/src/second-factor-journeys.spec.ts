// Xác thực hai lớp in Chromium (issue 14, "Sign-in"): an HR account without an authenticator is
// sent to "Bảo mật tài khoản", scans the QR code (here: reads the key shown beside it), confirms
// with a first code, sees the recovery codes once, and from then on signs in with password and code.
// Both pages pass an axe scan (WCAG 2.1 A/AA). Against the real API, codes computed with otplib.
import { DEMO_PASSWORD } from '@ketqua/api/demo';
import { createTestApp, totpCode, type TestApp } from '@ketqua/api/testing';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { launchChromium, screenshot, seen, settled } from './support/chromium';

const HR = 'hr@demo.ketqua.vn';
const dashboardDir = join(__dirname, '../../../dist/apps/dashboard');

let app: TestApp;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [app, browser] = await Promise.all([createTestApp({ dashboardDir }), launchChromium()]);
  // hr@ as after an administrator's reset: no authenticator yet.
  await app.dataSource.query(`DELETE FROM second_factor WHERE user_id = (SELECT id FROM app_user WHERE email = $1)`, [HR]);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

afterEach(async () => {
  for (const c of contexts.splice(0)) await c.close();
});

async function newPage(): Promise<Page> {
  // bypassCSP: the axe engine is injected as a script (support/axe.ts); the QR code is a data: image, which the policy allows (img-src).
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1366, height: 860 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  contexts.push(context);
  return context.newPage();
}

async function typePassword(page: Page): Promise<void> {
  await page.goto(`${app.url}/`);
  await seen(page.getByRole('heading', { name: 'Đăng nhập' }));
  await page.getByLabel('Email').fill(HR);
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

const expectNoAxeViolations = async (page: Page) => {
  const violations = await axeViolations(page);
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
};

describe('two-factor sign-in in Chromium', () => {
  let secret = '';

  it('sends HR without an authenticator to enrol: QR code and key shown, first code confirms, recovery codes shown once', async () => {
    const page = await newPage();
    await typePassword(page);
    await page.waitForURL((url) => url.pathname === '/bao-mat-tai-khoan');
    expect(await settled(page)).toBe('Bảo mật tài khoản');
    await seen(page.getByText('Vai trò của bạn bắt buộc xác thực hai lớp'));
    // Nothing else opens meanwhile: the menu is empty and another page sends back here.
    await page.goto(`${app.url}/tong-quan-don-vi`);
    await page.waitForURL((url) => url.pathname === '/bao-mat-tai-khoan');

    await page.getByRole('button', { name: 'Đăng ký ứng dụng xác thực' }).click();
    const qr = await seen(page.getByRole('img', { name: 'Mã QR để thêm tài khoản Ketqua vào ứng dụng xác thực' }));
    expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s+/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await settled(page);
    await expectNoAxeViolations(page);
    await screenshot(page, 'second-factor-enrol');

    await page.getByLabel('Mã xác thực').fill(totpCode(secret, app.clock.now()));
    await page.getByRole('button', { name: 'Xác nhận và bật' }).click();
    await seen(page.getByText('Đã bật xác thực hai lớp.'));
    const codes = (await page.getByTestId('recovery-codes').locator('li').allInnerTexts()).map((c) => c.trim());
    expect(codes).toHaveLength(10);
    for (const c of codes) expect(c).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    await page.getByRole('button', { name: 'Tôi đã lưu các mã' }).click();
    await seen(page.getByText('Đang bật'));
    // The full session now: other pages open.
    await page.goto(`${app.url}/tong-quan-don-vi`);
    await page.waitForURL((url) => url.pathname === '/tong-quan-don-vi');
  });

  it('then signs in with password and the 6-digit code; a wrong code is refused in plain words', async () => {
    const page = await newPage();
    await typePassword(page);
    const code = await seen(page.getByLabel('Mã xác thực'));
    await settled(page);
    await expectNoAxeViolations(page);
    await code.fill('000000' === totpCode(secret, app.clock.now()) ? '111111' : '000000');
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await seen(page.getByRole('alert').filter({ hasText: 'Mã xác thực không đúng hoặc đã được dùng' }));
    await page.getByLabel('Mã xác thực').fill(await app.secondFactorCode(HR, secret));
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await page.waitForURL((url) => url.pathname !== '/dang-nhap' && url.pathname !== '/');
    expect(await settled(page)).not.toBe('Đăng nhập');
  });
});
