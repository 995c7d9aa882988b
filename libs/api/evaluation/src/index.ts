// Evaluation by results: what the API composition, the tests and the tools may use.
export { EvaluationModule } from './evaluation.module';
// The printed sheets: the renderer and the streamed ZIP for tools/bench, buildRecord for the tests' fixtures.
export { buildRecord } from './shared/evaluation-record';
export { sheetData, type SheetInputs, type SheetData } from './sheet/sheet-data';
export { renderSheet, renderUnitSummary, toBuffer } from './sheet/sheet-renderer';
export { zipSheets } from './sheet/sheet.service';
