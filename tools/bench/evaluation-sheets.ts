// node -r @swc-node/register tools/bench/evaluation-sheets.ts
// The printed-sheet figures of issue 11: one evaluation sheet PDF (target ≤ 300 ms), a unit ZIP of 60
// sheets (≤ 15 s) and the ZIP's memory (peak RSS sampled every 20 ms while the ZIP streams into a sink,
// 60 vs 240 sheets: flat memory means the peak does not grow with the count). Renders through the
// same code as the HTTP routes (sheetData → renderSheet, zipSheets with lazy entries); the database
// reads of a sheet (a handful of primary-key lookups) are not part of these figures.
import { buildRecord, renderSheet, sheetData, SheetInputs, toBuffer, zipSheets } from '@ketqua/api/evaluation';
import { DEFAULT_RULE_SET } from '@ketqua/domain';
import { cpus, loadavg } from 'node:os';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

const general = DEFAULT_RULE_SET.congChuc.generalCriteria.map((c) => ({ code: c.code, points: c.maxPoints - 1 }));
const facts = Array.from({ length: 12 }, (_, i) => ({
  assignmentId: `a${i}`,
  title: `Thẩm định hồ sơ, dự thảo văn bản số ${i + 1} về tuyển dụng, nâng ngạch công chức`,
  sourceDocument: `${100 + i}/SNV-CCVC`,
  status: 'ACCEPTED',
  deadlineDate: '2026-10-20',
  expectedUnits: 3,
  deliveredUnits: i % 4 === 0 ? 2 : 3,
  majorErrorReturns: i % 5 === 0 ? [{ reference: `trả lại ${i}`, waiver: null }] : [],
  missedDeadlines: i % 3 === 0 ? [{ reference: `hạn ${i}`, waiver: { cause: 'Mất điện diện rộng', confirmedBy: 'Công văn 12/UBND' } }] : [],
}));

function inputs(n: number): SheetInputs {
  const record = buildRecord({
    regime: 'CONG_CHUC',
    isLeader: false,
    ruleSet: DEFAULT_RULE_SET,
    facts,
    generalScores: general,
    overrides: null,
    scheduledWorkingDays: 22,
    workedDays: 21,
    decidedGrade: null,
    gradeChangeReason: null,
  });
  return {
    evaluation: {
      regime: 'CONG_CHUC',
      status: 'PUBLISHED',
      revision: 1,
      selfScores: general,
      generalScores: general,
      proposedGrade: 'HOAN_THANH_TOT',
      selfAssessmentText: 'Hoàn thành đầy đủ các nhiệm vụ được giao. '.repeat(6),
      headComment: 'Có tinh thần trách nhiệm, cần bảo đảm tiến độ.',
      verificationCode: `KQ-${n}`,
    },
    record,
    ruleSet: DEFAULT_RULE_SET,
    names: {
      official: `Nguyễn Thị Phượng ${n}`,
      position: 'Chuyên viên',
      unit: 'Phòng Công chức viên chức',
      agency: 'Sở Nội vụ',
      period: 'Tháng 10/2026',
      periodStartsOn: '2026-10-01',
      periodEndsOn: '2026-10-31',
      evaluator: 'Nguyễn Văn Minh',
      acting: null,
      approver: 'Trần Thị Bích Ngọc',
    },
    date: '2026-11-12',
  };
}

const at = new Date('2026-11-12T02:00:00Z');
const mb = (b: number) => (b / 1024 / 1024).toFixed(1);

async function oneSheet(): Promise<void> {
  for (let i = 0; i < 3; i++) await toBuffer(renderSheet(sheetData(inputs(i)), at));
  const times: number[] = [];
  const cpu: number[] = [];
  let size = 0;
  for (let i = 0; i < 30; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    size = (await toBuffer(renderSheet(sheetData(inputs(i)), at))).length;
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  console.log(
    `one sheet PDF (12 assignments, 2 pages, ${(size / 1024).toFixed(0)} KB): wall median ${times[15].toFixed(0)} ms, p95 ${times[28].toFixed(0)} ms; CPU median ${cpu[15].toFixed(0)} ms, p95 ${cpu[28].toFixed(0)} ms (load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores)`,
  );
}

async function zipOf(count: number): Promise<void> {
  global.gc?.();
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  let bytes = 0;
  const sink = new Writable({ write: (chunk: Buffer, _enc, done) => ((bytes += chunk.length), done()) });
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  await pipeline(
    zipSheets(
      Array.from({ length: count }, (_, i) => ({ fileName: `${String(i + 1).padStart(3, '0')}-phieu.pdf`, render: async () => renderSheet(sheetData(inputs(i)), at) })),
      at,
    ),
    sink,
  );
  const took = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(
    `unit ZIP of ${count} sheets: wall ${took.toFixed(1)} s, CPU ${((c.user + c.system) / 1e6).toFixed(1)} s, ${mb(bytes)} MB, RSS before ${mb(base)} MB, peak ${mb(peak)} MB (+${mb(peak - base)} MB)`,
  );
}

async function main(): Promise<void> {
  await oneSheet();
  if (process.argv.includes('--sheet-only')) return;
  await zipOf(60);
  await zipOf(240);
  await zipOf(60);
}

void main();
