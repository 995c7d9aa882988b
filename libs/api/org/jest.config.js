module.exports = { ...require('../../../jest.preset'), displayName: 'api-org', rootDir: __dirname };
