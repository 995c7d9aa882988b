// The generator's writing machinery (issue 13: 25,000 officials × 12 months ≤ 10 minutes): rows are
// streamed with COPY … FROM STDIN (text format) through pg-copy-streams on the generator's one
// connection, in its one transaction. The per-table row code only calls `new Batch(db, table,
// cols)`, `add(...)`, `flush()` and `db.drain()` / `db.done()`; how the rows travel is decided here.
//
// Why: COPY parses text rows without a bind/plan per statement and without building the unnest
// arrays on both sides (the INSERT … SELECT unnest it replaces took about 1.6× the database time
// per row, measured with the same rows). The database, not Node, bounds the run (Node's CPU time
// is about a fifth of the wall time), so the big tables load on a connection each (Writer lanes)
// while their foreign keys and secondary indexes are suspended; they come back, checked set-based,
// at the end (suspendIndexesAndForeignKeys).
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { finished } from 'node:stream/promises';

export type Col = [name: string, type: string];

/** One value in COPY's text format: \N for null, backslash escapes for \, tab, newline and CR. */
export function copyText(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  switch (typeof value) {
    case 'string':
      return escapeCopy(value);
    case 'number':
    case 'bigint':
      return String(value);
    case 'boolean':
      return value ? 't' : 'f';
    default:
      if (value instanceof Date) return value.toISOString();
      if (Array.isArray(value)) return escapeCopy(arrayLiteral(value));
      return escapeCopy(JSON.stringify(value)); // jsonb given as an object
  }
}

function escapeCopy(s: string): string {
  return /[\\\t\n\r]/.test(s) ? s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : s;
}

/** A PostgreSQL array literal ({1,2}, {"a b",NULL}) for a column of an array type given as a JS array. */
function arrayLiteral(values: readonly unknown[]): string {
  const item = (v: unknown): string =>
    v === null || v === undefined ? 'NULL' : Array.isArray(v) ? arrayLiteral(v) : typeof v === 'number' ? String(v) : `"${String(v).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  return `{${values.map(item).join(',')}}`;
}

/** Rows of one table gathered as COPY text lines; each flush is one COPY statement, queued on the writer. */
export class Batch {
  private lines: string[] = [];
  count = 0;
  ms = 0;
  private readonly sql: string;
  constructor(
    private readonly db: Writer,
    readonly table: string,
    private readonly cols: Col[],
    private readonly size = 5000,
  ) {
    this.sql = `COPY "${table}" (${cols.map(([n]) => `"${n}"`).join(', ')}) FROM STDIN`;
  }
  add(...values: unknown[]): void {
    if (values.length !== this.cols.length) throw new Error(`${this.table}: ${values.length} values for ${this.cols.length} columns`);
    let line = copyText(values[0]);
    for (let i = 1; i < values.length; i++) line += `\t${copyText(values[i])}`;
    this.lines.push(line);
    this.count++;
    if (this.lines.length >= this.size) this.flush();
  }
  flush(): void {
    if (this.lines.length === 0) return;
    const text = `${this.lines.join('\n')}\n`;
    this.lines = [];
    this.db.queue(this.table, this.sql, text);
  }
}

interface Lane {
  client: Client;
  tail: Promise<unknown>;
  queued: number;
}

/**
 * COPY statements run in the order queued, a few ahead, so generating the next batch overlaps the
 * database's work. On the main connection (inside the generator's transaction) by default; between
 * `openLanes` and `closeLanes` each table gets a connection of its own (up to `max`), so the big
 * tables load on several backends at once — their foreign keys are suspended then, so the order
 * between tables no longer matters, only the order within one.
 */
export class Writer {
  private readonly main: Lane;
  private lanes: Lane[] = [];
  private readonly laneOf = new Map<string, Lane>();
  readonly millis: Record<string, number> = {};
  readonly bytes: Record<string, number> = {};
  private failed: unknown = null;
  constructor(readonly client: Client) {
    this.main = { client, tail: Promise.resolve(), queued: 0 };
  }
  queue(table: string, sql: string, text: string): void {
    const lane = this.lane(table);
    lane.queued++;
    lane.tail = lane.tail.then(async () => {
      try {
        if (this.failed) return;
        const started = performance.now();
        const stream = lane.client.query(copyFrom(sql));
        stream.end(text);
        await finished(stream);
        this.millis[table] = (this.millis[table] ?? 0) + (performance.now() - started);
        this.bytes[table] = (this.bytes[table] ?? 0) + text.length;
      } catch (error) {
        this.failed = error;
      } finally {
        lane.queued--;
      }
    });
  }
  private lane(table: string): Lane {
    if (!this.lanes.length) return this.main;
    let lane = this.laneOf.get(table);
    if (!lane) {
      lane = this.lanes[this.laneOf.size % this.lanes.length];
      this.laneOf.set(table, lane);
    }
    return lane;
  }
  /** Opens `count` more connections (committed data only: the caller commits first); tables queued from now on get one each. */
  async openLanes(connect: () => Promise<Client>, count: number): Promise<void> {
    await this.done();
    for (let i = 0; i < count; i++) {
      const client = await connect();
      await prepareBulkSession(client);
      this.lanes.push({ client, tail: Promise.resolve(), queued: 0 });
    }
  }
  /** Waits for every lane, closes them; later batches go to the main connection again. */
  async closeLanes(): Promise<void> {
    try {
      await this.done();
    } finally {
      const lanes = this.lanes;
      this.lanes = [];
      this.laneOf.clear();
      await Promise.all(lanes.map((l) => l.client.end()));
    }
  }
  private get all(): Lane[] {
    return [this.main, ...this.lanes];
  }
  /** Call between batches: waits while a connection has more than `max` statements queued. */
  async drain(max = 3): Promise<void> {
    while (this.all.some((l) => l.queued > max) && !this.failed) await new Promise((r) => setTimeout(r, 2));
    if (this.failed) throw this.failed;
  }
  async done(): Promise<void> {
    await Promise.all(this.all.map((l) => l.tail));
    if (this.failed) throw this.failed;
  }
}

/**
 * Secondary indexes and foreign keys of the bulk tables are dropped for the load and re-created
 * after it in the same transaction: PostgreSQL then builds each index once (sorted, with the
 * session's larger maintenance_work_mem) and checks each foreign key in one join — every
 * constraint still holds, checked set-based instead of per row.
 */
export async function suspendIndexesAndForeignKeys(client: Client, tables: string[]): Promise<string[]> {
  const fks = await client.query<{ t: string; name: string; def: string }>(
    `SELECT conrelid::regclass::text AS t, conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE contype = 'f' AND conrelid::regclass::text = ANY($1)`,
    [tables],
  );
  const indexes = await client.query<{ name: string; def: string }>(
    `SELECT indexname AS name, indexdef AS def FROM pg_indexes WHERE schemaname = 'public' AND tablename = ANY($1)
       AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE contype IN ('p', 'u'))`,
    [tables],
  );
  for (const fk of fks.rows) await client.query(`ALTER TABLE ${fk.t} DROP CONSTRAINT "${fk.name}"`);
  for (const index of indexes.rows) await client.query(`DROP INDEX "${index.name}"`);
  return [...indexes.rows.map((i) => i.def), ...fks.rows.map((fk) => `ALTER TABLE ${fk.t} ADD CONSTRAINT "${fk.name}" ${fk.def}`)];
}

/** Session settings of a bulk load: no wait for the WAL flush per commit, and memory to sort whole tables into their indexes. */
export async function prepareBulkSession(client: Client): Promise<void> {
  await client.query('SET synchronous_commit = off');
  await client.query(`SET maintenance_work_mem = '512MB'`);
}
