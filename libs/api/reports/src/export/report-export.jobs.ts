/** The export job on the PostgreSQL queue (core JobQueue, pg-boss): one run per export. */
export const EXPORT_JOB = 'reports.export';

/** The live topic of one export's progress. */
export const exportProgressTopic = (exportId: string) => `report-export-progress:${exportId}`;

/** At most one progress write and push per this many milliseconds (and per whole percent). */
export const PROGRESS_INTERVAL_MS = 150;
