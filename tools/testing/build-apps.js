// node tools/testing/build-apps.js <project>... — builds apps for the tests exactly as
// `npm run build` does (Nx, production mode), quietly unless it fails. Test global setups run it
// (first-start-e2e: api and dashboard; dashboard-e2e: dashboard); when both ask in one jest run,
// Nx replays the second from its cache in a few seconds.
// Builds write dist/, so two of them (dashboard-e2e's in the background, first-start-e2e's) take
// turns through a lock directory; the one that waited then replays from Nx's cache.
const { spawnSync } = require('node:child_process');
const { mkdirSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '../..');
const projects = process.argv.slice(2);
const lock = path.join(root, 'tmp', 'build-apps.lock');

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function acquire() {
  mkdirSync(path.dirname(lock), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(path.join(lock, 'pid'), String(process.pid));
      return;
    } catch {
      let owner = 0;
      try {
        owner = Number(readFileSync(path.join(lock, 'pid'), 'utf8'));
      } catch {
        // Just created by another build, its pid not written yet.
      }
      if (owner && !alive(owner)) rmSync(lock, { recursive: true, force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
}

acquire();
process.on('exit', () => rmSync(lock, { recursive: true, force: true }));
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
