// npm run audit:verify — recomputes the audit hash chain; exits 1 and names the first broken event.
// Uses DATABASE_URL, else the embedded database in KETQUA_DATA_DIR (sharing a running server's).
import 'reflect-metadata';
import { Client } from 'pg';
import { loadAppConfig, loadDotEnv, openDatabase, verifyAuditChain } from '@ketqua/api/core';

loadDotEnv();

async function main(): Promise<number> {
  const database = await openDatabase(loadAppConfig(), { shareRunning: true });
  const client = new Client({ connectionString: database.settings.url });
  await client.connect();
  try {
    const result = await verifyAuditChain(client);
    if (result.ok) {
      process.stdout.write(`audit chain OK: ${result.eventsChecked} events verified\n`);
      return 0;
    }
    process.stdout.write(`audit chain BROKEN at event ${result.brokenAt?.seq}: ${result.brokenAt?.reason} (${result.eventsChecked} events before it verified)\n`);
    return 1;
  } finally {
    await client.end();
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`audit:verify failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
