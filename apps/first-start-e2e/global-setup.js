// `npm run build` before the first-start test: the test runs what `npm start` runs, so a clean
// clone (CI) must build, and a stale dist/ must not be tested. Nx replays an unchanged build from
// its cache in a few seconds.
const { spawnSync } = require('node:child_process');
const path = require('node:path');

module.exports = async () => {
  const root = path.join(__dirname, '../..');
  const result = spawnSync(process.execPath, [path.join(root, 'tools/testing/build-apps.js'), 'api', 'dashboard'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build failed (see above)');
  // Fresh for this run: other specs that start the API as `npm start` does (graceful shutdown)
  // use it instead of compiling apps/api/src/main.ts on the fly.
  process.env.KETQUA_BUILT_API_MAIN = path.join(root, 'dist/apps/api/main.js');
};
