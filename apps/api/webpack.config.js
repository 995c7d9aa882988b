const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

// Bundles our code only; node_modules stay external (PGlite loads its WASM from its package).
module.exports = {
  output: { path: join(__dirname, '../../dist/apps/api'), clean: true },
  devtool: 'source-map',
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      // admin:create for the production image (no tools/, no TypeScript loader there).
      additionalEntryPoints: [{ entryName: 'admin-create', entryPath: './src/admin-create.ts' }],
      tsConfig: './tsconfig.app.json',
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: false,
      sourceMap: true,
      externalDependencies: 'all',
    }),
  ],
};
