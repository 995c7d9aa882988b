module.exports = { ...require('../../../jest.preset'), displayName: 'api-reports', rootDir: __dirname };
