// node tools/testing/build-apps.js <project>... — builds apps for the tests exactly as
// `npm run build` does (Nx, production mode), quietly unless it fails. Test global setups run it
// (first-start-e2e: api and dashboard; dashboard-e2e: dashboard); when both ask in one jest run,
// Nx replays the second from its cache in a few seconds.
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.join(__dirname, '../..');
const projects = process.argv.slice(2);
const nx = require.resolve('nx/bin/nx.js', { paths: [root] });
const result = spawnSync(process.execPath, [nx, 'run-many', '-t', 'build', '-p', ...projects, '--outputStyle=static'], {
  cwd: root,
  encoding: 'utf8',
  env: { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false', NX_NO_CLOUD: 'true', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
});
if (result.status !== 0) {
  process.stderr.write(`build of ${projects.join(', ')} failed:\n${result.stdout}\n${result.stderr}\n`);
  process.exit(1);
}
