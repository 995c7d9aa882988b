export * from './test-app';
export * from './test-database';
export * from './graphql-client';
export * from './subscriptions';
export * from './schema-walk';
export * from './fuzz/input-arbitraries';
export * from './fuzz/database-snapshot';
export * from './fuzz/fuzz-mutation';
