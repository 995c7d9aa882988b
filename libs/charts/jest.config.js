module.exports = { ...require('../../jest.preset'), displayName: 'charts', rootDir: __dirname };
