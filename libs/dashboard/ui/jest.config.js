module.exports = {
  ...require('../../../jest.preset'),
  displayName: 'dashboard-ui',
  rootDir: __dirname,
};
