import { AfterCommit } from '@ketqua/api/core';
import { createTestApp, type TestApp } from '@ketqua/api/testing';

/**
 * A service that reads through the data source while a transaction is open (a scope or calendar
 * lookup that was not handed the transaction's manager) must join that transaction: on the
 * embedded database a second connection would wait for the transaction forever.
 */
describe('queries made inside a transaction', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ seedDemo: false });
  });
  afterAll(() => t?.close());

  const setting = (q: { query: (sql: string) => Promise<Array<{ v: string }>> }) => q.query(`SELECT current_setting('application_name') AS v`).then((r) => r[0].v);

  it('join the open transaction instead of waiting for it, and see its uncommitted state', async () => {
    const outside = await setting(t.dataSource);
    const seen = await t.dataSource.transaction(async (tx) => {
      await tx.query(`SET LOCAL application_name = 'ketqua-tx-test'`);
      const [viaDataSource, viaRepositoryManager] = await Promise.all([setting(t.dataSource), setting(t.dataSource.manager)]);
      return { viaDataSource, viaRepositoryManager };
    });
    expect(seen).toEqual({ viaDataSource: 'ketqua-tx-test', viaRepositoryManager: 'ketqua-tx-test' });
    expect(await setting(t.dataSource)).toBe(outside);
  });

  it('make a transaction opened inside another a savepoint: its rollback keeps the outer work, side effects wait for the outer commit', async () => {
    const afterCommit = t.app.get(AfterCommit);
    const ran: string[] = [];
    await t.dataSource.query('CREATE TABLE IF NOT EXISTS tx_probe (label text)');
    await t.dataSource.transaction(async (tx) => {
      await tx.query(`INSERT INTO tx_probe VALUES ('outer')`);
      afterCommit.run(tx, () => void ran.push('outer committed'));
      await t.dataSource
        .transaction(async (inner) => {
          await inner.query(`INSERT INTO tx_probe VALUES ('inner')`);
          throw new Error('inner fails');
        })
        .catch(() => undefined);
      await t.dataSource.transaction((inner) => inner.query(`INSERT INTO tx_probe VALUES ('second inner')`));
      expect(ran).toEqual([]);
    });
    await afterCommit.drain();
    expect(ran).toEqual(['outer committed']);
    expect((await t.dataSource.query('SELECT label FROM tx_probe ORDER BY label')).map((r: { label: string }) => r.label)).toEqual(['outer', 'second inner']);
    await t.dataSource.query('DROP TABLE tx_probe');
  });
});
