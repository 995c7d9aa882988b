import { createTestApp, TestApp, testDatabaseUrl } from '@ketqua/api/testing';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../../..');
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const ME = `{ me { email fullName role mustChangePassword unit { name } } }`;

/** `npm run admin:create -- …` as an operator runs it (the same node command as the package script). */
function adminCreate(args: string[], env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'tools/admin/create-admin.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, JWT_SECRET: '', LOG_LEVEL: 'error', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const printedPassword = (stdout: string) => /one-time password: (\S+)/.exec(stdout)?.[1];

/**
 * Issue 10 §3: production had no way to create the first ADMIN. On an empty database (no demo,
 * no agency) `admin:create` makes one whose printed one-time password signs in and must be changed.
 */
describe('npm run admin:create', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ seedDemo: false });
  });
  afterAll(() => t.close());

  const login = async (email: string, password: string) => (await t.gql<{ login: { accessToken: string } }>(LOGIN, { input: { email, password } })).data?.login.accessToken;

  it('creates the first ADMIN of an empty production database, with a one-time password printed once', async () => {
    const run = await adminCreate(['First.Admin@hcm.gov.vn', '--name', 'Nguyễn Quản Trị'], { NODE_ENV: 'production', DATABASE_URL: testDatabaseUrl() });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const password = printedPassword(run.stdout);
    expect(password).toMatch(/^[A-Za-z0-9]{4}-[A-Za-z0-9]{4}-[A-Za-z0-9]{4}$/);

    const token = await login('first.admin@hcm.gov.vn', password!);
    expect(token).toBeTruthy();
    const me = await t.gql<{ me: { role: string; mustChangePassword: boolean; fullName: string; unit: { name: string } } }>(ME, {}, { token });
    expect(me.data?.me).toMatchObject({ role: 'ADMIN', mustChangePassword: true, fullName: 'Nguyễn Quản Trị', unit: { name: 'Quản trị hệ thống' } });

    const audit = (await t.dataSource.query(`SELECT action, actor_id, data FROM audit_event WHERE action LIKE 'auth.admin.%'`)) as Array<{
      action: string;
      actor_id: string | null;
      data: Record<string, unknown>;
    }>;
    expect(audit).toEqual([
      expect.objectContaining({ action: 'auth.admin.created', actor_id: null, data: expect.objectContaining({ email: 'first.admin@hcm.gov.vn', via: 'cli' }) }),
    ]);
    // Stored only as a hash.
    const [row] = (await t.dataSource.query(`SELECT password_hash FROM app_user WHERE email = 'first.admin@hcm.gov.vn'`)) as Array<{ password_hash: string }>;
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  }, 120_000);

  it('refuses an existing account unless --reset, which gives a new one-time password and ends its sessions', async () => {
    const env = { DATABASE_URL: testDatabaseUrl() };
    const refused = await adminCreate(['first.admin@hcm.gov.vn'], env);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/already exists.*--reset/s);
    expect(printedPassword(refused.stdout)).toBeUndefined();

    const reset = async () => {
      const run = await adminCreate(['first.admin@hcm.gov.vn', '--reset'], env);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('account reset to ADMIN');
      return printedPassword(run.stdout)!;
    };
    const first = await reset();
    const session = await login('first.admin@hcm.gov.vn', first);
    expect(session).toBeTruthy();
    const second = await reset();
    expect((await t.gql(ME, {}, { token: session })).errors?.[0].extensions?.reason).toBe('SESSION_ENDED');
    expect(await login('first.admin@hcm.gov.vn', first)).toBeUndefined();
    expect(await login('first.admin@hcm.gov.vn', second)).toBeTruthy();

    const bad = await adminCreate(['not-an-email'], env);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/not an e-mail address/);
  }, 240_000);

  it('works on the embedded database of a data directory too (no DATABASE_URL)', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ketqua-admin-'));
    try {
      const run = await adminCreate(['boot@hcm.gov.vn'], { DATABASE_URL: '', KETQUA_DATA_DIR: dataDir });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(printedPassword(run.stdout)).toBeTruthy();
      // Kept in that data directory: a second run finds the account.
      const again = await adminCreate(['boot@hcm.gov.vn'], { DATABASE_URL: '', KETQUA_DATA_DIR: dataDir });
      expect(again.status).toBe(1);
      expect(again.stderr).toMatch(/already exists/);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 300_000);
});
