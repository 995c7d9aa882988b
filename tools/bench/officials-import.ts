// npm run bench:officials-import -- [--city tmp/city.json] [--lines 5000] [--runs 3]
// On a generated city (npm run generate:city, same DATABASE_URL), boots the API over HTTP and, as the
// city's admin, sends importOfficials with a CSV of --lines new officials spread over the agency's
// units (the dashboard's import sends the same mutation), then the same file again (every line now
// updates an existing account). Prints the wall time of each request. Target: 5,000 lines ≤ 2 s
// (issue 13). The imported accounts (emails bench.import.*) are deleted before and after.
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ensureJwtSecret, loadAppConfig, loadDotEnv, openDatabase } from '@ketqua/api/core';
import { configureHttp, KetquaApiModule } from '@ketqua/api/shell';
import { DataSource } from 'typeorm';
import { benchClient, benchSignIn } from './bench-client';

loadDotEnv();

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};

interface City {
  password: string;
  ids: { agencyId: string; adminEmail: string };
}

const IMPORTS = `mutation($input: ImportOfficialsInput!) { importOfficials(input: $input) { created updated linesRead } }`;

async function main(): Promise<void> {
  if (process.env['NODE_ENV'] === 'production') throw new Error('the bench refuses to run when NODE_ENV=production');
  const city = JSON.parse(readFileSync(resolve(arg('city', 'tmp/city.json')), 'utf8')) as City;
  const lines = Number(arg('lines', '5000'));
  const runs = Number(arg('runs', '3'));
  const config = ensureJwtSecret(loadAppConfig());
  config.JOBS_ENABLED = false;
  const database = await openDatabase(config, { shareRunning: true });
  const app = await NestFactory.create<NestExpressApplication>(KetquaApiModule.forRoot({ config, database: database.settings }), { logger: ['error', 'warn'] });
  configureHttp(app, config);
  await app.listen(0, '127.0.0.1');
  const ds = app.get(DataSource);
  const cleanUp = () => ds.query(`DELETE FROM app_user WHERE email LIKE 'bench.import.%'`);
  try {
    await cleanUp();
    const { url, post } = benchClient(app);
    const token = await benchSignIn(url, city.ids.adminEmail, city.password);
    const units: Array<{ code: string }> = await ds.query(`SELECT code FROM unit WHERE agency_id = $1 AND active ORDER BY code`, [city.ids.agencyId]);
    const names = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Hoàng Cường', 'Phạm Thu Dung', 'Hoàng Minh Đức', 'Võ Thị Hạnh'];
    const csv = (suffix: string) =>
      ['email,full_name,staff_category,unit_code,role,is_leader']
        .concat(
          Array.from(
            { length: lines },
            (_, i) => `bench.import.${i}@city.ketqua.vn,${names[i % names.length]} ${suffix}${i},công chức,${units[i % units.length].code},OFFICIAL,không`,
          ),
        )
        .join('\n');
    const times: string[] = [];
    for (let run = 0; run < runs; run++) {
      // Odd runs change every name, so each line really updates its account.
      const started = performance.now();
      const answer = await post({ query: IMPORTS, variables: { input: { agencyId: city.ids.agencyId, csv: csv(run % 2 ? 'B' : 'A') } } }, token);
      const elapsed = performance.now() - started;
      if (answer.errors) throw new Error(JSON.stringify(answer.errors).slice(0, 2000));
      const result = answer.data?.['importOfficials'] as { created: number; updated: number };
      times.push(`run ${run + 1}: ${result.created} created, ${result.updated} updated in ${elapsed.toFixed(0)} ms`);
    }
    process.stdout.write(`importOfficials, ${lines} lines over ${units.length} units (target ≤ 2,000 ms)\n  ${times.join('\n  ')}\n`);
  } finally {
    await cleanUp();
    await app.close();
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
