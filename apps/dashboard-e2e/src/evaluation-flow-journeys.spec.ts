// Evaluation by results in Chromium (issue 11, slice C): the official self-assesses within the
// window, the head scores (the discipline evidence beside its criterion) and publishes, and the
// official sees the locked result and opens the receipt. The period, evaluations and frozen facts are
// written as rows (the opening job is another slice's), as the API flow e2e does; the windows are
// around today so the server and the browser agree on what is open.
import { createTestApp, type TestApp } from '@ketqua/api/testing';
import { formatScore } from '@ketqua/domain';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
// The API flow e2e's own row fixtures, reused so both tiers set an evaluation up the same way.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { makeEvaluation, makePeriod, people } from '../../api-e2e/src/evaluation/flow-fixtures';
import { axeViolations, blocking, describeViolations } from './support/axe';
import { launchChromium, screenshot, seen, settled, signIn } from './support/chromium';

const PASSWORD = 'Ketqua@2026';
const dashboardDir = join(__dirname, '../../../dist/apps/dashboard');

let app: TestApp;
let browser: Browser;
const contexts: BrowserContext[] = [];
let officialName: string;
let unitName: string;
let periodName: string;
let evaluationId: string;
let periodStart: string;

const addDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

async function openAs(email: string): Promise<Page> {
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1440, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  contexts.push(context);
  const page = await context.newPage();
  await signIn(page, app.url, email, PASSWORD);
  await page.waitForURL((url) => url.pathname !== '/dang-nhap');
  await seen(page.locator('.kq-signout'));
  return page;
}

/** axe-core on what is on screen (with data, beside the empty pages the accessibility sweep opens): serious and critical violations, described. */
async function axeProblems(page: Page): Promise<string> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  // A dialog still fading in has its text at part opacity: scan once the motion has ended.
  await page
    .waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity), undefined, { timeout: 5_000 })
    .catch(() => undefined);
  return describeViolations(blocking(await axeViolations(page)));
}

/** Chooses a period by name in the page's picker (after the year, on "Đánh giá của tôi"). */
async function pickPeriod(page: Page, label: string, name: string, year?: number) {
  if (year !== undefined) {
    const yearInput = page.getByLabel('Năm', { exact: true });
    if ((await yearInput.inputValue()) !== String(year)) {
      await yearInput.fill(String(year));
      await yearInput.press('Enter');
    }
  }
  await page.getByLabel(label).click();
  // The demo history fills the year with periods and the list is virtual: scroll until the option is rendered.
  const dropdown = page.locator('.ant-select-dropdown:visible').first();
  await dropdown.waitFor({ state: 'visible' });
  const option = dropdown.locator('.ant-select-item-option').filter({ hasText: name });
  const holder = dropdown.locator('.rc-virtual-list-holder');
  for (let i = 0; i < 20 && (await option.count()) === 0 && (await holder.count()) > 0; i++) {
    await holder.first().evaluate((el) => el.scrollBy(0, 160));
    await page.waitForTimeout(100);
  }
  await option.first().click();
  // Closed for good (the popup's hidden listbox is out of the page) before anyone scans it.
  await page
    .locator('.ant-select-dropdown:visible')
    .waitFor({ state: 'detached', timeout: 5_000 })
    .catch(() => undefined);
  await page.waitForFunction(() => !document.querySelector('.ant-select-dropdown:not(.ant-select-dropdown-hidden)'), undefined, { timeout: 5_000 }).catch(() => undefined);
  await seen(
    page
      .locator('.ant-select')
      .filter({ has: page.getByLabel(label) })
      .getByText(name),
  );
}

beforeAll(async () => {
  [app, browser] = await Promise.all([createTestApp({ dashboardDir, seedDemo: 'full' }), launchChromium()]);
  const today = app.clock.today();
  // The previous month (a period's windows start after it ends), its windows open around today.
  const firstOfMonth = `${today.slice(0, 7)}-01`;
  const endsOn = addDays(firstOfMonth, -1);
  const startsOn = `${endsOn.slice(0, 7)}-01`;
  const [year, month] = startsOn.split('-').map(Number);
  const idOf = await people(app);
  const periodId = await makePeriod(app, {
    year,
    number: month,
    startsOn,
    endsOn,
    selfAssessmentUntil: addDays(today, 3),
    headScoringUntil: addDays(today, 6),
    publishUntil: addDays(today, 9),
  });
  // A name of its own: the demo city may hold evaluations of the same month.
  periodName = `Tháng ${month}/${year} (kiểm thử trình duyệt)`;
  await app.dataSource.query(`UPDATE evaluation_period SET name = $2 WHERE id = $1`, [periodId, periodName]);
  periodStart = startsOn;
  evaluationId = await makeEvaluation(app, {
    periodId,
    officialId: idOf['official'],
    evaluatorId: idOf['head'],
    facts: [
      {
        title: 'Báo cáo tổng hợp quý',
        expectedUnits: 4,
        deliveredUnits: 4,
        majorErrors: [{ reference: 'lần trả 1' }],
        missed: [{ reference: 'hạn giữa tháng', waived: true }],
        deadlineDate: startsOn,
      },
      { title: 'Thẩm định hồ sơ tuyển dụng', expectedUnits: 2, deliveredUnits: 1, deadlineDate: addDays(startsOn, 9) },
    ],
  });
  await makeEvaluation(app, { periodId, officialId: idOf['bui.quoc.bao'], evaluatorId: idOf['head'], facts: [{ title: 'Tổng hợp số liệu', expectedUnits: 1, deliveredUnits: 1 }] });
  [{ full_name: officialName, unit_name: unitName }] = await app.dataSource.query(
    `SELECT u.full_name, n.name AS unit_name FROM app_user u JOIN unit n ON n.id = u.unit_id WHERE u.email = 'official@demo.ketqua.vn'`,
  );
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await app?.close();
});

jest.setTimeout(240_000);

describe('evaluation flow in the browser', () => {
  it('the official self-assesses, the head scores and publishes, the official sees the locked result and its receipt', async () => {
    // 1. The official: the period's task score, then the self-assessment within its window.
    const official = await openAs('official@demo.ketqua.vn');
    await official.getByRole('menu').getByRole('menuitem', { name: 'Đánh giá của tôi' }).click();
    await settled(official);
    await seen(official.getByRole('heading', { level: 1, name: 'Đánh giá của tôi' }));
    await pickPeriod(official, 'Kỳ đánh giá', periodName, Number(periodStart.slice(0, 4)));
    await seen(official.getByRole('navigation', { name: 'Tiến trình đánh giá' }).getByText('Tự đánh giá'));
    const taskPoints = await (await seen(official.getByTestId('task-points'))).innerText();
    expect(taskPoints).toMatch(/^\d+\.\d{2}$/);
    expect(await axeProblems(official)).toBe('');
    await official.getByLabel('Nội dung tự đánh giá').fill('Hoàn thành báo cáo quý đúng hạn; một hồ sơ thẩm định còn dở do thiếu hồ sơ gốc.');
    for (const [label, points] of [
      ['Phẩm chất chính trị', '7.5'],
      ['Đạo đức, lối sống', '7'],
      ['Tác phong, lề lối', '7'],
      ['Ý thức tổ chức kỷ luật', '7.5'],
    ]) {
      await official.getByLabel(new RegExp(`^${label}`)).fill(points);
    }
    await official.getByLabel('Đề xuất xếp loại').click();
    await official.locator('.ant-select-item-option').filter({ hasText: 'Hoàn thành tốt nhiệm vụ' }).click();
    await official.getByRole('button', { name: 'Gửi tự đánh giá' }).click();
    await seen(official.getByText('Đã gửi tự đánh giá.'));
    await seen(official.getByText('Phiếu đang ở bước sau; phần tự đánh giá chỉ còn để xem.'));
    expect((await app.dataSource.query(`SELECT status FROM evaluation WHERE id = $1`, [evaluationId]))[0].status).toBe('AWAITING_HEAD');
    await screenshot(official, 'evaluation-official-self-assessed-vi');

    // 2. The head: the unit's board, the self-assessment read, the score with the evidence beside discipline.
    const head = await openAs('head@demo.ketqua.vn');
    await head.getByRole('menu').getByRole('menuitem', { name: 'Đánh giá đơn vị' }).click();
    await settled(head);
    await head.getByLabel('Đơn vị').click();
    await head.getByLabel('Đơn vị').fill(unitName);
    await head.locator('.ant-select-item-option').filter({ hasText: unitName }).first().click();
    await pickPeriod(head, 'Kỳ đánh giá', periodName);
    const row = head.locator('tbody tr.ant-table-row').filter({ hasText: officialName });
    await seen(row.getByText('Chờ thủ trưởng chấm'));
    await seen(row.getByText('Đề xuất: Hoàn thành tốt nhiệm vụ'));
    await seen(head.locator('caption').filter({ hasText: `${unitName}, ${periodName}` }));
    await row.getByRole('button', { name: `Chấm điểm: ${officialName}` }).click();
    const dialog = head.getByRole('dialog').filter({ hasText: `Chấm điểm: ${officialName}` });
    await seen(dialog.getByTestId('discipline-evidence'));
    expect(await axeProblems(head)).toBe('');
    await seen(dialog.getByText(/^Kiểm tra ngẫu nhiên: \d+ đúng hạn, \d+ trễ, \d+ không trả lời$/));
    for (const label of ['Phẩm chất chính trị', 'Đạo đức, lối sống', 'Tác phong, lề lối', 'Ý thức tổ chức kỷ luật']) {
      await dialog.getByLabel(new RegExp(`^${label}`)).fill('6');
    }
    // A grade other than the computed one asks for a reason before it is saved.
    await dialog.getByLabel('Xếp loại quyết định').click();
    await head.locator('.ant-select-item-option[title="Hoàn thành nhiệm vụ"]').click();
    await seen(dialog.getByLabel('Lý do thay đổi xếp loại'));
    await dialog.getByRole('button', { name: 'Lưu điểm' }).click();
    await seen(dialog.getByText('Hãy ghi lý do.'));
    await dialog.getByLabel('Lý do thay đổi xếp loại').fill('Hồ sơ thẩm định tuyển dụng chưa hoàn thành.');
    await dialog.getByLabel('Nhận xét').fill('Chủ động, cần hoàn tất hồ sơ thẩm định đúng hạn.');
    await dialog.getByRole('button', { name: 'Lưu điểm' }).click();
    await seen(head.getByText(`Đã lưu điểm của ${officialName}.`));
    await seen(row.getByText('Đã chấm'));

    // Approve, then publish (one or many: here the one selected).
    await row.getByRole('checkbox', { name: `Chọn ${officialName}` }).check();
    await head.getByRole('button', { name: 'Duyệt các phiếu đã chọn' }).click();
    await seen(head.getByText('Đã duyệt 1 phiếu.'));
    await seen(row.getByText('Đã phê duyệt'));
    await row.getByRole('checkbox', { name: `Chọn ${officialName}` }).check();
    await head.getByRole('button', { name: 'Công bố các phiếu đã chọn' }).click();
    await seen(head.getByText('Đã công bố 1 phiếu.'));
    await seen(row.getByText('Đã công bố'));
    await screenshot(head, 'evaluation-head-board-vi');
    expect(await axeProblems(head)).toBe('');
    await row.getByRole('button', { name: officialName }).click();
    await seen(head.getByRole('dialog').getByTestId('evaluation-details'));
    expect(await axeProblems(head)).toBe('');
    const [stored] = await app.dataSource.query(`SELECT status, verification_code FROM evaluation WHERE id = $1`, [evaluationId]);
    expect(stored.status).toBe('PUBLISHED');

    // 3. The official: the locked result with its code, and the receipt line by line.
    await official.reload();
    await settled(official);
    await pickPeriod(official, 'Kỳ đánh giá', periodName, Number(periodStart.slice(0, 4)));
    await seen(official.getByText('Đã công bố và khóa; muốn sửa phải được mở lại.'));
    expect((await official.getByTestId('verification-code').innerText()).trim()).toBe(stored.verification_code);
    const shown = (await official.getByTestId('result-score').innerText()).trim();
    const res = await app.gql<{ evaluation: { record: { score: number } } }>(
      'query($id: ID!) { evaluation(id: $id) { record { score } } }',
      { id: evaluationId },
      { token: await app.login('official@demo.ketqua.vn', PASSWORD) },
    );
    expect(shown).toBe(formatScore(res.data!.evaluation.record.score));
    await seen(official.getByText('Chủ động, cần hoàn tất hồ sơ thẩm định đúng hạn.'));
    await seen(official.getByText('Xếp loại khác với xếp loại theo điểm, lý do: Hồ sơ thẩm định tuyển dụng chưa hoàn thành.'));
    await official.getByRole('button', { name: 'Xem biên lai điểm' }).click();
    const receipt = await seen(official.getByTestId('receipt'));
    await seen(receipt.getByRole('row').filter({ hasText: 'Báo cáo tổng hợp quý' }));
    await seen(receipt.getByText(/Đã miễn trừ \(nguyên nhân khách quan: Mất điện diện rộng/));
    await seen(receipt.getByText(/−25 điểm/));
    await seen(receipt.getByRole('row').filter({ hasText: 'Thẩm định hồ sơ tuyển dụng' }).getByText('2 / 1'));
    const [y, m, d] = addDays(periodStart, 9).split('-');
    await seen(receipt.getByText(`${d}/${m}/${y}`));
    await seen(receipt.getByText('v1'));
    await screenshot(official, 'evaluation-official-receipt-vi');
    expect(await axeProblems(official)).toBe('');
  });
});
