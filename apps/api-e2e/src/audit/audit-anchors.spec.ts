import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { auditEventHash } from '@ketqua/api/core';
import { connectTestDatabase, createTestApp, testDatabaseUrl, TestApp } from '@ketqua/api/testing';
import { Client } from 'pg';

const root = join(__dirname, '../../../..');

/** `npm run audit:<command> -- <args>` as an operator runs it, against this worker's database. */
async function runAuditCommand(command: 'verify' | 'anchor', args: string[] = []): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ['-r', '@swc-node/register', `tools/audit/${command}.ts`, ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: testDatabaseUrl() },
    });
    return { code: 0, out: stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: e.code, out: e.stdout };
  }
}

const UPDATE_UNIT = 'mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { id } }';

/**
 * Issue 10 §5: the two attacks on the chain that verified anyway, caught by anchors kept outside
 * the database, and the head table guarded by trigger like audit_event.
 */
describe('audit chain anchors and head', () => {
  let t: TestApp;
  let db: Client;
  let hr: string;
  let unitId: string;
  let dir: string;

  const head = async () => {
    const row = (await db.query('SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1')).rows[0];
    return { seq: Number(row.last_seq), hash: row.last_hash as string };
  };
  const change = async (times: number) => {
    for (let i = 0; i < times; i++) {
      const res = await t.gql(UPDATE_UNIT, { input: { id: unitId, name: `Phòng Cải cách hành chính ${Date.now()}-${i}` } }, { token: hr });
      expect(res.errors).toBeUndefined();
    }
  };
  /** Someone who owns the database turns the triggers off for the length of `work`. */
  const asDatabaseOwner = async (work: () => Promise<void>) => {
    await db.query('ALTER TABLE audit_event DISABLE TRIGGER USER');
    await db.query('ALTER TABLE audit_chain_head DISABLE TRIGGER USER');
    try {
      await work();
    } finally {
      await db.query('ALTER TABLE audit_chain_head ENABLE TRIGGER USER');
      await db.query('ALTER TABLE audit_event ENABLE TRIGGER USER');
    }
  };

  beforeAll(async () => {
    t = await createTestApp();
    db = await connectTestDatabase();
    hr = await t.login('hr@demo.ketqua.vn');
    unitId = (await db.query(`SELECT id FROM unit WHERE code = 'CCHC'`)).rows[0].id;
    await change(6);
    dir = mkdtempSync(join(tmpdir(), 'ketqua-anchors-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await db.end();
    await t.close();
  });

  it('audit:verify prints the head; audit:anchor appends it to the anchors file, and verify checks every anchor', async () => {
    const before = await head();
    expect(before.seq).toBeGreaterThanOrEqual(6);
    const verified = await runAuditCommand('verify');
    expect(verified.code).toBe(0);
    expect(verified.out).toContain(`head: seq ${before.seq}, hash ${before.hash}`);

    const file = join(dir, 'daily.jsonl');
    const first = await runAuditCommand('anchor', ['--file', file]);
    expect(first.code).toBe(0);
    await change(2);
    const second = await runAuditCommand('anchor', ['--file', file]);
    expect(second.code).toBe(0);
    const anchors = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(anchors).toEqual([
      { seq: before.seq, hash: before.hash, at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) },
      { seq: before.seq + 2, hash: (await head()).hash, at: expect.any(String) },
    ]);
    expect(JSON.parse(second.out.trim())).toEqual(anchors[1]);

    const checked = await runAuditCommand('verify', ['--anchors', file]);
    expect(checked.code).toBe(0);
    expect(checked.out).toContain('anchors: all 2 still in the chain');
  });

  it('the database refuses to move the head back, to a hash that is not the event, or to delete or truncate it', async () => {
    const h = await head();
    const earlier = (await db.query('SELECT hash FROM audit_event WHERE seq = $1', [h.seq - 1])).rows[0].hash;
    await expect(db.query('UPDATE audit_chain_head SET last_seq = $1, last_hash = $2 WHERE id = 1', [h.seq - 1, earlier])).rejects.toThrow(/only moves forward/);
    await expect(db.query(`UPDATE audit_chain_head SET last_seq = last_seq + 1, last_hash = repeat('f', 64) WHERE id = 1`)).rejects.toThrow(/only moves forward/);
    await expect(db.query('DELETE FROM audit_chain_head')).rejects.toThrow(/only moves forward/);
    await expect(db.query('TRUNCATE audit_chain_head')).rejects.toThrow(/only moves forward/);
    expect(await head()).toEqual(h);
    // Appending still moves it forward.
    await change(1);
    expect((await head()).seq).toBe(h.seq + 1);
    expect((await runAuditCommand('verify')).code).toBe(0);
  });

  it('events cut from the end with the head rolled back verify on their own, and fail against an earlier anchor', async () => {
    const file = join(dir, 'cut.jsonl');
    expect((await runAuditCommand('anchor', ['--file', file])).code).toBe(0);
    const anchor = JSON.parse(readFileSync(file, 'utf8').trim());

    await asDatabaseOwner(async () => {
      await db.query('DELETE FROM audit_event WHERE seq > $1', [anchor.seq - 2]);
      await db.query('UPDATE audit_chain_head SET last_seq = seq, last_hash = hash FROM audit_event WHERE seq = $1', [anchor.seq - 2]);
    });

    const alone = await runAuditCommand('verify');
    expect(alone.code).toBe(0);
    expect(alone.out).toContain(`head: seq ${anchor.seq - 2}`);

    const against = await runAuditCommand('verify', ['--anchors', file]);
    expect(against.code).toBe(1);
    expect(against.out).toContain(`BROKEN at event ${anchor.seq}: the anchor of ${anchor.at} (event ${anchor.seq}) is past the end of the chain`);
    // Nor will it anchor the shortened chain over the anchors it contradicts.
    expect((await runAuditCommand('anchor', ['--file', file])).code).toBe(1);
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(1);
  });

  it('an event rewritten with every hash after it recomputed verifies on its own, and fails against an earlier anchor', async () => {
    const file = join(dir, 'rewrite.jsonl');
    expect((await runAuditCommand('anchor', ['--file', file])).code).toBe(0);
    const anchor = JSON.parse(readFileSync(file, 'utf8').trim());

    await asDatabaseOwner(async () => {
      const { rows } = await db.query('SELECT seq, occurred_at, actor_id, action, entity_type, entity_id, data, prev_hash FROM audit_event WHERE seq >= 3 ORDER BY seq');
      let prev = rows[0].prev_hash as string;
      for (const row of rows) {
        const data = Number(row.seq) === 3 ? { changes: { name: { from: 'a', to: 'b' } } } : row.data;
        const hash = auditEventHash(prev, {
          seq: Number(row.seq),
          occurredAt: new Date(row.occurred_at),
          actorId: row.actor_id,
          action: row.action,
          entityType: row.entity_type,
          entityId: row.entity_id,
          data,
        });
        await db.query('UPDATE audit_event SET data = $2, prev_hash = $3, hash = $4 WHERE seq = $1', [row.seq, JSON.stringify(data), prev, hash]);
        prev = hash;
      }
      await db.query('UPDATE audit_chain_head SET last_hash = $1 WHERE id = 1', [prev]);
    });

    const alone = await runAuditCommand('verify');
    expect(alone.code).toBe(0);

    const against = await runAuditCommand('verify', ['--anchors', file]);
    expect(against.code).toBe(1);
    expect(against.out).toContain(`BROKEN at event ${anchor.seq}: the anchor of ${anchor.at} says event ${anchor.seq} has hash ${anchor.hash}`);
    expect(against.out).toContain('history was rewritten');
  });
});
