import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { verifyAuditChain } from '@ketqua/api/core';
import { connectTestDatabase, createTestApp, testDatabaseUrl, TestApp } from '@ketqua/api/testing';
import { Client } from 'pg';

const root = join(__dirname, '../../../..');

/** `npm run audit:verify` as an operator runs it, against this worker's database. */
async function runVerifyCommand(): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ['-r', '@swc-node/register', 'tools/audit/verify.ts'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: testDatabaseUrl() },
    });
    return { code: 0, out: stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: e.code, out: e.stdout };
  }
}

describe('audit trail', () => {
  let t: TestApp;
  let db: Client;

  beforeAll(async () => {
    t = await createTestApp();
    db = await connectTestDatabase();
    const hr = await t.login('hr@demo.ketqua.vn');
    const unitId = (await db.query(`SELECT id FROM unit WHERE code = 'CCHC'`)).rows[0].id;
    for (let i = 0; i < 5; i++) {
      const res = await t.gql(
        'mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { id } }',
        { input: { id: unitId, name: `Phòng Cải cách hành chính ${i}` } },
        { token: hr },
      );
      expect(res.errors).toBeUndefined();
    }
  });
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  it('records org changes with who did them, chained by hash', async () => {
    const { rows } = await db.query(`SELECT e.seq, e.action, e.prev_hash, e.hash, u.email FROM audit_event e LEFT JOIN app_user u ON u.id = e.actor_id ORDER BY seq`);
    const updates = rows.filter((r) => r.action === 'org.unit.updated');
    expect(updates).toHaveLength(5);
    expect(updates.every((r) => r.email === 'hr@demo.ketqua.vn')).toBe(true);
    for (let i = 1; i < rows.length; i++) expect(rows[i].prev_hash).toBe(rows[i - 1].hash);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, eventsChecked: rows.length, head: { seq: rows.length, hash: rows[rows.length - 1].hash } });
  });

  it('keeps appends ordered when many changes happen at once', async () => {
    const admin = await t.login('admin@demo.ketqua.vn');
    const units = (await db.query(`SELECT id FROM unit`)).rows.map((r) => r.id as string);
    const results = await Promise.all(
      units.map((id, i) => t.gql('mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { id } }', { input: { id, code: `U${i}` } }, { token: admin })),
    );
    expect(results.every((r) => !r.errors)).toBe(true);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('refuses to update or delete an audit event (append-only)', async () => {
    await expect(db.query(`UPDATE audit_event SET action = 'x' WHERE seq = 1`)).rejects.toThrow(/append-only/);
    await expect(db.query(`DELETE FROM audit_event WHERE seq = 1`)).rejects.toThrow(/append-only/);
  });

  it('npm run audit:verify passes on the true chain and names the event of a tampered row', async () => {
    const good = await runVerifyCommand();
    expect(good.code).toBe(0);
    expect(good.out).toMatch(/audit chain OK: \d+ events verified/);

    // Someone with database rights bypasses the trigger and edits history.
    await db.query('ALTER TABLE audit_event DISABLE TRIGGER USER');
    await db.query(`UPDATE audit_event SET data = '{"changes":{"name":{"from":"a","to":"b"}}}' WHERE seq = 3`);
    await db.query('ALTER TABLE audit_event ENABLE TRIGGER USER');

    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, eventsChecked: 2, brokenAt: { seq: 3 } });
    const bad = await runVerifyCommand();
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('BROKEN at event 3');
  });

  it('detects events removed from the end of the chain', async () => {
    await db.query('ALTER TABLE audit_event DISABLE TRIGGER USER');
    await db.query(`UPDATE audit_event SET data = data WHERE false`);
    const last = (await db.query('SELECT max(seq) AS m FROM audit_event')).rows[0].m;
    await db.query('DELETE FROM audit_event WHERE seq = $1', [last]);
    await db.query('ALTER TABLE audit_event ENABLE TRIGGER USER');
    const result = await verifyAuditChain(db);
    expect(result.ok).toBe(false);
  });
});
