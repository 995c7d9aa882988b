module.exports = { ...require('../../../jest.preset'), displayName: 'api-work', rootDir: __dirname };
