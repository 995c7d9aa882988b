module.exports = { ...require('../../../jest.preset'), displayName: 'api-evaluation', rootDir: __dirname };
