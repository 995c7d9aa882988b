// Digital signatures and the electronic archive in Chromium against the real API: the official
// opens their published record, uploads the record they signed with their own tool (signed here
// with @signpdf and a certificate of a test CA the API trusts) and sees the signature listed; a
// tampered file is refused with the reason; HR downloads the archive bundle of the closed period.
// The same for the pilot's commitment: the official signs the commitment they accepted, the head sees
// it verified on the enrollment.
// Each state passes the accessibility check (axe-core: no serious or critical violation).
import { createTestApp, makeRootCa, makeSigner, signPdf, type TestApp } from '@ketqua/api/testing';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
// The sheet fixtures are the API e2e tests' own (rows as publication writes them), reused here.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { download, seedSheets, type SheetsWorld } from '../../api-e2e/src/evaluation/sheets-fixtures';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { PilotWorld } from '../../api-e2e/src/pilot/pilot-fixtures';
import { axeViolations, blocking, describeViolations } from './support/axe';
import { launchChromium, seen, settled, signIn } from './support/chromium';

const PASSWORD = 'Ketqua@2026';
const dashboardDir = join(__dirname, '../../../dist/apps/dashboard');
const NOW = new Date('2026-11-20T02:00:00Z');
const year = (y: number) => new Date(`${y}-01-01T00:00:00Z`);
const root = makeRootCa('Ketqua Test Root CA', year(2024), year(2034));

let app: TestApp;
let browser: Browser;
let context: BrowserContext | undefined;
let w: SheetsWorld;
let dir: string;
// The document system, standing in: one incoming document for Phòng Công chức viên chức.
let documentSystem: Server;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ketqua-sign-ui-'));
  documentSystem = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        documents: [{ id: 'VB-UI-1', number: '131', symbol: 'SNV-CCVC', title: 'Rà soát hồ sơ nâng ngạch năm 2027', dueOn: '2026-12-15', agencyCode: 'SNV', unitCode: 'CCVC' }],
      }),
    );
  });
  await new Promise<void>((resolve) => documentSystem.listen(0, '127.0.0.1', resolve));
  const env = {
    SIGNATURE_TRUSTED_ROOTS_PEM: root.pem.replace(/\n/g, '\\n'),
    DOCUMENT_SYSTEM_URL: `http://127.0.0.1:${(documentSystem.address() as AddressInfo).port}/van-ban-den`,
  };
  [app, browser] = await Promise.all([createTestApp({ dashboardDir, now: NOW, env }), launchChromium()]);
  w = await seedSheets(app);
});

afterAll(async () => {
  await context?.close().catch(() => undefined);
  await browser?.close();
  await app?.close();
  await new Promise((resolve) => documentSystem?.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

jest.setTimeout(180_000);

it('the official uploads their signed record and sees it listed, a tampered one is refused with the reason; HR downloads the archive of the closed period; axe passes', async () => {
  const token = await app.login('official@demo.ketqua.vn');
  const pdf = (await download(app, token, `/evaluation-signatures/for-signing/${w.evaluation['official']}`)).body;
  const signed = await signPdf(pdf, makeSigner('Lê Thị Hồng Nhung', root, year(2025), year(2028)), NOW);
  const tampered = Buffer.from(signed);
  tampered[400] ^= 0x01;
  writeFileSync(join(dir, 'phieu-da-ky.pdf'), signed);
  writeFileSync(join(dir, 'phieu-sua.pdf'), tampered);

  context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', acceptDownloads: true });
  const page = await context.newPage();
  await signIn(page, app.url, 'official@demo.ketqua.vn', PASSWORD);
  await seen(page.locator('.kq-signout'));
  await page.goto(`${app.url}/danh-gia-cua-toi`);
  await settled(page);
  const panel = await seen(page.getByTestId('record-signatures'));
  await seen(panel.getByText('Phiếu chưa có chữ ký số.'));

  await panel.locator('input[type=file]').setInputFiles(join(dir, 'phieu-sua.pdf'));
  const problem = await seen(page.getByTestId('signature-problem'));
  await seen(problem.getByText(/không khớp với văn bản Ketqua đã xuất/));
  expect(describeViolations(blocking(await axeViolations(page)))).toBe('');

  await panel.locator('input[type=file]').setInputFiles(join(dir, 'phieu-da-ky.pdf'));
  await seen(panel.getByRole('cell', { name: 'Người được đánh giá' }));
  await seen(panel.getByRole('cell', { name: 'Lê Thị Hồng Nhung' }));
  await settled(page);
  expect(describeViolations(blocking(await axeViolations(page)))).toBe('');
  await page
    .getByRole('button', { name: /Đăng xuất/ })
    .click()
    .catch(() => undefined);

  await app.dataSource.query(`UPDATE evaluation_period SET status = 'CLOSED' WHERE id = $1`, [w.periodId]);
  const hr = await context.newPage();
  await context.clearCookies();
  await signIn(hr, app.url, 'hr@demo.ketqua.vn', PASSWORD);
  await seen(hr.locator('.kq-signout'));
  await hr.goto(`${app.url}/ky-danh-gia`);
  await settled(hr);
  const button = await seen(hr.getByRole('button', { name: 'Tải gói lưu trữ điện tử (ZIP)' }));
  const [file] = await Promise.all([hr.waitForEvent('download'), button.first().click()]);
  expect(file.suggestedFilename()).toMatch(/^luu-tru-ky-danh-gia-[0-9a-f]{8}\.zip$/);
  expect(describeViolations(blocking(await axeViolations(hr)))).toBe('');
});

it('the official uploads their signed commitment (a tampered one refused with the reason) and the head sees it verified on the request; axe passes', async () => {
  await context?.close();
  const pilot = await new PilotWorld(app).init();
  await pilot.setUp('2026-11-23');
  const enrollmentId = await pilot.request('official', [2], { startDate: '2026-11-23', endDate: '2026-12-31' });
  const pdf = (await download(app, pilot.token['official'], `/commitment-signatures/for-signing/${enrollmentId}`)).body;
  const signed = await signPdf(pdf, makeSigner('Lê Thị Hồng Nhung', root, year(2025), year(2028)), NOW);
  const tampered = Buffer.from(signed);
  tampered[400] ^= 0x01;
  writeFileSync(join(dir, 'cam-ket-da-ky.pdf'), signed);
  writeFileSync(join(dir, 'cam-ket-sua.pdf'), tampered);

  context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  await signIn(page, app.url, 'official@demo.ketqua.vn', PASSWORD);
  await seen(page.locator('.kq-signout'));
  await page.goto(`${app.url}/lam-viec-tai-nha`);
  await settled(page);
  const block = await seen(page.getByTestId('my-enrollment').getByTestId('commitment-signature'));
  await seen(block.getByText('Cam kết chưa ký số'));
  await seen(block.getByRole('button', { name: /Tải bản cam kết \(PDF\)/ }));
  await block.locator('input[type=file]').setInputFiles(join(dir, 'cam-ket-sua.pdf'));
  const problem = await seen(block.getByTestId('commitment-signature-problem'));
  await seen(problem.getByText(/không khớp với văn bản Ketqua đã xuất/));
  expect(describeViolations(blocking(await axeViolations(page)))).toBe('');

  await block.locator('input[type=file]').setInputFiles(join(dir, 'cam-ket-da-ky.pdf'));
  await seen(block.getByText('Cam kết đã ký số · đã xác minh'));
  await seen(block.getByText(/Người ký: Lê Thị Hồng Nhung/));
  await context.close();

  context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const head = await context.newPage();
  await signIn(head, app.url, 'head@demo.ketqua.vn', PASSWORD);
  await seen(head.locator('.kq-signout'));
  await head.goto(`${app.url}/duyet-dang-ky`);
  await settled(head);
  // The only request in the unit: the official's.
  const request = await seen(head.getByTestId('enrollment-request').first());
  await seen(request.getByTestId('commitment-signature-status').getByText('Cam kết đã ký số · đã xác minh'));
  await seen(request.getByRole('button', { name: 'Tải bản cam kết đã ký' }));
  expect(describeViolations(blocking(await axeViolations(head)))).toBe('');
});

it('the head fetches the incoming documents and sees the draft with its số/ký hiệu, still a draft; the dialog passes axe', async () => {
  context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  await signIn(page, app.url, 'head@demo.ketqua.vn', PASSWORD);
  await seen(page.locator('.kq-signout'));
  await page.goto(`${app.url}/cong-viec-don-vi`);
  expect(await settled(page)).toBe('Công việc của đơn vị');
  await (await seen(page.getByRole('button', { name: 'Văn bản đến', exact: true }))).first().click();
  const dialog = page.locator('.ant-modal').filter({ hasText: 'Văn bản đến từ hệ thống quản lý văn bản' });
  await seen(dialog);
  await dialog.getByRole('button', { name: 'Lấy văn bản mới' }).click();
  await seen(dialog.getByText('131/SNV-CCVC'));
  await seen(dialog.getByText('Rà soát hồ sơ nâng ngạch năm 2027'));
  await page.waitForTimeout(400);
  expect(describeViolations(blocking(await axeViolations(page)))).toBe('');
  const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM incoming_document WHERE external_id = 'VB-UI-1' AND status = 'DRAFT'`);
  expect(n).toBe(1);
});
