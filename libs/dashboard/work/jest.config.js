module.exports = {
  ...require('../../../jest.preset'),
  displayName: 'dashboard-work',
  rootDir: __dirname,
};
