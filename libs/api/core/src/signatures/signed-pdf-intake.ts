import { Response } from 'express';
import { BadInputError } from '../errors/app-error';
import { UploadedFiles } from '../files/uploaded-files';
import { Rendition, SignatureRefusal, SignatureRefused, VerifiedSignature } from './pdf-signature';
import { SignatureVerifier } from './signature-verifier';

/**
 * What every feature that takes a signed PDF back does the same way (the evaluation record, the
 * pilot's commitment): refuse when signing is not set up, take only the caller's own upload within
 * the size limit, verify it against the document's renditions, require the certificate in the
 * caller's name, and say why a signature was refused in the person's language (BAD_USER_INPUT with
 * the reason). Plain functions, so that each feature keeps its own transaction and scope checks.
 */
export type SignedUploadRefusal = SignatureRefusal | 'SIGNER_NOT_YOU';

/** Why a signature was refused, as the person reads it (vi, en). */
export const SIGNATURE_REFUSAL_TEXT: Record<SignedUploadRefusal, { vi: string; en: string }> = {
  NOT_A_SIGNED_PDF: { vi: 'Tệp không có chữ ký số.', en: 'The file carries no digital signature.' },
  BYTE_RANGE_INCOMPLETE: { vi: 'Chữ ký không bao trùm toàn bộ tệp.', en: 'The signature does not cover the whole file.' },
  DOCUMENT_CHANGED: {
    vi: 'Nội dung tệp đã ký không khớp với văn bản Ketqua đã xuất (tệp đã bị sửa hoặc là văn bản khác). Hãy tải lại văn bản để ký và ký lại.',
    en: 'The signed file does not match the document Ketqua rendered (changed, or another document). Download the document for signing again and sign it.',
  },
  SIGNATURE_MALFORMED: { vi: 'Chữ ký số không đọc được.', en: 'The digital signature cannot be read.' },
  DIGEST_MISMATCH: { vi: 'Tệp đã bị thay đổi sau khi ký.', en: 'The file was changed after it was signed.' },
  SIGNATURE_INVALID: { vi: 'Chữ ký số không hợp lệ với chứng thư số của người ký.', en: "The signature does not verify with the signer's certificate." },
  SIGNING_TIME_MISSING: { vi: 'Chữ ký không ghi thời điểm ký.', en: 'The signature carries no signing time.' },
  SIGNING_TIME_OUT_OF_RANGE: {
    vi: 'Thời điểm ký không hợp lệ (trước khi văn bản được xuất hoặc ở tương lai).',
    en: 'The signing time is not plausible (before the document was rendered, or in the future).',
  },
  CERTIFICATE_NOT_VALID_AT_SIGNING: {
    vi: 'Chứng thư số của người ký không còn hiệu lực tại thời điểm ký.',
    en: "The signer's certificate was not valid at the signing time.",
  },
  UNTRUSTED_CHAIN: {
    vi: 'Chứng thư số không do tổ chức chứng thực được tin cậy cấp.',
    en: "The signer's certificate does not chain to a trusted root.",
  },
  SIGNER_NOT_YOU: {
    vi: 'Chứng thư số không đứng tên bạn: mỗi người chỉ nộp chữ ký số của chính mình.',
    en: 'The certificate is not in your name: each person uploads their own signature.',
  },
};

export const signatureRefused = (reason: SignedUploadRefusal, detail?: string): BadInputError =>
  new BadInputError(reason, SIGNATURE_REFUSAL_TEXT[reason], [{ field: 'input.fileId', message: SIGNATURE_REFUSAL_TEXT[reason] }], detail ? { detail } : {});

/** The certificate's name is the person's: compared without case, spacing or Unicode form. */
export const sameSignerName = (a: string, b: string): boolean => {
  const n = (x: string) => x.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
  return n(a) === n(b);
};

export function assertSignaturesConfigured(verifier: SignatureVerifier): void {
  if (!verifier.configured)
    throw new BadInputError('SIGNATURES_NOT_CONFIGURED', {
      vi: 'Ketqua chưa được cấu hình chữ ký số (chưa có chứng thư gốc tin cậy). Hãy liên hệ quản trị.',
      en: 'Digital signatures are not configured (no trusted root). Ask the administrator.',
    });
}

/** The caller's own upload within the size limit, its bytes (null: the file is gone). */
export async function readSignedUpload(files: UploadedFiles, verifier: SignatureVerifier, uploaderId: string, fileId: string): Promise<Buffer | null> {
  const file = await files.find(fileId);
  if (!file || file.uploaderId !== uploaderId)
    throw new BadInputError('FILE_NOT_YOURS', { vi: 'Không tìm thấy tệp bạn đã tải lên.', en: 'No such file among your uploads.' }, [
      { field: 'input.fileId', message: { vi: 'không phải tệp của bạn', en: 'not your upload' } },
    ]);
  if (file.size > verifier.maxBytes)
    throw new BadInputError('FILE_TOO_LARGE', { vi: 'Tệp đã ký quá lớn.', en: 'The signed file is too large.' }, [
      { field: 'input.fileId', message: { vi: `tối đa ${verifier.maxBytes} byte`, en: `at most ${verifier.maxBytes} bytes` } },
    ]);
  return files.readBytes(fileId);
}

/** Verifies `bytes` against the renditions and requires the certificate in `signerFullName`; refuses with the reason. */
export function verifySignedUpload(verifier: SignatureVerifier, bytes: Buffer, renditions: Rendition[], now: Date, signerFullName: string): VerifiedSignature {
  let result: VerifiedSignature;
  try {
    result = verifier.verify(bytes, renditions, now);
  } catch (error) {
    if (error instanceof SignatureRefused) throw signatureRefused(error.reason, error.detail);
    throw error;
  }
  if (!sameSignerName(result.signerName, signerFullName)) throw signatureRefused('SIGNER_NOT_YOU');
  return result;
}

/** A PDF answered over HTTP as an attachment, never cached (a rendition to sign, a signed file). */
export function sendPdf(res: Response, file: { fileName: string; pdf: Buffer }): void {
  res.setHeader('Content-Type', 'application/pdf');
  res.setHeader('Content-Length', String(file.pdf.length));
  res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cache-Control', 'private, no-store');
  res.end(file.pdf);
}
