import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { AppConfig } from './app-config';

/**
 * Outside production a missing JWT_SECRET is generated once and kept in the data directory, so
 * sign-ins survive restarts without any setup. Production refuses to start without one (AppConfig).
 */
export function ensureJwtSecret(config: AppConfig): AppConfig {
  if (config.JWT_SECRET) return config;
  const dir = resolve(config.KETQUA_DATA_DIR);
  const file = join(dir, 'jwt-secret');
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  }
  config.JWT_SECRET = readFileSync(file, 'utf8').trim();
  return config;
}
