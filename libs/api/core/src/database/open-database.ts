import { Logger } from '@nestjs/common';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { dataSourceOptions, DatabaseConnectionSettings } from './data-source-options';
import { BackupControlAddress, startBackupControl } from './embedded/backup-control';
import { startEmbeddedPostgres } from './embedded/embedded-postgres';

export interface OpenedDatabase {
  settings: DatabaseConnectionSettings;
  /** Stops the embedded server (no-op for DATABASE_URL). */
  close(): Promise<void>;
}

export interface EmbeddedMarker {
  pid: number;
  port: number;
  /** Where `npm run backup` asks this process for a consistent copy (backup-control.ts); absent before that existed. */
  backup?: BackupControlAddress;
}

const logger = new Logger('Database');

function markerPath(dataDir: string) {
  return join(resolve(dataDir), 'embedded.json');
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The embedded database another Ketqua process is serving from this data directory, if any. */
export function runningEmbedded(dataDir: string): EmbeddedMarker | null {
  const path = markerPath(dataDir);
  if (!existsSync(path)) return null;
  const marker = JSON.parse(readFileSync(path, 'utf8')) as EmbeddedMarker;
  return marker.pid !== process.pid && processAlive(marker.pid) ? marker : null;
}

/**
 * DATABASE_URL when set; otherwise the embedded PostgreSQL persisted in KETQUA_DATA_DIR/pgdata.
 * With `shareRunning` (CLIs such as audit:verify) an embedded database that a running server
 * already holds is reached through its socket instead of being opened twice.
 */
export async function openDatabase(config: AppConfig, opts: { shareRunning?: boolean } = {}): Promise<OpenedDatabase> {
  if (config.DATABASE_URL) {
    return {
      settings: {
        url: config.DATABASE_URL,
        poolSize: config.DATABASE_POOL_SIZE,
        embedded: false,
        readUrl: config.DATABASE_READ_URL,
        readPoolSize: config.DATABASE_READ_POOL_SIZE,
        sessionUrl: config.DATABASE_SESSION_URL,
      },
      close: async () => undefined,
    };
  }
  const dataDir = resolve(config.KETQUA_DATA_DIR);
  const running = runningEmbedded(dataDir);
  if (running) {
    if (!opts.shareRunning) {
      throw new Error(`Ketqua is already running on the data directory ${dataDir} (pid ${running.pid}); stop it first or set KETQUA_DATA_DIR.`);
    }
    const url = `postgres://postgres:postgres@127.0.0.1:${running.port}/postgres`;
    return { settings: { url, poolSize: 2, embedded: true }, close: async () => undefined };
  }
  mkdirSync(dataDir, { recursive: true });
  const started = performance.now();
  const embedded = await startEmbeddedPostgres({
    dataDir: join(dataDir, 'pgdata'),
    port: config.EMBEDDED_DB_PORT,
    maxConnections: config.DATABASE_POOL_SIZE + 5,
  });
  const pgdata = join(dataDir, 'pgdata');
  const backup = await startBackupControl(
    {
      snapshot: async (into) => {
        const taken = await embedded.snapshot(into);
        logger.log(`backup: copied the embedded database to ${into}; queries waited ${taken.pausedMs} ms`);
        return taken;
      },
    },
    dataDir,
  );
  // The marker holds the backup token: readable by the data directory's owner only.
  writeFileSync(markerPath(dataDir), JSON.stringify({ pid: process.pid, port: embedded.port, backup: { port: backup.port, token: backup.token } } satisfies EmbeddedMarker), {
    mode: 0o600,
  });
  chmodSync(markerPath(dataDir), 0o600);
  logger.log(`embedded PostgreSQL ready in ${Math.round(performance.now() - started)} ms (data in ${pgdata})`);
  return {
    settings: { url: embedded.url, poolSize: config.DATABASE_POOL_SIZE, embedded: true },
    close: async () => {
      await backup.close();
      await embedded.stop();
      rmSync(markerPath(dataDir), { force: true });
    },
  };
}

/**
 * Applies pending migrations. On a server, an advisory lock makes concurrent API instances
 * take turns (the embedded database has a single process anyway).
 */
export async function runMigrations(settings: DatabaseConnectionSettings): Promise<string[]> {
  // The lock below is a session lock: on a session connection (DATABASE_SESSION_URL) when there is one.
  const dataSource = new DataSource({ ...dataSourceOptions({ ...settings, url: settings.sessionUrl ?? settings.url, poolSize: 1 }), logging: ['error'] });
  await dataSource.initialize();
  const LOCK = 7_252_026; // arbitrary, constant: "ketqua migrations"
  try {
    if (!settings.embedded) await dataSource.query('SELECT pg_advisory_lock($1)', [LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    for (const m of applied) logger.log(`migration applied: ${m.name}`);
    return applied.map((m) => m.name);
  } finally {
    if (!settings.embedded) await dataSource.query('SELECT pg_advisory_unlock($1)', [LOCK]);
    await dataSource.destroy();
  }
}
