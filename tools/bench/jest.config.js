// tools/bench: the generated city (generate:city) checked at a tiny size on the test database.
module.exports = { ...require('../../jest.preset'), displayName: 'bench', rootDir: __dirname };
