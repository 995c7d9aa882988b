import { Logger } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Paths the API answers itself (its controllers), never the dashboard's index.html: a download
 * fetched by the dashboard (it accepts any type) would otherwise get the page instead of the file.
 */
const API_PREFIXES = [
  '/graphql',
  '/health',
  '/files',
  '/report-exports',
  '/evaluation-sheets',
  '/personal-data',
  '/evaluation-signatures',
  '/evaluation-archives',
  '/commitment-signatures',
];

/** Serves the built dashboard at / with history-API fallback, next to the API on the same port. */
export function serveDashboard(app: NestExpressApplication, dir: string): void {
  if (!dir) return; // API only, by configuration
  const root = resolve(dir);
  const index = join(root, 'index.html');
  if (!existsSync(index)) {
    new Logger('Dashboard').warn(`no built dashboard in ${root}; serving the API only (run npm run build)`);
    return;
  }
  app.useStaticAssets(root, { index: false, maxAge: '1h', setHeaders: (res, path) => path.endsWith('.html') && res.setHeader('Cache-Control', 'no-cache') });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || API_PREFIXES.some((p) => req.path.startsWith(p)) || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
