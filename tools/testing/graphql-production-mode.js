// A jest setup file (jest.preset.js): graphql-js runs as it does in production. graphql 16 reads
// NODE_ENV once, when its jsutils/instanceOf loads; anything but "production" makes each of its
// type checks (isObjectType, isNonNullType, ... at every schema build and every field it resolves)
// also compare class names, to report a second copy of graphql by name. The API runs with
// NODE_ENV=production; under jest NODE_ENV is "test", and those checks were ~10 % of each test
// app's start. Loaded here first, with NODE_ENV "production" for that one module, the spec file's
// graphql (the same module registry) uses the plain `instanceof`; NODE_ENV is "test" again at once.
// A second copy of graphql still fails the tests, with graphql's plainer error.
if (globalThis.process && globalThis.process.env) {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    require('graphql/jsutils/instanceOf.js');
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}
