/** The spot checks' jobs on the PostgreSQL queue (core JobQueue, pg-boss). */

/** Every minute and once at start: draw the day when due, prompt what is due, close what is over, reveal finished days. */
export const SWEEP_JOB = 'pilot.spot-checks.sweep';

/** One per check, queued at the draw for its prompt time (the sweep is the safety net). */
export const PROMPT_JOB = 'pilot.spot-check.prompt';

/** Whole seconds from `now` (the Clock) until `at`, at least 1: pg-boss counts a delay on the database's clock. */
export const delaySeconds = (at: Date, now: Date): number => Math.max(1, Math.ceil((at.getTime() - now.getTime()) / 1000));
