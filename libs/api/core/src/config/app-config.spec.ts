import { ConfigValidationError, loadAppConfig } from './app-config';

describe('configuration validated at boot', () => {
  it('has working defaults for a fresh machine', () => {
    const config = loadAppConfig({});
    expect(config).toMatchObject({ PORT: 3000, KETQUA_DATA_DIR: '.data', NODE_ENV: 'development', SEED_DEMO: true, JOBS_ENABLED: true });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('reads and converts the environment', () => {
    const config = loadAppConfig({ PORT: '8080', SEED_DEMO: 'false', DATABASE_URL: 'postgres://u:p@db:5432/ketqua', LOG_FORMAT: 'json' });
    expect(config).toMatchObject({ PORT: 8080, SEED_DEMO: false, DATABASE_URL: 'postgres://u:p@db:5432/ketqua', LOG_FORMAT: 'json' });
  });

  it('names every bad variable in one clear message', () => {
    expect(() => loadAppConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_FORMAT: 'xml' })).toThrow(ConfigValidationError);
    try {
      loadAppConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_FORMAT: 'xml' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('PORT="eighty"');
      expect(message).toContain('DATABASE_URL must look like postgres://');
      expect(message).toContain('LOG_FORMAT="xml"');
    }
  });

  it('refuses to run in production without a strong JWT secret', () => {
    expect(() => loadAppConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET must be at least 32 characters/);
    expect(() => loadAppConfig({ NODE_ENV: 'production', JWT_SECRET: 'short' })).toThrow(/JWT_SECRET/);
    expect(loadAppConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }).isProduction).toBe(true);
  });
});
