// WCAG 2.1 AA in Chromium (issue 10 §10): axe-core scans every page each demo role can open (taken
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
import { launchChromium, seen, signIn } from './support/chromium';

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

async function openAs(role: Role, locale: 'vi-VN' | 'en-GB' = 'vi-VN'): Promise<Page> {
  await context?.close();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale, timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  await signIn(page, app.url, ACCOUNTS[role], PASSWORD);
  await page.waitForURL((url) => url.pathname !== '/dang-nhap');
  await seen(page.locator('.kq-signout'));
  return page;
}

/** Settled: the page's heading is shown, nothing is loading and no animation is running. */
async function settled(page: Page): Promise<void> {
  await seen(page.getByRole('heading', { level: 1 }));
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForFunction(
    () =>
      !document.querySelector('.ant-spin-spinning, .ant-skeleton-active') &&
      document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
    undefined,
    { timeout: 15_000 },
  );
}

/** Scans what is on screen now and returns the serious and critical violations, described. */
async function scan(page: Page, name: string): Promise<string[]> {
  await settled(page);
  const violations = await axeViolations(page);
  scans.set(name, violations);
  const bad = blocking(violations);
  return bad.length ? [`${name}:\n${describeViolations(bad)}`] : [];
}

async function withDialog(page: Page, opener: Locator, name: string): Promise<string[]> {
  await opener.click();
  await seen(page.getByRole('dialog'));
  const found = await scan(page, name);
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  return found;
}

/** Every menu entry of the role, and the change-password page under the account menu. */
async function everyRoute(page: Page, role: Role, prefix = role): Promise<string[]> {
  const found: string[] = [];
  for (const area of [...navigationFor(role), 'changePassword' as const]) {
    await page.goto(`${app.url}${AREAS[area].path}`);
    found.push(...(await scan(page, `${prefix} ${AREAS[area].path}`)));
  }
  return found;
}

async function assignmentOf(sql: string, params: unknown[]): Promise<string> {
  const [row] = await app.dataSource.query(sql, params);
  if (!row) throw new Error(`no demo assignment for ${sql}`);
  return row.id as string;
}

const headerParts = async (page: Page, role: string): Promise<string[]> => {
  const found: string[] = [];
  await page.locator('.kq-bell').click();
  await seen(page.locator('.kq-bell__panel'));
  found.push(...(await scan(page, `${role} notification panel`)));
  await page.keyboard.press('Escape');
  await page.locator('.kq-user').click();
  await seen(page.getByRole('menu').last());
  found.push(...(await scan(page, `${role} account menu`)));
  await page.keyboard.press('Escape');
  return found;
};

describe('accessibility (WCAG 2.1 AA, axe-core) in Chromium', () => {
  it('has no serious or critical violation on the sign-in page, in Vietnamese and English', async () => {
    await context?.close();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto(`${app.url}/`);
    await seen(page.getByRole('heading', { name: 'Đăng nhập' }));
    const found = await scan(page, 'sign-in vi');
    await page.getByText('EN', { exact: true }).click();
    await seen(page.getByRole('heading', { name: 'Sign in' }));
    found.push(...(await scan(page, 'sign-in en')));
    expect(found).toEqual([]);
  });

  it('OFFICIAL: every page, an assignment with its submit and log dialogs, the home-work request form, the bell and account menu', async () => {
    const page = await openAs('OFFICIAL');
    const found = await everyRoute(page, 'OFFICIAL');
    found.push(...(await headerParts(page, 'OFFICIAL')));

    await page.goto(`${app.url}${AREAS.homeWork.path}`);
    found.push(...(await withDialog(page, page.getByRole('button', { name: 'Đăng ký làm việc tại nhà' }), 'OFFICIAL home-work request form')));

    const working = await assignmentOf(
      `SELECT a.id FROM assignment a JOIN app_user u ON u.id = a.assignee_id WHERE u.email = $1 AND a.status IN ('IN_PROGRESS', 'RETURNED') ORDER BY a.deadline LIMIT 1`,
      [ACCOUNTS.OFFICIAL],
    );
    await page.goto(`${app.url}${AREAS.assignment.path}/${working}`);
    found.push(...(await scan(page, 'OFFICIAL assignment (in progress)')));
    found.push(...(await withDialog(page, page.getByRole('button', { name: /^Nộp (sản phẩm|lại)$/ }), 'OFFICIAL submit dialog')));
    found.push(...(await withDialog(page, page.getByRole('button', { name: 'Ghi nhật ký' }), 'OFFICIAL log-work dialog')));
    expect(found).toEqual([]);
  });

  it('UNIT_HEAD: every page, an assignment awaiting review with the review dialog, the assign form', async () => {
    const page = await openAs('UNIT_HEAD');
    const found = await everyRoute(page, 'UNIT_HEAD');
    found.push(...(await headerParts(page, 'UNIT_HEAD')));

    await page.goto(`${app.url}${AREAS.team.path}`);
    found.push(...(await withDialog(page, page.getByRole('button', { name: 'Giao việc' }), 'UNIT_HEAD assign form')));
    found.push(...(await withDialog(page, page.getByRole('button', { name: 'Nhập từ CSV' }), 'UNIT_HEAD CSV import')));

    const submitted = await assignmentOf(
      `SELECT a.id FROM assignment a JOIN app_user u ON u.id = a.assigned_by_id WHERE u.email = $1 AND a.status = 'SUBMITTED' ORDER BY a.deadline LIMIT 1`,
      [ACCOUNTS.UNIT_HEAD],
    );
    await page.goto(`${app.url}${AREAS.assignment.path}/${submitted}`);
    found.push(...(await scan(page, 'UNIT_HEAD assignment (submitted)')));
    found.push(...(await withDialog(page, page.getByRole('button', { name: 'Duyệt', exact: true }), 'UNIT_HEAD review dialog')));
    expect(found).toEqual([]);
  });

  it('HR: every page, the pilot form and the calendar day form', async () => {
    const page = await openAs('HR');
    const found = await everyRoute(page, 'HR');
    await page.goto(`${app.url}${AREAS.pilots.path}`);
    found.push(...(await withDialog(page, page.getByRole('button', { name: 'Tạo đề án' }), 'HR pilot form')));
    await page.goto(`${app.url}${AREAS.workCalendar.path}`);
    found.push(...(await withDialog(page, page.getByRole('button', { name: 'Thêm ngày' }), 'HR calendar day form')));
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
