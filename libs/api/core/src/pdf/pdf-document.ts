import type PDFDocumentClass from 'pdfkit';

let loaded: typeof PDFDocumentClass | undefined;

/**
 * pdfkit's document class, loaded at the first document (a report PDF, a printed sheet) instead of
 * when the API starts: most processes never print one.
 */
export const pdfDocumentClass = (): typeof PDFDocumentClass => (loaded ??= require('pdfkit') as typeof PDFDocumentClass);

/** The national motto at the head of every Vietnamese administrative document Ketqua prints (Decree 30/2020/NĐ-CP). */
export const NATIONAL_MOTTO = { country: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', motto: 'Độc lập - Tự do - Hạnh phúc' };

/**
 * A rendered PDF as the bytes handed out for signing (the evaluation record, the commitment): cut to
 * end exactly at its last `%%EOF`, so a signing tool's incremental update follows the rendered bytes
 * unchanged (some tools drop a trailing newline before appending). The SHA-256 of these bytes is
 * what a signed file must begin with.
 */
export async function pdfBytesForSigning(stream: AsyncIterable<Buffer | Uint8Array>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  const pdf = Buffer.concat(chunks);
  const end = pdf.lastIndexOf('%%EOF');
  return end > 0 ? pdf.subarray(0, end + 5) : pdf;
}

/** Plain ASCII for file names: "Nguyễn Thị Phượng" → "nguyen-thi-phuong". */
export function asciiSlug(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'phieu'
  );
}
