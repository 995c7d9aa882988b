// Xác thực hai lớp in Chromium (issue 14, "Sign-in"): an HR account without an authenticator is
// sent to "Bảo mật tài khoản", scans the QR code (here: reads the key shown beside it), confirms
// with a first code, sees the recovery codes once, and from then on signs in with password and code.
// Later, with few codes left, it makes new ones (downloaded as a file; the old ones stop working)
// and reads that its role may not turn two-factor off; an official, whose role may, turns it off.
// The pages pass an axe scan (WCAG 2.1 A/AA). Against the real API, codes computed with otplib.
import { DEMO_PASSWORD } from '@ketqua/api/demo';
import { createTestApp, totpCode, type TestApp } from '@ketqua/api/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { launchChromium, screenshot, seen, settled } from './support/chromium';

const HR = 'hr@demo.ketqua.vn';
const OFFICIAL = 'official@demo.ketqua.vn';
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
  const context = await browser.newContext({
    bypassCSP: true,
    viewport: { width: 1366, height: 860 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    acceptDownloads: true,
  });
  contexts.push(context);
  return context.newPage();
}

async function typePassword(page: Page, email = HR): Promise<void> {
  await page.goto(`${app.url}/`);
  await seen(page.getByRole('heading', { name: 'Đăng nhập' }));
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

const expectNoAxeViolations = async (page: Page) => {
  const violations = await axeViolations(page);
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
};

/** Password, then the code (the authenticator's, or a recovery code), on the sign-in page. */
async function signInWithCode(page: Page, email: string, code: string): Promise<void> {
  await typePassword(page, email);
  await seen(page.getByLabel('Mã xác thực'));
  await page.getByLabel('Mã xác thực').fill(code);
  await page.getByRole('button', { name: 'Xác nhận' }).click();
}

const signedIn = (page: Page) => page.waitForURL((url) => url.pathname !== '/dang-nhap' && url.pathname !== '/');

describe('two-factor sign-in in Chromium', () => {
  let secret = '';
  let firstCodes: string[] = [];

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
    firstCodes = codes;
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

  it('warns when few recovery codes are left, makes new ones with password and code (downloaded; the old ones stop working), and does not offer HR to turn it off', async () => {
    // Eight of the ten spent, as after eight sign-ins without the phone.
    await app.dataSource.query(
      `UPDATE recovery_code SET used_at = now() WHERE id IN (SELECT id FROM recovery_code WHERE user_id = (SELECT id FROM app_user WHERE email = $1) ORDER BY id LIMIT 8)`,
      [HR],
    );
    const page = await newPage();
    await signInWithCode(page, HR, await app.secondFactorCode(HR, secret));
    await signedIn(page);
    await page.goto(`${app.url}/bao-mat-tai-khoan`);
    expect(await settled(page)).toBe('Bảo mật tài khoản');
    expect(await page.getByTestId('recovery-codes-left').innerText()).toBe('còn 2 mã khôi phục');
    await seen(page.getByText('Chỉ còn 2 mã khôi phục. Hãy tạo bộ mã mới trước khi dùng hết.'));
    // HR's role requires it: no way to turn it off is offered, and the page says why.
    await seen(page.getByText('Vai trò của bạn (tổ chức cán bộ, quản trị) bắt buộc xác thực hai lớp nên không thể tắt.'));
    expect(await page.getByRole('button', { name: 'Tắt xác thực hai lớp' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Tạo mã khôi phục mới' }).click();
    await page.getByLabel('Mật khẩu hiện tại').fill(DEMO_PASSWORD);
    const right = await app.secondFactorCode(HR, secret);
    await page.getByLabel('Mã xác thực').fill(right === '000000' ? '111111' : '000000');
    await page.getByRole('button', { name: 'Tạo mã mới' }).click();
    await seen(page.getByText('Mã không đúng'));
    expect(await page.getByTestId('recovery-codes').count()).toBe(0);
    await settled(page);
    await expectNoAxeViolations(page);

    await page.getByLabel('Mã xác thực').fill(right);
    await page.getByRole('button', { name: 'Tạo mã mới' }).click();
    await seen(page.getByText('Đã tạo 10 mã khôi phục mới; các mã cũ không còn dùng được.'));
    const fresh = (await page.getByTestId('recovery-codes').locator('li').allInnerTexts()).map((c) => c.trim());
    expect(fresh).toHaveLength(10);
    expect(fresh.filter((c) => firstCodes.includes(c))).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải về tệp văn bản' }).click()]);
    expect(download.suggestedFilename()).toBe('ketqua-ma-khoi-phuc.txt');
    const saved = readFileSync((await download.path())!, 'utf8');
    for (const c of fresh) expect(saved).toContain(c);
    await screenshot(page, 'second-factor-new-recovery-codes');
    await page.getByRole('button', { name: 'Tôi đã lưu các mã' }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="recovery-codes-left"]')?.textContent === 'còn 10 mã khôi phục');

    // At the next sign-in an old code is refused and a new one lets HR in.
    const next = await newPage();
    const stored = (
      (await app.dataSource.query(`SELECT count(*)::int AS n FROM recovery_code WHERE user_id = (SELECT id FROM app_user WHERE email = $1)`, [HR])) as Array<{ n: number }>
    )[0].n;
    expect(stored).toBe(10); // the ten new ones only: the old rows are gone
    await signInWithCode(next, HR, firstCodes[9]);
    await seen(next.getByRole('alert').filter({ hasText: 'Mã xác thực không đúng hoặc đã được dùng' }));
    await next.getByLabel('Mã xác thực').fill(fresh[0]);
    await next.getByRole('button', { name: 'Xác nhận' }).click();
    await signedIn(next);
  });

  it('lets an official turn it off with the current password and a code; then the password alone signs in', async () => {
    // official@ enrolled an app earlier (as in the first journey, here through the API).
    const token = await app.login(OFFICIAL);
    const begun = await app.gql<{ beginTotpEnrolment: { secret: string } }>(`mutation { beginTotpEnrolment { secret } }`, {}, { token });
    const officialSecret = begun.data!.beginTotpEnrolment.secret;
    const confirmed = await app.gql(
      `mutation($input: SecondFactorCodeInput!) { confirmTotpEnrolment(input: $input) { codes } }`,
      { input: { code: totpCode(officialSecret, app.clock.now()) } },
      { token },
    );
    expect(confirmed.errors).toBeUndefined();

    const page = await newPage();
    await signInWithCode(page, OFFICIAL, await app.secondFactorCode(OFFICIAL, officialSecret));
    await signedIn(page);
    await page.goto(`${app.url}/bao-mat-tai-khoan`);
    expect(await settled(page)).toBe('Bảo mật tài khoản');
    await seen(page.getByText('Không bắt buộc, nhưng nên bật'));
    await page.getByRole('button', { name: 'Tắt xác thực hai lớp' }).click();
    await page.getByLabel('Mật khẩu hiện tại').fill('Sai-mat-khau-2026');
    await page.getByLabel('Mã xác thực').fill(await app.secondFactorCode(OFFICIAL, officialSecret));
    await page.getByRole('button', { name: 'Tắt xác thực hai lớp' }).last().click();
    await seen(page.getByText('Mật khẩu hiện tại không đúng'));
    await seen(page.getByText('Đang bật'));
    await page.getByLabel('Mật khẩu hiện tại').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Tắt xác thực hai lớp' }).last().click();
    await seen(page.getByText('Đã tắt xác thực hai lớp. Từ nay chỉ cần mật khẩu để đăng nhập.'));
    await seen(page.getByText('Chưa bật'));
    await seen(page.getByRole('button', { name: 'Đăng ký ứng dụng xác thực' }));

    const next = await newPage();
    await typePassword(next, OFFICIAL);
    await signedIn(next);
    expect(await settled(next)).not.toBe('Đăng nhập');
  });
});
