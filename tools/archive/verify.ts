// npm run archive:verify -- bundle.zip
// Checks an electronic archive bundle offline (docs/ARCHIVE.md): every file against the manifest's
// size and SHA-256, nothing unlisted, every audit event's hash and links, the chain head. Exit 0
// when the bundle verifies, 1 when it does not (each problem printed), 2 on bad usage.
import { verifyArchive } from '@ketqua/api/core';
import { readFileSync } from 'node:fs';

const file = process.argv.slice(2).find((a) => !a.startsWith('--'));
if (!file) {
  process.stderr.write('usage: npm run archive:verify -- bundle.zip\n');
  process.exit(2);
}
const result = verifyArchive(readFileSync(file));
if (result.ok) {
  const what = result.manifest?.what as { period?: { name?: string } } | undefined;
  process.stdout.write(`archive OK: ${file} — ${what?.period?.name ?? ''}; ${result.checkedFiles} files and ${result.checkedEvents} audit events verified\n`);
  process.exit(0);
}
process.stdout.write(`archive BROKEN: ${file}\n${result.problems.map((p) => `  - ${p}`).join('\n')}\n`);
process.exit(1);
