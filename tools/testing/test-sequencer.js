// Runs the pure tiers (every project but the e2e apps) before the end-to-end files, so their
// results come in seconds while the test databases and the dashboard build are prepared in the
// background; within each group jest's own order (failed first, then slowest first) stays.
const path = require('node:path');

// jest's own default sequencer, resolved from the jest that runs (it is not a dependency of ours).
const jestCore = path.dirname(require.resolve('@jest/core/package.json'));
const Sequencer = require(require.resolve('@jest/test-sequencer', { paths: [jestCore] })).default;

const isEndToEnd = (test) => /[\\/]apps[\\/][^\\/]+-e2e[\\/]/.test(test.path);

class PureTiersFirst extends Sequencer {
  async sort(tests) {
    const ordered = await super.sort(tests);
    return [...ordered.filter((t) => !isEndToEnd(t)), ...ordered.filter(isEndToEnd)];
  }
}

module.exports = PureTiersFirst;
