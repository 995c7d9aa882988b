/** The export job on the PostgreSQL queue (core JobQueue, pg-boss): one run per export. */
export const EXPORT_JOB = 'reports.export';

/** The live topic of one export's progress. */
export const exportProgressTopic = (exportId: string) => `report-export-progress:${exportId}`;

/** At most one progress write and push per this many milliseconds (and per whole percent). */
export const PROGRESS_INTERVAL_MS = 150;

/** Daily at 02:00 and at start: deletes files past EXPORT_RETENTION_DAYS, fails exports whose job was lost. */
export const EXPORT_SWEEP_JOB = 'reports.export.sweep';

/** A QUEUED or RUNNING export whose row has not moved for this long lost its job (pg-boss gave up or the queue was off). */
export const STALE_EXPORT_MINUTES = 60;
