// npm run dev — the API restarted on every change (node --watch, sources run through swc) on
// http://localhost:3000, and the Vite dev server with hot reload on http://localhost:4200 that
// proxies /graphql (including subscriptions), /health and /files to it.
import { spawn } from 'node:child_process';

const children = [
  spawn(process.execPath, ['--watch', '-r', '@swc-node/register', 'apps/api/src/main.ts'], {
    stdio: 'inherit',
    env: { ...process.env, DASHBOARD_DIR: '', NODE_ENV: process.env.NODE_ENV ?? 'development' },
  }),
  spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--config', 'apps/dashboard/vite.config.mts'], { stdio: 'inherit' }),
];

const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', (code) => code && code !== 0 && stop());
