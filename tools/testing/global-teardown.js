const { spawnSync } = require('node:child_process');
const { rmSync } = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '../..');

/** Stops the child of global-setup.js (the embedded servers, or a preparation still running) within 5 s. */
async function stop(child) {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    // The embedded servers stop when stdin closes; a preparation on DATABASE_URL is just ended.
    if (process.env.DATABASE_URL) child.kill('SIGTERM');
    else child.stdin.end();
    let timer;
    await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 5000)))]);
    clearTimeout(timer);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  child.stdout.destroy();
  child.stderr.destroy();
  child.unref();
}

module.exports = async () => {
  const child = globalThis.__KETQUA_TEST_DB_CHILD__;
  // When only pure tiers ran, the preparation may still be going: stop it rather than wait.
  if (child) await stop(child);
  if (process.env.DATABASE_URL) {
    spawnSync(process.execPath, ['-r', '@swc-node/register', path.join(root, 'tools/testing/test-databases.ts'), 'drop'], { cwd: root, env: process.env, stdio: 'inherit' });
  }
  if (globalThis.__KETQUA_TEST_DB_STATE_DIR__) rmSync(globalThis.__KETQUA_TEST_DB_STATE_DIR__, { recursive: true, force: true });
};
