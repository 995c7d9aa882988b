import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API (default http://localhost:3000, or KETQUA_API_URL) serves /graphql and /health; in
// development Vite proxies them so the browser sees one origin, as in production where the API
// serves the built dashboard itself (dist/apps/dashboard).
const api = process.env['KETQUA_API_URL'] ?? 'http://localhost:3000';
const here = import.meta.dirname;
const workspaceRoot = `${here}/../..`;

export default defineConfig({
  root: here,
  base: '/',
  publicDir: 'public',
  cacheDir: `${workspaceRoot}/node_modules/.vite/dashboard`,
  plugins: [react()],
  // @ketqua/dashboard/* from tsconfig.base.json, resolved by Vite itself (STACK.md 6).
  resolve: { tsconfigPaths: true },
  server: {
    port: Number(process.env['DASHBOARD_PORT'] ?? 4200),
    host: 'localhost',
    proxy: {
      // ws: GraphQL subscriptions (graphql-ws) share the /graphql path.
      // xfwd: X-Forwarded-Host tells the API the page's own host (localhost:4200), so its CSRF check sees a same-site Origin.
      '/graphql': { target: api, changeOrigin: true, ws: true, xfwd: true },
      '/health': { target: api, changeOrigin: true, xfwd: true },
      '/files': { target: api, changeOrigin: true, xfwd: true },
    },
  },
  preview: { port: 4300, host: 'localhost' },
  build: {
    outDir: `${workspaceRoot}/dist/apps/dashboard`,
    emptyOutDir: true,
    reportCompressedSize: false,
    sourcemap: true,
    // antd is one large, cached vendor chunk; the feature pages load on demand.
    chunkSizeWarningLimit: 1500,
  },
});
