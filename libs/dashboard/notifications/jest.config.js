module.exports = {
  ...require('../../../jest.preset'),
  displayName: 'dashboard-notifications',
  rootDir: __dirname,
};
