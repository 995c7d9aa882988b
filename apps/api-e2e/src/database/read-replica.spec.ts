import { AgencyEntity, pgErrorCode, ReadDatabase, runMigrations } from '@ketqua/api/core';
import { connectTestDatabase, createTestApp, type TestApp, testDatabaseIsEmbedded, testDatabasesReady, testDatabaseUrl } from '@ketqua/api/testing';
import { Client } from 'pg';

/**
 * DATABASE_READ_URL (issue 13): a second database stands in for the streaming replica. Reads made
 * through ReadDatabase outside a transaction go there; writes, transactions and everything else
 * stay on the primary. A real standby has the primary's rows; the stand-in has only its own, which
 * is what shows where each query went. The embedded database has no replica: skipped there.
 */
describe('DATABASE_READ_URL: heavy reads on a replica', () => {
  let embedded = false;
  let t: TestApp;
  let primaryUrl: string;
  let replicaUrl: string;
  let replicaName: string;
  let admin: Client;
  let replica: Client;

  beforeAll(async () => {
    await testDatabasesReady();
    embedded = testDatabaseIsEmbedded();
    if (embedded) return;
    primaryUrl = testDatabaseUrl();
    const u = new URL(primaryUrl);
    replicaName = `${u.pathname.slice(1)}_replica`;
    admin = await connectTestDatabase();
    await admin.query(`DROP DATABASE IF EXISTS "${replicaName}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${replicaName}"`);
    u.pathname = `/${replicaName}`;
    replicaUrl = u.toString();
    await runMigrations({ url: replicaUrl, poolSize: 1, embedded: false });
    replica = new Client({ connectionString: replicaUrl });
    await replica.connect();
    // A row only the stand-in has: whoever finds it read the replica.
    await replica.query(`INSERT INTO agency (code, name, kind, valid_from, version) VALUES ('RPL', 'Chỉ có ở bản sao', 'DEPARTMENT', '2026-01-01', 1)`);
    t = await createTestApp({ seedDemo: true, env: { DATABASE_URL: primaryUrl, DATABASE_READ_URL: replicaUrl } });
  }, 120_000);

  afterAll(async () => {
    if (embedded) return;
    await t?.close();
    await replica?.end();
    await admin?.query(`DROP DATABASE IF EXISTS "${replicaName}" WITH (FORCE)`);
    await admin?.end();
  });

  const count = async (c: Client, sql: string) => Number((await c.query<{ n: string }>(sql)).rows[0].n);

  it('sends ReadDatabase reads to the replica, by SQL and by entity, and everything else to the primary', async () => {
    if (embedded) return;
    const read = t.app.get(ReadDatabase);
    expect(read.onReplica).toBe(true);
    expect((await read.query<{ db: string }>(`SELECT current_database() AS db`))[0].db).toBe(replicaName);
    expect(await read.query(`SELECT name FROM agency WHERE code = 'RPL'`)).toEqual([{ name: 'Chỉ có ở bản sao' }]);
    expect(await read.manager.getRepository(AgencyEntity).countBy({ code: 'RPL' })).toBe(1);
    // The application's own data source (repositories, the sign-in, scope checks) is the primary.
    expect(await t.dataSource.query(`SELECT name FROM agency WHERE code = 'RPL'`)).toEqual([]);
    expect(Number((await t.dataSource.query(`SELECT count(*) AS n FROM app_user`))[0].n)).toBeGreaterThan(0);
  });

  it('writes never reach the replica: the demo seed, a sign-in and a mutation land on the primary only', async () => {
    if (embedded) return;
    const token = await t.login('admin@demo.ketqua.vn');
    const res = await t.gql<{ createAgency: { id: string } }>(
      `mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`,
      { input: { code: 'PRI', name: 'Sở ghi vào bản chính', kind: 'DEPARTMENT', validFrom: '2026-01-01' } },
      { token },
    );
    expect(res.errors).toBeUndefined();
    const primary = await connectTestDatabase();
    try {
      expect(await count(primary, `SELECT count(*) AS n FROM agency WHERE code = 'PRI'`)).toBe(1);
      expect(await count(primary, `SELECT count(*) AS n FROM session`)).toBeGreaterThan(0);
    } finally {
      await primary.end();
    }
    expect(await count(replica, `SELECT count(*) AS n FROM agency WHERE code = 'PRI'`)).toBe(0);
    expect(await count(replica, `SELECT count(*) AS n FROM app_user`)).toBe(0);
    expect(await count(replica, `SELECT count(*) AS n FROM session`)).toBe(0);
    expect(await count(replica, `SELECT count(*) AS n FROM audit_event`)).toBe(0);
  });

  it('refuses a write sent through ReadDatabase: its connection is read-only, as a standby is', async () => {
    if (embedded) return;
    const error = await t.app
      .get(ReadDatabase)
      .query(`INSERT INTO agency (code, name, kind, valid_from, version) VALUES ('BAD', 'x', 'DEPARTMENT', '2026-01-01', 1)`)
      .catch((e: unknown) => e);
    expect(pgErrorCode(error)).toBe('25006'); // read_only_sql_transaction
    expect(await count(replica, `SELECT count(*) AS n FROM agency WHERE code = 'BAD'`)).toBe(0);
  });

  it('keeps transactions on the primary: inside one, a ReadDatabase read joins it and sees its uncommitted writes', async () => {
    if (embedded) return;
    const read = t.app.get(ReadDatabase);
    const seen = await t.dataSource.transaction(async (tx) => {
      await tx.query(`INSERT INTO agency (code, name, kind, valid_from, version) VALUES ('TXN', 'Trong giao dịch', 'DEPARTMENT', '2026-01-01', 1)`);
      return {
        db: (await read.query<{ db: string }>(`SELECT current_database() AS db`))[0].db,
        rows: await read.query(`SELECT code FROM agency WHERE code = 'TXN'`),
        byEntity: await read.manager.getRepository(AgencyEntity).countBy({ code: 'TXN' }),
      };
    });
    expect(seen).toEqual({ db: new URL(primaryUrl).pathname.slice(1), rows: [{ code: 'TXN' }], byEntity: 1 });
    expect(await count(replica, `SELECT count(*) AS n FROM agency WHERE code = 'TXN'`)).toBe(0);
  });

  it('without DATABASE_READ_URL reads the primary', async () => {
    if (embedded) return;
    const plain = new ReadDatabase(t.dataSource, { url: primaryUrl, poolSize: 1, embedded: false });
    await plain.onModuleInit();
    expect(plain.onReplica).toBe(false);
    expect(plain.source).toBe(t.dataSource);
    expect(await plain.query(`SELECT name FROM agency WHERE code = 'RPL'`)).toEqual([]);
  });
});
