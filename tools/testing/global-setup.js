// Runs once per `npm test`: one migrated database per jest worker, on DATABASE_URL when it is set,
// else on embedded PostgreSQL servers in a child process (PGlite cannot load inside jest's VM).
// The databases are prepared in the background so the pure tiers (libs/domain, ...) start at once;
// when they are ready their URLs are written to the file KETQUA_TEST_DB_STATE names, which
// libs/api/testing waits for (testDatabasesReady) before the first test that needs a database.
const { spawn } = require('node:child_process');
const { mkdtempSync, renameSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const path = require('node:path');

const root = path.join(__dirname, '../..');
const script = ['-r', '@swc-node/register', path.join(root, 'tools/testing/test-databases.ts')];

module.exports = async (globalConfig) => {
  const workers = Math.max(1, Number(globalConfig.maxWorkers) || 1);
  process.env.KETQUA_TEST_RUN = String(process.pid);
  process.env.KETQUA_TEST_WORKERS = String(workers);
  const stateDir = mkdtempSync(path.join(tmpdir(), 'ketqua-test-db-'));
  const stateFile = path.join(stateDir, 'state.json');
  process.env.KETQUA_TEST_DB_STATE = stateFile;
  const publish = (state) => {
    writeFileSync(`${stateFile}.tmp`, JSON.stringify(state));
    renameSync(`${stateFile}.tmp`, stateFile);
  };
  const embedded = !process.env.DATABASE_URL;
  const child = spawn(process.execPath, [...script, embedded ? 'embedded' : 'server', String(workers)], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: process.env,
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (chunk) => {
    err += chunk;
    process.stderr.write(chunk);
  });
  // Settles when the databases are ready or failed; global-teardown waits for it before cleaning up.
  globalThis.__KETQUA_TEST_DB__ = new Promise((resolve) => {
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const line = out.split('\n').find((l) => l.startsWith('READY '));
      if (embedded && line) {
        publish({ urls: JSON.parse(line.slice('READY '.length)), embedded: true });
        resolve();
      }
    });
    child.on('exit', (code, signal) => {
      if (signal) return resolve(); // stopped by global-teardown
      if (!embedded && code === 0) publish({ urls: JSON.parse(out.trim().split('\n').pop()), embedded: false });
      else if (!embedded || !out.includes('READY ')) publish({ error: `test databases (${embedded ? 'embedded' : 'DATABASE_URL'}) failed with exit code ${code}:\n${err}` });
      resolve();
    });
  });
  globalThis.__KETQUA_TEST_DB_CHILD__ = child;
  globalThis.__KETQUA_TEST_DB_STATE_DIR__ = stateDir;
};
