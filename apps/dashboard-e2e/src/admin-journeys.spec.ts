// Issue 10 §9 in Chromium: the administrator's accounts page (reset a password, end a session), the
// inspector's audit trail (filter, "chain verified", head hash), and the head's "Gửi kiểm tra thử"
// reaching the official's open browser. Against the real API (see dashboard.spec.ts for the import).
import { createTestApp, postGraphQL, type TestApp } from '@ketqua/api/testing';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, screenshot, seen, settled, signIn } from './support/chromium';
import { axeViolations, describeViolations } from './support/axe';

const PASSWORD = 'Ketqua@2026';
const ADMIN = 'admin@demo.ketqua.vn';
const HEAD = 'head@demo.ketqua.vn';
const OFFICIAL = 'official@demo.ketqua.vn';
const INSPECTOR = 'inspector@demo.ketqua.vn';
const HR = 'hr@demo.ketqua.vn';
const OFFICIAL_NAME = 'Lê Thị Hồng Nhung';
// Another official for the password reset, so the official's own password stays the demo one.
const RESET = 'tran.thi.mai.anh@demo.ketqua.vn';
const RESET_NAME = 'Trần Thị Mai Anh';
const dashboardDir = join(__dirname, '../../../dist/apps/dashboard');

let app: TestApp;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [app, browser] = await Promise.all([createTestApp({ dashboardDir }), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

afterEach(async () => {
  for (const c of contexts.splice(0)) await c.close();
});

async function openAs(email: string, before?: (page: Page) => void): Promise<Page> {
  // bypassCSP: axe-core is injected as a script tag, which the dashboard's CSP rightly refuses (its own spec checks the CSP).
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1366, height: 860 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  contexts.push(context);
  const page = await context.newPage();
  before?.(page);
  await signIn(page, app.url, email, PASSWORD);
  await seen(page.getByRole('heading', { level: 1 }));
  return page;
}

const me = (token: string) => postGraphQL<{ me: { email: string } }>(app.url, '{ me { email } }', {}, { token });

// Dialogs are found by their text, not their accessible name: in this build every antd dialog is
// labelled by the same id ("test-id"), so names collide once two dialogs exist (reported, left to a11y).
describe('administration pages in Chromium', () => {
  it('the administrator finds an official and ends one of their sessions: that device is signed out', async () => {
    const otherDevice = await app.login(OFFICIAL);
    const page = await openAs(ADMIN);
    await page.getByRole('menu').getByRole('menuitem', { name: 'Tài khoản' }).click();
    await seen(page.getByRole('heading', { level: 1, name: 'Tài khoản' }));
    await page.getByLabel('Tìm theo tên hoặc email').fill('official@demo');
    await page.getByLabel('Tìm theo tên hoặc email').press('Enter');
    const row = page.locator('tr').filter({ hasText: OFFICIAL_NAME });
    await seen(row.getByText(OFFICIAL));
    await seen(page.getByText('1 tài khoản'));

    // Sessions: the one from the other device, ended from here.
    await row.getByRole('button', { name: `Thao tác khác với ${OFFICIAL_NAME}` }).click();
    await page.getByRole('menuitem', { name: 'Phiên đăng nhập', exact: true }).click();
    const drawer = page.getByRole('dialog').filter({ hasText: `Phiên đăng nhập của ${OFFICIAL_NAME}` });
    const end = await seen(drawer.getByRole('button', { name: /^Kết thúc phiên đăng nhập lúc/ }));
    expect(await end.count()).toBe(1);
    await screenshot(page, 'admin-account-sessions-vi');
    expect((await me(otherDevice)).data?.me.email).toBe(OFFICIAL);
    await end.first().click();
    await seen(page.getByText('Đã kết thúc phiên đăng nhập.'));
    await seen(drawer.getByText('Không có phiên đăng nhập nào đang mở.'));
    expect((await me(otherDevice)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await drawer.getByRole('button', { name: 'Đóng' }).first().click();
    await drawer.waitFor({ state: 'hidden' });
    // The administrator signs in with two steps now (password, then the authenticator code): 52 s seen on a loaded machine.
  }, 120_000);

  it('the administrator issues a temporary password, shown once with a copy button, and it signs in', async () => {
    const page = await openAs(ADMIN);
    await page.getByRole('menu').getByRole('menuitem', { name: 'Tài khoản' }).click();
    await seen(page.getByRole('heading', { level: 1, name: 'Tài khoản' }));
    await page.getByLabel('Tìm theo tên hoặc email').fill('Mai Anh');
    await page.getByLabel('Tìm theo tên hoặc email').press('Enter');
    const row = page.locator('tr').filter({ hasText: RESET_NAME });
    await seen(row.getByText(RESET));
    // A temporary password, after a confirmation: shown once, and it signs in.
    await row.getByRole('button', { name: `Thao tác khác với ${RESET_NAME}` }).click();
    await page.getByRole('menuitem', { name: 'Cấp mật khẩu tạm' }).click();
    // A confirmation's title is also kept hidden for assistive technology: look for the visible one.
    await seen(page.getByText(`Cấp mật khẩu tạm mới cho ${RESET_NAME}?`).filter({ visible: true }));
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    const shown = page.getByRole('dialog').filter({ hasText: `Mật khẩu tạm của ${RESET_NAME}` });
    await seen(shown.getByText('Mật khẩu này chỉ hiện một lần.', { exact: false }));
    await seen(shown.getByRole('button', { name: /Sao chép|Copy/ }));
    const password = (await shown.locator('.kq-temporary-password code').innerText()).trim();
    expect(password.length).toBeGreaterThanOrEqual(10);
    await screenshot(page, 'admin-temporary-password-vi');
    await shown.locator('.ant-modal-footer').getByRole('button', { name: 'Đóng' }).click();
    await seen(row.getByText('Mật khẩu tạm'));
    await expect(app.login(RESET, password)).resolves.toEqual(expect.any(String));
    await expect(app.login(RESET, PASSWORD)).rejects.toThrow();

    // English is one switch away.
    await page.getByText('EN', { exact: true }).click();
    await seen(page.getByRole('heading', { level: 1, name: 'Accounts' }));
    await seen(row.getByText('Temporary password'));
    await screenshot(page, 'admin-accounts-en');
  });

  it('the inspector filters the audit trail by entity and sees the chain verified with its head hash', async () => {
    const hr = await app.login('hr@demo.ketqua.vn');
    const [{ id: unitId }] = await app.dataSource.query(`SELECT id FROM unit WHERE code = 'CCHC'`);
    const rename = await postGraphQL(
      app.url,
      'mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { id } }',
      { input: { id: unitId, name: 'Phòng Cải cách hành chính và Đổi mới' } },
      { token: hr },
    );
    expect(rename.errors).toBeUndefined();

    const page = await openAs(INSPECTOR);
    await page.getByRole('menu').getByRole('menuitem', { name: 'Nhật ký kiểm toán' }).click();
    await seen(page.getByRole('heading', { level: 1, name: 'Nhật ký kiểm toán' }));
    await seen(page.getByText(/^Chuỗi toàn vẹn: đã kiểm tra \d+ sự kiện$/));
    const [head] = await app.dataSource.query(`SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1`);
    expect((await page.locator('.kq-audit-head-hash').innerText()).trim()).toBe(head.last_hash);
    expect((await page.locator('.kq-audit-head-seq').innerText()).trim()).toBe(String(head.last_seq));

    await page.getByLabel('Loại đối tượng').click();
    await page.locator('.ant-select-item-option').filter({ hasText: 'Đơn vị' }).first().click();
    await page.getByLabel('Mã đối tượng').fill(unitId);
    await page.getByLabel('Mã đối tượng').press('Enter');
    await seen(page.getByText('1 sự kiện'));
    const event = page.locator('tr').filter({ hasText: 'org.unit.updated' });
    await seen(event.getByText('Trần Thị Bích Ngọc'));
    await seen(event.getByText('name: Phòng Cải cách hành chính → Phòng Cải cách hành chính và Đổi mới'));
    await screenshot(page, 'inspector-audit-trail-vi');

    // By person: a click on who did it keeps only HR's events.
    await page.getByRole('button', { name: 'Bỏ lọc' }).click();
    const [{ n: byHr }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM audit_event e JOIN app_user u ON u.id = e.actor_id WHERE u.email = 'hr@demo.ketqua.vn'`);
    await page.locator('tbody tr.ant-table-row').filter({ hasText: 'Trần Thị Bích Ngọc' }).first().getByRole('button', { name: 'Trần Thị Bích Ngọc' }).click();
    await seen(page.getByText(`${byHr} sự kiện`, { exact: true }));
    const whos = await page.locator('tbody tr.ant-table-row td:nth-child(3)').allInnerTexts();
    expect(whos.length).toBe(Math.min(byHr, 50));
    expect(new Set(whos)).toEqual(new Set(['Trần Thị Bích Ngọc']));
  });

  it('the head presses "Gửi kiểm tra thử" and the official’s open browser shows the prompt', async () => {
    let subscribed!: Promise<void>;
    const officialPage = await openAs(OFFICIAL, (p) => {
      subscribed = new Promise<void>((resolve) => {
        p.on('websocket', (ws) =>
          ws.on('framesent', (frame) => {
            if (String(frame.payload).includes('spotCheckPrompted')) resolve();
          }),
        );
      });
    });
    await subscribed;

    const page = await openAs(HEAD);
    await page.getByRole('menu').getByRole('menuitem', { name: 'Kiểm tra ngẫu nhiên' }).click();
    await seen(page.getByRole('heading', { level: 1, name: 'Kiểm tra ngẫu nhiên' }));
    await page.getByRole('button', { name: 'Gửi kiểm tra thử' }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: 'Người nhận' });
    await dialog.getByLabel('Người nhận').click();
    await dialog.getByLabel('Người nhận').fill('Hồng Nhung');
    await page.locator('.ant-select-item-option').filter({ hasText: OFFICIAL_NAME }).click();
    await screenshot(page, 'head-send-test-check-vi');
    await dialog.getByRole('button', { name: 'Gửi' }).click();
    await seen(page.getByText(new RegExp(`^Đã gửi kiểm tra thử cho ${OFFICIAL_NAME}: hạn trả lời \\d{2}:\\d{2}\\.$`)).filter({ visible: true }));

    const prompt = officialPage.getByRole('dialog').filter({ hasText: 'Kiểm tra ngẫu nhiên' });
    await seen(prompt.getByText('Thời gian còn lại'));
    await screenshot(officialPage, 'official-test-check-prompt-vi');
    const audited = await app.dataSource.query(`SELECT u.email FROM audit_event e JOIN app_user u ON u.id = e.actor_id WHERE e.action = 'pilot.spot_check.manual_created'`);
    expect(audited).toEqual([{ email: HEAD }]);
  });

  it('a user finds their own sessions under their name, the current one marked, and ends the others', async () => {
    // HR, whom no spot-check prompt interrupts (the official has a test check waiting by now).
    const laptop = await app.login(HR);
    const page = await openAs(HR);
    // The account button's name changes with the a11y work (label in name): find it by its class.
    await page.locator('.kq-user').click();
    await page.getByRole('menu').getByRole('menuitem', { name: 'Phiên đăng nhập của tôi' }).click();
    await seen(page.getByRole('heading', { level: 1, name: 'Phiên đăng nhập của tôi' }));
    await seen(page.locator('tr').filter({ hasText: 'Phiên này' }));
    // The browser's session is a pair of httpOnly cookies: there, but out of reach of the page's scripts.
    const cookies = await page.context().cookies();
    expect(cookies.filter((c) => c.name.startsWith('ketqua_')).map((c) => [c.name, c.httpOnly, c.sameSite])).toEqual(
      expect.arrayContaining([
        ['ketqua_access', true, 'Strict'],
        ['ketqua_refresh', true, 'Strict'],
      ]),
    );
    expect(await page.evaluate(() => document.cookie)).not.toMatch(/ketqua_/);
    expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toMatch(/"(access|refresh)Token"|eyJ/);
    // This browser's device is listed (its user agent as recorded at sign-in).
    await seen(page.locator('tr').filter({ hasText: 'Phiên này' }).filter({ hasText: /Chrom/ }));
    await settled(page);
    const violations = await axeViolations(page);
    expect(describeViolations(violations)).toBe(describeViolations([]));
    expect(await page.getByRole('button', { name: /^Kết thúc phiên đăng nhập lúc/ }).count()).toBeGreaterThanOrEqual(1);
    await page.getByRole('button', { name: 'Kết thúc các phiên khác' }).click();
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await seen(page.getByText(/^Đã kết thúc \d+ phiên đăng nhập\.$/));
    // Reloaded: only this session is left, so the button to end the others is gone.
    await page.getByRole('button', { name: 'Kết thúc các phiên khác' }).waitFor({ state: 'detached' });
    expect(await page.getByRole('button', { name: /^Kết thúc phiên đăng nhập lúc/ }).count()).toBe(0);
    expect((await me(laptop)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await screenshot(page, 'hr-my-sessions-vi');
  });
});
