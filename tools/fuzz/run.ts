// npm run fuzz -- [--runs 10000] [--only logWork,createUnit] [--seed 42] [--report tmp/fuzz/report.json]
//
// The full run of the mutation fuzzer: the same properties as npm test's
// apps/api-e2e/src/security/fuzz-mutations.spec.ts (every mutation, every role that may call it,
// real HTTP on a real PostgreSQL: DATABASE_URL, else the embedded database), with `--runs` cases per
// mutation (npm test: KETQUA_FUZZ_RUNS, default in the spec). Prints per mutation the cases sent, how many were accepted and
// refused, the findings (server errors, errors without a code, refusals that changed the
// database) and the refusals only the database's safety net caught. A failure names its seed:
// `--seed <seed>` replays it.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const say = (line = '') => process.stdout.write(`${line}\n`);

const runs = arg('runs', '1000');
const seed = arg('seed', String(Math.floor(Math.random() * 2 ** 31)));
const report = resolve(arg('report', 'tmp/fuzz/report.json'));
const only = arg('only', '');
if (existsSync(report)) rmSync(report);

say(`fuzzing every mutation${only ? ` of ${only}` : ''}: ${runs} cases each, seed ${seed}`);
const started = Date.now();
const jest = spawnSync(process.execPath, [require.resolve('jest/bin/jest'), '--config', 'jest.config.js', '--silent', 'apps/api-e2e/src/security/fuzz-mutations.spec.ts'], {
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, KETQUA_FUZZ_RUNS: runs, KETQUA_FUZZ_SEED: seed, KETQUA_FUZZ_ONLY: only, KETQUA_FUZZ_REPORT: report },
});

interface Finding {
  problem: string;
  role: string;
  kind: string;
  variables: string;
  answer: string;
}
interface Result {
  mutation: string;
  runs: number;
  accepted: number;
  refused: number;
  replayed: number;
  ms: number;
  findings: Finding[];
  safetyNet: Finding[];
  report?: string;
}
if (!existsSync(report)) {
  say('no report written: see the jest output above');
  process.exit(jest.status ?? 1);
}
const { results } = JSON.parse(readFileSync(report, 'utf8')) as { results: Result[] };
const pad = (s: string | number, n: number) => String(s).padEnd(n);
const num = (s: number, n: number) => String(s).padStart(n);
say();
say(`${pad('mutation', 32)}     runs  accepted   refused  replayed  findings  safety-net      s`);
for (const r of results)
  say(
    `${pad(r.mutation, 32)}${num(r.runs, 9)}${num(r.accepted, 10)}${num(r.refused, 10)}${num(r.replayed, 10)}${num(r.findings.length, 10)}${num(r.safetyNet.length, 12)}${num(Math.round(r.ms / 1000), 7)}`,
  );
const total = (f: (r: Result) => number) => results.reduce((a, r) => a + f(r), 0);
say(
  `${pad(`all ${results.length} mutations`, 32)}${num(
    total((r) => r.runs),
    9,
  )}${num(
    total((r) => r.accepted),
    10,
  )}${num(
    total((r) => r.refused),
    10,
  )}${num(
    total((r) => r.replayed),
    10,
  )}${num(
    total((r) => r.findings.length),
    10,
  )}${num(
    total((r) => r.safetyNet.length),
    12,
  )}${num(Math.round(total((r) => r.ms) / 1000), 7)}`,
);
for (const r of results.filter((x) => x.findings.length || x.safetyNet.length)) {
  say();
  say(`${r.mutation}:`);
  for (const f of [...r.findings, ...r.safetyNet].slice(0, 5)) say(`  ${f.problem} as ${f.role} (${f.kind})\n    variables: ${f.variables}\n    answer: ${f.answer}`);
  if (r.report) say(`  ${r.report.split('\n').slice(0, 2).join(' ')}`);
}
say();
say(`seed ${seed}, ${Math.round((Date.now() - started) / 1000)} s; report in ${report}`);
process.exit(jest.status ?? 1);
