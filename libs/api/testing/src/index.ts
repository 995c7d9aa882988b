export * from './test-app';
export * from './test-database';
export * from './graphql-client';
export * from './subscriptions';
export * from './schema-walk';
export * from './authorization-matrix';
