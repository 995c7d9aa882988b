// Evaluation by results: what the API composition, the tests and the tools may use.
export { EvaluationModule } from './evaluation.module';
export { buildRecord } from './shared/evaluation-record';
export { toRecordFact } from './demo/evaluation-demo';
