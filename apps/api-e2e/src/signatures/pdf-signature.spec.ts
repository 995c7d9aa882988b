import { makeRootCa, makeSigner, signPdf, TestCert } from '@ketqua/api/testing';
import { createHash } from 'node:crypto';
import PDFDocument from 'pdfkit';
import { parseTrustedRoots, Rendition, SignatureRefused, verifyPdfSignature } from '@ketqua/api/core';

const year = (y: number) => new Date(`${y}-01-01T00:00:00Z`);

async function renderPdf(): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', info: { CreationDate: new Date('2026-11-20T00:00:00Z') } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.text('PHIEU DANH GIA');
  doc.end();
  await done;
  // As Ketqua hands PDFs out for signing: ending exactly at %%EOF (signing tools append from there).
  return Buffer.concat(chunks).subarray(0, Buffer.concat(chunks).lastIndexOf('%%EOF') + 5);
}

/** The verifier alone, on PDFs signed with @signpdf: the end-to-end journey is in apps/api-e2e/src/signatures. */
describe('verifyPdfSignature', () => {
  let root: TestCert;
  let other: TestCert;
  let signer: TestCert;
  let expired: TestCert;
  let pdf: Buffer;
  let roots: ReturnType<typeof parseTrustedRoots>;
  let rendition: Rendition;
  const signedAt = new Date('2026-11-20T03:00:00Z');
  const now = new Date('2026-11-20T04:00:00Z');

  beforeAll(async () => {
    root = makeRootCa('Ketqua Test Root CA', year(2024), year(2034));
    other = makeRootCa('Another Root CA', year(2024), year(2034));
    signer = makeSigner('Lê Thị Hồng Nhung', root, year(2025), year(2028));
    expired = makeSigner('Expired Signer', root, year(2020), year(2021));
    pdf = await renderPdf();
    roots = parseTrustedRoots(root.pem);
    rendition = { id: 'r1', sha256: createHash('sha256').update(pdf).digest('hex'), size: pdf.length, renderedAt: new Date('2026-11-20T02:00:00Z') };
  });

  const reason = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      if (error instanceof SignatureRefused) return error.reason;
      throw error;
    }
    return 'ACCEPTED';
  };

  it('accepts the rendered PDF signed by a certificate of the trusted root, and names the signer and the time', async () => {
    const signed = await signPdf(pdf, signer, signedAt);
    const result = verifyPdfSignature(signed, [rendition], roots, now);
    expect(result).toMatchObject({ renditionId: 'r1', signerName: 'Lê Thị Hồng Nhung', signingTime: signedAt });
  });

  it('refuses a signer from another root, an expired certificate, one flipped byte, an unsigned file and another document', async () => {
    const signed = await signPdf(pdf, signer, signedAt);
    expect(reason(() => verifyPdfSignature(signed, [rendition], parseTrustedRoots(other.pem), now))).toBe('UNTRUSTED_CHAIN');
    expect(reason(() => verifyPdfSignature(signed, [rendition], [], now))).toBe('UNTRUSTED_CHAIN');
    const fromOther = await signPdf(pdf, makeSigner('Outsider', other, year(2025), year(2028)), signedAt);
    expect(reason(() => verifyPdfSignature(fromOther, [rendition], roots, now))).toBe('UNTRUSTED_CHAIN');
    const old = await signPdf(pdf, expired, signedAt);
    expect(reason(() => verifyPdfSignature(old, [rendition], roots, now))).toBe('CERTIFICATE_NOT_VALID_AT_SIGNING');
    const inOriginal = Buffer.from(signed);
    inOriginal[200] ^= 1;
    expect(reason(() => verifyPdfSignature(inOriginal, [rendition], roots, now))).toBe('DOCUMENT_CHANGED');
    const inUpdate = Buffer.from(signed);
    inUpdate[signed.length - 20] ^= 1;
    expect(reason(() => verifyPdfSignature(inUpdate, [rendition], roots, now))).toBe('DIGEST_MISMATCH');
    expect(reason(() => verifyPdfSignature(pdf, [rendition], roots, now))).toBe('NOT_A_SIGNED_PDF');
    expect(reason(() => verifyPdfSignature(signed, [{ ...rendition, sha256: '0'.repeat(64) }], roots, now))).toBe('DOCUMENT_CHANGED');
    const future = await signPdf(pdf, signer, new Date('2026-11-21T00:00:00Z'));
    expect(reason(() => verifyPdfSignature(future, [rendition], roots, now))).toBe('SIGNING_TIME_OUT_OF_RANGE');
  });
});
