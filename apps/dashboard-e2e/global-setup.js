// Builds the dashboard the API will serve (dist/apps/dashboard), so a fresh clone's `npm test`
// tests the code in the tree, not a stale or missing build (through Nx, as npm run build does). The build runs in the background (the
// pure tiers need not wait for it); createTestApp({ dashboardDir }) waits for the outcome, published
// as JSON in the file KETQUA_DASHBOARD_BUILD_STATE names.
const { spawn } = require('node:child_process');
const { mkdtempSync, renameSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const path = require('node:path');

module.exports = async () => {
  const root = path.join(__dirname, '../..');
  const stateDir = mkdtempSync(path.join(tmpdir(), 'ketqua-dashboard-build-'));
  const stateFile = path.join(stateDir, 'state.json');
  process.env.KETQUA_DASHBOARD_BUILD_STATE = stateFile;
  const publish = (state) => {
    writeFileSync(`${stateFile}.tmp`, JSON.stringify(state));
    renameSync(`${stateFile}.tmp`, stateFile);
  };
  const child = spawn(process.execPath, [path.join(root, 'tools/testing/build-apps.js'), 'dashboard'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  child.on('exit', (code, signal) => publish(code === 0 ? { ok: true } : { error: `dashboard build failed (${signal ?? code}):\n${output}` }));
  globalThis.__KETQUA_DASHBOARD_BUILD__ = { child, stateDir };
};
