export * from './test-app';
export * from './test-database';
export * from './graphql-client';
export * from './subscriptions';
export * from './schema-walk';
export * from './browser-session';
export * from './private-postgres';
export * from './write-ledger';
// Real local stand-ins of the city's systems, started by a test: an SMTP server, an OpenID provider.
export * from './counterparts/local-smtp';
export * from './counterparts/local-oidc';
export * from './signing';
export * from './fuzz/input-arbitraries';
export * from './fuzz/database-snapshot';
export * from './fuzz/fuzz-mutation';
export * from './authorization-matrix';
