// Journey 2 of PRODUCT.md in Chromium: the unit head signs in and lands on Tổng quan đơn vị, reads
// the demo's figures (the same as the API's), opens the rows behind a figure, and sees the figures
// change live when a deliverable is reviewed. (The one import of the API's test harness is the
// exception explained in dashboard.spec.ts.)
import { createTestApp, type TestApp } from '@ketqua/api/testing';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, screenshot, seen, settled, signIn } from './support/chromium';

const PASSWORD = 'Ketqua@2026';
const HEAD = 'head@demo.ketqua.vn';
const dashboardDir = join(__dirname, '../../../dist/apps/dashboard');

let app: TestApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  [app, browser] = await Promise.all([createTestApp({ dashboardDir, seedDemo: 'full' }), launchChromium()]);
  context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close().catch(() => undefined);
  await browser?.close();
  await app?.close();
});

jest.setTimeout(180_000);

interface Overview {
  overdue: number;
  reviewQueue: number;
  today: { home: number; office: number; away: number };
  windows: Array<{ kind: string; unit: { accepted: number; assigned: number } }>;
}

const OVERVIEW = `query { unitOverview { overdue reviewQueue today { home office away } windows { kind unit { accepted assigned } } } }`;

async function apiOverview(token: string): Promise<Overview> {
  const res = await app.gql<{ unitOverview: Overview }>(OVERVIEW, {}, { token });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.unitOverview;
}

const statistic = (testId: string) => page.getByTestId(testId).locator('.ant-statistic-content-value');

describe('the unit overview in Chromium (journey 2)', () => {
  let token: string;

  it('lands the head on Tổng quan đơn vị with the figures the API computes', async () => {
    token = await app.login(HEAD);
    const expected = await apiOverview(token);
    await signIn(page, app.url, HEAD, PASSWORD);
    await page.waitForURL((url) => url.pathname === '/tong-quan-don-vi');
    await seen(page.getByRole('heading', { level: 1, name: 'Tổng quan đơn vị' }));
    expect(await page.title()).toBe('Tổng quan đơn vị · Ketqua');
    await seen(page.getByText(/Phòng Công chức viên chức · số liệu tính đến \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/));
    await settled(page);
    expect(await statistic('overview-overdue').innerText()).toBe(String(expected.overdue));
    expect(await statistic('overview-review-queue').innerText()).toBe(String(expected.reviewQueue));
    const week = expected.windows[0].unit;
    await seen(page.getByText(`${week.accepted}/${week.assigned} nhiệm vụ đã nghiệm thu`));
    // The month, then the open evaluation period of the demo (when one is open).
    await page.getByText('Tháng này', { exact: true }).click();
    const month = expected.windows[1].unit;
    await seen(page.getByText(`${month.accepted}/${month.assigned} nhiệm vụ đã nghiệm thu`));
    await seen(page.getByRole('heading', { level: 2, name: 'Theo từng công chức, viên chức' }));
    await seen(page.getByRole('cell', { name: /Lê Thị Hồng Nhung/ }));
    await seen(page.getByTestId('overview-trend-0').getByRole('img', { name: 'Tỷ lệ hoàn thành và đúng hạn theo tháng' }));
    await seen(page.getByTestId('overview-trend-1').getByRole('img', { name: 'Sản phẩm quy đổi theo tháng' }));
    await screenshot(page, 'unit-overview-vi');
  });

  it('opens the rows behind a figure: overdue work on the team board, filtered in the URL', async () => {
    const expected = await apiOverview(token);
    await page.getByTestId('overview-overdue').click();
    await page.waitForURL((url) => url.pathname === '/cong-viec-don-vi' && url.searchParams.get('qua-han') === '1');
    await seen(page.getByRole('heading', { level: 1, name: 'Công việc của đơn vị' }));
    expect(await page.getByRole('checkbox', { name: 'Chỉ việc quá hạn' }).isChecked()).toBe(true);
    await seen(page.getByText(new RegExp(`trên tổng số ${expected.overdue}$`)));
    await page.goBack();
    await seen(page.getByRole('heading', { level: 1, name: 'Tổng quan đơn vị' }));
    await page.getByTestId('overview-figure-completion').click();
    await page.waitForURL((url) => url.pathname === '/cong-viec-don-vi' && url.searchParams.has('tu') && url.searchParams.has('den'));
    await seen(page.getByText(/trên tổng số \d+/));
    await page.goBack();
    await page.getByTestId('overview-review-queue').click();
    await seen(page.getByRole('tab', { name: /Chờ duyệt \(\d+\)/, selected: true }));
  });

  it('refreshes live when a deliverable of the unit is reviewed, without reloading the page', async () => {
    await page.goto(`${app.url}/tong-quan-don-vi`);
    await seen(page.getByRole('heading', { level: 1, name: 'Tổng quan đơn vị' }));
    await settled(page);
    const before = await apiOverview(token);
    expect(before.reviewQueue).toBeGreaterThan(0);
    expect(await statistic('overview-review-queue').innerText()).toBe(String(before.reviewQueue));
    const [waiting] = await app.dataSource.query(
      `SELECT d.id FROM deliverable d JOIN assignment a ON a.id = d.assignment_id JOIN app_user u ON u.id = a.assigned_by_id
        WHERE u.email = $1 AND a.status = 'SUBMITTED' AND d.decision IS NULL ORDER BY d.submitted_at LIMIT 1`,
      [HEAD],
    );
    // Give the page's subscription a moment to be listening before the review is made elsewhere.
    await page.waitForTimeout(1000);
    const review = await app.gql(
      `mutation($input: ReviewDeliverableInput!) { reviewDeliverable(input: $input) { id status } }`,
      { input: { deliverableId: waiting.id, decision: 'ACCEPTED' } },
      { token },
    );
    expect(review.errors).toBeUndefined();
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="overview-review-queue"] .ant-statistic-content-value')?.textContent === String(n),
      before.reviewQueue - 1,
      { timeout: 15_000 },
    );
  });
});
