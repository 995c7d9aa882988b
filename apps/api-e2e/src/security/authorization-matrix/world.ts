import { Role, ROLES, Scope, TestApp } from '@ketqua/api/testing';

/**
 * The small world the matrix is exercised on: the full demo city (two agencies, Sở Nội vụ and a
 * ward, their units, heads, officials, a running pilot with enrollments and spot checks, a year of
 * assignments and evaluations), plus the few records the demo does not hold (an absence, a draft
 * criteria template, a report export, a second session). Every target id belongs to the official
 * official@ of unit CCVC in agency SNV (or to that unit / agency), so that:
 * - in scope, the caller is one whose scope holds the target: admin@, hr@ and inspector@ (city
 *   scope), head@ (head of CCVC), official@ (the owner);
 * - out of scope, the caller is one whose scope does not: an HR and an inspector of the other agency
 *   (the ward PSG), the head of another unit of the same agency (TCBC), and a colleague of official@
 *   in the same unit (an official's scope is their own records). ADMIN has no narrower scope.
 */
export interface World {
  official: string;
  /** A colleague of official@ in CCVC, target of the account mutations (so official@ keeps working). */
  victim: string;
  /** Another colleague of official@ in CCVC, named acting evaluator (the victim's account is being changed meanwhile). */
  colleague: string;
  unit: string;
  agency: string;
  otherAgency: string;
  pilot: string;
  position: string;
  rank: string;
  assignment: string;
  secondAssignment: string;
  submittedDeliverable: string;
  file: string;
  evaluation: string;
  selfEvaluation: string;
  publishedEvaluation: string;
  publishedPeriod: string;
  verificationCode: string;
  period: string;
  enrollment: string;
  pendingEnrollment: string;
  spotCheck: string;
  workLog: string;
  /** One absence of official@ per caller in scope that may cancel one (ADMIN, HR, UNIT_HEAD). */
  absences: Record<string, string>;
  waiver: string;
  acting: string;
  catalogueItem: string;
  criteriaTemplate: string;
  reportExport: string;
  victimSession: string;
  commitmentVersion: number;
  /** A draft incoming document (from the document system) for unit CCVC. */
  incomingDocument: string;
  /** An accepted digital signature of official@ on their published evaluation. */
  signature: string;
  /** An accepted digital signature of official@'s commitment (their enrollment). */
  commitmentSignature: string;
  /** A CLOSED evaluation period of agency SNV (the archive bundle). */
  closedPeriod: string;
  /** A notification of official@'s (another person's is NOT_FOUND). */
  notification: string;
  /** Ids that only an in-scope caller may ever see in an answer (records of official@ or about them). */
  privateIds: Set<string>;
}

export type Caller = `${Role}:${Scope}`;

/** The account behind each caller (see World). */
export const CALLER_EMAILS: Record<Caller, string | null> = {
  'ADMIN:in': 'admin@demo.ketqua.vn',
  'ADMIN:out': null,
  'HR:in': 'hr@demo.ketqua.vn',
  'HR:out': 'matrix.hr@demo.ketqua.vn',
  'UNIT_HEAD:in': 'head@demo.ketqua.vn',
  'UNIT_HEAD:out': 'nguyen.hoang.long@demo.ketqua.vn',
  'OFFICIAL:in': 'official@demo.ketqua.vn',
  'OFFICIAL:out': 'bui.quoc.bao@demo.ketqua.vn',
  'INSPECTOR:in': 'inspector@demo.ketqua.vn',
  'INSPECTOR:out': 'matrix.inspector@demo.ketqua.vn',
};

const VICTIM = 'tran.thi.mai.anh@demo.ketqua.vn';

async function one<T = Record<string, string>>(t: TestApp, sql: string, params: unknown[] = []): Promise<T> {
  const rows = (await t.dataSource.query(sql, params)) as T[];
  if (!rows.length) throw new Error(`the matrix world has no row for: ${sql}`);
  return rows[0];
}

async function must<T>(t: TestApp, token: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await t.gql<Record<string, T>>(query, variables, { token });
  if (!res.data) throw new Error(`matrix world setup failed: ${query}: ${JSON.stringify(res.errors)}`);
  return Object.values(res.data)[0];
}

/** Builds the world on an app seeded with the full demo; returns it with one token per caller. */
export async function buildWorld(t: TestApp): Promise<{ world: World; tokens: Partial<Record<Caller, string>> }> {
  // The other agency's HR and inspector: two ward officials given agency-scoped roles.
  const ward = await t.dataSource.query(
    `SELECT u.id FROM app_user u JOIN unit n ON n.id = u.unit_id JOIN agency a ON a.id = n.agency_id
      WHERE a.code = 'PSG' AND u.role = 'OFFICIAL' AND NOT EXISTS (SELECT 1 FROM unit h WHERE h.head_id = u.id) ORDER BY u.email LIMIT 2`,
  );
  await t.dataSource.query(`UPDATE app_user SET role = 'HR', city_scope = false, email = 'matrix.hr@demo.ketqua.vn' WHERE id = $1`, [ward[0].id]);
  await t.dataSource.query(`UPDATE app_user SET role = 'INSPECTOR', city_scope = false, email = 'matrix.inspector@demo.ketqua.vn' WHERE id = $1`, [ward[1].id]);

  // HR may do nothing before enrolling an authenticator (the demo's hr@ has one): TestApp.login gives
  // the other agency's HR one, as its owner would have enrolled, and signs in with its code.
  const tokens: Partial<Record<Caller, string>> = {};
  for (const [caller, email] of Object.entries(CALLER_EMAILS)) if (email) tokens[caller as Caller] = await t.login(email);

  const id = async (sql: string, params: unknown[] = []) => (await one<{ id: string }>(t, sql, params)).id;
  const official = await id(`SELECT id FROM app_user WHERE email = 'official@demo.ketqua.vn'`);
  const victim = await id(`SELECT id FROM app_user WHERE email = $1`, [VICTIM]);
  const unit = await id(`SELECT id FROM unit WHERE code = 'CCVC'`);
  const agency = await id(`SELECT id FROM agency WHERE code = 'SNV'`);
  const otherAgency = await id(`SELECT id FROM agency WHERE code = 'PSG'`);
  const pilot = await id(`SELECT id FROM pilot LIMIT 1`);
  const evalOf = (status: string) =>
    one<{ id: string; period_id: string; verification_code: string | null }>(
      t,
      `SELECT id, period_id, verification_code FROM evaluation WHERE official_id = $1 AND status = $2 ORDER BY created_at DESC LIMIT 1`,
      [official, status],
    );
  const awaitingHead = await evalOf('AWAITING_HEAD');
  const awaitingSelf = await evalOf('AWAITING_SELF_ASSESSMENT');
  const published = await evalOf('PUBLISHED');
  const submitted = await one<{ id: string }>(
    t,
    `SELECT d.id FROM deliverable d JOIN assignment a ON a.id = d.assignment_id WHERE a.assignee_id = $1 AND a.status = 'SUBMITTED' ORDER BY d.version_no DESC LIMIT 1`,
    [official],
  );
  const headToken = tokens['UNIT_HEAD:in'] as string;
  const hrToken = tokens['HR:in'] as string;

  const absences: Record<string, string> = {};
  for (const [i, caller] of (['ADMIN:in', 'HR:in', 'UNIT_HEAD:in'] as Caller[]).entries()) {
    const day = `2026-12-${21 + 2 * i}`;
    absences[caller] = (
      await must<{ id: string }>(t, headToken, `mutation($input: RecordAbsenceInput!) { recordAbsence(input: $input) { id } }`, {
        input: { officialId: official, kind: 'SICK', startDate: day, endDate: day, note: 'ma trận phân quyền' },
      })
    ).id;
  }
  const inProgress: Array<{ id: string }> = await t.dataSource.query(`SELECT id FROM assignment WHERE assignee_id = $1 AND status = 'IN_PROGRESS' ORDER BY deadline, id`, [
    official,
  ]);
  if (inProgress.length < 2) throw new Error('the matrix world needs two assignments of official@ in progress');
  const template = await must<{ id: string }>(t, hrToken, `mutation($input: CreateCriteriaTemplateInput!) { createCriteriaTemplate(input: $input) { id } }`, {
    input: { code: 'MATRIX', name: 'Bộ tiêu chí ma trận', regime: 'CONG_CHUC', effectiveFrom: '2027-01-01' },
  });
  const exportRow = await must<{ id: string }>(t, hrToken, `mutation($input: StartReportExportInput!) { startReportExport(input: $input) { id } }`, {
    input: { format: 'CSV', pilotReport: { pilotId: pilot, baseline: { from: '2025-07', to: '2025-12' }, period: { from: '2026-01', to: '2026-06' } } },
  });
  await t.login(VICTIM);
  const victimSession = await id(`SELECT id FROM session WHERE user_id = $1 ORDER BY created_at DESC LIMIT 1`, [victim]);

  // Records the demo does not hold: a draft from the document system, accepted signatures of the record and the commitment (rows
  // as RecordSignatureService and CommitmentSignatureService write them; the PDF's bytes are a stand-in: the matrix reads, never verifies).
  const incoming = await one<{ id: string }>(
    t,
    `INSERT INTO incoming_document (source, external_id, unit_id, number, symbol, title, summary, status, pulled_at)
     VALUES ('qlvb', 'matrix-1', $1, '1', 'CV-MT', 'Văn bản đến của ma trận', NULL, 'DRAFT', now()) RETURNING id`,
    [unit],
  );
  const publishedRevision = (await one<{ revision: number }>(t, `SELECT revision FROM evaluation WHERE id = $1`, [published.id])).revision;
  const rendition = await one<{ id: string }>(
    t,
    `INSERT INTO signing_rendition (evaluation_id, revision, sha256, size, rendered_by_id, rendered_at) VALUES ($1, $2, repeat('0', 64), 8, $3, now()) RETURNING id`,
    [published.id, publishedRevision, official],
  );
  const signature = await one<{ id: string }>(
    t,
    `INSERT INTO record_signature (evaluation_id, revision, capacity, rendition_id, signed_pdf, signed_sha256, signer_name, signer_serial, issuer_name,
       signing_time, certificate_not_before, certificate_not_after, signed_by_id, verified_at)
     VALUES ($1, $2, 'OFFICIAL', $3, convert_to('%PDF-1.7 ma tran', 'UTF8'), repeat('0', 64), 'Ma trận', '01', 'CA ma trận', now(), now() - interval '1 year', now() + interval '1 year', $4, now())
     RETURNING id`,
    [published.id, publishedRevision, rendition.id, official],
  );
  const enrollment = await id(`SELECT id FROM enrollment WHERE official_id = $1`, [official]);
  const commitmentRendition = await one<{ id: string }>(
    t,
    `INSERT INTO commitment_rendition (enrollment_id, document_id, sha256, size, rendered_by_id, rendered_at) VALUES ($1, 'CK-ma-tran', repeat('0', 64), 8, $2, now()) RETURNING id`,
    [enrollment, official],
  );
  const commitmentSignature = await one<{ id: string }>(
    t,
    `INSERT INTO commitment_signature (enrollment_id, rendition_id, document_id, signed_pdf, signed_sha256, signer_name, signer_serial, issuer_name,
       signing_time, certificate_not_before, certificate_not_after, signed_by_id, verified_at)
     VALUES ($1, $2, 'CK-ma-tran', convert_to('%PDF-1.7 ma tran', 'UTF8'), repeat('0', 64), 'Ma trận', '01', 'CA ma trận', now(), now() - interval '1 year', now() + interval '1 year', $3, now())
     RETURNING id`,
    [enrollment, commitmentRendition.id, official],
  );
  let notification = (await t.dataSource.query(`SELECT id FROM notification WHERE recipient_id = $1 ORDER BY created_at DESC LIMIT 1`, [official]))[0]?.id as string | undefined;
  notification ??= (
    await one<{ id: string }>(
      t,
      `INSERT INTO notification (recipient_id, kind, title_vi, title_en, data, created_at) VALUES ($1, 'MATRIX', 'Ma trận', 'Matrix', '{}', now()) RETURNING id`,
      [official],
    )
  ).id;

  const world: World = {
    official,
    victim,
    colleague: await id(`SELECT id FROM app_user WHERE email = 'dang.thi.phuong.thao@demo.ketqua.vn'`),
    unit,
    agency,
    otherAgency,
    pilot,
    position: await id(`SELECT position_id AS id FROM app_user WHERE id = $1`, [official]),
    rank: await id(`SELECT rank_id AS id FROM app_user WHERE id = $1`, [official]),
    assignment: inProgress[0].id,
    secondAssignment: inProgress[1].id,
    submittedDeliverable: submitted.id,
    file: await id(`SELECT f.id FROM stored_file f LIMIT 1`),
    evaluation: awaitingHead.id,
    selfEvaluation: awaitingSelf.id,
    publishedEvaluation: published.id,
    publishedPeriod: published.period_id,
    verificationCode: published.verification_code ?? 'KQ-0000',
    period: awaitingHead.period_id,
    enrollment,
    pendingEnrollment: await id(`SELECT id FROM enrollment WHERE status = 'PENDING' LIMIT 1`),
    spotCheck: await id(`SELECT id FROM spot_check WHERE official_id = $1 ORDER BY date DESC LIMIT 1`, [official]),
    workLog: await id(`SELECT id FROM work_log WHERE official_id = $1 LIMIT 1`, [official]),
    absences,
    waiver: await id(`SELECT id FROM waiver_request LIMIT 1`),
    acting: await id(`SELECT id FROM acting_evaluator WHERE unit_id = $1 LIMIT 1`, [unit]),
    catalogueItem: await id(`SELECT id FROM work_catalogue_item WHERE unit_id = $1 LIMIT 1`, [unit]),
    criteriaTemplate: template.id,
    reportExport: exportRow.id,
    victimSession,
    commitmentVersion: Number((await one<{ version: number }>(t, `SELECT max(version) AS version FROM commitment_text`)).version),
    incomingDocument: incoming.id,
    signature: signature.id,
    commitmentSignature: commitmentSignature.id,
    // The one with the fewest published records: the bundle renders each sheet.
    closedPeriod: await id(
      `SELECT p.id FROM evaluation_period p WHERE p.agency_id = $1 AND p.status = 'CLOSED'
        ORDER BY (SELECT count(*) FROM evaluation e WHERE e.period_id = p.id AND e.status = 'PUBLISHED'), p.id LIMIT 1`,
      [agency],
    ),
    notification,
    privateIds: new Set(),
  };
  // official@'s own records: none may appear in an out-of-scope caller's answer.
  const own = await t.dataSource.query(
    `SELECT id FROM assignment WHERE assignee_id = $1 UNION ALL SELECT id FROM evaluation WHERE official_id = $1
     UNION ALL SELECT id FROM enrollment WHERE official_id = $1 UNION ALL SELECT id FROM spot_check WHERE official_id = $1
     UNION ALL SELECT id FROM work_log WHERE official_id = $1 UNION ALL SELECT id FROM absence WHERE official_id = $1
     UNION ALL SELECT id FROM notification WHERE recipient_id = $1 UNION ALL SELECT id FROM record_signature WHERE signed_by_id = $1
     UNION ALL SELECT id FROM commitment_signature WHERE signed_by_id = $1`,
    [official],
  );
  world.privateIds = new Set([official, world.incomingDocument, ...own.map((r: { id: string }) => r.id)]);
  return { world, tokens };
}

export const CALLERS: Caller[] = ROLES.flatMap((r) => [`${r}:in` as Caller, `${r}:out` as Caller]);
