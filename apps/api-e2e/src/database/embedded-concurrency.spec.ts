import { Pool } from 'pg';
import { startChildEmbeddedDatabase, ChildEmbeddedDatabase } from '@ketqua/api/testing';

/**
 * The embedded database serves a whole pool of connections although PGlite has one session:
 * parameterised queries from many connections must not mix, and concurrent transactions must
 * give exactly the results of running them one after another.
 */
describe('embedded PostgreSQL under concurrent requests', () => {
  let db: ChildEmbeddedDatabase;
  let pool: Pool;

  beforeAll(async () => {
    db = await startChildEmbeddedDatabase({ migrated: false });
    pool = new Pool({ connectionString: db.url, max: 10 });
    await pool.query('CREATE TABLE account (id int PRIMARY KEY, balance int NOT NULL)');
    await pool.query('INSERT INTO account VALUES (1, 0)');
  }, 180_000); // a fresh PGlite process: slow to start on a busy machine
  afterAll(async () => {
    await pool.end();
    await db.stop();
  });

  it('answers 2,000 parameterised queries from 10 connections, each with its own value', async () => {
    const results = await Promise.all(Array.from({ length: 2000 }, (_, i) => pool.query<{ v: number; s: string }>('SELECT $1::int AS v, $2::text AS s', [i, `q${i}`])));
    const wrong = results.filter((r, i) => r.rows[0].v !== i || r.rows[0].s !== `q${i}`);
    expect(wrong).toHaveLength(0);
  });

  it('serialises 40 concurrent transactions, half committed and half rolled back, to the exact total', async () => {
    const work = Array.from({ length: 40 }, async (_, i) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const { rows } = await client.query<{ balance: number }>('SELECT balance FROM account WHERE id = $1 FOR UPDATE', [1]);
        await client.query('UPDATE account SET balance = $1 WHERE id = $2', [rows[0].balance + 1, 1]);
        await client.query(i % 2 === 0 ? 'COMMIT' : 'ROLLBACK');
      } finally {
        client.release();
      }
    });
    await Promise.all(work);
    const { rows } = await pool.query<{ balance: number }>('SELECT balance FROM account WHERE id = 1');
    expect(rows[0].balance).toBe(20);
  });

  it('rolls back the transaction of a connection that drops, and keeps serving the others', async () => {
    const client = await pool.connect();
    await client.query('BEGIN');
    await client.query('UPDATE account SET balance = 999 WHERE id = 1');
    client.release(new Error('simulated crash: destroy this connection'));
    const { rows } = await pool.query<{ balance: number }>('SELECT balance FROM account WHERE id = $1', [1]);
    expect(rows[0].balance).toBe(20);
  });
});
