module.exports = {
  ...require('../../../jest.preset'),
  displayName: 'dashboard-admin',
  rootDir: __dirname,
};
