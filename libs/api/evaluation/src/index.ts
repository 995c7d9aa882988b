// Evaluation by results: what the API composition, the tests and the tools may use.
export { EvaluationModule } from './evaluation.module';
export { RuleSetSource } from './criteria/rule-set-source';
export type { CriteriaInForce } from './criteria/rule-set-source';
export { QuotaGuard } from './quota/quota-guard';
export { EvaluationEntity } from './evaluation/evaluation.entity';
export { EvaluationFactEntity } from './evaluation/evaluation-fact.entity';
export { EvaluationPeriodEntity } from './period/evaluation-period.entity';
export { buildRecord, toRecordFact } from './shared/evaluation-record';
// The printed sheets: the renderer and the streamed ZIP for tools/bench, buildRecord for the tests' fixtures.
export { sheetData, type SheetInputs, type SheetData } from './sheet/sheet-data';
export { renderSheet, renderUnitSummary, toBuffer } from './sheet/sheet-renderer';
export { zipSheets } from './sheet/sheet.service';
export { EvaluationPeriodJobs } from './period/evaluation-period-jobs.service';
export { progressTopic } from './period/evaluation-period.jobs';
export { PeriodArchiveService, type PeriodArchive } from './archive/period-archive.service';
