// Builds the dashboard the API will serve (dist/apps/dashboard), so a fresh clone's `npm test`
// tests the code in the tree, not a stale or missing build.
const { spawnSync } = require('node:child_process');
const path = require('node:path');

module.exports = async () => {
  const root = path.join(__dirname, '../..');
  const vite = path.join(path.dirname(require.resolve('vite/package.json', { paths: [root] })), 'bin/vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--config', 'apps/dashboard/vite.config.mts', '--logLevel', 'warn'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
  if (result.status !== 0) throw new Error(`dashboard build failed:\n${result.stdout}\n${result.stderr}`);
};
