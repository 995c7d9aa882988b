import { createTestApp, httpRequest, postGraphQL, TestApp } from '@ketqua/api/testing';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Issue 10 §4: security headers on the dashboard and the API; no field suggestions in production. */
describe('security headers', () => {
  let t: TestApp;
  let dashboardDir: string;

  beforeAll(async () => {
    // A stand-in for the built dashboard: the headers come from the server, not from the build.
    dashboardDir = mkdtempSync(join(tmpdir(), 'ketqua-dashboard-'));
    mkdirSync(join(dashboardDir, 'assets'));
    writeFileSync(join(dashboardDir, 'index.html'), '<!doctype html><html><head><script type="module" src="/assets/app.js"></script></head><body></body></html>');
    writeFileSync(join(dashboardDir, 'assets', 'app.js'), 'console.log(1)');
    t = await createTestApp({ seedDemo: false, dashboardDir });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dashboardDir, { recursive: true, force: true });
  });

  const csp = (value: unknown) =>
    Object.fromEntries(
      String(value)
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values]),
    );

  it.each([
    ['the dashboard page', 'GET', '/organisation', { accept: 'text/html' }],
    ['a dashboard asset', 'GET', '/assets/app.js', {}],
    ['the GraphQL API', 'POST', '/graphql', { 'content-type': 'application/json' }],
    ['the health check', 'GET', '/health', {}],
  ])('sends CSP, frame-ancestors none, nosniff and a referrer policy on %s', async (_what, method, path, headers) => {
    const res = await httpRequest(`${t.url}${path}`, {
      method,
      headers: { host: `127.0.0.1:${new URL(t.url).port}`, ...headers },
      body: method === 'POST' ? JSON.stringify({ query: '{ __typename }' }) : undefined,
    });
    expect(res.status).toBeLessThan(400);
    const policy = csp(res.headers['content-security-policy']);
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['script-src']).toEqual(["'self'"]);
    expect(policy['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['connect-src']).toEqual(["'self'", `ws://127.0.0.1:${new URL(t.url).port}`]);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});

describe('field suggestions', () => {
  it('tells developers "Did you mean" but not anonymous callers in production', async () => {
    const dev = await createTestApp({ seedDemo: false });
    try {
      const res = await dev.gql('{ mee { id } }');
      expect(res.errors?.[0].message).toContain('Did you mean "me"');
    } finally {
      await dev.close();
    }
    const prod = await createTestApp({ seedDemo: false, env: { NODE_ENV: 'production', JWT_SECRET: randomBytes(48).toString('base64') } });
    try {
      const res = await postGraphQL(prod.url, '{ mee { id } }');
      expect(res.status).toBe(400);
      expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(res.errors?.[0].message).toBe('Cannot query field "mee" on type "Query".');
      const typo = await postGraphQL(prod.url, 'mutation { login(input: { emial: "a@b.vn", password: "x" }) { accessToken } }');
      expect(JSON.stringify(typo.errors)).toContain('is not defined by type');
      expect(JSON.stringify(typo.errors)).not.toMatch(/Did you mean/);
    } finally {
      await prod.close();
    }
  });
});
