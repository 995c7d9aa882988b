// npm run audit:verify [-- --anchors <file> ...] — recomputes the audit hash chain and prints its
// head (seq and hash). Exits 1 and names the first broken event, or the earlier anchor (from
// `npm run audit:anchor`) the chain no longer contains: a chain cut short or rewritten and
// re-hashed verifies on its own, but not against an anchor taken before.
// Uses DATABASE_URL, else the embedded database in KETQUA_DATA_DIR (sharing a running server's).
import { parseArgs } from 'node:util';
import { loadConfig, readAnchors, report, runCli, verifyWithConfig } from './chain-cli';

runCli(async () => {
  const { values } = parseArgs({ options: { anchors: { type: 'string', multiple: true } } });
  const anchors = readAnchors(values.anchors ?? []);
  const result = await verifyWithConfig(loadConfig(), anchors);
  process.stdout.write(report(result, anchors.length));
  return result.ok ? 0 : 1;
}, 'audit:verify');
