// Shared by audit:verify and audit:anchor: open the database as the server does, verify, report.
import 'reflect-metadata';
import { existsSync, readFileSync } from 'node:fs';
import { Client } from 'pg';
import { AppConfig, AuditAnchor, AuditVerification, loadAppConfig, loadDotEnv, openDatabase, parseAuditAnchors, verifyAuditChain } from '@ketqua/api/core';

export function readAnchors(files: string[]): AuditAnchor[] {
  return files.flatMap((file) => {
    if (!existsSync(file)) throw new Error(`no anchors file ${file}`);
    return parseAuditAnchors(readFileSync(file, 'utf8'), file);
  });
}

/** The server's configuration (.env included), so the commands find the database it uses. */
export function loadConfig(): AppConfig {
  loadDotEnv();
  return loadAppConfig();
}

/** Verifies the chain (and the anchors) on DATABASE_URL, else the embedded database in KETQUA_DATA_DIR. */
export async function verifyWithConfig(config: AppConfig, anchors: AuditAnchor[]): Promise<AuditVerification> {
  const database = await openDatabase(config, { shareRunning: true });
  const client = new Client({ connectionString: database.settings.url });
  await client.connect();
  try {
    return await verifyAuditChain(client, { anchors });
  } finally {
    await client.end();
    await database.close();
  }
}

/** What an operator reads, and an archive can compare: the verdict, then the head. */
export function report(result: AuditVerification, anchorCount: number): string {
  const lines = result.ok
    ? [`audit chain OK: ${result.eventsChecked} events verified`]
    : [`audit chain BROKEN at event ${result.brokenAt?.seq}: ${result.brokenAt?.reason} (${result.eventsChecked} events before it verified)`];
  if (result.head) lines.push(`head: seq ${result.head.seq}, hash ${result.head.hash}`);
  if (result.ok && anchorCount) lines.push(`anchors: all ${anchorCount} still in the chain`);
  return `${lines.join('\n')}\n`;
}

export function runCli(main: () => Promise<number>, name: string): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${name} failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(2);
    },
  );
}
