export * from './test-app';
export * from './test-database';
export * from './graphql-client';
export * from './subscriptions';
export * from './schema-walk';
export * from './browser-session';
export * from './private-postgres';
export * from './write-ledger';
