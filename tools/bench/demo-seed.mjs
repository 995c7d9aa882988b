// npm run build && node tools/bench/demo-seed.mjs [runs]
// The seeding part of the first start: the built API (dist/apps/api/main.js, what `npm start` runs
// after its build) on a fresh embedded database, timed from spawn until /health answers and the
// demo logins are printed; then a second start on the same data directory (the demo already there).
// Prints each run in seconds and the machine's load average.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const repo = new URL('../..', import.meta.url).pathname;
const runs = Number(process.argv[2] ?? 1);
const seconds = (ms) => (ms / 1000).toFixed(1);

async function start(dataDir) {
  const port = 3200 + Math.floor(Math.random() * 90);
  const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', KETQUA_DATA_DIR: dataDir };
  for (const key of ['DATABASE_URL', 'NODE_ENV', 'SEED_DEMO', 'JOBS_ENABLED', 'EMBEDDED_DB_PORT']) delete env[key];
  const t0 = Date.now();
  const server = spawn(process.execPath, [join(repo, 'dist/apps/api/main.js')], { cwd: repo, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  server.stdout.on('data', (d) => (output += d));
  server.stderr.on('data', (d) => (output += d));
  let ready = 0;
  for (let i = 0; i < 1200 && !ready && server.exitCode === null; i++) {
    await new Promise((r) => setTimeout(r, 250));
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok && output.includes('Demo logins')) ready = Date.now();
    } catch {
      // not listening yet
    }
  }
  const exited = new Promise((r) => server.once('exit', r));
  server.kill('SIGTERM');
  await exited;
  if (!ready) {
    process.stderr.write(output.slice(-3000));
    throw new Error('the API did not become ready');
  }
  // "demo data ready: <name> (<n> ms)", one line per feature contribution (libs/api/demo).
  const contributions = [...output.matchAll(/demo data ready: (.*) \((\d+) ms\)/g)].map((m) => ({ name: m[1], ms: Number(m[2]) }));
  return { total: ready - t0, contributions };
}

console.log(
  `load average before: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
for (let run = 1; run <= runs; run++) {
  const dir = mkdtempSync(join(tmpdir(), 'ketqua-demo-seed-'));
  try {
    const fresh = await start(dir);
    const again = await start(dir);
    const history = fresh.contributions.filter((c) => /history/.test(c.name)).reduce((sum, c) => sum + c.ms, 0);
    const seeding = fresh.contributions.reduce((sum, c) => sum + c.ms, 0);
    console.log(
      `run ${run}: fresh data dir until ready ${seconds(fresh.total)} s (feature demo data ${seconds(seeding)} s, of which the history ${seconds(history)} s); ` +
        `second start on it ${seconds(again.total)} s`,
    );
    for (const c of fresh.contributions) console.log(`  ${String(c.ms).padStart(6)} ms  ${c.name}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log(
  `load average after: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
