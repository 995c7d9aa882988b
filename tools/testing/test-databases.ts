// Prepares the databases of one `npm test` run; started by tools/testing/global-setup.js.
//   server <n>    DATABASE_URL is set: create n migrated databases on that server (from one migrated
//                 template, so migrations run once), print their URLs as JSON, exit.
//   embedded <n>  no DATABASE_URL: start n in-memory embedded PostgreSQL servers, migrate them, print
//                 READY <json>, and keep serving until stdin closes (the jest process ended) or SIGTERM.
//   empty <n>     like embedded, without migrations (tests of migrating from an empty database).
//   open <dir>    like embedded, one server on the existing PGlite data directory <dir> (a restored
//                 backup, read by a spec: PGlite cannot load inside jest's VM).
//   drop          DATABASE_URL is set: drop the databases of this run (KETQUA_TEST_RUN).
// One database per jest worker; each test file truncates its worker's database (libs/api/testing).
import 'reflect-metadata';
import { Client } from 'pg';
import { runMigrations, startEmbeddedPostgres } from '@ketqua/api/core';

const [mode, countArg] = process.argv.slice(2);
const count = Math.max(1, Number(countArg ?? 2));
const run = process.env['KETQUA_TEST_RUN'] ?? String(process.pid);

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: process.env['DATABASE_URL'] });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function dropStale(c: Client): Promise<void> {
  // Runs killed before their teardown leave databases behind; drop those whose process is gone.
  const { rows } = await c.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'ketqua_t\\_%'`);
  for (const { datname } of rows) {
    const pid = Number(datname.split('_')[2]);
    let alive = false;
    try {
      process.kill(pid, 0);
      alive = true;
    } catch {
      alive = false;
    }
    if (!alive) await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  }
}

async function server(): Promise<void> {
  const base = process.env['DATABASE_URL'];
  if (!base) throw new Error('server mode needs DATABASE_URL');
  const template = `ketqua_t_${run}_tpl`;
  await admin(async (c) => {
    await dropStale(c);
    await c.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${template}"`);
  });
  await runMigrations({ url: withDatabase(base, template), poolSize: 1, embedded: false });
  const urls: string[] = [];
  await admin(async (c) => {
    for (let i = 1; i <= count; i++) {
      const name = `ketqua_t_${run}_w${i}`;
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
      urls.push(withDatabase(base, name));
    }
  });
  process.stdout.write(`${JSON.stringify(urls)}\n`);
}

async function drop(): Promise<void> {
  await admin(async (c) => {
    const { rows } = await c.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`ketqua_t_${run}_%`]);
    for (const { datname } of rows) await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  });
}

async function embedded(migrate = true, dataDir?: string): Promise<void> {
  const servers = dataDir
    ? [await startEmbeddedPostgres({ dataDir, maxConnections: 40 })]
    : await Promise.all(Array.from({ length: count }, () => startEmbeddedPostgres({ maxConnections: 40 })));
  if (migrate) for (const s of servers) await runMigrations({ url: s.url, poolSize: 1, embedded: true });
  process.stdout.write(`READY ${JSON.stringify(servers.map((s) => s.url))}\n`);
  // Event listeners ignore promises: stop() handles its own failure, and exits either way.
  const stop = () => {
    Promise.all(servers.map((s) => s.stop())).then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`stopping the embedded test databases failed: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.stdin.on('end', stop);
  process.stdin.on('close', stop);
  process.stdin.resume();
  process.on('SIGTERM', stop);
}

const modes: Record<string, () => Promise<void>> = { server, embedded: () => embedded(true), empty: () => embedded(false), open: () => embedded(false, countArg), drop };
const selected = modes[mode ?? ''];
if (!selected) {
  process.stderr.write('usage: test-databases.ts server|embedded|empty|drop <count> | open <dir>\n');
  process.exit(2);
}
selected().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
