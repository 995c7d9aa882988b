// The screenshots of the user guides (docs/guide), taken on the demo as each role sees it, in
// Vietnamese and English, written into docs/guide/img by `npm run docs:screenshots`
// (KETQUA_GUIDE_SCREENSHOTS=1) so the guides follow the dashboard. `npm test` leaves it out (see
// apps/dashboard-e2e/jest.config.js); it still checks that each page it shows opens with its heading. (The one import of the API's test harness is explained in dashboard.spec.ts.)
import { createTestApp, type TestApp } from '@ketqua/api/testing';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, seen, settled, signIn } from './support/chromium';

const PASSWORD = 'Ketqua@2026';
const dashboardDir = join(__dirname, '../../../dist/apps/dashboard');
const intoDocs = process.env['KETQUA_GUIDE_SCREENSHOTS'] === '1';
const imageDir = (lang: string) => (intoDocs ? join(__dirname, '../../../docs/guide/img', lang) : join(tmpdir(), 'ketqua-guide', lang));

/** What each guide shows: the file name (docs/guide/img/<lang>/<name>.png) and how to reach it. */
const GUIDE: Array<{ email: string; shots: Array<{ name: string; path: string | ((page: Page) => Promise<void>) }> }> = [
  {
    email: 'official@demo.ketqua.vn',
    shots: [
      { name: 'official-myWork', path: '/viec-cua-toi' },
      {
        name: 'official-assignment',
        path: async (page) => {
          await page.goto(`${app.url}/viec-cua-toi`);
          await (await seen(page.locator('main a[href^="/viec/"]'))).first().click();
          await page.waitForURL(/\/viec\/[0-9a-f-]{36}$/);
          // The list's heading stays until the assignment has loaded.
          await page.waitForFunction(() => !/^(Việc của tôi|My work)$/.test(document.querySelector('h1')?.textContent ?? ''), undefined, { timeout: 15_000 });
        },
      },
      { name: 'official-homeWork', path: '/lam-viec-tai-nha' },
      { name: 'official-myEvaluation', path: '/danh-gia-cua-toi' },
      { name: 'official-criteria', path: '/tieu-chi-danh-gia' },
      { name: 'official-waivers', path: '/mien-tru' },
    ],
  },
  {
    email: 'head@demo.ketqua.vn',
    shots: [
      { name: 'head-overview', path: '/tong-quan-don-vi' },
      { name: 'head-team', path: '/cong-viec-don-vi' },
      { name: 'head-enrollments', path: '/duyet-dang-ky' },
      { name: 'head-today', path: '/hom-nay' },
      { name: 'head-spotChecks', path: '/kiem-tra-ngau-nhien' },
      { name: 'head-evaluationBoard', path: '/danh-gia-don-vi' },
      { name: 'head-evaluationQuota', path: '/ty-le-xuat-sac' },
    ],
  },
  {
    email: 'hr@demo.ketqua.vn',
    shots: [
      { name: 'hr-pilots', path: '/de-an-thi-diem' },
      { name: 'hr-workCalendar', path: '/lich-lam-viec' },
      { name: 'hr-org', path: '/to-chuc' },
      { name: 'hr-evaluationPeriods', path: '/ky-danh-gia' },
      { name: 'hr-criteriaTemplates', path: '/quan-ly-tieu-chi' },
    ],
  },
  {
    email: 'admin@demo.ketqua.vn',
    shots: [
      { name: 'admin-accounts', path: '/tai-khoan' },
      { name: 'admin-org', path: '/to-chuc' },
    ],
  },
  {
    email: 'inspector@demo.ketqua.vn',
    shots: [
      { name: 'inspector-auditTrail', path: '/nhat-ky-kiem-toan' },
      { name: 'inspector-verifyDraw', path: '/xac-minh-boc-tham' },
      { name: 'inspector-verifySheet', path: '/xac-minh-phieu' },
    ],
  },
];

let app: TestApp;
let browser: Browser;
let context: BrowserContext | undefined;

beforeAll(async () => {
  [app, browser] = await Promise.all([createTestApp({ dashboardDir, seedDemo: 'full' }), launchChromium()]);
});

afterAll(async () => {
  await context?.close().catch(() => undefined);
  await browser?.close();
  await app?.close();
});

jest.setTimeout(180_000);

describe.each([
  ['vi', 'vi-VN', 'Việc của tôi'],
  ['en', 'en-GB', 'My work'],
] as const)("the user guides' pages in %s", (lang, locale, myWork) => {
  it.each(GUIDE.map((g) => [g.email, g] as const))('%s: each page the guide shows opens with its heading', async (_email, guide) => {
    await context?.close();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale, timezoneId: 'Asia/Ho_Chi_Minh' });
    const page = await context.newPage();
    await signIn(page, app.url, guide.email, PASSWORD);
    await page.waitForURL((url) => url.pathname !== '/dang-nhap');
    // Vietnamese first; English is the switch in the header.
    if (lang === 'en') {
      await page.getByText('EN', { exact: true }).click();
      await seen(page.getByRole('button', { name: 'Sign out' }));
    }
    mkdirSync(imageDir(lang), { recursive: true });
    const headings: string[] = [];
    for (const shot of guide.shots) {
      if (typeof shot.path === 'string') await page.goto(`${app.url}${shot.path}`);
      else await shot.path(page);
      const heading = await settled(page);
      expect(heading.trim()).not.toBe('');
      headings.push(heading);
      await page.screenshot({ path: join(imageDir(lang), `${shot.name}.png`) });
    }
    // The page titles are in the guide's language (the official's landing page names itself).
    if (guide.email.startsWith('official@')) expect(headings[0]).toBe(myWork);
    expect(new Set(headings).size).toBe(guide.shots.length);
  });
});
