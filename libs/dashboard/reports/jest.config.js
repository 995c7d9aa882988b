module.exports = {
  ...require('../../../jest.preset'),
  displayName: 'dashboard-reports',
  rootDir: __dirname,
};
