// npm run audit:anchor [-- --file <path>] — verifies the chain (against the anchors already in the
// file), then appends its head as one JSON line {"seq","hash","at"} and prints that line. Keep the
// file (or the printed lines) where the database's administrators cannot rewrite it; later,
// `npm run audit:verify -- --anchors <file>` fails when the chain no longer contains one.
// The file: --file, else AUDIT_ANCHORS_FILE, else KETQUA_DATA_DIR/audit-anchors.jsonl.
import { appendFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, readAnchors, report, runCli, verifyWithConfig } from './chain-cli';

runCli(async () => {
  const { values } = parseArgs({ options: { file: { type: 'string' } } });
  const config = loadConfig();
  const file = resolve(values.file ?? process.env['AUDIT_ANCHORS_FILE'] ?? join(config.KETQUA_DATA_DIR, 'audit-anchors.jsonl'));
  const anchors = existsSync(file) ? readAnchors([file]) : [];
  const result = await verifyWithConfig(config, anchors);
  if (!result.ok || !result.head) {
    // Anchoring a broken chain would vouch for it.
    process.stdout.write(report(result, anchors.length));
    return 1;
  }
  const line = JSON.stringify({ seq: result.head.seq, hash: result.head.hash, at: new Date().toISOString() });
  mkdirSync(dirname(file), { recursive: true });
  appendFileSync(file, `${line}\n`);
  process.stdout.write(`${line}\n`);
  process.stderr.write(`audit:anchor: head appended to ${file}\n`);
  return 0;
}, 'audit:anchor');
