import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '@ketqua/api/core';
import { serveDashboard } from './serve-dashboard';

/** HTTP settings shared by production and tests: body size for CSV imports, proxies, the dashboard. */
export function configureHttp(app: NestExpressApplication, config: AppConfig): void {
  app.useBodyParser('json', { limit: '10mb' });
  // The client address behind the proxies we trust (sign-in rate limits per IP, audit).
  app.set('trust proxy', /^\d+$/.test(config.TRUST_PROXY) ? Number(config.TRUST_PROXY) : config.TRUST_PROXY);
  app.disable('x-powered-by');
  serveDashboard(app, config.DASHBOARD_DIR);
}
