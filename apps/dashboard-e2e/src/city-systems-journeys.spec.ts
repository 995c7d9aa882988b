// The city's systems in the browser: "Đăng nhập bằng tài khoản của Thành phố" through a real local
// OpenID provider (oidc-provider, its own login and consent pages), the notification delivery choice
// on "Hồ sơ của tôi", and the link an e-mail carries (/thong-bao/:id). axe scans each new screen.
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
