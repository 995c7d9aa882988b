const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.join(__dirname, '../..');

module.exports = async () => {
  const child = globalThis.__KETQUA_EMBEDDED_DB__;
  if (child) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.stdin.end();
    let timer;
    await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 5000)))]);
    clearTimeout(timer);
    if (child.exitCode === null) child.kill('SIGKILL');
    child.stdout.destroy();
    child.unref();
  } else if (process.env.DATABASE_URL) {
    spawnSync(process.execPath, ['-r', '@swc-node/register', path.join(root, 'tools/testing/test-databases.ts'), 'drop'], { cwd: root, env: process.env, stdio: 'inherit' });
  }
};
