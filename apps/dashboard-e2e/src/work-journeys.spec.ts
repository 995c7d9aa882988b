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
  await page.waitForURL((url) => url.pathname !== '/dang-nhap');
  return page;
}

// Each step is a whole journey in two browsers; the root config's 60 s is too short for some.
jest.setTimeout(180_000);

const bellCount = async (page: Page) => Number(await page.locator('.kq-bell').getAttribute('data-unread'));

describe('work journeys in Chromium', () => {
  let head: Page;
  let official: Page;

  it('journey 2 begins: the head lands on the unit overview, opens the team board, sees overdue work and the review queue, and assigns new work', async () => {
    head = await open(HEAD);
    await seen(head.getByRole('heading', { level: 1, name: 'Tổng quan đơn vị' }));
    await head.goto(`${app.url}/cong-viec-don-vi`);
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
    // Catalogue item × quantity = converted weight, shown before saving.
    await dialog.getByLabel('Sản phẩm (danh mục)').click();
    await head.keyboard.type('DT-TOTRINH');
    await head.keyboard.press('Enter');
    await dialog.getByLabel('Số lượng').fill('2');
    await seen(dialog.getByTestId('weight-preview').filter({ hasText: '2 × 3 = 6' }));
    await dialog.getByLabel('Số/ký hiệu văn bản').fill('501/SNV-CCVC');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await seen(head.getByText('Đã giao 1 nhiệm vụ.'));
    const row = head.getByRole('row', { name: new RegExp(TITLE) });
    await seen(row.getByText('501/SNV-CCVC'));
    expect(await row.getByRole('cell').nth(4).innerText()).toBe('6');
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

    // The notification opens the assignment it is about: the API names it, the dashboard routes.
    await official.locator('.kq-bell').click();
    await official.locator('.kq-bell__panel').getByText(`Gia hạn: ${TITLE}`).click();
    await official.waitForURL(/\/viec\/[0-9a-f-]{36}$/);
    await seen(official.getByRole('heading', { level: 1, name: TITLE }));
    await official.getByRole('button', { name: 'Bắt đầu thực hiện' }).click();
    await seen(official.getByText('Đang thực hiện'));
    await official.getByRole('button', { name: 'Ghi nhật ký' }).click();
    await official.getByRole('dialog').getByLabel('Thời gian (phút)').fill('90');
    await official.getByRole('dialog').getByLabel('Nội dung công việc đã làm').fill('Tổng hợp số liệu biên chế các phòng.');
    await official.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click();
    await seen(official.getByText('Đã ghi nhật ký.'));
    await seen(official.getByTestId('work-logs').getByText('Tổng hợp số liệu biên chế các phòng.'));

    await official.getByRole('button', { name: 'Nộp sản phẩm' }).click();
    const dialog = official.getByRole('dialog');
    await dialog.locator('input[type=file]').setInputFiles(join(files, 'bao-cao.pdf'));
    await seen(official.getByText('là chương trình chạy được'));
    await dialog.locator('input[type=file]').setInputFiles(join(files, 'du-thao-lan-1.pdf'));
    await seen(dialog.locator('.ant-upload-list-item-done', { hasText: 'du-thao-lan-1.pdf' }));
    await dialog.getByLabel('Ghi chú gửi người duyệt').fill('Kính gửi anh bản dự thảo lần 1.');
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
    await seen(dialog.getByText('Hãy chọn lỗi lớn về nội dung hay chỉ cần sửa nhỏ.'));
    await dialog.getByText('Trả lại vì lỗi lớn về nội dung').click();
    await dialog.getByLabel('Nhận xét (bắt buộc khi trả lại)').fill('Số liệu biên chế chưa khớp Quyết định 1520; sửa mục 2.');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await seen(head.getByText('Đã trả lại sản phẩm.'));
    await seen(head.locator('.ant-tag', { hasText: 'Lỗi lớn về nội dung' }));

    // Live, without reloading: the corner notice, and the open assignment shows the return and its comment.
    await official.waitForFunction(() => document.querySelectorAll('.ant-notification-notice').length > 0, undefined, { timeout: 15_000 });
    await seen(official.getByText('Số liệu biên chế chưa khớp Quyết định 1520; sửa mục 2.'));
    await seen(official.getByText('Bị trả lại'));
    await screenshot(official, 'work-returned-vi');
  });

  it('journey 1 again: the official resubmits; journey 2 ends: the head accepts and the percentages show the deduction', async () => {
    await official.getByRole('button', { name: 'Nộp lại' }).click();
    const dialog = official.getByRole('dialog');
    await dialog.locator('input[type=file]').setInputFiles(join(files, 'du-thao-lan-2.pdf'));
    await seen(dialog.locator('.ant-upload-list-item-done', { hasText: 'du-thao-lan-2.pdf' }));
    await dialog.getByRole('button', { name: 'Nộp sản phẩm' }).click();
    await seen(official.getByText('Đã nộp sản phẩm lần 2.'));
    await seen(official.getByTestId('deliverable-version').nth(1));
    expect(await official.getByTestId('deliverable-version').count()).toBe(2);

    await head.goto(`${app.url}/cong-viec-don-vi`);
    await head.getByRole('tab', { name: /Chờ duyệt/ }).click();
    await head
      .getByRole('row', { name: new RegExp(TITLE) })
      .getByRole('button', { name: 'Duyệt' })
      .click();
    await seen(head.getByRole('heading', { level: 1, name: TITLE }));
    await head.getByRole('button', { name: 'Duyệt' }).click();
    await head.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click();
    await seen(head.getByText('Đã nghiệm thu.'));
    await seen(head.locator('.ant-tag', { hasText: 'Đã nghiệm thu' }));
    // Quality 75: one return for a major content error (Decree 335/2025/NĐ-CP, 25 points).
    await seen(head.getByRole('progressbar', { name: 'Chất lượng' }));
    expect(await head.getByRole('progressbar', { name: 'Chất lượng' }).getAttribute('aria-valuenow')).toBe('75');
    await screenshot(head, 'work-accepted-vi');

    // The head records an objective cause, confirmed in writing: the return no longer costs quality.
    await head.getByRole('button', { name: 'Ghi nguyên nhân khách quan' }).click();
    const cause = head.getByRole('dialog');
    await cause.getByLabel('Nguyên nhân khách quan').fill('Quyết định 1520 được sửa đổi sau khi giao việc.');
    await cause.getByLabel('Văn bản / người xác nhận').fill('Công văn 777/SNV-VP ngày 20/11/2026');
    await cause.getByRole('button', { name: 'Lưu' }).click();
    await seen(head.locator('.ant-tag', { hasText: 'Đã ghi nguyên nhân khách quan' }));
    await seen(head.getByRole('progressbar', { name: 'Chất lượng' }).and(head.locator('[aria-valuenow="100"]')));

    await seen(official.locator('.ant-tag', { hasText: 'Đã nghiệm thu' }));
  });

  it('filters the team board: overdue work only, one official, a month', async () => {
    await head.goto(`${app.url}/cong-viec-don-vi`);
    await seen(head.getByRole('heading', { level: 1, name: 'Công việc của đơn vị' }));
    await seen(head.getByText(/trên tổng số \d+/));
    await head.getByText('Chỉ việc quá hạn').click();
    await seen(head.getByText(/^1–2 trên tổng số 2$/));
    const rows = head.getByRole('row').filter({ has: head.getByRole('cell') });
    for (const text of await rows.allInnerTexts()) expect(text).toContain('Quá hạn');

    await head.getByLabel('Công chức').click();
    await head.keyboard.type('Bùi Quốc');
    await head.keyboard.press('Enter');
    await seen(head.getByText(/^1–1 trên tổng số 1$/));
    expect(await rows.allInnerTexts()).toEqual([expect.stringContaining('Bùi Quốc Bảo')]);

    // A month is the due range of that month (dd/MM/yyyy in the range picker).
    await head.getByText('Chỉ việc quá hạn').click();
    await head.getByLabel('Kỳ', { exact: true }).click();
    await head.getByLabel('Kỳ', { exact: true }).fill(new Date().toLocaleDateString('en-GB', { timeZone: 'Asia/Ho_Chi_Minh' }).slice(3));
    await head.keyboard.press('Enter');
    const first = await head.getByPlaceholder('Hạn từ ngày').inputValue();
    expect(first).toMatch(/^01\/\d{2}\/\d{4}$/);
    await screenshot(head, 'work-team-board-filtered-vi');
  });

  it('keeps two heads from overwriting each other: the second save gets the conflict message, then applies to the latest version', async () => {
    const other = await open(HEAD);
    const title = 'Kế hoạch bồi dưỡng kỹ năng làm việc từ xa';
    for (const page of [head, other]) {
      await page.goto(`${app.url}/cong-viec-don-vi`);
      await page.getByRole('link', { name: title }).click();
      await seen(page.getByRole('heading', { level: 1, name: title }));
    }

    await head.getByRole('button', { name: 'Sửa' }).click();
    await head.getByRole('dialog').getByLabel('Trích yếu / tên nhiệm vụ').fill(`${title} (bản sửa)`);
    await head.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click();
    await seen(head.getByText('Đã lưu.'));

    await other.getByRole('button', { name: 'Sửa' }).click();
    const dialog = other.getByRole('dialog');
    await dialog.getByLabel('Mô tả, yêu cầu').fill('Bổ sung nội dung an toàn thông tin khi làm việc tại nhà.');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await seen(dialog.getByText(/vừa được người khác thay đổi/));
    await screenshot(other, 'work-edit-conflict-vi');
    await dialog.getByRole('button', { name: 'Tải bản mới nhất' }).click();
    await seen(other.getByRole('heading', { level: 1, name: `${title} (bản sửa)` }));
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await seen(other.getByText('Đã lưu.'));
    // Both edits stand: the first head's title and the second head's description.
    await seen(other.getByRole('heading', { level: 1, name: `${title} (bản sửa)` }));
    await seen(other.getByText('Bổ sung nội dung an toàn thông tin khi làm việc tại nhà.'));
  });

  it("imports assignments from the document system's CSV: a bad line refuses the whole file with its line number", async () => {
    const due = new Date(Date.now() + 14 * 86_400_000).toLocaleDateString('en-GB', { timeZone: 'Asia/Ho_Chi_Minh' });
    const header = 'Số/Ký hiệu,Trích yếu,Email người thực hiện,Mã sản phẩm,Số lượng,Hạn xử lý';
    writeFileSync(
      join(files, 'van-ban-loi.csv'),
      [header, `610/SNV-CCVC,Báo cáo biên chế quý,${OFFICIAL},BC-DINHKY,1,${due}`, `611/SNV-CCVC,Thẩm định hồ sơ,${OFFICIAL},TD-HOSO,4,31/02/2026`].join('\n'),
    );
    writeFileSync(
      join(files, 'van-ban.csv'),
      [header, `610/SNV-CCVC,Báo cáo biên chế quý,${OFFICIAL},BC-DINHKY,1,${due}`, `611/SNV-CCVC,Thẩm định hồ sơ,${OFFICIAL},TD-HOSO,4,${due} 10:00`].join('\n'),
    );

    await head.goto(`${app.url}/cong-viec-don-vi`);
    await head.getByRole('button', { name: 'Nhập từ CSV' }).click();
    const dialog = head.getByRole('dialog');
    await dialog.locator('input[type=file]').setInputFiles(join(files, 'van-ban-loi.csv'));
    await dialog.getByRole('button', { name: 'Nhập', exact: true }).click();
    await seen(dialog.getByText(/^Dòng 3: /));
    await screenshot(head, 'work-import-errors-vi');
    await dialog.locator('.ant-modal-footer').getByRole('button', { name: 'Đóng' }).click();
    await head.getByPlaceholder('Tìm theo trích yếu hoặc số văn bản').fill('610/SNV-CCVC');
    await seen(head.getByText('Không có nhiệm vụ phù hợp.'));

    await head.getByRole('button', { name: 'Nhập từ CSV' }).click();
    await dialog.locator('input[type=file]').setInputFiles(join(files, 'van-ban.csv'));
    await dialog.getByRole('button', { name: 'Nhập', exact: true }).click();
    await seen(head.getByText('Đã nhập 2 nhiệm vụ.'));
    await seen(head.getByRole('link', { name: 'Báo cáo biên chế quý' }));
  });

  it("keeps the unit's catalogue per position: the head adds an item and changes its coefficient", async () => {
    await head.goto(`${app.url}/danh-muc-san-pham`);
    await seen(head.getByRole('heading', { level: 1, name: 'Danh mục sản phẩm' }));
    await seen(head.getByRole('cell', { name: 'DT-TOTRINH' }));

    await head.getByRole('button', { name: 'Thêm sản phẩm' }).click();
    const dialog = head.getByRole('dialog');
    await dialog.getByLabel('Mã').fill('TH-SOLIEU');
    await dialog.getByLabel('Tên sản phẩm').fill('Tổng hợp số liệu biên chế');
    await dialog.getByLabel('Đơn vị tính').fill('báo cáo');
    await dialog.getByLabel('Hệ số quy đổi').fill('1.5');
    await dialog.getByLabel('Vị trí việc làm').click();
    await head.keyboard.type('Chuyên viên quản lý');
    await head.keyboard.press('Enter');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    const row = head.getByRole('row', { name: /TH-SOLIEU/ });
    await seen(row.getByText('Chuyên viên quản lý công chức, viên chức'));
    expect(await row.getByRole('cell').nth(3).innerText()).toBe('1.5');

    await row.getByRole('button', { name: 'Sửa' }).click();
    await dialog.getByLabel('Hệ số quy đổi').fill('2');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await seen(row.getByRole('cell', { name: '2', exact: true }));
    await screenshot(head, 'work-catalogue-vi');
  });

  it('switches the work screens to English', async () => {
    await official.goto(`${app.url}/viec-cua-toi`);
    await official.getByText('EN', { exact: true }).click();
    await seen(official.getByRole('heading', { level: 1, name: 'My work' }));
    await seen(official.getByText('Recent work log'));
    await screenshot(official, 'work-my-work-en');
  });
});
