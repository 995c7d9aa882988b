// `npm test` runs every project's specs in one jest run (one JSON result for .ci/run).
// Each project under apps/ and libs/ that has a jest.config.js is picked up automatically.
const fs = require('fs');
const path = require('path');

function findProjects(dir, found = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === 'node_modules' || entry.name === 'src') continue;
    const sub = path.join(dir, entry.name);
    if (fs.existsSync(path.join(sub, 'jest.config.js'))) found.push(sub);
    findProjects(sub, found);
  }
  return found;
}

module.exports = {
  projects: [...findProjects(path.join(__dirname, 'apps')), ...findProjects(path.join(__dirname, 'libs')), ...findProjects(path.join(__dirname, 'tools'))],
  // Starts preparing the test databases and returns at once; libs/api/testing awaits them.
  globalSetup: '<rootDir>/tools/testing/global-setup.js',
  globalTeardown: '<rootDir>/tools/testing/global-teardown.js',
  testSequencer: '<rootDir>/tools/testing/test-sequencer.js',
  maxWorkers: 2,
  // A global option (ignored per project): e2e files boot the API and a browser.
  testTimeout: 60000,
};
