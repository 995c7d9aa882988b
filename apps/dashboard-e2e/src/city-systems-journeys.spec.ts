// The city's systems in the browser: "Đăng nhập bằng tài khoản của Thành phố" through a real local
// OpenID provider (oidc-provider, its own login and consent pages), the notification delivery choice
// on "Hồ sơ của tôi", the link an e-mail carries (/thong-bao/:id), and ADMIN's side of it: an
// official's employee code and the password sign-in switch. axe scans each new screen.
// (The one import of the API's test harness is the exception explained in dashboard.spec.ts.)
import { createTestApp, freePort, LocalOidcProvider, type TestApp } from '@ketqua/api/testing';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, blocking, describeViolations } from './support/axe';
import { launchChromium, seen, settled } from './support/chromium';

const dashboardDir = join(__dirname, '../../../dist/apps/dashboard');
const CITY_BUTTON = 'Đăng nhập bằng tài khoản của Thành phố';

let app: TestApp;
let browser: Browser;
let idp: LocalOidcProvider;
let context: BrowserContext;
let page: Page;

jest.setTimeout(180_000);

beforeAll(async () => {
  const idpPort = await freePort();
  const smtpPort = await freePort(); // nothing listens: mail waits in the outbox, as during an outage
  [app, browser] = await Promise.all([
    createTestApp({
      dashboardDir,
      env: {
        OIDC_ISSUER_URL: `http://127.0.0.1:${idpPort}`,
        OIDC_CLIENT_ID: 'ketqua',
        OIDC_CLIENT_SECRET: 'ketqua-test-client-secret',
        // The API's own port is known only once it listens: set just below, before any sign-in.
        OIDC_REDIRECT_URI: 'http://127.0.0.1/dang-nhap/thanh-pho',
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      },
    }),
    launchChromium(),
  ]);
  app.config.OIDC_REDIRECT_URI = `${app.url}/dang-nhap/thanh-pho`;
  idp = new LocalOidcProvider(idpPort, app.config.OIDC_REDIRECT_URI, {
    'nhung.lt': { email: 'official@demo.ketqua.vn', email_verified: true },
    stranger: { email: 'nguoi.la@tphcm.gov.vn', email_verified: true },
    'ma.can.bo': { email: 'ten.khac@tphcm.gov.vn', email_verified: true, employee_code: 'HCM-000777' },
  });
  await idp.start();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await idp?.stop();
});

beforeEach(async () => {
  // bypassCSP: axe's script is injected inline, which the dashboard's CSP refuses (as in accessibility.spec.ts).
  context = await browser.newContext({ bypassCSP: true, viewport: { width: 1366, height: 860 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  page = await context.newPage();
});

afterEach(async () => {
  await context?.close();
});

async function noViolations(name: string): Promise<void> {
  await settled(page);
  const bad = blocking(await axeViolations(page));
  expect(bad.length ? `${name}:\n${describeViolations(bad)}` : 'none').toBe('none');
}

/** At the provider: its development login form (any password), then its consent page. */
async function signInAtCity(login: string): Promise<void> {
  await page.getByRole('button', { name: CITY_BUTTON }).click();
  await page.waitForURL((url) => url.origin === idp.issuer);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('mat-khau-cua-thanh-pho');
  await page.locator('button[type="submit"]').click();
  await page.locator('button[type="submit"]').click(); // consent: "Continue"
}

it('an official signs in with the city account, chooses immediate mail on the profile, and an e-mail link opens the assignment', async () => {
  await page.goto(`${app.url}/`);
  await seen(page.getByRole('heading', { name: 'Đăng nhập', exact: true }));
  await seen(page.getByRole('button', { name: CITY_BUTTON }));
  await noViolations('sign-in page with the city account');

  await signInAtCity('nhung.lt');
  await page.waitForURL((url) => url.origin === app.url && url.pathname === '/viec-cua-toi');
  await seen(page.locator('.kq-signout'));

  await page.goto(`${app.url}/ho-so`);
  await seen(page.getByText('Nhận thông báo'));
  const inApp = page.getByRole('radio', { name: 'Chỉ trong ứng dụng' });
  expect(await inApp.isChecked()).toBe(true);
  await noViolations('profile with the notification choice');
  await page.getByText('Gửi thư ngay khi có thông báo').click();
  await page.waitForFunction(() => (document.querySelector('input[type="radio"][value="IMMEDIATE"]') as HTMLInputElement | null)?.checked === true);
  const official = (await app.dataSource.query(`SELECT id FROM app_user WHERE email = 'official@demo.ketqua.vn'`))[0].id;
  expect((await app.dataSource.query(`SELECT delivery FROM notification_preference WHERE user_id = $1`, [official]))[0].delivery).toBe('IMMEDIATE');

  // The head gives the official work: the mail waits in the outbox with the notification's link.
  const head = await app.login('head@demo.ketqua.vn');
  const created = await app.gql<{ createAssignment: Array<{ id: string }> }>(
    `mutation($input: CreateAssignmentInput!) { createAssignment(input: $input) { id } }`,
    { input: { assigneeIds: [official], title: 'Soạn báo cáo sơ kết tháng', quantity: 1, deadline: new Date(app.clock.now().getTime() + 7 * 86_400_000).toISOString() } },
    { token: head },
  );
  const assignmentId = created.data!.createAssignment[0].id;
  const [mail] = await app.dataSource.query(`SELECT notification_id FROM mail_message WHERE recipient_id = $1 AND sent_at IS NULL`, [official]);
  expect(mail.notification_id).toEqual(expect.any(String));
  await page.goto(`${app.url}/thong-bao/${mail.notification_id}`);
  await page.waitForURL((url) => url.pathname === `/viec/${assignmentId}`);
  await seen(page.getByRole('heading', { name: 'Soạn báo cáo sơ kết tháng' }));
});

it('a person the city knows but Ketqua does not is told to ask HR, and stays signed out', async () => {
  await page.goto(`${app.url}/dang-nhap`);
  await signInAtCity('stranger');
  await page.waitForURL((url) => url.origin === app.url && url.pathname === '/dang-nhap/thanh-pho');
  const alert = await seen(page.getByRole('alert'));
  expect(await alert.textContent()).toContain('Không đăng nhập được bằng tài khoản của Thành phố');
  expect(await alert.textContent()).toContain('phòng Tổ chức cán bộ');
  await noViolations('city sign-in refused');
  await page.getByRole('button', { name: 'Quay lại trang đăng nhập' }).click();
  await seen(page.getByRole('button', { name: CITY_BUTTON }));
});

it('ADMIN sets an employee code (a taken one refused on the field) and turns password sign-in off: the sign-in page then offers the city account, which finds the official by that code', async () => {
  const admin = 'admin@demo.ketqua.vn';
  await app.ensureAuthenticator(admin);
  await app.dataSource.query(`UPDATE app_user SET employee_code = 'HCM-000123' WHERE email = 'head@demo.ketqua.vn'`);
  await page.goto(`${app.url}/dang-nhap`);
  await page.getByLabel('Email').fill(admin);
  await page.getByLabel('Mật khẩu').fill('Ketqua@2026');
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await page.getByLabel('Mã xác thực').fill(await app.secondFactorCode(admin));
  await page.getByRole('button', { name: 'Xác nhận' }).click();
  await page.getByRole('menu').getByRole('menuitem', { name: 'Tài khoản' }).click();
  await seen(page.getByRole('heading', { level: 1, name: 'Tài khoản' }));

  // The city sign-in's state, from /health.
  const card = page.locator('.ant-card').filter({ hasText: 'Cách đăng nhập' });
  await seen(card.getByText('Đã cấu hình'));
  await seen(card.getByText('Đang kết nối được'));
  await seen(card.getByText('Tài khoản quản trị vẫn đăng nhập được bằng mật khẩu', { exact: false }));

  // Mã cán bộ: another account's code is refused under the field; a free one is saved and shown.
  await page.getByLabel('Tìm theo tên hoặc email').fill('official@demo');
  await page.getByLabel('Tìm theo tên hoặc email').press('Enter');
  const row = page.locator('tr').filter({ hasText: 'official@demo.ketqua.vn' });
  await seen(row);
  await row.getByRole('button', { name: /^Thao tác khác với / }).click();
  await page.getByRole('menuitem', { name: 'Mã cán bộ' }).click();
  const dialog = page.getByRole('dialog').filter({ hasText: 'Mã cán bộ của' });
  const code = dialog.getByLabel('Mã cán bộ');
  await code.fill('HCM-000123');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await seen(dialog.getByText('Mã này đã gắn với một tài khoản khác'));
  await noViolations('employee code refused on its field');
  await code.fill('HCM-000777');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await seen(row.getByText('Mã cán bộ: HCM-000777'));
  expect((await app.dataSource.query(`SELECT employee_code FROM app_user WHERE email = 'official@demo.ketqua.vn'`))[0].employee_code).toBe('HCM-000777');

  // The switch, after a confirmation.
  const toggle = card.getByRole('switch', { name: 'Cho phép đăng nhập bằng mật khẩu' });
  expect(await toggle.isChecked()).toBe(true);
  await toggle.click();
  await seen(page.getByText('Tắt đăng nhập bằng mật khẩu?').filter({ visible: true }));
  await page.getByRole('button', { name: 'Xác nhận' }).click();
  await seen(page.getByText('Đã tắt đăng nhập bằng mật khẩu (trừ quản trị viên).'));
  await page.waitForFunction(() => document.querySelector('#kq-password-sign-in')?.getAttribute('aria-checked') === 'false');
  await page.getByText('EN', { exact: true }).click();
  await seen(page.locator('.ant-card').filter({ hasText: 'How people sign in' }).getByText('Allow sign-in with a password'));

  // Signed out, the sign-in page offers the city account; the password form only behind the administrators' link.
  const other = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  try {
    const signInPage = await other.newPage();
    await signInPage.goto(`${app.url}/dang-nhap`);
    await seen(signInPage.getByRole('button', { name: CITY_BUTTON }));
    await seen(signInPage.getByRole('button', { name: 'Quản trị viên: đăng nhập bằng mật khẩu' }));
    expect(await signInPage.getByLabel('Mật khẩu').count()).toBe(0);
    // The city identifies officials by code: the code just set names the official.
    app.config.OIDC_MATCH_CLAIM = 'employee_code';
    page = signInPage;
    await signInAtCity('ma.can.bo');
    await signInPage.waitForURL((url) => url.origin === app.url && url.pathname === '/viec-cua-toi');
    expect(await (await seen(signInPage.locator('.kq-user__name'))).textContent()).toBe('Lê Thị Hồng Nhung');
  } finally {
    app.config.OIDC_MATCH_CLAIM = 'email';
    await other.close();
  }
});
