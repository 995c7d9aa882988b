import { sniffContent } from './content-type';

const zipEntry = (name: string, content = '') => {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, Buffer.from(name, 'latin1'), Buffer.from(content, 'latin1')]);
};
const sniff = (name: string, bytes: Buffer) => sniffContent(name, bytes.subarray(0, 65536), bytes.subarray(-65536), true);

describe('upload content checks (by content, not by name)', () => {
  it.each([
    ['bao-cao.pdf', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'application/pdf'],
    ['anh.PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'image/png'],
    ['anh.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'image/jpeg'],
    [
      'to-trinh.docx',
      Buffer.concat([zipEntry('[Content_Types].xml', '<Types/>'), zipEntry('word/document.xml')]),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    ['bang.xlsx', Buffer.concat([zipEntry('[Content_Types].xml'), zipEntry('xl/workbook.xml')]), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['van-ban.odt', zipEntry('mimetype', 'application/vnd.oasis.opendocument.text'), 'application/vnd.oasis.opendocument.text'],
    ['cu.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'application/msword'],
    ['ghi-chu.txt', Buffer.from('Báo cáo tiến độ tuần 12\n', 'utf8'), 'text/plain; charset=utf-8'],
  ])('accepts %s', (name, bytes, mediaType) => {
    expect(sniff(name, bytes)).toEqual({ ok: true, mediaType });
  });

  it.each([
    ['a Windows program renamed .pdf', 'bao-cao.pdf', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]), 'EXECUTABLE'],
    ['an ELF program renamed .docx', 'to-trinh.docx', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), 'EXECUTABLE'],
    ['a shell script renamed .txt', 'ghi-chu.txt', Buffer.from('#!/bin/sh\nrm -rf /\n'), 'EXECUTABLE'],
    ['an .exe', 'setup.exe', Buffer.from('hello'), 'TYPE_NOT_ALLOWED'],
    ['a name without extension', 'README', Buffer.from('hello'), 'TYPE_NOT_ALLOWED'],
    ['a zip that is not a Word document named .docx', 'to-trinh.docx', zipEntry('payload.js'), 'CONTENT_MISMATCH'],
    ['a spreadsheet named .docx', 'to-trinh.docx', Buffer.concat([zipEntry('[Content_Types].xml'), zipEntry('xl/workbook.xml')]), 'CONTENT_MISMATCH'],
    ['a PNG named .pdf', 'bao-cao.pdf', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'CONTENT_MISMATCH'],
    ['HTML mentioning %PDF- after its start, named .pdf', 'trang.pdf', Buffer.from('<html><script>x</script>%PDF-1.7\n'), 'CONTENT_MISMATCH'],
    ['binary named .txt', 'ghi-chu.txt', Buffer.from([0x41, 0x00, 0x42]), 'CONTENT_MISMATCH'],
    ['invalid UTF-8 named .csv', 'bang.csv', Buffer.from([0x41, 0xff, 0xfe, 0x42]), 'CONTENT_MISMATCH'],
  ])('refuses %s', (_, name, bytes, reason) => {
    expect(sniff(name, bytes)).toEqual({ ok: false, reason });
  });

  it('accepts text whose sample ends inside a multi-byte character', () => {
    const text = Buffer.from('Nguyễn', 'utf8');
    expect(sniffContent('a.txt', text.subarray(0, text.length - 1), Buffer.alloc(0), false).ok).toBe(true);
  });
});
