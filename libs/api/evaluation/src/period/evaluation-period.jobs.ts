/** The evaluation periods' jobs on the PostgreSQL queue (core JobQueue, pg-boss). */

/** One per opening: creates the evaluations of everyone in scope, in batches, with progress. */
export const OPEN_PERIOD_JOB = 'evaluation.period.open';

/** Every 15 minutes and at start: refresh the facts of open periods before cut-off, freeze them after; resume an interrupted opening. */
export const FACTS_JOB = 'evaluation.period.facts';

/** Every morning: "window closing in 3 working days" notices, once per window and person. */
export const WINDOW_NOTICE_JOB = 'evaluation.period.window-notices';

/** Officials per batch of the opening job: one transaction, a few multi-row statements. */
export const OPEN_BATCH_SIZE = 1000;

/** The live topic of one period's opening progress. */
export const progressTopic = (periodId: string) => `evaluation-period-progress:${periodId}`;
