// Shared jest settings: @swc/jest (3x faster than ts-jest for Nest's decorators, see STACK.md)
// and the tsconfig path aliases, so every project resolves @ketqua/* the same way.
const path = require('path');
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.base.json');

module.exports = {
  testEnvironment: 'node',
  // jest's runtime, keeping V8's compiled code of each module for the later spec files of a worker.
  runtime: path.join(__dirname, 'tools/testing/code-cache-runtime.js'),
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
  // graphql-js without its development-only checks, as in production (tools/testing/graphql-production-mode.js).
  setupFiles: [require.resolve('reflect-metadata'), path.join(__dirname, 'tools/testing/graphql-production-mode.js')],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: path.join(__dirname, '/') }),
  testMatch: ['**/*.spec.ts', '**/*.spec.tsx'],
  // Packages that ship ES modules only — otplib 13's default plugins (@scure/base, @noble/hashes),
  // openid-client 6 and its oauth4webapi and jose: Node 20.19+ require()s them in production, but
  // jest's own module loader does not, so swc turns them into CommonJS for the tests.
  // (Nested copies too: @otplib/plugin-crypto-noble carries its own @noble/hashes.)
  transformIgnorePatterns: ['^(?!.*/node_modules/(@scure|@noble|openid-client|oauth4webapi|jose)/).*/node_modules/'],
};
