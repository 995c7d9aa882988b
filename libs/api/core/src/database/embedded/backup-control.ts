import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createConnection, createServer, Server } from 'node:net';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import type { EmbeddedPostgres } from './embedded-postgres';

/**
 * How `npm run backup` asks a running Ketqua for a consistent copy of its embedded database (the
 * process owns PGlite: no other process may open the data directory while it runs).
 *
 * A TCP listener on 127.0.0.1 only, on a port of its own, answering one request per connection: a
 * JSON line `{"token", "op": "snapshot", "into": "<absolute path>"}` → `{"ok": true, "pausedMs"}` or
 * `{"ok": false, "error"}`. The token (256 random bits, new at every start) is in the data
 * directory's marker file (embedded.json, mode 0600): whoever may read it may read the database
 * files anyway, so the channel gives nobody anything new. The snapshot itself is
 * EmbeddedPostgres.snapshot (between two transactions, after a CHECKPOINT, writes held meanwhile).
 */
export interface BackupControl {
  port: number;
  token: string;
  close(): Promise<void>;
}

export interface BackupControlAddress {
  port: number;
  token: string;
}

interface SnapshotRequest {
  token?: unknown;
  op?: unknown;
  into?: unknown;
}

const MAX_REQUEST_BYTES = 8192;

export async function startBackupControl(embedded: Pick<EmbeddedPostgres, 'snapshot'>, dataDir: string): Promise<BackupControl> {
  const token = randomBytes(32).toString('base64url');
  const expected = Buffer.from(token);
  let busy = false;

  const handle = async (line: string): Promise<Record<string, unknown>> => {
    let request: SnapshotRequest;
    try {
      request = JSON.parse(line) as SnapshotRequest;
    } catch {
      return { ok: false, error: 'not a JSON request' };
    }
    const given = Buffer.from(typeof request.token === 'string' ? request.token : '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, error: 'wrong token' };
    if (request.op !== 'snapshot') return { ok: false, error: 'unknown op' };
    const into = typeof request.into === 'string' ? request.into : '';
    if (!isAbsolute(into) || existsSync(into) || !existsSync(dirname(into))) return { ok: false, error: 'into must be a new path in an existing directory' };
    const inside = relative(resolve(dataDir), resolve(into));
    if (!inside.startsWith('..') && !isAbsolute(inside)) return { ok: false, error: 'into must be outside the data directory' };
    if (busy) return { ok: false, error: 'another backup is being taken' };
    busy = true;
    try {
      return { ok: true, ...(await embedded.snapshot(into)) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    } finally {
      busy = false;
    }
  };

  const server: Server = createServer((socket) => {
    let received = '';
    socket.setEncoding('utf8');
    socket.on('error', () => socket.destroy());
    socket.on('data', (chunk: string) => {
      received += chunk;
      if (received.length > MAX_REQUEST_BYTES) return void socket.destroy();
      const end = received.indexOf('\n');
      if (end < 0) return;
      socket.removeAllListeners('data');
      void handle(received.slice(0, end)).then((answer) => socket.end(`${JSON.stringify(answer)}\n`));
    });
  });
  const port = await new Promise<number>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done((server.address() as { port: number }).port));
  });
  return {
    port,
    token,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** The backup command's side: asks the running process to copy its data directory into `into`. */
export function requestSnapshot(address: BackupControlAddress, into: string): Promise<{ pausedMs: number }> {
  return new Promise((done, fail) => {
    const socket = createConnection({ host: '127.0.0.1', port: address.port });
    let received = '';
    socket.setEncoding('utf8');
    socket.on('connect', () => socket.write(`${JSON.stringify({ token: address.token, op: 'snapshot', into })}\n`));
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('error', fail);
    socket.on('end', () => {
      try {
        const answer = JSON.parse(received) as { ok: boolean; error?: string; pausedMs?: number };
        if (answer.ok) done({ pausedMs: answer.pausedMs ?? 0 });
        else fail(new Error(`the running Ketqua refused the backup: ${answer.error}`));
      } catch {
        fail(new Error('the running Ketqua gave no answer to the backup request'));
      }
    });
  });
}
