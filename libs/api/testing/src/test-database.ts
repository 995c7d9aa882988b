import { Client } from 'pg';
import { awaitPublished, readPublished } from './background-setup';

interface DatabasesState {
  urls: string[];
  embedded: boolean;
  error?: string;
}

const STATE = 'KETQUA_TEST_DB_STATE';
const noDatabase = 'No test database: run the tests through `npm test` (jest.config.js sets up the databases).';

function adopt(state: DatabasesState): void {
  process.env['KETQUA_TEST_DB_URLS'] = JSON.stringify(state.urls);
  process.env['KETQUA_TEST_EMBEDDED'] = state.embedded ? '1' : '';
}

/**
 * Waits until the run's databases are migrated (tools/testing/global-setup.js prepares them in the
 * background). The pure tiers never call it, so they do not wait for the databases; createTestApp,
 * resetTestDatabase and connectTestDatabase do.
 */
export async function testDatabasesReady(): Promise<void> {
  if (process.env['KETQUA_TEST_DB_URLS']) return;
  if (!process.env[STATE]) throw new Error(noDatabase);
  adopt(await awaitPublished<DatabasesState>(STATE, 'the test databases'));
}

/** The migrated database of this jest worker (after testDatabasesReady, or any helper that awaits it). */
export function testDatabaseUrl(): string {
  if (!process.env['KETQUA_TEST_DB_URLS']) {
    if (!process.env[STATE]) throw new Error(noDatabase);
    const state = readPublished<DatabasesState>(STATE);
    if (!state) throw new Error('The test databases are still being prepared: await testDatabasesReady() (createTestApp does) first.');
    adopt(state);
  }
  const urls = JSON.parse(process.env['KETQUA_TEST_DB_URLS'] ?? '[]') as string[];
  const worker = Number(process.env['JEST_WORKER_ID'] ?? '1');
  return urls[(worker - 1) % urls.length];
}

export function testDatabaseIsEmbedded(): boolean {
  testDatabaseUrl(); // adopts the published state
  return process.env['KETQUA_TEST_EMBEDDED'] === '1';
}

/** Tables whose rows come from migrations and survive a reset. */
const KEPT_TABLES = new Set(['typeorm_migration']);

/**
 * Empties every table of the worker's database so each test file starts clean, restarts the
 * audit chain and drops the job queue. The audit tables refuse TRUNCATE (and the head any move back) by trigger,
 * so their triggers are paused here only.
 */
export async function resetTestDatabase(url?: string): Promise<void> {
  await testDatabasesReady();
  const client = new Client({ connectionString: url ?? testDatabaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`);
    const tables = rows.map((r) => r.tablename).filter((t) => !KEPT_TABLES.has(t));
    await client.query('BEGIN');
    await client.query('ALTER TABLE audit_event DISABLE TRIGGER USER');
    await client.query('ALTER TABLE audit_chain_head DISABLE TRIGGER USER');
    await client.query(`TRUNCATE ${tables.map((t) => `"${t}"`).join(', ')} RESTART IDENTITY CASCADE`);
    await client.query(`INSERT INTO audit_chain_head (id, last_seq, last_hash) VALUES (1, 0, repeat('0', 64))`);
    await client.query('ALTER TABLE audit_chain_head ENABLE TRIGGER USER');
    await client.query('ALTER TABLE audit_event ENABLE TRIGGER USER');
    // pg-boss keeps its queue in its own schema and recreates it on start.
    await client.query('DROP SCHEMA IF EXISTS pgboss CASCADE');
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** A plain pg client on the worker's database, for tests that inspect or tamper with rows. */
export async function connectTestDatabase(url?: string): Promise<Client> {
  await testDatabasesReady();
  const client = new Client({ connectionString: url ?? testDatabaseUrl() });
  await client.connect();
  return client;
}

export interface ChildEmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * A fresh embedded PostgreSQL in a child process (PGlite cannot load inside jest's VM), whatever
 * DATABASE_URL says: for tests that must exercise the embedded database itself. With `dataDir`, the
 * existing data directory there (a restored backup) instead, as it is.
 */
export async function startChildEmbeddedDatabase(options: { migrated: boolean } | { dataDir: string }): Promise<ChildEmbeddedDatabase> {
  const { spawn } = await import('node:child_process');
  const { join } = await import('node:path');
  const root = join(__dirname, '../../../..');
  const args = 'dataDir' in options ? ['open', options.dataDir] : [options.migrated ? 'embedded' : 'empty', '1'];
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'tools/testing/test-databases.ts', ...args], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('READY '));
      if (line) resolve((JSON.parse(line.slice(6)) as string[])[0]);
    });
    child.once('exit', (code) => reject(new Error(`embedded database exited with ${code}`)));
  });
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.stdin.end();
        child.stdout.destroy();
      }),
  };
}
