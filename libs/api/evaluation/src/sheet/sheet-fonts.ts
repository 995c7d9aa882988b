import { pdfFonts, PdfFonts } from '@ketqua/api/core';

/**
 * The sheet's typeface: DejaVu Serif, loaded once per process by core's pdfFonts (shared with the
 * report exports, which print in DejaVu Sans).
 */
export type SheetFonts = PdfFonts;

export function sheetFonts(): SheetFonts {
  return pdfFonts('serif');
}
