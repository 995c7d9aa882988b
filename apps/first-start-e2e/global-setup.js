// `npm run build` before the first-start test: the test runs what `npm start` runs, so a clean
// clone (CI) must build, and a stale dist/ must not be tested. Nx replays an unchanged build from
// its cache in a few seconds.
const { buildForTests } = require('../../tools/testing/build-apps');

module.exports = async () => buildForTests(['api', 'dashboard']);
