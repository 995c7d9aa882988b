// Shared jest settings: @swc/jest (3x faster than ts-jest for Nest's decorators, see STACK.md)
// and the tsconfig path aliases, so every project resolves @ketqua/* the same way.
const path = require('path');
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.base.json');

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', decorators: true, tsx: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  // Decorator metadata (class-validator, Nest, TypeORM) needs the Reflect polyfill in every test.
  setupFiles: [require.resolve('reflect-metadata')],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: path.join(__dirname, '/') }),
  testMatch: ['**/*.spec.ts', '**/*.spec.tsx'],
  // ES-module-only packages, which Node 20.19+ require()s in production but jest's own module loader
  // does not: swc turns them into CommonJS for the tests. otplib 13's default plugins (@scure/base,
  // @noble/hashes); openid-client 6 and its two dependencies. One pattern: a second
  // transformIgnorePatterns key would silently replace the first.
  transformIgnorePatterns: ['^(?!.*/node_modules/(@scure|@noble|openid-client|oauth4webapi|jose)/).*/node_modules/'],
};
