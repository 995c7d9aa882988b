// Evaluation by results: what the API composition, the tests and the tools may use.
export { EvaluationModule } from './evaluation.module';
export { RuleSetSource } from './criteria/rule-set-source';
export type { CriteriaInForce } from './criteria/rule-set-source';
