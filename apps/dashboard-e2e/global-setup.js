// Builds the dashboard the API will serve (dist/apps/dashboard), so a fresh clone's `npm test`
// tests the code in the tree, not a stale or missing build (through Nx, as npm run build does).
const { spawnSync } = require('node:child_process');
const path = require('node:path');

module.exports = async () => {
  const root = path.join(__dirname, '../..');
  const result = spawnSync(process.execPath, [path.join(root, 'tools/testing/build-apps.js'), 'dashboard'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('dashboard build failed (see above)');
};
