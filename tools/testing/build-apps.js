// Builds apps for the tests exactly as `npm run build` does (Nx, production mode), once per jest
// run: several projects' global setups may ask, and Nx replays an unchanged build from its cache.
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.join(__dirname, '../..');

function buildForTests(projects) {
  const wanted = projects.filter((p) => !(process.env.KETQUA_TEST_BUILT ?? '').split(',').includes(p));
  if (!wanted.length) return;
  const nx = require.resolve('nx/bin/nx.js', { paths: [root] });
  const result = spawnSync(process.execPath, [nx, 'run-many', '-t', 'build', '-p', ...wanted, '--outputStyle=static'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false', NX_NO_CLOUD: 'true', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
  if (result.status !== 0) throw new Error(`build of ${wanted.join(', ')} failed:\n${result.stdout}\n${result.stderr}`);
  process.env.KETQUA_TEST_BUILT = [process.env.KETQUA_TEST_BUILT, ...wanted].filter(Boolean).join(',');
}

module.exports = { buildForTests };
