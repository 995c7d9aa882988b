import { buildRecord } from '@ketqua/api/evaluation';
import { DEFAULT_RULE_SET, GeneralCriterionScore } from '@ketqua/domain';
import { TestApp } from '@ketqua/api/testing';
import { request } from 'node:http';

/** The period and evaluations the sheet tests print: set up as rows, as the period and flow slices would write them. */
export interface SheetsWorld {
  periodId: string;
  unitId: string;
  /** Evaluation id by the part of the official's email before @. */
  evaluation: Record<string, string>;
  code: string;
}

export const CODE = 'KQ-7F3M-9X2P';

const GENERAL: GeneralCriterionScore[] = DEFAULT_RULE_SET.congChuc.generalCriteria.map((c) => ({ code: c.code, points: c.maxPoints }));

/** A full name with its diacritics decomposed (NFD), as text that bypassed the validation pipe would be stored. */
export const DECOMPOSED_NAME = 'Lê Thị Hồng Nhung'.normalize('NFD');

/**
 * Tháng 10/2026 of Sở Nội vụ; an evaluation for each official of Phòng Công chức viên chức (evaluator
 * head@): official@ published with a verification code and its revision (record by buildRecord),
 * bui.quoc.bao approved (a draft), the others awaiting their self-assessment. Two frozen facts each.
 */
export async function seedSheets(t: TestApp): Promise<SheetsWorld> {
  const q = (sql: string, params: unknown[] = []) => t.dataSource.query(sql, params);
  const [unit] = await q(`SELECT u.id, u.agency_id FROM unit u JOIN agency a ON a.id = u.agency_id WHERE a.code = 'SNV' AND u.code = 'CCVC'`);
  const [head] = await q(`SELECT id FROM app_user WHERE email = 'head@demo.ketqua.vn'`);
  const [hr] = await q(`SELECT id FROM app_user WHERE email = 'hr@demo.ketqua.vn'`);
  const [period] = await q(
    `INSERT INTO evaluation_period (kind, year, number, starts_on, ends_on, agency_id, name, status, self_assessment_until, head_scoring_until, publish_until, cut_off_at, version)
     VALUES ('MONTH', 2026, 10, '2026-10-01', '2026-10-31', $1, 'Tháng 10/2026', 'OPEN', '2026-11-05', '2026-11-10', '2026-11-15', '2026-11-01T00:00:00+07:00', 1) RETURNING id`,
    [unit.agency_id],
  );
  await q(`UPDATE app_user SET full_name = $1 WHERE email = 'official@demo.ketqua.vn'`, [DECOMPOSED_NAME]);
  const people: { id: string; email: string; position_id: string | null }[] = await q(
    `SELECT id, email, position_id FROM app_user WHERE unit_id = $1 AND id <> $2 AND active ORDER BY email`,
    [unit.id, head.id],
  );
  const evaluation: Record<string, string> = {};
  for (const p of people) {
    const who = p.email.split('@')[0];
    const status = who === 'official' ? 'PUBLISHED' : who === 'bui.quoc.bao' ? 'APPROVED' : 'AWAITING_SELF_ASSESSMENT';
    const decided = status === 'AWAITING_SELF_ASSESSMENT' ? null : GENERAL;
    const published = status === 'PUBLISHED';
    const [row] = await q(
      `INSERT INTO evaluation (period_id, official_id, unit_id, agency_id, position_id, task_group, regime, is_leader, evaluator_id, evaluator_level, status, revision,
         rule_set_version, scheduled_working_days, worked_days, self_assessment_text, self_scores, proposed_grade, general_scores, head_comment,
         scored_by_id, scored_at, approved_by_id, approved_at, published_by_id, published_at, verification_code, version)
       VALUES ($1, $2, $3, $4, $5, 'CV-CCVC', 'CONG_CHUC', false, $6, 'UNIT_HEAD', $7, 1, 'v1', 22, 22, $8, $9, $10, $9, $11,
         $12, $13, $12, $13, $14, $15, $16, 1) RETURNING id`,
      [
        period.id,
        p.id,
        unit.id,
        unit.agency_id,
        p.position_id,
        head.id,
        status,
        decided ? 'Hoàn thành đầy đủ nhiệm vụ được giao.' : null,
        decided ? JSON.stringify(decided) : null,
        decided ? 'HOAN_THANH_XUAT_SAC' : null,
        decided ? 'Hoàn thành tốt, chủ động.' : null,
        decided ? head.id : null,
        decided ? '2026-11-08T09:00:00+07:00' : null,
        published ? head.id : null,
        published ? '2026-11-12T09:00:00+07:00' : null,
        published ? CODE : null,
      ],
    );
    evaluation[who] = row.id;
    const facts = [
      { title: `Thẩm định hồ sơ tuyển dụng đợt 2 (${who})`, doc: '125/SNV-CCVC', majors: [] as { reference: string }[], misses: [] as object[] },
      {
        title: 'Báo cáo sơ kết công tác đào tạo, bồi dưỡng',
        doc: null,
        majors: [{ reference: 'trả lại 18/10/2026' }],
        misses: [{ reference: 'hạn 15/10/2026', waiver: { cause: 'Mất điện diện rộng ở trụ sở', confirmedBy: 'Công văn 12/UBND' } }],
      },
    ];
    const stored = [];
    for (const f of facts) {
      const [fact] = await q(
        `INSERT INTO evaluation_fact (evaluation_id, assignment_id, unit_id, title, source_document, status, deadline_date, expected_units, delivered_units, major_error_returns, missed_deadlines, rule_set_version)
         VALUES ($1, gen_random_uuid(), $2, $3, $4, 'ACCEPTED', '2026-10-20', 4, 4, $5, $6, 'v1') RETURNING assignment_id`,
        [row.id, unit.id, f.title, f.doc, JSON.stringify(f.majors), JSON.stringify(f.misses)],
      );
      stored.push({
        assignmentId: fact.assignment_id as string,
        title: f.title,
        sourceDocument: f.doc,
        status: 'ACCEPTED',
        deadlineDate: '2026-10-20',
        expectedUnits: 4,
        deliveredUnits: 4,
        majorErrorReturns: f.majors.map((m) => ({ reference: m.reference, waiver: null })),
        missedDeadlines: f.misses as { reference: string; waiver: { cause: string; confirmedBy: string } }[],
      });
    }
    if (published) {
      // As publication writes it: the buildRecord snapshot of revision 1.
      const record = buildRecord({
        regime: 'CONG_CHUC',
        isLeader: false,
        ruleSet: DEFAULT_RULE_SET,
        facts: stored,
        generalScores: GENERAL,
        overrides: null,
        scheduledWorkingDays: 22,
        workedDays: 22,
        decidedGrade: null,
        gradeChangeReason: null,
      });
      await q(`INSERT INTO evaluation_revision (evaluation_id, revision, record, published_by_id, published_at) VALUES ($1, 1, $2, $3, '2026-11-12T09:00:00+07:00')`, [
        row.id,
        JSON.stringify(record),
        hr.id,
      ]);
    }
  }
  return { periodId: period.id, unitId: unit.id, evaluation, code: CODE };
}

/** GET with the body as bytes (a PDF or a ZIP). */
export function download(t: TestApp, token: string | null, url: string): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${t.url}${url}`, { headers: token ? { authorization: `Bearer ${token}` } : {}, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

export const SHEET_QUERY = `query($code: String!) { evaluationSheet(code: $code) {
  code evaluationId officialName unitName agencyName periodName periodStartsOn periodEndsOn regime grade gradeLabel { vi en } score
  revision publishedAt latestRevision isLatestRevision reopened ruleSetVersion } }`;
