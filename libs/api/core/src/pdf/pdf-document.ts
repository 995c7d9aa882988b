import type PDFDocumentClass from 'pdfkit';

let loaded: typeof PDFDocumentClass | undefined;

/**
 * pdfkit's document class, loaded at the first document (a report PDF, a printed sheet) instead of
 * when the API starts: most processes never print one.
 */
export const pdfDocumentClass = (): typeof PDFDocumentClass => (loaded ??= require('pdfkit') as typeof PDFDocumentClass);
