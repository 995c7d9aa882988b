module.exports = {
  ...require('../../jest.preset'),
  displayName: 'dashboard',
  rootDir: __dirname,
};
