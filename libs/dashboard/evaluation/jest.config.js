module.exports = {
  ...require('../../../jest.preset'),
  displayName: 'dashboard-evaluation',
  rootDir: __dirname,
};
