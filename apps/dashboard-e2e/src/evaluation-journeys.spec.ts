// Evaluation by results in Chromium against the real API (issue 11): HR creates and opens a period
// and watches the opening job's live progress bar reach 100%, then reads the completion board; the
// head meets the excellent-grade quota meter past the quota, with the what-if naming the official,
// and publishing past it is refused with the message; an official asks for a waiver of a deduction
// with evidence, the head confirms it with a note, and the receipt shows the deduction waived.
// Background jobs do not run in tests (JOBS_ENABLED=false): the opening job is run by calling
// EvaluationPeriodJobs while the page is open, as the API e2e does, so the subscription pushes it.
// Periods and evaluations past the opening are planted as rows (the quota slice's own fixtures).
import { EvaluationPeriodJobs } from '@ketqua/api/evaluation';
import { createTestApp, type TestApp } from '@ketqua/api/testing';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
// The quota and waiver fixtures are the API e2e tests' own (rows as the flow writes them), reused here.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { plantEvaluation, plantPeriod, type World, world } from '../../api-e2e/src/evaluation/quota-fixtures';
import { axeViolations, blocking, describeViolations } from './support/axe';
import { launchChromium, screenshot, seen, settled, signIn } from './support/chromium';

const PASSWORD = 'Ketqua@2026';
const HR = 'hr@demo.ketqua.vn';
const HEAD = 'head@demo.ketqua.vn';
const OFFICIAL = 'official@demo.ketqua.vn';
const dashboardDir = join(__dirname, '../../../dist/apps/dashboard');

let app: TestApp;
let browser: Browser;
let w: World;
let files: string;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  files = mkdtempSync(join(tmpdir(), 'ketqua-evidence-'));
  [app, browser] = await Promise.all([createTestApp({ dashboardDir }), launchChromium()]);
  w = await world(app, ['hr', 'head', 'official']);
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await app?.close();
  rmSync(files, { recursive: true, force: true });
});

jest.setTimeout(180_000);

/** Every GraphQL-over-WebSocket message each page sent (the subscriptions share one socket opened at sign-in). */
const sentFrames = new WeakMap<Page, string[]>();

async function open(email: string): Promise<Page> {
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1366, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  contexts.push(context);
  const page = await context.newPage();
  const frames: string[] = [];
  sentFrames.set(page, frames);
  page.on('websocket', (ws) => ws.on('framesent', (f) => frames.push(String(f.payload))));
  await signIn(page, app.url, email, PASSWORD);
  await seen(page.getByRole('button', { name: 'Đăng xuất' }));
  return page;
}

/** Waits until the page has subscribed to something naming all of `parts` (at most 15 s). */
async function subscribedTo(page: Page, ...parts: string[]): Promise<void> {
  const frames = sentFrames.get(page) ?? [];
  for (let waited = 0; !frames.some((f) => f.includes('"subscribe"') && parts.every((p) => f.includes(p))); waited += 100) {
    if (waited > 15_000) throw new Error(`the page did not subscribe to ${parts.join(', ')}; sent: ${frames.join('\n').slice(0, 2000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Picks an option of an antd Select opened from its label (the listbox is rendered in a popup). */
async function pick(page: Page, label: string, option: string | RegExp): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
}

/** Waits (at most 10 s) until an input shows `value`: a date picker commits what was typed on Enter. */
async function keeps(input: Locator, value: string): Promise<void> {
  let shown = '';
  for (let waited = 0; waited <= 10_000; waited += 100) {
    shown = await input.inputValue();
    if (shown === value) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the field shows "${shown}", not "${value}"`);
}

/** Waits for a form dialog to close after OK; if the form refused instead, fails with what it said. */
async function closedOrExplained(dialog: Locator): Promise<void> {
  const problem = dialog.locator('.ant-form-item-explain-error, .ant-alert');
  await Promise.race([dialog.waitFor({ state: 'hidden', timeout: 30_000 }), problem.first().waitFor({ state: 'visible', timeout: 30_000 })]);
  if (await dialog.isVisible()) throw new Error(`the dialog stayed open: ${(await problem.allInnerTexts()).join(' | ')}`);
}

/** Opens a menu entry and waits for its page's heading (the previous page's is gone). */
async function go(page: Page, menu: string, heading: string): Promise<void> {
  await page.getByRole('menuitem', { name: menu }).click();
  await seen(page.getByRole('heading', { level: 1, name: heading }));
  expect(await settled(page)).toBe(heading);
}

async function noBlockingViolations(page: Page): Promise<void> {
  await settled(page);
  expect(describeViolations(blocking(await axeViolations(page)))).toBe('');
}

const gql = async <T>(who: string, query: string, variables: Record<string, unknown> = {}) => app.gql<T>(query, variables, { token: w.token[who] });

describe('evaluation journeys in Chromium', () => {
  it('HR creates March 2026, opens it, watches the live progress bar reach 100%, and reads the completion board', async () => {
    app.clock.setNow(new Date('2026-03-02T08:00:00+07:00'));
    const [{ name: agencyName }] = await app.dataSource.query(`SELECT name FROM agency WHERE code = 'SNV'`);
    const page = await open(HR);
    await go(page, 'Kỳ đánh giá', 'Kỳ đánh giá');

    await page.getByRole('button', { name: 'Tạo kỳ đánh giá' }).click();
    const dialog = page.getByRole('dialog');
    await seen(dialog.getByText('Tạo kỳ đánh giá'));
    await pick(page, 'Cơ quan', agencyName);
    await dialog.getByLabel('Tháng/Quý').fill('3');
    const dates = [
      ['Hạn tự đánh giá', '07/04/2026'],
      ['Hạn chấm điểm', '14/04/2026'],
      ['Hạn phê duyệt, công khai', '21/04/2026'],
      ['Chốt số liệu', '02/04/2026 17:00'],
    ] as const;
    for (const [label, value] of dates) {
      const input = dialog.getByLabel(label, { exact: true });
      await input.click();
      await input.fill(value);
      await input.press('Enter');
      await keeps(dialog.getByLabel(label, { exact: true }), value);
    }
    // Closes the last picker's panel the way a person would (a click on the title), then checks that
    // no date was dropped on the way out: a loaded machine once submitted the form with one empty.
    await dialog.locator('.ant-modal-title').click();
    for (const [label, value] of dates) await keeps(dialog.getByLabel(label, { exact: true }), value);
    await noBlockingViolations(page);
    await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
    await closedOrExplained(dialog);
    await seen(page.getByText('Đã tạo kỳ đánh giá.'));

    const [period] = await app.dataSource.query(`SELECT id, name FROM evaluation_period WHERE agency_id = $1 AND year = 2026 AND number = 3 AND kind = 'MONTH'`, [
      w.agencyOf['SNV'],
    ]);
    const row = page.locator('tr', { has: page.getByRole('link', { name: period.name, exact: true }) });
    await seen(row.getByText('Nháp'));

    // The page subscribes to the job's progress once the period is OPENING; the job runs after that.
    await row.getByRole('button', { name: 'Mở kỳ' }).click();
    const confirm = page.getByRole('dialog').filter({ hasText: /Hệ thống sẽ tạo phiếu đánh giá/ });
    await confirm.getByRole('button', { name: 'Mở kỳ' }).click();
    // The opening mutation plans the whole period before it answers: allow a loaded CI machine more than seen()'s 15 s.
    await page.getByText('Đã bắt đầu mở kỳ; thanh tiến độ sẽ cập nhật trực tiếp.').first().waitFor({ state: 'visible', timeout: 45_000 });
    await seen(row.getByText('Đang tạo phiếu'));
    await subscribedTo(page, 'evaluationJobProgress', period.id);
    const bar = row.getByRole('progressbar', { name: 'Tiến độ tạo phiếu' });
    expect(await bar.getAttribute('aria-valuenow')).toBe('0');

    const report = await app.app.get(EvaluationPeriodJobs).runOpening(period.id);
    expect(report.status).toBe('OPEN');
    expect(report.total).toBeGreaterThan(10);
    await page.waitForFunction((id) => document.querySelector(`[data-row-key="${id}"] [role="progressbar"]`)?.getAttribute('aria-valuenow') === '100', period.id, {
      timeout: 15_000,
    });
    await seen(row.getByText(`Hoàn tất · ${report.total}/${report.total} phiếu`));
    await seen(row.getByText('Đang diễn ra'));
    await screenshot(page, 'ky-danh-gia-opened');
    await noBlockingViolations(page);

    await row.getByRole('link', { name: 'Bảng theo dõi' }).click();
    await seen(page.getByRole('heading', { level: 1, name: `Tiến độ: ${period.name}` }));
    await settled(page);
    expect(new URL(page.url()).pathname).toBe(`/ky-danh-gia/${period.id}`);
    // Nobody has self-assessed yet: every evaluation misses every step.
    const n = report.total;
    await seen(page.getByText(`Toàn bộ: ${n} · Chưa tự đánh giá: ${n} · Chưa chấm điểm: ${n} · Chưa phê duyệt: ${n} · Chưa công khai: ${n}`));
    const [ccvc] = await app.dataSource.query(
      `SELECT count(*)::int AS n, min(un.name) AS name FROM evaluation e JOIN unit un ON un.id = e.unit_id WHERE e.period_id = $1 AND e.unit_id = $2`,
      [period.id, w.unitOf['SNV/CCVC']],
    );
    const unitRow = page.locator('tr', { hasText: ccvc.name });
    expect((await unitRow.locator('td').nth(1).innerText()).trim()).toBe(String(ccvc.n));
    await seen(unitRow.getByRole('button', { name: `Nhắc người chưa tự đánh giá – ${ccvc.name}` }));
    await screenshot(page, 'ky-danh-gia-board');
    await noBlockingViolations(page);
  });

  it('the head meets the quota meter past the quota: red with the excess, the what-if names the official, publishing is refused with the message', async () => {
    app.clock.setNow(new Date('2026-04-10T09:00:00+07:00'));
    const periodId = await plantPeriod(app, w.agencyOf['SNV'], 'Tháng 3/2026 tỷ lệ');
    const [{ name: periodName }] = await app.dataSource.query('SELECT name FROM evaluation_period WHERE id = $1', [periodId]);
    const ev = (who: string, status: 'PUBLISHED' | 'APPROVED', score: number) =>
      plantEvaluation(app, w, { periodId, officialId: w.idOf[who], evaluatorId: w.idOf['head'], status, score });
    // Five good and one excellent published: at most floor(20% × 5) = 1 excellent. One more excellent is approved.
    for (const [i, who] of ['tran.thi.mai.anh', 'bui.quoc.bao', 'dang.thi.phuong.thao', 'ly.gia.huy', 'ho.thi.diem.my'].entries()) await ev(who, 'PUBLISHED', 80 + i);
    await ev('official', 'PUBLISHED', 96);
    const pending = await ev('mai.thi.thanh.tam', 'APPROVED', 92);
    const [{ full_name: pendingName }] = await app.dataSource.query('SELECT full_name FROM app_user WHERE id = $1', [w.idOf['mai.thi.thanh.tam']]);

    const page = await open(HEAD);
    await go(page, 'Tỷ lệ xuất sắc', 'Tỷ lệ xuất sắc & hiệu chỉnh');
    await pick(page, 'Kỳ đánh giá', periodName);
    await settled(page);
    const agency = page.getByTestId('quota-meter').filter({ hasText: 'Công chức · Toàn cơ quan' });
    await seen(agency);
    expect(await agency.getAttribute('data-over')).toBe('true');
    await seen(agency.getByText('Vượt 1'));
    await seen(agency.getByText('Xuất sắc 2 / tối đa 1'));
    // The bar is drawn in the danger colour.
    const stroke = await agency
      .locator('.ant-progress-track')
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(stroke).toBe('rgb(180, 35, 24)');
    const whatIf = page.locator('.ant-card', { has: page.getByText('Nếu công bố các phiếu đang chờ', { exact: true }) });
    await seen(whatIf.getByRole('cell', { name: pendingName }));
    await seen(whatIf.getByText('Riêng phiếu này đã làm vượt'));
    await screenshot(page, 'ty-le-xuat-sac-over');
    await noBlockingViolations(page);

    const [{ version }] = await app.dataSource.query('SELECT version FROM evaluation WHERE id = $1', [pending.id]);
    const refused = await gql('head', 'mutation($input: EvaluationsBatchInput!) { publishEvaluations(input: $input) { id status } }', {
      input: { evaluations: [{ id: pending.id, version }] },
    });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toMatch(/^Vượt tỷ lệ hoàn thành xuất sắc \(toàn cơ quan\): 2 xuất sắc, tối đa 1 \(20% của 5 hoàn thành tốt\)/);
    expect((await app.dataSource.query('SELECT status FROM evaluation WHERE id = $1', [pending.id]))[0].status).toBe('APPROVED');
  });

  it('HR enters the year’s Party-member excellent share on the quota page, then changes it; each change is stored and audited', async () => {
    app.clock.setNow(new Date('2026-04-10T09:00:00+07:00'));
    const periodId = await plantPeriod(app, w.agencyOf['SNV'], 'Tháng 3/2026 đảng viên');
    const [{ name: periodName, year }] = await app.dataSource.query('SELECT name, year FROM evaluation_period WHERE id = $1', [periodId]);
    const page = await open(HR);
    await go(page, 'Tỷ lệ xuất sắc', 'Tỷ lệ xuất sắc & hiệu chỉnh');
    await pick(page, 'Kỳ đánh giá', periodName);
    const card = page.getByTestId('party-share-card');
    await seen(card.getByText(`Tỷ lệ đảng viên xuất sắc năm ${year}`));
    await seen(card.getByText('Chưa nhập tỷ lệ cho năm này.'));
    await noBlockingViolations(page);
    await card.getByLabel('Tỷ lệ').fill('37,5');
    await card.getByRole('button', { name: 'Lưu tỷ lệ' }).click();
    await seen(page.getByText('Đã lưu tỷ lệ đảng viên xuất sắc'));
    await seen(card.getByText(/^Đã nhập: 37,5 %/));
    const stored = () =>
      app.dataSource.query('SELECT percent::float AS percent, version FROM party_member_excellent_share WHERE agency_id = $1 AND year = $2', [w.agencyOf['SNV'], year]);
    expect(await stored()).toEqual([{ percent: 37.5, version: 1 }]);

    await card.getByLabel('Tỷ lệ').fill('40');
    await card.getByRole('button', { name: 'Cập nhật tỷ lệ' }).click();
    await seen(card.getByText(/^Đã nhập: 40 %/));
    expect(await stored()).toEqual([{ percent: 40, version: 2 }]);
    const audit = await app.dataSource.query("SELECT data FROM audit_event WHERE action = 'criteria-template.set-party-member-share' ORDER BY seq");
    expect(audit.map((a: { data: { percent: unknown } }) => a.data.percent)).toEqual([
      { from: null, to: 37.5 },
      { from: 37.5, to: 40 },
    ]);
    await screenshot(page, 'ty-le-dang-vien-xuat-sac');
  });

  it('an official asks for a waiver with evidence, the head confirms it with a note, and the receipt shows the deduction waived', async () => {
    app.clock.setNow(new Date('2026-04-06T09:00:00+07:00'));
    const periodId = await plantPeriod(app, w.agencyOf['SNV'], 'Tháng 3/2026 miễn trừ');
    const [{ name: periodName }] = await app.dataSource.query('SELECT name FROM evaluation_period WHERE id = $1', [periodId]);
    const e = await plantEvaluation(app, w, {
      periodId,
      officialId: w.idOf['official'],
      evaluatorId: w.idOf['head'],
      status: 'SCORED',
      score: 95,
      facts: [{ title: 'Báo cáo biên chế quý I', missedDeadlines: [{ reference: '2026-03-12' }] }, { title: 'Tờ trình kiện toàn tổ chức' }],
    });
    const evidence = join(files, 'xac-nhan-mat-dien.pdf');
    writeFileSync(evidence, '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
    const cause = 'Mất điện toàn khu vực ngày 12/3, có xác nhận của Điện lực';

    const official = await open(OFFICIAL);
    await go(official, 'Miễn trừ khấu trừ', 'Miễn trừ khấu trừ');
    await official.getByRole('button', { name: 'Đề nghị miễn trừ' }).click();
    const dialog = official.getByRole('dialog');
    await seen(dialog.getByLabel('Phiếu đánh giá'));
    await pick(official, 'Phiếu đánh giá', periodName);
    await pick(official, 'Nhiệm vụ', 'Báo cáo biên chế quý I');
    await pick(official, 'Khoản khấu trừ', 'Trễ hạn (2026-03-12)');
    await dialog.getByLabel('Nguyên nhân khách quan').fill(cause);
    await dialog.locator('input[type="file"]').setInputFiles(evidence);
    await seen(dialog.getByText('Đã tải: xac-nhan-mat-dien.pdf'));
    await noBlockingViolations(official);
    await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
    await seen(official.getByText('Đã gửi đề nghị'));
    const mine = official.locator('.ant-card', { has: official.getByText('Đề nghị của tôi', { exact: true }) });
    await seen(mine.getByText('Chờ xác nhận'));
    await seen(mine.getByText(`Nguyên nhân khách quan: ${cause}`));
    await seen(mine.getByText('Minh chứng: xac-nhan-mat-dien.pdf'));
    await noBlockingViolations(official);

    const head = await open(HEAD);
    await go(head, 'Miễn trừ khấu trừ', 'Miễn trừ khấu trừ');
    const queue = head.locator('.ant-card', { has: head.getByText('Chờ tôi quyết định', { exact: true }) });
    const item = queue.locator('.ant-list-item', { hasText: 'Báo cáo biên chế quý I' });
    await seen(item.getByText(cause, { exact: false }));
    await seen(item.getByText('Trễ hạn (2026-03-12)'));
    await noBlockingViolations(head);
    await item.getByLabel('Văn bản xác nhận / lý do').fill('Công văn 12/ĐL-Q1 của Điện lực');
    await item.getByRole('button', { name: 'Xác nhận' }).click();
    await seen(head.getByText('Đã xác nhận: điểm được tính lại'));
    await seen(queue.getByText('Chưa có đề nghị nào'));

    // The official's page shows the decision; the receipt of the evaluation shows the deduction waived.
    await official.reload();
    await settled(official);
    await seen(mine.getByText('Đã xác nhận'));
    await seen(mine.getByText(/Quyết định: Công văn 12\/ĐL-Q1 của Điện lực — /));
    const res = await gql<{
      evaluation: { record: { receipt: { lines: Array<{ deductions: Array<{ kind: string; points: number; waived: boolean; waiver: string | null }> }> } } };
    }>('official', 'query($id: ID!) { evaluation(id: $id) { record { receipt { lines { deductions { kind points waived waiver } } } } } }', { id: e.id });
    expect(res.errors).toBeUndefined();
    expect(res.data?.evaluation.record.receipt.lines.flatMap((l) => l.deductions)).toEqual([
      { kind: 'MISSED_DEADLINE', points: 0, waived: true, waiver: `${cause} — xác nhận: Công văn 12/ĐL-Q1 của Điện lực` },
    ]);
  });
});
