// What `docker build` receives: the .dockerignore checked against Docker's own matching rules.
module.exports = { ...require('../../jest.preset'), displayName: 'docker', rootDir: __dirname };
