// WCAG 2.1 AA in Chromium (issue 10 §10): axe-core scans every page the demo roles can open (taken
// from the dashboard's own navigation table, so a new page is covered without touching this file),
// the key detail pages and dialogs, in Vietnamese and some in English. No serious or critical
// violation may remain. One API, one browser, pages in sequence. (The one import of the API's test
// harness is the exception explained in dashboard.spec.ts.)
import { createTestApp, type TestApp } from '@ketqua/api/testing';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
// The route table is the dashboard app's own (not a library), read here so the sweep follows it.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { AREAS, navigationFor } from '../../dashboard/src/app/navigation';
import { axeViolations, blocking, describeViolations, type AxeViolation } from './support/axe';
import { launchChromium, seen, settled, signIn } from './support/chromium';

type Role = Parameters<typeof navigationFor>[0];

const PASSWORD = 'Ketqua@2026';
const ACCOUNTS: Record<Role, string> = {
  OFFICIAL: 'official@demo.ketqua.vn',
  UNIT_HEAD: 'head@demo.ketqua.vn',
  HR: 'hr@demo.ketqua.vn',
  ADMIN: 'admin@demo.ketqua.vn',
  INSPECTOR: 'inspector@demo.ketqua.vn',
};
const dashboardDir = join(__dirname, '../../../dist/apps/dashboard');

let app: TestApp;
let browser: Browser;
let context: BrowserContext | undefined;
/** Every scan's violations (all impacts), by page: the run's summary lands in $TMPDIR. */
const scans = new Map<string, AxeViolation[]>();

beforeAll(async () => {
  [app, browser] = await Promise.all([createTestApp({ dashboardDir, seedDemo: 'full' }), launchChromium()]);
});

afterAll(async () => {
  await context?.close().catch(() => undefined);
  await browser?.close();
  await app?.close();
  const byRule: Record<string, { impact: string | null; pages: number; nodes: number }> = {};
  for (const violations of scans.values()) {
    for (const v of violations) {
      const r = (byRule[v.id] ??= { impact: v.impact, pages: 0, nodes: 0 });
      r.pages += 1;
      r.nodes += v.nodes.length;
    }
  }
  const failing = [...scans.values()].filter((v) => blocking(v).length > 0).length;
  writeFileSync(join(tmpdir(), 'ketqua-axe-summary.json'), JSON.stringify({ scans: scans.size, failing, byRule, pages: Object.fromEntries(scans) }, null, 2));
});

jest.setTimeout(180_000);

async function openAs(role: Role, locale: 'vi-VN' | 'en-GB' = 'vi-VN', email = ACCOUNTS[role]): Promise<Page> {
  await context?.close();
  context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 800 }, locale, timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  await signIn(page, app.url, email, PASSWORD);
  await page.waitForURL((url) => url.pathname !== '/dang-nhap');
  await seen(page.locator('.kq-signout'));
  return page;
}

/** Scans what is on screen now and returns the serious and critical violations, described. */
async function scan(page: Page, name: string): Promise<string[]> {
  await settled(page);
  const violations = await axeViolations(page);
  scans.set(name, violations);
  const bad = blocking(violations);
  return bad.length ? [`${name}:\n${describeViolations(bad)}`] : [];
}

const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);
const focusedTag = (page: Page) => page.evaluate(() => document.activeElement?.tagName ?? null);

/** Opens a dialog, scans it, closes it with Escape: focus must be back on what opened it. */
async function withDialog(page: Page, opener: Locator, name: string): Promise<string[]> {
  await opener.click();
  await seen(page.getByRole('dialog'));
  const found = await scan(page, name);
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  await page.waitForFunction(() => document.activeElement !== document.body, undefined, { timeout: 5_000 }).catch(() => undefined);
  if (!(await isFocused(opener))) found.push(`${name}: focus went to <${await focusedTag(page)}> after closing, not back to the button that opened it`);
  return found;
}

/**
 * Opens a page the way a menu link does, inside the running app (the router follows the history),
 * instead of loading the whole dashboard again for every page. Every page names itself in the
 * title (checked below), so the next page is on screen when the title has changed.
 */
async function openInApp(page: Page, path: string): Promise<void> {
  if (new URL(page.url()).pathname === path) return;
  const before = await page.evaluate((to) => {
    const title = document.title;
    window.history.pushState({}, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
    return title;
  }, path);
  await page.waitForFunction((old) => document.title !== old, before, { timeout: 15_000 });
}

/** Paths already scanned in a language: a page several roles open is scanned once (by the first role in this file's order). */
const scannedPaths = new Set<string>();

/**
 * Every menu entry of the role, and the change-password page under the account menu: each scanned,
 * and its title checked, once per language across the roles (the page and its title are the same for
 * every role; what differs per role — forms, dialogs, detail pages — is scanned in the role's own test).
 */
async function everyRoute(page: Page, role: Role, prefix: string = role): Promise<string[]> {
  const found: string[] = [];
  const titles = new Set<string>();
  const language = await page.evaluate(() => document.documentElement.lang);
  for (const area of [...navigationFor(role), 'changePassword' as const]) {
    const key = `${language} ${AREAS[area].path}`;
    if (scannedPaths.has(key)) continue;
    scannedPaths.add(key);
    await openInApp(page, AREAS[area].path);
    found.push(...(await scan(page, `${prefix} ${AREAS[area].path}`)));
    // Each page names itself in the title bar, tab and history (WCAG 2.4.2).
    const title = await page.title();
    if (!/^\S.* · Ketqua$/.test(title) || titles.has(title)) found.push(`${prefix} ${AREAS[area].path}: page title "${title}" does not name the page`);
    titles.add(title);
  }
  return found;
}

async function assignmentOf(sql: string, params: unknown[]): Promise<string> {
  const [row] = await app.dataSource.query(sql, params);
  if (!row) throw new Error(`no demo assignment for ${sql}`);
  return row.id as string;
}

/** The bell and the account menu, by keyboard: they say whether they are open, the bell's items take focus. */
const headerParts = async (page: Page, role: Role): Promise<string[]> => {
  const found: string[] = [];
  // One unread notification (the demo has none for some roles), as the API would store it.
  await app.dataSource.query(
    `INSERT INTO notification (recipient_id, kind, title_vi, title_en, body_vi, body_en, created_at)
     SELECT id, 'ASSIGNMENT_ASSIGNED', 'Thông báo thử', 'Test notice', 'Nội dung', 'Body', now() FROM app_user WHERE email = $1`,
    [ACCOUNTS[role]],
  );
  await page.reload();
  await seen(page.locator('.kq-bell:not([data-unread="0"])'));
  const bell = page.locator('.kq-bell');
  await bell.focus();
  expect(await bell.getAttribute('aria-expanded')).toBe('false');
  await page.keyboard.press('Enter');
  await seen(page.locator('.kq-bell__panel'));
  expect(await bell.getAttribute('aria-expanded')).toBe('true');
  found.push(...(await scan(page, `${role} notification panel`)));
  // Focus is inside the panel, on the first notification, which is announced as a button.
  const first = page.locator('[data-bell-item]').first();
  await page.waitForFunction(() => document.activeElement?.hasAttribute('data-bell-item'), undefined, { timeout: 5_000 });
  expect(await first.getAttribute('role')).toBe('button');
  await page.keyboard.press('Escape');
  await page.locator('.kq-bell__panel').waitFor({ state: 'hidden' });
  expect(await isFocused(bell)).toBe(true);
  expect(await bell.getAttribute('aria-expanded')).toBe('false');
  // Enter on a notification opens it: the panel closes and the item is read.
  const unread = Number(await bell.getAttribute('data-unread'));
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.hasAttribute('data-bell-item'), undefined, { timeout: 5_000 });
  await page.keyboard.press('Enter');
  await page.locator('.kq-bell__panel').waitFor({ state: 'hidden' });
  if (unread > 0) await page.waitForFunction((n) => Number(document.querySelector('.kq-bell')?.getAttribute('data-unread')) < n, unread, { timeout: 10_000 });

  const account = page.locator('.kq-user');
  expect(await account.getAttribute('aria-expanded')).toBe('false');
  await account.click();
  await seen(page.getByRole('menu').last());
  expect(await account.getAttribute('aria-expanded')).toBe('true');
  found.push(...(await scan(page, `${role} account menu`)));
  await page.keyboard.press('Escape');
  return found;
};

/** At 200% zoom (1280×800 CSS px become 640×400) a table may fold columns, but never lose their text. */
async function nothingLostAt200(page: Page, path: string, name: string): Promise<string[]> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${app.url}${path}`);
  await settled(page);
  const cellTexts = (await page.locator('.ant-table-tbody tr.ant-table-row td').allInnerTexts()).map((x) => x.trim()).filter((x) => x.length > 1);
  expect(cellTexts.length).toBeGreaterThan(0);
  await page.setViewportSize({ width: 640, height: 400 });
  await settled(page);
  const expand = page.getByRole('button', { name: /^(Mở rộng dòng|Expand row)$/ });
  while ((await expand.count()) > 0) await expand.first().click();
  const narrow = (await page.locator('.ant-table-tbody').allInnerTexts()).join('\n');
  const lost = [...new Set(cellTexts.filter((x) => !narrow.includes(x)))];
  await page.setViewportSize({ width: 1280, height: 800 });
  return lost.length ? [`${name}: at 640 px wide these cells are nowhere on the page: ${lost.slice(0, 5).join(' | ')}`] : [];
}

describe('accessibility (WCAG 2.1 AA, axe-core) in Chromium', () => {
  it('has no serious or critical violation on the sign-in page, in Vietnamese and English', async () => {
    await context?.close();
    context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 800 }, locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto(`${app.url}/`);
    await seen(page.getByRole('heading', { name: 'Đăng nhập' }));
    const found = await scan(page, 'sign-in vi');
    await page.getByText('EN', { exact: true }).click();
    await seen(page.getByRole('heading', { name: 'Sign in' }));
    // The language switch's sliding thumb is gone once its motion ends.
    await page.locator('.ant-segmented-thumb').waitFor({ state: 'detached' });
    found.push(...(await scan(page, 'sign-in en')));
    expect(found).toEqual([]);
  });

  it('OFFICIAL: every page, an assignment with its submit and log dialogs, the home-work request form, the waiver request form, the bell and account menu', async () => {
    const page = await openAs('OFFICIAL');
    // Signed in, focus is on the landing page's heading, not lost on <body>.
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1', undefined, { timeout: 10_000 });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Việc của tôi');
    expect(await page.title()).toBe('Việc của tôi · Ketqua');
    const found = await everyRoute(page, 'OFFICIAL');
    found.push(...(await headerParts(page, 'OFFICIAL')));

    const working = await assignmentOf(
      `SELECT a.id FROM assignment a JOIN app_user u ON u.id = a.assignee_id WHERE u.email = $1 AND a.status IN ('IN_PROGRESS', 'RETURNED') ORDER BY a.deadline LIMIT 1`,
      [ACCOUNTS.OFFICIAL],
    );
    await page.goto(`${app.url}${AREAS.assignment.path}/${working}`);
    found.push(...(await scan(page, 'OFFICIAL assignment (in progress)')));
    found.push(...(await withDialog(page, page.getByRole('button', { name: /^Nộp (sản phẩm|lại)$/ }), 'OFFICIAL submit dialog')));
    found.push(...(await withDialog(page, page.getByRole('button', { name: 'Ghi nhật ký' }), 'OFFICIAL log-work dialog')));

    // An official with no arrangement yet sees the request form.
    const newcomer = await openAs('OFFICIAL', 'vi-VN', 'ly.gia.huy@demo.ketqua.vn');
    await newcomer.goto(`${app.url}${AREAS.homeWork.path}`);
    found.push(...(await withDialog(newcomer, newcomer.getByRole('button', { name: 'Đăng ký làm việc tại nhà' }), 'OFFICIAL home-work request form')));

    // The waiver request form of "Miễn trừ khấu trừ".
    const official = await openAs('OFFICIAL');
    await official.goto(`${app.url}${AREAS.waivers.path}`);
    found.push(...(await withDialog(official, official.getByRole('button', { name: 'Đề nghị miễn trừ' }), 'OFFICIAL waiver request form')));
    expect(found).toEqual([]);
  });

  it('UNIT_HEAD: every page, an assignment awaiting review with the review dialog, the assign form', async () => {
    const page = await openAs('UNIT_HEAD');
    const found = await everyRoute(page, 'UNIT_HEAD');
    found.push(...(await headerParts(page, 'UNIT_HEAD')));

    await page.goto(`${app.url}${AREAS.team.path}`);
    found.push(...(await withDialog(page, page.getByRole('button', { name: 'Giao việc' }), 'UNIT_HEAD assign form')));
    found.push(...(await withDialog(page, page.getByRole('button', { name: 'Nhập từ CSV' }), 'UNIT_HEAD CSV import')));

    // Saving the empty assign form: the errors are shown by the fields and announced.
    await page.getByRole('button', { name: 'Giao việc' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await seen(dialog.getByText('Bắt buộc.'));
    await page.waitForFunction(() => document.querySelector('[data-testid="form-errors-live"]')?.textContent?.includes('Bắt buộc.'), undefined, { timeout: 5_000 });
    expect(await page.getByTestId('form-errors-live').getAttribute('aria-live')).toBe('polite');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    found.push(...(await nothingLostAt200(page, AREAS.team.path, 'UNIT_HEAD team board (deadlines, weights)')));

    const submitted = await assignmentOf(
      `SELECT a.id FROM assignment a JOIN app_user u ON u.id = a.assigned_by_id WHERE u.email = $1 AND a.status = 'SUBMITTED' ORDER BY a.deadline LIMIT 1`,
      [ACCOUNTS.UNIT_HEAD],
    );
    await page.goto(`${app.url}${AREAS.assignment.path}/${submitted}`);
    found.push(...(await scan(page, 'UNIT_HEAD assignment (submitted)')));
    found.push(...(await withDialog(page, page.getByRole('button', { name: 'Duyệt', exact: true }), 'UNIT_HEAD review dialog')));
    expect(found).toEqual([]);
  });

  it('HR: every page, the pilot form, the calendar day form, the criteria template form, the period form and a period board', async () => {
    const page = await openAs('HR');
    const found = await everyRoute(page, 'HR');
    await page.goto(`${app.url}${AREAS.criteriaTemplates.path}`);
    found.push(...(await withDialog(page, page.getByRole('button', { name: 'Tạo bộ tiêu chí' }), 'HR criteria template form')));
    // Evaluation periods: the new-period form and a demo period's completion board (/ky-danh-gia/:id).
    await page.goto(`${app.url}${AREAS.evaluationPeriods.path}`);
    found.push(...(await withDialog(page, page.getByRole('button', { name: 'Tạo kỳ đánh giá' }), 'HR evaluation period form')));
    const [period] = await app.dataSource.query(`SELECT p.id FROM evaluation_period p JOIN agency a ON a.id = p.agency_id WHERE a.code = 'SNV' ORDER BY p.starts_on DESC LIMIT 1`);
    if (!period) throw new Error('no demo evaluation period of SNV');
    await page.goto(`${app.url}${AREAS.evaluationPeriods.path}/${period.id}`);
    found.push(...(await scan(page, 'HR evaluation period board')));
    // The quota page's exception form (HR records an exception to the excellent-grade quota).
    await page.goto(`${app.url}${AREAS.evaluationQuota.path}`);
    found.push(...(await withDialog(page, page.getByRole('button', { name: 'Ghi nhận ngoại lệ' }), 'HR quota exception form')));
    await page.goto(`${app.url}${AREAS.pilots.path}`);
    found.push(...(await withDialog(page, page.getByRole('button', { name: 'Tạo đề án' }), 'HR pilot form')));
    await page.goto(`${app.url}${AREAS.workCalendar.path}`);
    found.push(...(await withDialog(page, page.getByRole('button', { name: 'Thêm ngày' }), 'HR calendar day form')));
    found.push(...(await nothingLostAt200(page, AREAS.workCalendar.path, 'HR calendar (documents)')));
    expect(found).toEqual([]);
  });

  it('ADMIN and INSPECTOR: every page, and an assignment read by the inspector', async () => {
    let page = await openAs('ADMIN');
    const found = await everyRoute(page, 'ADMIN');
    page = await openAs('INSPECTOR');
    found.push(...(await everyRoute(page, 'INSPECTOR')));
    const any = await assignmentOf(`SELECT id FROM assignment WHERE status = 'ACCEPTED' ORDER BY deadline LIMIT $1`, [1]);
    await page.goto(`${app.url}${AREAS.assignment.path}/${any}`);
    found.push(...(await scan(page, 'INSPECTOR assignment (accepted)')));
    expect(found).toEqual([]);
  });

  it('in English too: the head and the official on every page', async () => {
    let page = await openAs('UNIT_HEAD', 'en-GB');
    await page.getByText('EN', { exact: true }).click();
    await seen(page.getByRole('button', { name: 'Sign out' }));
    const found = await everyRoute(page, 'UNIT_HEAD', 'UNIT_HEAD en');
    page = await openAs('OFFICIAL', 'en-GB');
    await page.getByText('EN', { exact: true }).click();
    await seen(page.getByRole('button', { name: 'Sign out' }));
    found.push(...(await everyRoute(page, 'OFFICIAL', 'OFFICIAL en')));
    expect(found).toEqual([]);
  });
});
