import { ExportSource, ExportTable } from '../export-source';

/** What a writer reports as it goes: the share done (0–1) and the rows written per table. */
export type ProgressListener = (fraction: number, rowCounts: Readonly<Record<string, number>>) => void;

/**
 * The share of an export that is done, counted in rows: every table weighs its promised rows, and
 * the parts without rows (summary, charts, method note) weigh `fixedSteps` rows each, so the bar
 * moves through a PDF's charts too. A writer calls `row` per row and `step` per fixed part.
 */
export class ExportProgress {
  private readonly total: number;
  private done = 0;
  readonly rowCounts: Record<string, number> = {};

  constructor(
    source: ExportSource,
    private readonly listener: ProgressListener,
    fixedParts: number,
    private readonly fixedWeight = Math.max(1, Math.ceil(source.tables.reduce((n, t) => n + (t.expectedRows ?? 0), 0) / 20)),
  ) {
    for (const t of source.tables) this.rowCounts[t.key] = 0;
    this.total = source.tables.reduce((n, t) => n + Math.max(1, t.expectedRows ?? 0), 0) + fixedParts * this.fixedWeight;
  }

  row(table: ExportTable): void {
    this.rowCounts[table.key] += 1;
    this.done += 1;
    if (this.rowCounts[table.key] % 256 === 0) this.emit();
  }

  /** A table ends: its empty weight (a table of 0 rows still weighs 1) is counted. */
  tableDone(table: ExportTable): void {
    const written = this.rowCounts[table.key];
    if (table.expectedRows !== undefined && written !== table.expectedRows) {
      throw new Error(`table ${table.key}: ${written} rows written, ${table.expectedRows} promised (a sheet never silently shrinks)`);
    }
    if (written === 0) this.done += 1;
    this.emit();
  }

  step(): void {
    this.done += this.fixedWeight;
    this.emit();
  }

  /** Below 1 until the file is closed (the job sets 100 % once hashed and renamed). */
  private emit(): void {
    this.listener(Math.min(0.99, this.done / this.total), this.rowCounts);
  }
}

/** Rows of a table, yielding to the event loop now and then so the file streams drain while a source reads from memory. */
export async function* rowsOf(table: ExportTable) {
  let n = 0;
  for await (const row of table.rows()) {
    yield row;
    if (++n % 1000 === 0) await new Promise((r) => setImmediate(r));
  }
}
