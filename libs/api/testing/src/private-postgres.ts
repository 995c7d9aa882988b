import { execFile } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Debian's PostgreSQL 15 server binaries (the version CI runs); PG_BIN overrides. */
const BIN = process.env['PG_BIN'] ?? '/usr/lib/postgresql/15/bin';

export interface PrivatePostgres {
  /** postgres://postgres@127.0.0.1:<port>/postgres */
  url: string;
  port: number;
  dataDir: string;
  /** `pg_ctl restart -m fast`: every connection is cut, the server is back when it resolves. */
  restart(): Promise<void>;
  /** `pg_ctl stop -m fast` (the cluster stays on disk; start() brings it back). */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server and deletes its data directory. */
  destroy(): Promise<void>;
}

export const privatePostgresAvailable = () => existsSync(join(BIN, 'initdb')) && existsSync(join(BIN, 'pg_ctl'));

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

/**
 * A PostgreSQL cluster of its own, in a temporary directory on a free port, that a test or bench
 * may restart, stop or kill without touching the shared server others test on. As root the server
 * runs as the `postgres` user (PostgreSQL refuses root), through runuser.
 */
export async function startPrivatePostgres(options: { name?: string } = {}): Promise<PrivatePostgres> {
  if (!privatePostgresAvailable()) throw new Error(`PostgreSQL server binaries not found in ${BIN} (set PG_BIN)`);
  const asRoot = process.getuid?.() === 0;
  const dataDir = mkdtempSync(join(tmpdir(), `ketqua-${options.name ?? 'private'}-pg-`));
  const socketDir = dataDir;
  const as = async (bin: string, args: string[]) => {
    const file = join(BIN, bin);
    const { stdout } = asRoot ? await run('runuser', ['-u', 'postgres', '--', file, ...args]) : await run(file, args);
    return stdout;
  };
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    chownSync(dataDir, Number(stdout.trim()), Number(gid.trim()));
  }
  chmodSync(dataDir, 0o700);
  const pgdata = join(dataDir, 'data');
  await as('initdb', ['-D', pgdata, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  const port = await freePort();
  // fsync stays on: the restart checks PostgreSQL's promise that an acknowledged commit survives.
  const opts = `-p ${port} -k ${socketDir} -c listen_addresses=127.0.0.1 -c max_connections=60 -c shared_buffers=64MB`;
  const logFile = join(dataDir, 'server.log');
  const start = async () => {
    await as('pg_ctl', ['-D', pgdata, '-o', opts, '-l', logFile, '-w', '-t', '60', 'start']);
  };
  const stop = async () => {
    await as('pg_ctl', ['-D', pgdata, '-m', 'fast', '-w', '-t', '60', 'stop']);
  };
  await start();
  let destroyed = false;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    dataDir: pgdata,
    restart: async () => {
      await as('pg_ctl', ['-D', pgdata, '-o', opts, '-l', logFile, '-m', 'fast', '-w', '-t', '60', 'restart']);
    },
    stop,
    start,
    destroy: async () => {
      if (destroyed) return;
      destroyed = true;
      await stop().catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
