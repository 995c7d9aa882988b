import { createTestApp, httpRequest, makeRootCa, makeSigner, signPdf, TestApp, TestCert } from '@ketqua/api/testing';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { download } from '../evaluation/sheets-fixtures';
import { at, COMMITMENT_BODY, PilotWorld } from '../pilot/pilot-fixtures';

const year = (y: number) => new Date(`${y}-01-01T00:00:00Z`);
const NOW = at('2026-02-27', '09:00');

const SIGN = `mutation($input: SignCommitmentInput!) { signCommitment(input: $input) {
  id enrollmentId documentId signerName issuerName signingTime signedSha256 } }`;
const STATUS = `query($id: ID!) { enrollment(id: $id) { id status commitmentSignature { id documentId signerName signingTime verifiedAt } } }`;

/**
 * The signed commitment (bản cam kết ký số) over HTTP: the official downloads the commitment they
 * accepted as a PDF, signs it with their own tool (@signpdf with a certificate of a test CA made
 * here), uploads it (POST /files) and submits it; Ketqua accepts what verifies and shows it on the
 * enrollment to the head, and refuses, with the reason and nothing written, what does not.
 */
describe('digital signatures of the pilot commitment', () => {
  let t: TestApp;
  let w: PilotWorld;
  let root: TestCert;
  let officialCert: TestCert;
  let officialName: string;
  const enrollment: Record<string, string> = {};
  const dir = mkdtempSync(join(tmpdir(), 'kq-commitment-'));

  beforeAll(async () => {
    root = makeRootCa('Ketqua Test Root CA', year(2024), year(2034));
    t = await createTestApp({ env: { SIGNATURE_TRUSTED_ROOTS_PEM: root.pem.replace(/\n/g, '\\n') }, now: NOW });
    w = await new PilotWorld(t).init(['bui.quoc.bao']);
    await w.setUp();
    enrollment['official'] = await w.request('official', [2, 4]);
    enrollment['bui.quoc.bao'] = await w.request('bui.quoc.bao', [3]);
    [{ full_name: officialName }] = await t.dataSource.query(`SELECT full_name FROM app_user WHERE email = 'official@demo.ketqua.vn'`);
    officialCert = makeSigner(officialName, root, year(2025), year(2028));
  });
  afterAll(() => t.close());

  const commitmentPdf = (who: string, id = enrollment['official']) => download(t, w.token[who], `/commitment-signatures/for-signing/${id}`);
  const upload = async (who: string, pdf: Buffer) => {
    const res = await httpRequest(`${t.url}/files?name=cam-ket-da-ky.pdf`, {
      method: 'POST',
      headers: { 'content-type': 'application/pdf', authorization: `Bearer ${w.token[who]}` },
      body: pdf,
    });
    expect(res.status).toBe(201);
    return JSON.parse(res.body).id as string;
  };
  const submit = async (who: string, pdf: Buffer, enrollmentId = enrollment['official']) =>
    w.gql<{ signCommitment: Record<string, unknown> }>(who, SIGN, { input: { enrollmentId, fileId: await upload(who, pdf) } });
  const refusal = (res: { errors?: { extensions?: { code?: string; reason?: string } }[] }) => `${res.errors?.[0]?.extensions?.code}/${res.errors?.[0]?.extensions?.reason}`;
  const stored = async () => Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM commitment_signature`))[0].n);
  const statusOf = async (who: string) =>
    (await w.ok<{ enrollment: { commitmentSignature: Record<string, string> | null } }>(who, STATUS, { id: enrollment['official'] })).enrollment.commitmentSignature;
  const textOf = (pdf: Buffer) => {
    const file = join(dir, 'commitment.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-']).toString('utf8');
  };

  it('renders the accepted commitment as a PDF in Vietnamese, the same bytes each time; the head reads it, a colleague may not', async () => {
    const got = await commitmentPdf('official');
    expect(got.status).toBe(200);
    expect(got.headers['content-type']).toBe('application/pdf');
    expect(got.body.subarray(-5).toString('latin1')).toBe('%%EOF');
    const flat = textOf(got.body).replace(/\s+/g, ' ');
    expect(flat).toContain('BẢN CAM KẾT LÀM VIỆC TẠI NHÀ');
    expect(flat).toContain(`Họ và tên: ${officialName}`);
    expect(flat).toContain('Ngày làm việc tại nhà: Thứ Ba, Thứ Năm');
    expect(flat).toContain(COMMITMENT_BODY);
    expect(flat).toContain(`Mã văn bản: CK-${enrollment['official']}-v${w.commitmentVersion}`);
    expect((await commitmentPdf('official')).body.equals(got.body)).toBe(true);

    const head = await commitmentPdf('head');
    expect(head.status).toBe(200);
    expect(head.body.equals(got.body)).toBe(true);
    expect((await commitmentPdf('bui.quoc.bao')).status).toBe(403);
    // Only the official's downloads are renditions to sign; every download is audited.
    const renditions = await t.dataSource.query(`SELECT rendered_by_id, sha256 FROM commitment_rendition WHERE enrollment_id = $1`, [enrollment['official']]);
    expect(renditions.map((r: { rendered_by_id: string }) => r.rendered_by_id)).toEqual([w.idOf['official'], w.idOf['official']]);
    expect((await w.auditOf('pilot.commitment.rendered')).length).toBe(3);
  });

  it('refuses what does not verify, someone else’s commitment and the wrong role, each with its reason, and changes nothing', async () => {
    const pdf = (await commitmentPdf('official')).body;
    const expired = makeSigner(officialName, root, year(2020), year(2021));
    expect(refusal(await submit('official', await signPdf(pdf, expired, NOW)))).toBe('BAD_USER_INPUT/CERTIFICATE_NOT_VALID_AT_SIGNING');
    const stranger = makeSigner(officialName, makeRootCa('Another Root CA', year(2024), year(2034)), year(2025), year(2028));
    expect(refusal(await submit('official', await signPdf(pdf, stranger, NOW)))).toBe('BAD_USER_INPUT/UNTRUSTED_CHAIN');

    const signed = await signPdf(pdf, officialCert, NOW);
    const tampered = Buffer.from(signed);
    tampered[400] ^= 0x01;
    expect(refusal(await submit('official', tampered))).toBe('BAD_USER_INPUT/DOCUMENT_CHANGED');
    expect(refusal(await submit('official', pdf))).toBe('BAD_USER_INPUT/NOT_A_SIGNED_PDF');
    const colleague = await submit('official', await signPdf(pdf, makeSigner('Bùi Quốc Bảo', root, year(2025), year(2028)), NOW));
    expect(refusal(colleague)).toBe('BAD_USER_INPUT/SIGNER_NOT_YOU');
    expect(colleague.errors?.[0]?.message).toMatch(/không đứng tên bạn/);
    // The official's own signed commitment does not sign a colleague's enrollment (another document).
    const baosPdf = (await commitmentPdf('bui.quoc.bao', enrollment['bui.quoc.bao'])).body;
    expect(refusal(await submit('official', signed, enrollment['bui.quoc.bao']))).toBe('FORBIDDEN/NOT_YOURS');
    expect(refusal(await submit('bui.quoc.bao', signed, enrollment['bui.quoc.bao']))).toBe('BAD_USER_INPUT/DOCUMENT_CHANGED');
    expect(baosPdf.equals(pdf)).toBe(false);

    // Someone else's commitment: the head and a colleague may not sign it, HR and inspectors sign none.
    expect(refusal(await submit('head', signed))).toBe('FORBIDDEN/NOT_YOURS');
    expect(refusal(await submit('bui.quoc.bao', signed))).toBe('FORBIDDEN/NOT_YOURS');
    const officialsFile = await upload('official', signed);
    for (const who of ['hr', 'inspector']) {
      const res = await w.gql(who, SIGN, { input: { enrollmentId: enrollment['official'], fileId: officialsFile } });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const headsFile = await upload('head', signed);
    expect(refusal(await w.gql('official', SIGN, { input: { enrollmentId: enrollment['official'], fileId: headsFile } }))).toBe('BAD_USER_INPUT/FILE_NOT_YOURS');

    expect(await stored()).toBe(0);
    expect(await statusOf('head')).toBeNull();
    expect(await w.auditOf('pilot.commitment.signed')).toHaveLength(0);
  });

  it('accepts the official’s signature once, shows it on the enrollment to the head and HR, keeps the signed file, audited', async () => {
    const pdf = (await commitmentPdf('official')).body;
    const signingTime = new Date(NOW.getTime() + 60_000);
    const signed = await signPdf(pdf, officialCert, signingTime);
    const res = await submit('official', signed);
    expect(res.errors).toBeUndefined();
    expect(res.data?.signCommitment).toMatchObject({
      enrollmentId: enrollment['official'],
      documentId: `CK-${enrollment['official']}-v${w.commitmentVersion}`,
      signerName: officialName,
      signingTime: signingTime.toISOString(),
    });
    expect(String(res.data?.signCommitment['issuerName'])).toContain('Ketqua Test Root CA');
    expect(refusal(await submit('official', signed))).toBe('CONFLICT/ALREADY_SIGNED');
    expect(await stored()).toBe(1);

    for (const who of ['official', 'head', 'hr']) expect(await statusOf(who)).toMatchObject({ signerName: officialName, signingTime: signingTime.toISOString() });
    const [audit] = await w.auditOf('pilot.commitment.signed');
    expect(audit).toMatchObject({ actor_id: w.idOf['official'], entity_id: enrollment['official'] });

    const signatureId = String(res.data?.signCommitment['id']);
    const kept = await download(t, w.token['head'], `/commitment-signatures/${signatureId}/signed.pdf`);
    expect(kept.status).toBe(200);
    expect(kept.body.equals(signed)).toBe(true);
    expect((await download(t, w.token['bui.quoc.bao'], `/commitment-signatures/${signatureId}/signed.pdf`)).status).toBe(403);
  });
});
