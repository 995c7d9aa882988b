import { stringify } from 'csv-stringify';
import { Readable, Writable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import { ExportCell, ExportSource, ExportTable, nfc } from '../export-source';
import { ExportProgress, rowsOf } from './export-progress';

/**
 * The CSV export: a ZIP with one CSV file per breakdown (and one for the summary), each UTF-8 with a
 * BOM so Excel shows the diacritics. One file per breakdown rather than one file with a section
 * column: the breakdowns have different columns (a unit's row is not a position's), and a single
 * file would need the union of every column, mostly empty, which neither Excel nor a script reads
 * well; one file per table opens as a clean table and keeps the header in row 1.
 *
 * Values are machine-readable: numbers with a decimal point, percents 0–100 (the header says "%"),
 * dates YYYY-MM-DD, empty for no value. Each file is pulled by the ZIP as it is written (a readable
 * made from the rows), so only one table is in flight and memory stays flat.
 */
export const csvFileName = (index: number, key: string) => `${String(index).padStart(2, '0')}-${key}.csv`;

const cell = (value: ExportCell | undefined): string | number => (value === null || value === undefined ? '' : typeof value === 'string' ? nfc(value) : value);

function csvStream(header: readonly string[], rows: AsyncIterable<readonly (string | number)[]>, onError: (error: Error) => void): Readable {
  async function* records() {
    yield header.map(nfc);
    yield* rows;
  }
  const csv = stringify({ bom: true, record_delimiter: '\r\n' });
  // A failing source (a table shorter than promised) fails the whole file, never a short CSV inside a whole-looking ZIP.
  pipeline(Readable.from(records()), csv).catch(onError);
  // The failure is handled once, above; the ZIP reading the stream must not see it as unhandled.
  csv.on('error', () => undefined);
  return csv;
}

export async function writeCsvZip(source: ExportSource, out: Writable, progress: ExportProgress, meta: { created: Date }): Promise<void> {
  const zip = new ZipFile();
  const mtime = meta.created;
  const fail = (error: Error) => out.destroy(error);
  // yazl reports a failing entry on the ZipFile itself.
  zip.on('error', fail);
  zip.outputStream.on('error', fail);
  zip.outputStream.pipe(out);

  async function* summaryRows() {
    yield ['Báo cáo', nfc(source.title), '', '', ''];
    yield ['Phạm vi', nfc(source.subtitle), '', '', ''];
    for (const f of source.headline) yield [nfc(f.label), cell(f.value), '', '', ''];
    if (source.did) {
      const d = source.did;
      yield [nfc(d.label), cell(d.estimate), cell(d.low), cell(d.high), d.confidence];
    }
    for (const [i, t] of source.tables.entries()) yield [`Tệp ${csvFileName(i + 2, t.key)}: ${nfc(t.title)} (số dòng)`, t.expectedRows ?? '', '', '', ''];
    progress.step();
  }
  zip.addReadStream(csvStream(['Mục', 'Giá trị', 'Cận dưới', 'Cận trên', 'Độ tin cậy'], summaryRows(), fail), csvFileName(1, 'tong-hop'), { mtime });

  const tableRows = async function* (table: ExportTable) {
    for await (const row of rowsOf(table)) {
      yield table.columns.map((c) => cell(row[c.key]));
      progress.row(table);
    }
    progress.tableDone(table);
  };
  for (const [i, table] of source.tables.entries()) {
    zip.addReadStream(
      csvStream(
        table.columns.map((c) => (c.type === 'percent' ? `${c.header} (%)` : c.header)),
        tableRows(table),
        fail,
      ),
      csvFileName(i + 2, table.key),
      { mtime },
    );
  }
  zip.end();
  await finished(out);
}
