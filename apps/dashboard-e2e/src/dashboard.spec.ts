// Journeys in the browser against the real API, booted by the API's own test harness. The scope
// rule (scope:dashboard may not import scope:api) refuses that one import; the exception is kept to
// this line instead of loosening the workspace rule, until the rule grows an e2e allowance.
import { createTestApp, type TestApp } from '@ketqua/api/testing';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, screenshot, seen, signIn } from './support/chromium';

const PASSWORD = 'Ketqua@2026';
const HEAD = 'head@demo.ketqua.vn';
const OFFICIAL = 'official@demo.ketqua.vn';
const INSPECTOR = 'inspector@demo.ketqua.vn';
const dashboardDir = join(__dirname, '../../../dist/apps/dashboard');

let app: TestApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  [app, browser] = await Promise.all([createTestApp({ dashboardDir }), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

// A fresh browser profile per test: no session or language choice leaks between them.
beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  page = await context.newPage();
});

afterEach(async () => {
  await context?.close();
});

const menu = () => page.getByRole('menu');

/** Signed in, the user lands on their first screen; these tests then open one from the menu. */
async function openFromMenu(name: string): Promise<void> {
  await menu().getByRole('menuitem', { name }).click();
}

describe('dashboard shell in Chromium', () => {
  it('refuses a wrong password with a Vietnamese message and stays on the sign-in page', async () => {
    await signIn(page, app.url, HEAD, 'not-the-password-1');

    const alert = await seen(page.getByRole('alert').filter({ hasText: 'Không đăng nhập được' }));
    expect(await alert.textContent()).toContain('Email hoặc mật khẩu không đúng.');
    expect(new URL(page.url()).pathname).toBe('/dang-nhap');
    await screenshot(page, 'sign-in-wrong-password-vi');
  });

  it('after repeated wrong passwords refuses even the right one, with the same message that mentions the lock', async () => {
    // The API answers a locked account like a wrong password (no hint that the account exists);
    // the message says that repeated failures lock the account for a while.
    for (let attempt = 1; attempt <= 5; attempt++) {
      if (attempt === 1) await signIn(page, app.url, INSPECTOR, `wrong-password-${attempt}`);
      else {
        await page.getByLabel('Mật khẩu').fill(`wrong-password-${attempt}`);
        await page.getByRole('button', { name: 'Đăng nhập' }).click();
      }
      await seen(page.getByRole('alert').filter({ hasText: 'Email hoặc mật khẩu không đúng.' }));
    }
    expect(await page.getByRole('alert').textContent()).toContain('tài khoản bị tạm khóa');

    // Even the right password is refused until the lock ends.
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await seen(page.getByRole('alert').filter({ hasText: 'Email hoặc mật khẩu không đúng.' }));
    expect(new URL(page.url()).pathname).toBe('/dang-nhap');
    const [row] = await app.dataSource.query(`SELECT locked_until FROM app_user WHERE email = $1`, [INSPECTOR]);
    expect(new Date(row.locked_until).getTime()).toBeGreaterThan(Date.now());
  });

  it('signs the unit head in to the organisation browser: the unit tree in Vietnamese, then English', async () => {
    await signIn(page, app.url, HEAD, PASSWORD);

    // The head lands on Tổng quan đơn vị (journey 2), first in the menu.
    await seen(page.getByRole('heading', { level: 1, name: 'Tổng quan đơn vị' }));
    expect((await menu().getByRole('menuitem').allInnerTexts())[0]).toBe('Tổng quan đơn vị');
    expect(await menu().getByRole('menuitem').allInnerTexts()).toEqual(expect.arrayContaining(['Công việc đơn vị', 'Danh mục sản phẩm', 'Cơ cấu tổ chức', 'Hồ sơ của tôi']));
    await openFromMenu('Cơ cấu tổ chức');
    await seen(page.getByRole('heading', { level: 1, name: 'Cơ cấu tổ chức' }));
    const tree = page.getByRole('tree');
    await seen(tree.getByText('Phòng Công chức viên chức', { exact: true }));
    await seen(tree.getByText('Tổ Đào tạo, bồi dưỡng', { exact: true }));
    await seen(page.getByText('Nguyễn Văn Minh').first());
    await seen(page.getByRole('banner').getByText('Trưởng đơn vị'));
    await seen(page.getByRole('button', { name: 'Đăng xuất' }));
    // The unit's officials, sub-unit included, with server paging totals.
    await seen(page.getByRole('cell', { name: /Lê Thị Hồng Nhung/ }));
    await seen(page.getByText('1–10 trên tổng số 10'));
    await screenshot(page, 'unit-head-org-vi');

    // Accent-insensitive search, as a user types it on a phone keyboard.
    await page.getByRole('textbox', { name: /Tìm theo họ tên/ }).fill('hong nhung');
    await seen(page.getByText('1–1 trên tổng số 1'));
    expect(await page.getByRole('row').filter({ hasText: '@demo.ketqua.vn' }).allInnerTexts()).toEqual([expect.stringContaining('Lê Thị Hồng Nhung')]);

    // Choosing the sub-unit lists only its people.
    await page.getByRole('textbox', { name: /Tìm theo họ tên/ }).fill('');
    await tree.getByText('Tổ Đào tạo, bồi dưỡng', { exact: true }).click();
    await seen(page.getByText('Công chức, viên chức · Tổ Đào tạo, bồi dưỡng'));
    await seen(page.getByText('1–3 trên tổng số 3'));

    // English, remembered after a reload.
    await page.getByText('EN', { exact: true }).click();
    await seen(page.getByRole('heading', { level: 1, name: 'Organisation' }));
    expect(await menu().getByRole('menuitem').allInnerTexts()).toEqual(expect.arrayContaining(['Team work', 'Organisation', 'My profile']));
    await seen(page.getByRole('button', { name: 'Sign out' }));
    await seen(page.getByRole('banner').getByText('Unit head'));
    await page.reload();
    await seen(page.getByRole('heading', { level: 1, name: 'Organisation' }));
    await seen(page.getByRole('tree').getByText('Phòng Công chức viên chức', { exact: true }));
    await seen(page.getByText('1–10 of 10'));
    await screenshot(page, 'unit-head-org-en');
  });

  it('gives an official their own profile and no organisation browser', async () => {
    await signIn(page, app.url, OFFICIAL, PASSWORD);

    await seen(page.getByRole('heading', { level: 1, name: 'Việc của tôi' }));
    const entries = await menu().getByRole('menuitem').allInnerTexts();
    expect(entries).toEqual(expect.arrayContaining(['Việc của tôi', 'Hồ sơ của tôi']));
    expect(entries).not.toContain('Cơ cấu tổ chức');
    await openFromMenu('Hồ sơ của tôi');
    await seen(page.getByRole('heading', { level: 1, name: 'Hồ sơ của tôi' }));
    await seen(page.getByRole('heading', { name: 'Lê Thị Hồng Nhung' }));
    await seen(page.getByText('Phòng Công chức viên chức').first());
    await screenshot(page, 'official-profile-vi');

    // Typing the address does not open it either.
    await page.goto(`${app.url}/to-chuc`);
    await seen(page.getByText('Bạn không có quyền xem trang này.'));
    expect(await page.getByRole('tree').count()).toBe(0);
  });

  it('signs out back to the sign-in page, and the old session no longer opens anything', async () => {
    await signIn(page, app.url, HEAD, PASSWORD);
    await seen(page.getByRole('heading', { level: 1, name: 'Tổng quan đơn vị' }));

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await seen(page.getByText('Bạn đã đăng xuất.'));
    await page.goto(`${app.url}/to-chuc`);
    await seen(page.getByRole('heading', { name: 'Đăng nhập' }));
  });
});

describe('changing a password', () => {
  const email = 'ly.gia.huy@demo.ketqua.vn';
  const newPassword = 'Doi-mat-khau-2026';

  it('checks the policy before sending, changes it, and the new password signs in', async () => {
    await signIn(page, app.url, email, PASSWORD);
    await seen(page.getByRole('heading', { level: 1, name: 'Việc của tôi' }));
    await openFromMenu('Hồ sơ của tôi');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await seen(page.getByRole('heading', { level: 1, name: 'Đổi mật khẩu' }));

    await page.getByLabel('Mật khẩu hiện tại').fill('not-my-password-1');
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill('short1');
    await page.getByLabel('Nhập lại mật khẩu mới').fill('short1');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await seen(page.getByText('Cần ít nhất 10 ký tự.'));

    // The API judges the current password, and says so next to the field.
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill(newPassword);
    await page.getByLabel('Nhập lại mật khẩu mới').fill(newPassword);
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await seen(page.getByText('Mật khẩu hiện tại không đúng'));

    await page.getByLabel('Mật khẩu hiện tại').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await seen(page.getByText('Đã đổi mật khẩu. Các phiên đăng nhập khác đã được đăng xuất.'));
    await seen(page.getByRole('heading', { level: 1, name: 'Việc của tôi' }));

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await signIn(page, app.url, email, newPassword);
    await seen(page.getByRole('heading', { level: 1, name: 'Việc của tôi' }));
  });
});

describe('a temporary password', () => {
  const email = 'dang.thi.phuong.thao@demo.ketqua.vn';

  it('opens only the change-password form, with no menu or bell, until a new password is set', async () => {
    const admin = await app.login('admin@demo.ketqua.vn');
    const id = (await app.dataSource.query('SELECT id FROM app_user WHERE email = $1', [email]))[0].id;
    const issued = await app.gql<{ issueTemporaryPassword: { temporaryPassword: string } }>(
      'mutation($id: ID!) { issueTemporaryPassword(id: $id) { temporaryPassword } }',
      { id },
      { token: admin },
    );
    const temporary = issued.data!.issueTemporaryPassword.temporaryPassword;

    await signIn(page, app.url, email, temporary);
    await seen(page.getByRole('heading', { level: 1, name: 'Đổi mật khẩu' }));
    await seen(page.getByText('Bạn đang dùng mật khẩu tạm thời. Hãy đặt mật khẩu mới để tiếp tục.'));
    expect(await page.getByRole('menuitem', { name: 'Việc của tôi' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Thông báo/ }).count()).toBe(0);
    // Any other address leads back to the form.
    await page.goto(`${app.url}/to-chuc`);
    await seen(page.getByRole('heading', { level: 1, name: 'Đổi mật khẩu' }));

    await page.getByLabel('Mật khẩu hiện tại').fill(temporary);
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill('Mat-khau-moi-2026');
    await page.getByLabel('Nhập lại mật khẩu mới').fill('Mat-khau-moi-2026');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await seen(page.getByRole('heading', { level: 1, name: 'Việc của tôi' }));
    await seen(page.getByRole('button', { name: /Thông báo/ }));
  });
});

describe('an access token that expires while the page is open', () => {
  let shortLived: TestApp;

  beforeAll(async () => {
    // A second API on the same data whose access tokens last 20 seconds: the dashboard refreshes 10 seconds
    // before expiry, so the landing page's requests still use the first token and a request 11 s later does not.
    shortLived = await createTestApp({ dashboardDir, keepData: true, env: { ACCESS_TOKEN_TTL_SECONDS: '20' } });
  });

  afterAll(async () => {
    await shortLived?.close();
  });

  it('is refreshed with the refresh cookie, without sending the user back to sign in', async () => {
    await signIn(page, shortLived.url, HEAD, PASSWORD);
    await openFromMenu('Cơ cấu tổ chức');
    await seen(page.getByRole('tree').getByText('Tổ Đào tạo, bồi dưỡng', { exact: true }));
    // The token is an httpOnly cookie: the browser has it, the page's scripts do not.
    const tokenNow = async () => (await page.context().cookies()).find((c) => c.name === 'ketqua_access')?.value;
    expect(await page.evaluate(() => document.cookie)).not.toMatch(/ketqua_/);
    expect(await page.evaluate(() => localStorage.getItem('ketqua.session') ?? '')).not.toMatch(/"(access|refresh)Token"|eyJ/);
    const first = await tokenNow();

    await page.waitForTimeout(11_000);
    await page.getByRole('tree').getByText('Tổ Đào tạo, bồi dưỡng', { exact: true }).click();

    await seen(page.getByText('1–3 trên tổng số 3'));
    expect(await tokenNow()).not.toBe(first);
    expect(new URL(page.url()).pathname).toBe('/to-chuc');
  }, 180_000);
});
