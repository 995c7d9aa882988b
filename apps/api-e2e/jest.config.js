// GraphQL-over-HTTP journeys against the whole API on a real PostgreSQL (DATABASE_URL or embedded).
module.exports = { ...require('../../jest.preset'), displayName: 'api-e2e', rootDir: __dirname };
