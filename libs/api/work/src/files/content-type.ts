/**
 * Which uploads Ketqua keeps (PRODUCT.md 4.3, issue 4): office documents, PDF, images and plain
 * text, recognised by their content, not by the name the client sends. A file whose content does
 * not match its extension (e.g. a program renamed report.pdf) is refused.
 */
export interface Sniffed {
  ok: boolean;
  /** The media type stored and sent back on download. */
  mediaType?: string;
  /** Why it was refused: EXECUTABLE, TYPE_NOT_ALLOWED, CONTENT_MISMATCH. */
  reason?: 'EXECUTABLE' | 'TYPE_NOT_ALLOWED' | 'CONTENT_MISMATCH';
}

type Family = 'pdf' | 'ooxml' | 'odf' | 'ole' | 'png' | 'jpeg' | 'text';

const TYPES: Record<string, { family: Family; mediaType: string; marker?: string }> = {
  pdf: { family: 'pdf', mediaType: 'application/pdf' },
  docx: { family: 'ooxml', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', marker: 'word/' },
  xlsx: { family: 'ooxml', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', marker: 'xl/' },
  pptx: { family: 'ooxml', mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', marker: 'ppt/' },
  odt: { family: 'odf', mediaType: 'application/vnd.oasis.opendocument.text' },
  ods: { family: 'odf', mediaType: 'application/vnd.oasis.opendocument.spreadsheet' },
  odp: { family: 'odf', mediaType: 'application/vnd.oasis.opendocument.presentation' },
  doc: { family: 'ole', mediaType: 'application/msword' },
  xls: { family: 'ole', mediaType: 'application/vnd.ms-excel' },
  ppt: { family: 'ole', mediaType: 'application/vnd.ms-powerpoint' },
  png: { family: 'png', mediaType: 'image/png' },
  jpg: { family: 'jpeg', mediaType: 'image/jpeg' },
  jpeg: { family: 'jpeg', mediaType: 'image/jpeg' },
  txt: { family: 'text', mediaType: 'text/plain; charset=utf-8' },
  csv: { family: 'text', mediaType: 'text/csv; charset=utf-8' },
};

export const ALLOWED_EXTENSIONS = Object.keys(TYPES);

const startsWith = (buf: Buffer, bytes: number[], at = 0) => bytes.every((b, i) => buf[at + i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Windows PE (MZ), ELF, Mach-O (both byte orders, 32/64, fat) and scripts with a #! line. */
function isExecutable(head: Buffer): boolean {
  return (
    startsWith(head, [0x4d, 0x5a]) ||
    startsWith(head, [0x7f, 0x45, 0x4c, 0x46]) ||
    startsWith(head, [0x23, 0x21]) ||
    [
      [0xfe, 0xed, 0xfa, 0xce],
      [0xfe, 0xed, 0xfa, 0xcf],
      [0xce, 0xfa, 0xed, 0xfe],
      [0xcf, 0xfa, 0xed, 0xfe],
      [0xca, 0xfe, 0xba, 0xbe],
    ].some((m) => startsWith(head, m))
  );
}

/** Valid UTF-8 without NUL bytes; the last few bytes may be a character cut by the sample's end. */
function looksLikeText(head: Buffer, complete: boolean): boolean {
  if (head.includes(0)) return false;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let cut = 0; cut <= (complete ? 0 : 3); cut++) {
    try {
      decoder.decode(head.subarray(0, head.length - cut));
      return true;
    } catch {
      // try again without a possibly cut last character
    }
  }
  return false;
}

/**
 * @param name the client's file name (only its extension is used)
 * @param head the first bytes of the file (at least 64 KiB when the file is that large)
 * @param tail the last bytes (the zip central directory lives there)
 * @param complete whether `head` is the whole file
 */
export function sniffContent(name: string, head: Buffer, tail: Buffer, complete: boolean): Sniffed {
  if (isExecutable(head)) return { ok: false, reason: 'EXECUTABLE' };
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  const type = TYPES[ext];
  if (!type) return { ok: false, reason: 'TYPE_NOT_ALLOWED' };
  const matches = ((): boolean => {
    switch (type.family) {
      case 'pdf':
        // The header first: a file that merely mentions %PDF- in its first kilobyte is not a PDF.
        return head.subarray(0, 5).toString('latin1') === '%PDF-';
      case 'png':
        return startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      case 'jpeg':
        return startsWith(head, [0xff, 0xd8, 0xff]);
      case 'ole':
        return startsWith(head, OLE);
      case 'odf':
        // ODF puts an uncompressed "mimetype" entry first, its content right after the 30-byte header.
        return (
          startsWith(head, ZIP) && head.subarray(30, 38).toString('latin1') === 'mimetype' && head.subarray(38, 38 + type.mediaType.length).toString('latin1') === type.mediaType
        );
      case 'ooxml': {
        const names = Buffer.concat([head, tail]).toString('latin1');
        return startsWith(head, ZIP) && names.includes('[Content_Types].xml') && names.includes(type.marker ?? '');
      }
      case 'text':
        return looksLikeText(head, complete);
    }
  })();
  return matches ? { ok: true, mediaType: type.mediaType } : { ok: false, reason: 'CONTENT_MISMATCH' };
}
