const { rmSync } = require('node:fs');

// Stops a dashboard build still running (a run that ended before the browser tests needed it).
module.exports = async () => {
  const build = globalThis.__KETQUA_DASHBOARD_BUILD__;
  if (!build) return;
  if (build.child.exitCode === null && build.child.signalCode === null) {
    const exited = new Promise((resolve) => build.child.once('exit', resolve));
    build.child.kill('SIGTERM');
    await exited;
  }
  rmSync(build.stateDir, { recursive: true, force: true });
};
