// Journeys 1 and 2 of PRODUCT.md up to the review, in Chromium against the real API: the official
// submits a file, the head returns it, the official resubmits, the head accepts. (The one import of
// the API's test harness is the exception explained in dashboard.spec.ts.)
import { createTestApp, type TestApp } from '@ketqua/api/testing';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, screenshot, seen, signIn } from './support/chromium';

const PASSWORD = 'Ketqua@2026';
const HEAD = 'head@demo.ketqua.vn';
const OFFICIAL = 'official@demo.ketqua.vn';
const TITLE = 'Dự thảo tờ trình tuyển dụng công chức năm 2027';
const dashboardDir = join(__dirname, '../../../dist/apps/dashboard');

let app: TestApp;
let browser: Browser;
let dataDir: string;
let files: string;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'ketqua-journeys-'));
  files = mkdtempSync(join(tmpdir(), 'ketqua-uploads-'));
  [app, browser] = await Promise.all([createTestApp({ dashboardDir, seedDemo: 'full', env: { KETQUA_DATA_DIR: dataDir } }), launchChromium()]);
  writeFileSync(join(files, 'du-thao-lan-1.pdf'), '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n% Dự thảo lần 1\n%%EOF\n');
  writeFileSync(join(files, 'du-thao-lan-2.pdf'), '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n% Dự thảo lần 2, đã sửa\n%%EOF\n');
  writeFileSync(join(files, 'bao-cao.pdf'), Buffer.concat([Buffer.from('MZ'), Buffer.alloc(512)]));
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await app?.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(files, { recursive: true, force: true });
});

async function open(email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  contexts.push(context);
  const page = await context.newPage();
  await signIn(page, app.url, email, PASSWORD);
  return page;
}

const bellCount = async (page: Page) => Number(await page.locator('.kq-bell').getAttribute('data-unread'));

describe('work journeys in Chromium', () => {
  let head: Page;
  let official: Page;

  it('journey 2 begins: the head lands on the team board, sees overdue work and the review queue, and assigns new work', async () => {
    head = await open(HEAD);
    await seen(head.getByRole('heading', { level: 1, name: 'Công việc của đơn vị' }));
    await seen(head.getByRole('tab', { name: /Chờ duyệt \(\d+\)/ }));
    await seen(head.locator('.ant-tag', { hasText: 'Quá hạn' }));
    await screenshot(head, 'work-team-board-vi');

    await head.getByRole('button', { name: 'Giao việc' }).click();
    const dialog = head.getByRole('dialog');
    await seen(dialog.getByText('Người thực hiện'));
    await dialog.getByLabel('Người thực hiện').click();
    await head.keyboard.type('Lê Thị Hồng');
    await head.keyboard.press('Enter');
    await head.keyboard.press('Escape');
    await dialog.getByLabel('Trích yếu / tên nhiệm vụ').fill(TITLE);
    await dialog.getByLabel('Số/ký hiệu văn bản').fill('501/SNV-CCVC');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await seen(head.getByText('Đã giao 1 nhiệm vụ.'));
    await seen(head.getByRole('link', { name: TITLE }));
  });

  it('journey 1: the official sees the new assignment live on the bell, starts it, is refused a disguised program, and submits a PDF', async () => {
    official = await open(OFFICIAL);
    await seen(official.getByRole('heading', { level: 1, name: 'Việc của tôi' }));
    await seen(official.getByText(TITLE));
    const before = await bellCount(official);
    await screenshot(official, 'work-my-work-vi');

    // Live: the head extends the deadline; the official's bell counts it without a reload.
    await head.getByRole('link', { name: TITLE }).click();
    await seen(head.getByRole('heading', { level: 1, name: TITLE }));
    await head.getByRole('button', { name: 'Gia hạn' }).click();
    await head.getByRole('dialog').getByLabel('Lý do').fill('Chờ số liệu của các phòng');
    await head.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click();
    await seen(head.getByText('Đã lưu.'));
    await official.waitForFunction((n) => Number(document.querySelector('.kq-bell')?.getAttribute('data-unread')) > n, before, { timeout: 15_000 });

    await official.getByText(TITLE).first().click();
    await seen(official.getByRole('heading', { level: 1, name: TITLE }));
    await official.getByRole('button', { name: 'Bắt đầu thực hiện' }).click();
    await seen(official.getByText('Đang thực hiện'));
    await official.getByRole('button', { name: 'Nộp sản phẩm' }).click();
    const dialog = official.getByRole('dialog');
    await dialog.locator('input[type=file]').setInputFiles(join(files, 'bao-cao.pdf'));
    await seen(official.getByText('là chương trình chạy được'));
    await dialog.locator('input[type=file]').setInputFiles(join(files, 'du-thao-lan-1.pdf'));
    await seen(dialog.getByText('du-thao-lan-1.pdf'));
    await dialog.getByLabel('Ghi chú gửi người duyệt').fill('Kính gửi anh bản dự thảo lần 1.');
    await official.waitForTimeout(300);
    await dialog.getByRole('button', { name: 'Nộp sản phẩm' }).click();
    await seen(official.getByText('Đã nộp sản phẩm lần 1.'));
    await seen(official.getByText('Chờ duyệt'));
    await seen(official.getByRole('button', { name: /du-thao-lan-1\.pdf/ }));
    await screenshot(official, 'work-submitted-vi');
  });

  it('journey 2: the head returns it for a major content error with a comment the official then reads', async () => {
    await head.reload();
    await seen(head.getByRole('heading', { level: 1, name: TITLE }));
    await head.getByRole('button', { name: 'Duyệt' }).click();
    const dialog = head.getByRole('dialog');
    await dialog.getByText('Trả lại', { exact: true }).click();
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await seen(dialog.getByText('Hãy ghi nhận xét khi trả lại.'));
    await dialog.getByText('Trả lại vì lỗi lớn về nội dung').click();
    await dialog.getByLabel('Nhận xét (bắt buộc khi trả lại)').fill('Số liệu biên chế chưa khớp Quyết định 1520; sửa mục 2.');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await seen(head.getByText('Đã trả lại sản phẩm.'));
    await seen(head.locator('.ant-tag', { hasText: 'Lỗi lớn về nội dung' }));

    await official.waitForFunction(() => document.querySelectorAll('.ant-notification-notice').length > 0, undefined, { timeout: 15_000 });
    await official.reload();
    await seen(official.getByText('Số liệu biên chế chưa khớp Quyết định 1520; sửa mục 2.'));
    await seen(official.getByText('Bị trả lại'));
    await screenshot(official, 'work-returned-vi');
  });

  it('journey 1 again: the official resubmits; journey 2 ends: the head accepts and the percentages show the deduction', async () => {
    await official.getByRole('button', { name: 'Nộp lại' }).click();
    const dialog = official.getByRole('dialog');
    await dialog.locator('input[type=file]').setInputFiles(join(files, 'du-thao-lan-2.pdf'));
    await seen(dialog.getByText('du-thao-lan-2.pdf'));
    await official.waitForTimeout(300);
    await dialog.getByRole('button', { name: 'Nộp sản phẩm' }).click();
    await seen(official.getByText('Đã nộp sản phẩm lần 2.'));
    expect(await official.getByTestId('deliverable-version').count()).toBe(2);

    await head.goto(`${app.url}/cong-viec-don-vi`);
    await head.getByRole('tab', { name: /Chờ duyệt/ }).click();
    await head.getByRole('row', { name: new RegExp(TITLE) }).getByRole('button', { name: 'Duyệt' }).click();
    await seen(head.getByRole('heading', { level: 1, name: TITLE }));
    await head.getByRole('button', { name: 'Duyệt' }).click();
    await head.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click();
    await seen(head.getByText('Đã nghiệm thu.'));
    await seen(head.locator('.ant-tag', { hasText: 'Đã nghiệm thu' }));
    // Quality 75: one return for a major content error (Decree 335/2025/NĐ-CP, 25 points).
    await seen(head.getByRole('progressbar', { name: 'Chất lượng' }));
    expect(await head.getByRole('progressbar', { name: 'Chất lượng' }).getAttribute('aria-valuenow')).toBe('75');
    await screenshot(head, 'work-accepted-vi');

    await official.reload();
    await seen(official.getByText('Đã nghiệm thu').first());
  });

  it('switches the work screens to English', async () => {
    await official.goto(`${app.url}/viec-cua-toi`);
    await official.getByRole('button', { name: /Ngôn ngữ|English|Tiếng Việt/ }).first().click().catch(() => undefined);
    const english = official.getByText('English', { exact: true });
    if (await english.count()) await english.first().click();
    await seen(official.getByRole('heading', { level: 1, name: 'My work' }));
    await screenshot(official, 'work-my-work-en');
  });
});
