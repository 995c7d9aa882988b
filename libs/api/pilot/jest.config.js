module.exports = { ...require('../../../jest.preset'), displayName: 'api-pilot', rootDir: __dirname };
