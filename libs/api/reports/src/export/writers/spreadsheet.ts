import type ExcelJSModule from 'exceljs';
import { Writable } from 'node:stream';

/**
 * Our one interface to a streaming XLSX writer (ENGINEERING: libraries behind a small interface of
 * ours). Rows go to the file as they are added and are not kept: exceljs' streaming WorkbookWriter
 * writes each committed row into the sheet's zip entry, so memory stays flat however many rows a
 * sheet has. Sheets are written one after the other (the zip holds one open entry at a time).
 */
export type SpreadsheetCell = string | number | Date | null;

export interface SpreadsheetColumn {
  /** Excel number format of the column's cells, e.g. '#,##0' or '0.0%'. */
  numFmt?: string;
  width: number;
}

export interface SheetOptions {
  columns: readonly SpreadsheetColumn[];
  /** Rows above the data that stay in view (title, row count, headers). */
  frozenRows: number;
}

export interface SheetStyle {
  bold?: boolean;
  /** Per-cell formats overriding the column's (the summary's figures of mixed kinds). */
  numFmts?: readonly (string | undefined)[];
  fill?: boolean;
  wrap?: boolean;
}

export interface SpreadsheetSheet {
  addRow(values: readonly SpreadsheetCell[], style?: SheetStyle): void;
  /** An auto-filter over the rectangle, 1-based rows. */
  setAutoFilter(fromRow: number, toRow: number, columns: number): void;
  /** Finishes the sheet: its rows are flushed and it can no longer change. */
  commit(): Promise<void>;
}

export interface SpreadsheetWriter {
  addSheet(name: string, options: SheetOptions): SpreadsheetSheet;
  /** Writes the workbook's remaining parts and ends the stream. */
  finish(): Promise<void>;
}

/**
 * exceljs is loaded at the first workbook, not when the API starts: it is the heaviest library we
 * use (about half a second to load), and most processes (every test app, most API runs) never export.
 */
let loadedExcelJS: typeof ExcelJSModule | undefined;
const exceljs = (): typeof ExcelJSModule => (loadedExcelJS ??= require('exceljs') as typeof ExcelJSModule);

const HEADER_FILL: ExcelJSModule.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };

export function streamingSpreadsheet(out: Writable, meta: { title: string; creator: string; created: Date }): SpreadsheetWriter {
  const workbook = new (exceljs().stream.xlsx.WorkbookWriter)({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = meta.creator;
  workbook.title = meta.title;
  workbook.created = meta.created;
  workbook.modified = meta.created;
  return {
    addSheet(name, options) {
      const sheet = workbook.addWorksheet(name, {
        views: [{ state: 'frozen', ySplit: options.frozenRows, xSplit: 0 }],
        properties: { defaultRowHeight: 15 },
      });
      sheet.columns = options.columns.map((c, i) => ({ key: `c${i}`, width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
      return {
        addRow(values, style = {}) {
          const row = sheet.addRow([...values]);
          values.forEach((_, i) => {
            const cell = row.getCell(i + 1);
            const numFmt = style.numFmts?.[i] ?? options.columns[i]?.numFmt;
            if (numFmt) cell.numFmt = numFmt;
            if (style.bold) cell.font = { bold: true };
            if (style.fill) cell.fill = HEADER_FILL;
            if (style.wrap) cell.alignment = { wrapText: true, vertical: 'top' };
          });
          row.commit();
        },
        setAutoFilter(fromRow, toRow, columns) {
          sheet.autoFilter = { from: { row: fromRow, column: 1 }, to: { row: Math.max(fromRow, toRow), column: columns } };
        },
        commit: async () => {
          await sheet.commit();
        },
      };
    },
    finish: async () => {
      await workbook.commit();
    },
  };
}
