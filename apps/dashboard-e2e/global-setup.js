// Builds the dashboard the API will serve (dist/apps/dashboard), so a fresh clone's `npm test`
// tests the code in the tree, not a stale or missing build (once per run, shared with first-start-e2e).
const { buildForTests } = require('../../tools/testing/build-apps');

module.exports = async () => buildForTests(['dashboard']);
