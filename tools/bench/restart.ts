// npm run bench:restart -- [--clients 8] [--seconds 40] [--restarts 3]
//
// PostgreSQL restarted mid-load (issue 14, Reliability): the API (the whole composition, jobs on)
// on a private PostgreSQL 15 cluster with the demo, `--clients` writers (logWork as an official,
// createAssignment as the head, the bell between writes; libs/api/testing/src/write-ledger.ts)
// recording every write the API acknowledged, and `pg_ctl restart -m fast` `--restarts` times
// spread over `--seconds`. Then: acknowledged writes lost and duplicated (both must be 0), answers
// that would sign someone out (must be 0), the recovery time of each restart (until /health is
// 200 again), and whether pg-boss runs a job queued after the last restart. Exits 1 on a failure.
import 'reflect-metadata';
import { Client } from 'pg';
import { JobQueue } from '@ketqua/api/core';
import { checkLedger, createTestApp, runLedgerWriters, startPrivatePostgres, waitHealthy } from '@ketqua/api/testing';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const say = (line = '') => process.stdout.write(`${line}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main(): Promise<number> {
  const clients = Number(arg('clients', '8'));
  const seconds = Number(arg('seconds', '40'));
  const restarts = Number(arg('restarts', '3'));
  const pg = await startPrivatePostgres({ name: 'bench-restart' });
  try {
    const t = await createTestApp({ databaseUrl: pg.url, env: { JOBS_ENABLED: 'true', DATABASE_POOL_SIZE: '10' } });
    try {
      const officialToken = await t.login('official@demo.ketqua.vn');
      const headToken = await t.login('head@demo.ketqua.vn');
      const me = await t.gql<{ me: { id: string } }>(`{ me { id } }`, {}, { token: officialToken });
      const tag = `bench${Date.now()}`;
      say(`private PostgreSQL 15 on port ${pg.port}; ${clients} writers for ${seconds} s, ${restarts} restart(s) (pg_ctl restart -m fast)`);
      let stop = false;
      const writers = runLedgerWriters({ apiUrl: t.url, officialToken, headToken, officialId: me.data!.me.id }, { clients, until: () => stop, tag });
      const recoveries: number[] = [];
      const gap = (seconds * 1000) / (restarts + 1);
      for (let r = 0; r < restarts; r++) {
        await sleep(gap);
        const started = performance.now();
        await pg.restart();
        const down = performance.now() - started;
        await waitHealthy(t.url, 30_000);
        const recovered = performance.now() - started;
        recoveries.push(recovered);
        say(`  restart ${r + 1}: server back after ${Math.round(down)} ms, API healthy after ${Math.round(recovered)} ms`);
      }
      await sleep(gap);
      stop = true;
      const ledger = await writers;
      const check = await checkLedger(pg.url, ledger, tag);

      const jobId = await t.app.get(JobQueue).send('pilot.spot-checks.sweep', {});
      const db = new Client({ connectionString: pg.url });
      await db.connect();
      let state = '';
      const jobStarted = performance.now();
      for (let i = 0; i < 120 && state !== 'completed'; i++) {
        state = (await db.query<{ state: string }>('SELECT state FROM pgboss.job WHERE id = $1', [jobId])).rows[0]?.state ?? '';
        if (state !== 'completed') await sleep(250);
      }
      await db.end();

      say('');
      say(
        `acknowledged writes: ${check.acknowledged} (${ledger.acknowledged.filter((e) => e.kind === 'logWork').length} logWork, ${ledger.acknowledged.filter((e) => e.kind === 'createAssignment').length} createAssignment); reads: ${ledger.reads}`,
      );
      say(`lost: ${check.lost.length}   duplicated: ${check.duplicated.length}   unacknowledged but stored: ${check.unacknowledgedStored} of ${ledger.unacknowledged.length}`);
      say(
        `answers: ${Object.entries(ledger.answers)
          .map(([k, v]) => `${k} × ${v}`)
          .join(', ')}`,
      );
      say(`UNAUTHENTICATED answers: ${ledger.unauthenticated}; 503 without Retry-After: ${ledger.missingRetryAfter}; writes retried after a safe 503: ${ledger.retried}`);
      say(`recovery (restart command to /health 200): ${recoveries.map((r) => `${(r / 1000).toFixed(2)} s`).join(', ')}; max ${(Math.max(...recoveries) / 1000).toFixed(2)} s`);
      say(`job queued after the restarts: ${state || 'not found'} in ${Math.round(performance.now() - jobStarted)} ms`);
      const ok =
        !check.lost.length && !check.duplicated.length && !ledger.unauthenticated && !ledger.missingRetryAfter && state === 'completed' && Math.max(...recoveries) < 10_000;
      say(ok ? 'OK' : 'FAILED');
      return ok ? 0 : 1;
    } finally {
      await t.close();
    }
  } finally {
    await pg.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench:restart failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(2);
  },
);
