// Evaluation by results: what the API composition, the tests and the tools may use.
export { EvaluationModule } from './evaluation.module';
export { EvaluationPeriodJobs } from './period/evaluation-period-jobs.service';
export { progressTopic } from './period/evaluation-period.jobs';
export { buildRecord } from './shared/evaluation-record';
