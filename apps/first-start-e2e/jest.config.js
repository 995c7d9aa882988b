// The first start as a newcomer meets it: `npm run build`, then the production entry point
// (dist/apps/api/main.js) on a fresh embedded database, checked over HTTP. See src/first-start.spec.ts.
module.exports = {
  ...require('../../jest.preset'),
  displayName: 'first-start-e2e',
  rootDir: __dirname,
  globalSetup: '<rootDir>/global-setup.js',
  testTimeout: 180_000,
};
