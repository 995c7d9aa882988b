import { createTestApp, httpRequest, makeRootCa, makeSigner, signPdf, TestApp, TestCert } from '@ketqua/api/testing';
import { download, seedSheets, SheetsWorld } from '../evaluation/sheets-fixtures';

const year = (y: number) => new Date(`${y}-01-01T00:00:00Z`);
const NOW = new Date('2026-11-20T02:00:00Z');

const SIGN = `mutation($input: SignEvaluationRecordInput!) { signEvaluationRecord(input: $input) {
  id evaluationId revision capacity signerName issuerName signingTime signedSha256 } }`;
const LIST = `query($id: ID!) { evaluationRecordSignatures(evaluationId: $id) { capacity signerName revision } }`;

/**
 * Digital signatures of a published evaluation record over HTTP: the official downloads the record
 * for signing, signs it with their own tool (@signpdf with a certificate of a test CA made here),
 * uploads it with POST /files and submits it; Ketqua accepts what verifies and refuses, with the
 * reason and nothing written, what does not.
 */
describe('digital signatures of published evaluation records', () => {
  let t: TestApp;
  let w: SheetsWorld;
  let root: TestCert;
  let official: TestCert;
  const token: Record<string, string> = {};
  let headName: string;

  beforeAll(async () => {
    root = makeRootCa('Ketqua Test Root CA', year(2024), year(2034));
    official = makeSigner('Lê Thị Hồng Nhung', root, year(2025), year(2028));
    t = await createTestApp({ env: { SIGNATURE_TRUSTED_ROOTS_PEM: root.pem.replace(/\n/g, '\\n') }, now: NOW });
    w = await seedSheets(t);
    for (const who of ['official', 'head', 'hr', 'inspector', 'admin']) token[who] = await t.login(`${who}@demo.ketqua.vn`);
    token['bao'] = await t.login('bui.quoc.bao@demo.ketqua.vn');
    [{ full_name: headName }] = await t.dataSource.query(`SELECT full_name FROM app_user WHERE email = 'head@demo.ketqua.vn'`);
  });
  afterAll(() => t.close());

  const forSigning = (who: string, evaluationId = w.evaluation['official']) => download(t, token[who], `/evaluation-signatures/for-signing/${evaluationId}`);
  const upload = async (who: string, pdf: Buffer) => {
    const res = await httpRequest(`${t.url}/files?name=phieu-da-ky.pdf`, {
      method: 'POST',
      headers: { 'content-type': 'application/pdf', authorization: `Bearer ${token[who]}` },
      body: pdf,
    });
    expect(res.status).toBe(201);
    return JSON.parse(res.body).id as string;
  };
  const submit = async (who: string, pdf: Buffer, evaluationId = w.evaluation['official']) =>
    t.gql<{ signEvaluationRecord: Record<string, unknown> }>(SIGN, { input: { evaluationId, fileId: await upload(who, pdf) } }, { token: token[who] });
  const refusal = (res: { errors?: { extensions?: { code?: string; reason?: string } }[] }) => `${res.errors?.[0]?.extensions?.code}/${res.errors?.[0]?.extensions?.reason}`;
  const stored = async () => Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM record_signature`))[0].n);

  it('refuses what does not verify, each with its reason, and writes nothing', async () => {
    const got = await forSigning('official');
    expect(got.status).toBe(200);
    expect(got.headers['content-type']).toBe('application/pdf');
    expect(got.body.subarray(-5).toString('latin1')).toBe('%%EOF');
    const pdf = got.body;

    const expired = makeSigner('Lê Thị Hồng Nhung', root, year(2020), year(2021));
    expect(refusal(await submit('official', await signPdf(pdf, expired, NOW)))).toBe('BAD_USER_INPUT/CERTIFICATE_NOT_VALID_AT_SIGNING');

    const otherRoot = makeRootCa('Another Root CA', year(2024), year(2034));
    const stranger = makeSigner('Lê Thị Hồng Nhung', otherRoot, year(2025), year(2028));
    expect(refusal(await submit('official', await signPdf(pdf, stranger, NOW)))).toBe('BAD_USER_INPUT/UNTRUSTED_CHAIN');

    const signed = await signPdf(pdf, official, NOW);
    const tampered = Buffer.from(signed);
    const at = tampered.indexOf('PHIẾU'.normalize('NFC')) > 0 ? tampered.indexOf('PHIẾU') : 400;
    tampered[at] ^= 0x01;
    expect(refusal(await submit('official', tampered))).toBe('BAD_USER_INPUT/DOCUMENT_CHANGED');
    const afterSigning = Buffer.from(signed);
    afterSigning[signed.length - 30] ^= 0x01;
    expect(refusal(await submit('official', afterSigning))).toBe('BAD_USER_INPUT/DIGEST_MISMATCH');
    expect(refusal(await submit('official', pdf))).toBe('BAD_USER_INPUT/NOT_A_SIGNED_PDF');

    // Someone else's certificate, though trusted: each person signs in their own name.
    const colleague = makeSigner('Bùi Quốc Bảo', root, year(2025), year(2028));
    const refusedName = await submit('official', await signPdf(pdf, colleague, NOW));
    expect(refusal(refusedName)).toBe('BAD_USER_INPUT/SIGNER_NOT_YOU');
    expect(refusedName.errors?.[0]?.message).toMatch(/không đứng tên bạn/);

    // Only a published record is signed: bui.quoc.bao's is approved, not yet published.
    expect(refusal(await submit('bao', signed, w.evaluation['bui.quoc.bao']))).toBe('BAD_USER_INPUT/NOT_PUBLISHED');
    expect((await forSigning('bao', w.evaluation['bui.quoc.bao'])).status).toBe(400);
    expect(await stored()).toBe(0);
  });

  it('refuses those who do not sign this record, and another person’s upload', async () => {
    const pdf = (await forSigning('official')).body;
    const signed = await signPdf(pdf, official, NOW);
    for (const who of ['hr', 'bao']) expect(refusal(await submit(who, signed))).toBe('FORBIDDEN/NOT_A_SIGNER');
    const officialsFile = await upload('official', signed);
    for (const who of ['inspector', 'admin']) {
      const res = await t.gql(SIGN, { input: { evaluationId: w.evaluation['official'], fileId: officialsFile } }, { token: token[who] });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await forSigning('hr')).status).toBe(403);
    expect((await forSigning('inspector')).status).toBe(403);
    const headsFile = await upload('head', signed);
    const res = await t.gql(SIGN, { input: { evaluationId: w.evaluation['official'], fileId: headsFile } }, { token: token['official'] });
    expect(refusal(res)).toBe('BAD_USER_INPUT/FILE_NOT_YOURS');
    expect(await stored()).toBe(0);
  });

  it('accepts the official’s signature once (a burst of the same upload stores one), then the head’s; both listed, audited, on /health', async () => {
    const pdf = (await forSigning('official')).body;
    const signed = await signPdf(pdf, official, new Date(NOW.getTime() + 60_000));
    const fileIds = await Promise.all([1, 2, 3, 4].map(() => upload('official', signed)));
    const answers = await Promise.all(
      fileIds.map((fileId) =>
        t.gql<{ signEvaluationRecord: Record<string, unknown> }>(SIGN, { input: { evaluationId: w.evaluation['official'], fileId } }, { token: token['official'] }),
      ),
    );
    const accepted = answers.filter((a) => a.data?.signEvaluationRecord);
    expect(accepted).toHaveLength(1);
    expect(answers.filter((a) => refusal(a) === 'CONFLICT/ALREADY_SIGNED')).toHaveLength(3);
    expect(accepted[0].data?.signEvaluationRecord).toMatchObject({ capacity: 'OFFICIAL', revision: 1, signerName: 'Lê Thị Hồng Nhung', signingTime: '2026-11-20T02:01:00.000Z' });
    expect(String(accepted[0].data?.signEvaluationRecord['issuerName'])).toContain('Ketqua Test Root CA');

    const head = makeSigner(headName, root, year(2025), year(2028));
    const headPdf = (await forSigning('head')).body;
    const headRes = await submit('head', await signPdf(headPdf, head, NOW));
    expect(headRes.errors).toBeUndefined();
    expect(headRes.data?.signEvaluationRecord).toMatchObject({ capacity: 'HEAD', signerName: headName });

    const list = await t.gql<{ evaluationRecordSignatures: { capacity: string }[] }>(LIST, { id: w.evaluation['official'] }, { token: token['inspector'] });
    expect(list.data?.evaluationRecordSignatures.map((s) => s.capacity)).toEqual(['HEAD', 'OFFICIAL']);
    const outsider = await t.login('duong.van.phuc@demo.ketqua.vn');
    expect((await t.gql(LIST, { id: w.evaluation['official'] }, { token: outsider })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'evaluation.record-signed'`);
    expect(n).toBe(2);
    const kept = await download(t, token['official'], `/evaluation-signatures/${accepted[0].data?.signEvaluationRecord['id']}/signed.pdf`);
    expect(kept.status).toBe(200);
    expect(kept.body.equals(signed)).toBe(true);

    const health = JSON.parse((await httpRequest(`${t.url}/health`)).body);
    expect(health.adapters['signatures']).toMatchObject({ configured: true, reachable: true });
  });
});
