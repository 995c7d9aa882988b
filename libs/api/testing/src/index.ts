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
// The fuzzer is @ketqua/api/testing/fuzz (fuzz/index.ts).
export * from './authorization-matrix';
