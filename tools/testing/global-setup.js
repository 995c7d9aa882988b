// Runs once per `npm test`: one migrated database per jest worker, on DATABASE_URL when it is set,
// else on embedded PostgreSQL servers in a child process (PGlite cannot load inside jest's VM).
// Their URLs reach the test files through KETQUA_TEST_DB_URLS; libs/api/testing picks one per worker.
const { spawn, spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.join(__dirname, '../..');
const script = ['-r', '@swc-node/register', path.join(root, 'tools/testing/test-databases.ts')];

module.exports = async (globalConfig) => {
  const workers = Math.max(1, Number(globalConfig.maxWorkers) || 1);
  process.env.KETQUA_TEST_RUN = String(process.pid);
  process.env.KETQUA_TEST_WORKERS = String(workers);
  if (process.env.DATABASE_URL) {
    const result = spawnSync(process.execPath, [...script, 'server', String(workers)], { cwd: root, encoding: 'utf8', env: process.env });
    if (result.status !== 0) throw new Error(`test databases on DATABASE_URL failed:\n${result.stderr}`);
    process.env.KETQUA_TEST_DB_URLS = result.stdout.trim().split('\n').pop();
    process.env.KETQUA_TEST_EMBEDDED = '';
    return;
  }
  const child = spawn(process.execPath, [...script, 'embedded', String(workers)], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'], env: process.env });
  globalThis.__KETQUA_EMBEDDED_DB__ = child;
  process.env.KETQUA_TEST_DB_URLS = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const line = out.split('\n').find((l) => l.startsWith('READY '));
      if (line) resolve(line.slice('READY '.length));
    });
    child.on('exit', (code) => reject(new Error(`embedded test databases exited with ${code}`)));
  });
  process.env.KETQUA_TEST_EMBEDDED = '1';
};
