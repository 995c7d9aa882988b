// The project's own documentation: links stay inside the repository and resolve (a clone has no shared/).
module.exports = { ...require('../../jest.preset'), displayName: 'docs', rootDir: __dirname };
