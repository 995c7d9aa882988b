import { randomBytes } from 'node:crypto';
import { ConfigValidationError, loadAppConfig } from './app-config';
import { secretWeakness } from './secret-strength';

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
    expect(loadAppConfig({ NODE_ENV: 'production', JWT_SECRET: randomBytes(48).toString('base64') }).isProduction).toBe(true);
  });

  it.each([
    ['32 × "a"', 'a'.repeat(32), /short pattern repeated/],
    ['a short unit repeated', 'Ab1!'.repeat(10), /short pattern repeated/],
    ['an example word', 'my-super-secret-key-for-production-2026', /dictionary or example word/],
    ['the name of the product', 'Ketqua-HCMC-2026-production-key-x7', /dictionary or example word/],
    ['a keyboard or counting run', 'zq' + 'abcdefghijklmnopqrstuvwxyz' + '7Pq9', /consecutive characters|dictionary/],
    ['few different characters', 'kdjahsgfjdkshagfkjdhsagfdjskahgfjdkslag', /different characters/],
    ['characters in pairs', 'aabbccddeeffgghhiijjkkllmmnnoopp', /in pairs/],
  ])('refuses a low-entropy JWT secret in production: %s', (_what, secret, why) => {
    expect(() => loadAppConfig({ NODE_ENV: 'production', JWT_SECRET: secret })).toThrow(why);
  });

  it('accepts what a random generator gives (hex and base64, 100 of each)', () => {
    for (let i = 0; i < 100; i++) {
      for (const secret of [randomBytes(32).toString('hex'), randomBytes(48).toString('base64'), randomBytes(36).toString('base64url')]) {
        expect(secretWeakness(secret)).toBeNull();
      }
    }
  });

  it('never shows a refused secret (nor a database password) in its message', () => {
    const secret = 'a'.repeat(32);
    let message = '';
    try {
      loadAppConfig({ NODE_ENV: 'production', JWT_SECRET: secret, DATABASE_URL: 'postgres://ketqua:hunter2-db-pass@db:5432/ketqua', PORT: 'x' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('JWT_SECRET=(hidden, 32 characters)');
    expect(message).not.toContain(secret);
    const short = 'tiny-secret-value';
    try {
      loadAppConfig({ NODE_ENV: 'production', JWT_SECRET: short });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/JWT_SECRET must be at least 32 characters/);
    expect(message).not.toContain(short);
  });

  it('hides a database password when DATABASE_URL is refused', () => {
    expect(() => loadAppConfig({ DATABASE_URL: 'mysql://ketqua:hunter2@db/ketqua' })).toThrow(/mysql:\/\/ketqua:\*\*\*@db\/ketqua/);
    expect(() => loadAppConfig({ DATABASE_URL: 'mysql://ketqua:hunter2@db/ketqua' })).not.toThrow(/hunter2/);
  });

  it('takes a read replica (DATABASE_READ_URL) only next to DATABASE_URL, and hides its password when refusing it', () => {
    const config = loadAppConfig({ DATABASE_URL: 'postgres://u:p@db:5432/ketqua', DATABASE_READ_URL: 'postgres://ro:p@replica:5432/ketqua', DATABASE_READ_POOL_SIZE: '20' });
    expect(config).toMatchObject({ DATABASE_READ_URL: 'postgres://ro:p@replica:5432/ketqua', DATABASE_READ_POOL_SIZE: 20 });
    expect(loadAppConfig({}).DATABASE_READ_URL).toBeUndefined();
    expect(() => loadAppConfig({ DATABASE_READ_URL: 'postgres://ro:p@replica:5432/ketqua' })).toThrow(/DATABASE_READ_URL needs DATABASE_URL/);
    expect(() => loadAppConfig({ DATABASE_URL: 'postgres://u:p@db/k', DATABASE_READ_URL: 'mysql://ro:hunter2@replica/k' })).toThrow(
      /mysql:\/\/ro:\*\*\*@replica.*DATABASE_READ_URL must look like postgres:\/\//s,
    );
    expect(() => loadAppConfig({ DATABASE_URL: 'postgres://u:p@db/k', DATABASE_READ_URL: 'mysql://ro:hunter2@replica/k' })).not.toThrow(/hunter2/);
    expect(() => loadAppConfig({ DATABASE_URL: 'postgres://u:p@db/k', DATABASE_READ_POOL_SIZE: '0' })).toThrow(/DATABASE_READ_POOL_SIZE/);
  });

  it('takes a session connection (DATABASE_SESSION_URL) for LISTEN and migrations only next to DATABASE_URL', () => {
    expect(loadAppConfig({ DATABASE_URL: 'postgres://u:p@pgbouncer:6432/k', DATABASE_SESSION_URL: 'postgres://u:p@db:5432/k' }).DATABASE_SESSION_URL).toBe(
      'postgres://u:p@db:5432/k',
    );
    expect(() => loadAppConfig({ DATABASE_SESSION_URL: 'postgres://u:p@db:5432/k' })).toThrow(/DATABASE_SESSION_URL needs DATABASE_URL/);
    expect(() => loadAppConfig({ DATABASE_URL: 'postgres://u:p@db/k', DATABASE_SESSION_URL: 'http://u:hunter2@db/k' })).not.toThrow(/hunter2/);
  });

  it('keeps development and tests on readable secrets of 32+ characters', () => {
    expect(loadAppConfig({ NODE_ENV: 'test', JWT_SECRET: 'test-only-jwt-secret-that-is-long-enough-000' }).JWT_SECRET).toBeDefined();
    expect(() => loadAppConfig({ NODE_ENV: 'development', JWT_SECRET: 'short' })).toThrow(/at least 32 characters/);
  });

  it('hashes passwords at argon2 standard cost everywhere but a test run', () => {
    expect(loadAppConfig({}).PASSWORD_HASH_COST).toBe('standard');
    expect(loadAppConfig({ NODE_ENV: 'test', PASSWORD_HASH_COST: 'test-only-low' }).PASSWORD_HASH_COST).toBe('test-only-low');
    expect(() => loadAppConfig({ NODE_ENV: 'development', PASSWORD_HASH_COST: 'test-only-low' })).toThrow(/PASSWORD_HASH_COST=test-only-low is for NODE_ENV=test only/);
    const production = { NODE_ENV: 'production', JWT_SECRET: randomBytes(48).toString('base64'), PASSWORD_HASH_COST: 'test-only-low' };
    expect(() => loadAppConfig(production)).toThrow(/PASSWORD_HASH_COST/);
    expect(() => loadAppConfig({ PASSWORD_HASH_COST: 'cheap' })).toThrow(/PASSWORD_HASH_COST/);
  });

  it('trusts X-Forwarded-For from loopback by default; a deployment names its proxies', () => {
    expect(loadAppConfig({}).TRUST_PROXY).toBe('loopback');
    expect(loadAppConfig({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.5' }).TRUST_PROXY).toBe('10.0.0.0/8, 192.168.1.5');
    expect(() => loadAppConfig({ TRUST_PROXY: 'anything; rm -rf' })).toThrow(/TRUST_PROXY/);
  });

  it('has sign-in rate limits by default, and lets them be set', () => {
    expect(loadAppConfig({})).toMatchObject({ LOGIN_RATE_LIMIT_PER_IP: 120, LOGIN_RATE_LIMIT_PER_ACCOUNT: 10, RATE_LIMIT_WINDOW_SECONDS: 60 });
    expect(loadAppConfig({ LOGIN_RATE_LIMIT_PER_IP: '5' }).LOGIN_RATE_LIMIT_PER_IP).toBe(5);
    expect(() => loadAppConfig({ LOGIN_RATE_LIMIT_PER_ACCOUNT: '0' })).toThrow(/LOGIN_RATE_LIMIT_PER_ACCOUNT/);
  });
});
