module.exports = {
  ...require('../../jest.preset'),
  displayName: 'tools',
  rootDir: __dirname,
  transform: { ...require('../../jest.preset').transform, '^.+\\.mjs$': require('../../jest.preset').transform['^.+\\.(t|j)sx?$'] },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
};
