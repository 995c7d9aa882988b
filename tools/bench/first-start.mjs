// node tools/bench/first-start.mjs [--keep]
// Measures the README promise "npm install && npm start in under 3 minutes": clones the committed
// HEAD into a temporary directory (a clean checkout, nothing built), runs `npm install`, then
// `npm start` until /health answers and the demo logins are printed. Prints each phase in seconds.
import { execSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repo = new URL('../..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'ketqua-first-start-'));
const port = 3900 + Math.floor(Math.random() * 90);
const seconds = (ms) => (ms / 1000).toFixed(1);
const env = { ...process.env, PORT: String(port), KETQUA_DATA_DIR: join(dir, '.data') };
delete env.DATABASE_URL;

execSync(`git clone --quiet "${repo}" "${dir}/ketqua"`);
const cwd = join(dir, 'ketqua');
const t0 = Date.now();
execSync('npm install --no-audit --no-fund --loglevel=error', { cwd, stdio: 'inherit', env });
const installed = Date.now();

const server = spawn('npm', ['start'], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
let output = '';
server.stdout.on('data', (d) => (output += d));
server.stderr.on('data', (d) => (output += d));
let ready = 0;
for (let i = 0; i < 600 && !ready; i++) {
  await new Promise((r) => setTimeout(r, 500));
  try {
    const res = await fetch(`http://127.0.0.1:${port}/health`);
    if (res.ok && output.includes('Demo logins')) ready = Date.now();
  } catch {
    // not listening yet
  }
  if (server.exitCode !== null) break;
}
server.kill('SIGINT');
await new Promise((r) => setTimeout(r, 3000));
if (!process.argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
if (!ready) {
  process.stderr.write(output.slice(-3000));
  console.log('first start FAILED');
  process.exit(1);
}
console.log(`npm install: ${seconds(installed - t0)} s`);
console.log(`npm start (build + embedded PostgreSQL + migrations + seed) until ready: ${seconds(ready - installed)} s`);
console.log(`total: ${seconds(ready - t0)} s (the README promises under 180 s)`);
