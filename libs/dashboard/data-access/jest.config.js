module.exports = {
  ...require('../../../jest.preset'),
  displayName: 'dashboard-data-access',
  rootDir: __dirname,
};
