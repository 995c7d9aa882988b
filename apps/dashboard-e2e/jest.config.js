// Playwright in Debian's Chromium against the real API (libs/api/testing) serving the built
// dashboard. Run with the root config so the test databases exist:
//   npx jest --config jest.config.js --selectProjects dashboard-e2e
module.exports = {
  ...require('../../jest.preset'),
  displayName: 'dashboard-e2e',
  rootDir: __dirname,
  globalSetup: '<rootDir>/global-setup.js',
  globalTeardown: '<rootDir>/global-teardown.js',
  testTimeout: 180_000,
  // The guides' screenshots are a docs generator (npm run docs:screenshots), not a check: every page
  // they show is opened, and its heading and title checked, by the accessibility sweep.
  testPathIgnorePatterns: process.env['KETQUA_GUIDE_SCREENSHOTS'] === '1' ? [] : ['guide-screenshots\\.spec\\.ts$'],
};
