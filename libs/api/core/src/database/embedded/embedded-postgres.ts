import { mkdirSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { ProtocolSocketServer } from './protocol-socket-server';
import type { Extension } from '@electric-sql/pglite';

/**
 * The embedded PostgreSQL: PGlite (PostgreSQL compiled to WASM) behind a wire-protocol socket, so
 * the ordinary `pg` driver, TypeORM and migrations run unchanged (STACK.md, "Embedded PostgreSQL").
 * The socket server is our own ProtocolSocketServer (see there for why not pglite-socket's).
 *
 * Two facts shape how it is used (measured, see STACK.md):
 * - all socket connections share ONE session: no session SET, no LISTEN/NOTIFY across requests;
 * - a transaction holds the whole database, so never keep one open across I/O.
 */
export interface EmbeddedPostgres {
  /** postgres:// URL for the pg driver. */
  readonly url: string;
  readonly port: number;
  /**
   * A consistent copy of the data directory into `into` (a path that does not exist yet) while the
   * database stays open: between two transactions, after a CHECKPOINT, with every other query held
   * until the copy is done (ProtocolSocketServer.exclusive). Resolves with how long queries waited.
   */
  snapshot(into: string): Promise<{ pausedMs: number }>;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Directory holding the cluster; omit for an in-memory database (tests). */
  dataDir?: string;
  /** 0 picks a free port. */
  port?: number;
  /** The socket server closes connections above this; keep it >= the pool size. */
  maxConnections?: number;
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  // Loaded lazily: PGlite is ESM-first and only the embedded mode needs it.
  const { PGlite } = await import('@electric-sql/pglite');
  // PGlite ships contrib extensions as modules that must be loaded before CREATE EXTENSION can find
  // them: pg_trgm backs the officials search (migration CityScaleIndexes).
  // (The subpath is in the package's "exports", which TypeScript's node10 resolution does not read:
  // typed by hand. A literal require, not `import(x as string)`: that compiles to require(variable),
  // which the production bundle (webpack) cannot resolve — `npm start` failed on it.)
  const { pg_trgm } = require('@electric-sql/pglite/contrib/pg_trgm') as { pg_trgm: Extension };
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const db = await PGlite.create({ ...(options.dataDir ? { dataDir: options.dataDir } : {}), extensions: { pg_trgm } });
  const server = new ProtocolSocketServer(db, options.maxConnections ?? 20);
  const port = await server.listen(options.port ?? 0);
  let stopped = false;
  const dataDir = options.dataDir;
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    port,
    snapshot(into) {
      if (!dataDir) return Promise.reject(new Error('an in-memory database has no data directory to copy'));
      return server.exclusive(async () => {
        if (stopped) throw new Error('the embedded database is stopping');
        const started = performance.now();
        // Every page on disk, so the copy opens without replaying WAL (it would be consistent without: WAL is written at each commit).
        await db.exec('CHECKPOINT');
        await cp(dataDir, into, { recursive: true, errorOnExist: true, force: false });
        return { pausedMs: Math.round(performance.now() - started) };
      });
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.close();
      await db.close();
    },
  };
}
