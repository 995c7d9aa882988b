module.exports = {
  ...require('../../../jest.preset'),
  displayName: 'dashboard-org',
  rootDir: __dirname,
};
