module.exports = {
  ...require('../../../jest.preset'),
  displayName: 'dashboard-pilot',
  rootDir: __dirname,
};
