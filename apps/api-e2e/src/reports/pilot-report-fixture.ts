import { TestApp } from '@ketqua/api/testing';

/**
 * The pilot report's own city, written in SQL (the features that normally write these rows are
 * not under test here): agencies A (three units) and B (two units), each unit with four home and
 * four office officials of one position and a head; a pilot over all five units from 2026-03-01;
 * monthly published evaluations January–May 2026 where the home cohort gains PLANTED_EFFECT points
 * in the pilot months; assignments, deliverables and spot checks. Scores carry a unit level, a
 * person level and a month wobble, so only the planted effect survives the difference in differences.
 */
export const PLANTED_EFFECT = 6;
export const MONTHS = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05'];
export const PILOT_MONTHS = ['2026-03', '2026-04', '2026-05'];

export interface ReportCity {
  pilotId: string;
  /** A pilot with units of agency A only. */
  pilotAOnlyId: string;
  agencyA: string;
  agencyB: string;
  units: string[];
  unitAgency: Record<string, string>;
  home: string[];
  office: string[];
  /** A home official whose enrollment starts on 2026-04-01 (moved cohort). */
  lateStarter: string;
  /** An office official without a published evaluation in April. */
  missingApril: string;
  emails: { hrA: string; hrB: string; inspectorA: string; headA1: string; officialA1: string };
}

const q = (t: TestApp, sql: string, params: unknown[] = []) => t.dataSource.query(sql, params);
const id = async (t: TestApp, sql: string, params: unknown[]) => (await q(t, sql, params))[0].id as string;

export async function buildReportCity(t: TestApp): Promise<ReportCity> {
  const [{ hash }] = await q(t, `SELECT password_hash AS hash FROM app_user WHERE email = 'hr@demo.ketqua.vn'`);
  const agency = (code: string, name: string) =>
    id(t, `INSERT INTO agency (code, name, kind, valid_from, version) VALUES ($1, $2, 'DEPARTMENT', '2020-01-01', 1) RETURNING id`, [code, name]);
  const agencyA = await agency('RPT-A', 'Sở Báo cáo A');
  const agencyB = await agency('RPT-B', 'Sở Báo cáo B');
  const position = (agencyId: string, code: string, name: string) =>
    id(t, `INSERT INTO position (agency_id, code, name, version) VALUES ($1, $2, $3, 1) RETURNING id`, [agencyId, code, name]);
  const positions: Record<string, { cv: string; lead: string }> = {
    [agencyA]: { cv: await position(agencyA, 'CV', 'Chuyên viên A'), lead: await position(agencyA, 'LD', 'Lãnh đạo phòng A') },
    [agencyB]: { cv: await position(agencyB, 'CV', 'Chuyên viên B'), lead: await position(agencyB, 'LD', 'Lãnh đạo phòng B') },
  };
  let n = 0;
  const user = async (unitId: string, agencyId: string, role: string, positionId: string | null, fullName: string, extra: { cityScope?: boolean; leader?: boolean } = {}) => {
    n += 1;
    const email = `rpt${n}@report.ketqua.vn`;
    const userId = await id(
      t,
      `INSERT INTO app_user (email, full_name, search_text, staff_category, unit_id, position_id, role, is_leader, city_scope, password_hash, version)
       VALUES ($1, $2, lower($2), $3, $4, $5, $6, $7, $8, $9, 1) RETURNING id`,
      [email, fullName, n % 5 === 0 ? 'VIEN_CHUC' : 'CONG_CHUC', unitId, positionId, role, extra.leader ?? false, extra.cityScope ?? false, hash],
    );
    return { id: userId, email, agencyId };
  };

  const units: string[] = [];
  const unitAgency: Record<string, string> = {};
  const home: string[] = [];
  const office: string[] = [];
  const heads: Record<string, string> = {};
  const people: Array<{ id: string; unitId: string; agencyId: string; home: boolean; person: number; unitIndex: number }> = [];
  let officialA1 = '';
  for (const [unitIndex, [agencyId, code]] of [
    [agencyA, 'A1'],
    [agencyA, 'A2'],
    [agencyA, 'A3'],
    [agencyB, 'B1'],
    [agencyB, 'B2'],
  ].entries()) {
    const unitId = await id(t, `INSERT INTO unit (agency_id, code, name, version) VALUES ($1, $2, $3, 1) RETURNING id`, [agencyId, code, `Phòng ${code}`]);
    units.push(unitId);
    unitAgency[unitId] = agencyId;
    const head = await user(unitId, agencyId, 'UNIT_HEAD', positions[agencyId].lead, `Trưởng phòng ${code}`, { leader: true });
    await q(t, `UPDATE unit SET head_id = $1 WHERE id = $2`, [head.id, unitId]);
    heads[unitId] = head.email;
    for (let i = 0; i < 8; i++) {
      const isHome = i < 4;
      const u = await user(unitId, agencyId, 'OFFICIAL', positions[agencyId].cv, `Công chức ${code}-${i + 1}`);
      if (code === 'A1' && i === 7) officialA1 = u.email;
      (isHome ? home : office).push(u.id);
      people.push({ id: u.id, unitId, agencyId, home: isHome, person: ((i * 7) % 5) - 2, unitIndex });
    }
  }
  const hrA = await user(units[0], agencyA, 'HR', positions[agencyA].cv, 'Tổ chức cán bộ A');
  const hrB = await user(units[3], agencyB, 'HR', positions[agencyB].cv, 'Tổ chức cán bộ B');
  const inspectorA = await user(units[0], agencyA, 'INSPECTOR', positions[agencyA].cv, 'Thanh tra A');

  const pilot = (name: string) =>
    id(
      t,
      `INSERT INTO pilot (name, decision_number, start_date, end_date, max_home_share_percent, min_on_site, max_home_days_per_week, core_hours, sample_rate_basis_points, answer_window_minutes, rule_set_version, version)
       VALUES ($1, '9/QĐ-RPT', '2026-03-01', '2026-12-31', 30, 1, 2, '[{"start":"08:30","end":"11:00"}]', 1000, 15, 'v1', 1) RETURNING id`,
      [name],
    );
  const pilotId = await pilot('Thí điểm báo cáo');
  const pilotAOnlyId = await pilot('Thí điểm chỉ A');
  for (const unitId of units) await q(t, `INSERT INTO pilot_unit (pilot_id, unit_id) VALUES ($1, $2)`, [pilotId, unitId]);
  await q(t, `INSERT INTO pilot_unit (pilot_id, unit_id) VALUES ($1, $2)`, [pilotAOnlyId, units[0]]);
  const commitment = await id(t, `INSERT INTO commitment_text (version, title, body, published_at) VALUES (900, 'Cam kết', 'Cam kết', now()) RETURNING id`, []);
  const lateStarter = home[1];
  const enroll = (officialId: string, unitId: string, status: string, start: string, decided: boolean, pilot = pilotId) =>
    q(
      t,
      `INSERT INTO enrollment (pilot_id, official_id, unit_id, position_id, weekdays, start_date, end_date, status, commitment_text_id, commitment_version, commitment_accepted_at,
                               has_computer, has_phone, has_printer, has_internet, requested_at, decided_at, version)
       VALUES ($1, $2, $3, NULL, '{1,3}', $4, '2026-12-31', $5, $6, 900, now(), true, true, true, true, now(), $7, 1)`,
      [pilot, officialId, unitId, start, status, commitment, decided ? new Date('2026-02-20T09:00:00+07:00') : null],
    );
  for (const p of people.filter((x) => x.home)) await enroll(p.id, p.unitId, 'APPROVED', p.id === lateStarter ? '2026-04-01' : '2026-03-01', true);
  // Not home: a rejected request and a withdrawn pending one keep their officials in the office cohort.
  const unitOf = (officialId: string) => people.find((p) => p.id === officialId)?.unitId ?? units[0];
  await enroll(office[0], unitOf(office[0]), 'REJECTED', '2026-03-01', true);
  await enroll(office[1], unitOf(office[1]), 'ENDED', '2026-03-01', false);
  await enroll(home[0], units[0], 'APPROVED', '2026-03-01', true, pilotAOnlyId);

  const missingApril = office[2];
  const publisher = (await q(t, `SELECT id FROM app_user WHERE email = 'admin@demo.ketqua.vn'`))[0].id as string;
  for (const [mi, month] of MONTHS.entries()) {
    const last = new Date(Date.UTC(2026, mi + 1, 0)).getUTCDate();
    for (const agencyId of [agencyA, agencyB]) {
      const periodId = await id(
        t,
        `INSERT INTO evaluation_period (kind, year, number, starts_on, ends_on, agency_id, name, status, self_assessment_until, head_scoring_until, publish_until, cut_off_at, version)
         VALUES ('MONTH', 2026, $1, $2, $3, $4, $5, 'CLOSED', $3, $3, $3, $6, 1) RETURNING id`,
        [mi + 1, `${month}-01`, `${month}-${last}`, agencyId, `Tháng ${mi + 1}/2026`, new Date(`${month}-${last}T23:00:00+07:00`)],
      );
      for (const p of people.filter((x) => x.agencyId === agencyId)) {
        if (p.id === missingApril && month === '2026-04') continue;
        const pilotMonth = PILOT_MONTHS.includes(month);
        const wobble = mi % 2 === 0 ? 0.5 : -0.5;
        const score = 70 + p.unitIndex * 2 + p.person + wobble + (pilotMonth ? 1 : 0) + (p.home && pilotMonth ? PLANTED_EFFECT : 0);
        const grade = score >= 90 ? 'HOAN_THANH_XUAT_SAC' : score >= 70 ? 'HOAN_THANH_TOT' : 'HOAN_THANH';
        const evaluationId = await id(
          t,
          `INSERT INTO evaluation (period_id, official_id, unit_id, agency_id, position_id, task_group, regime, is_leader, evaluator_level, status, revision, rule_set_version, published_at, version)
           VALUES ($1, $2, $3, $4, $5, 'CV', 'CONG_CHUC', false, 'UNIT_HEAD', 'PUBLISHED', $6, 'v1', $7, 1) RETURNING id`,
          [periodId, p.id, p.unitId, agencyId, positions[agencyId].cv, p.person === 0 && mi === 0 ? 2 : 1, new Date(`${month}-${last}T20:00:00+07:00`)],
        );
        const record = (s: number) => ({
          regime: 'CONG_CHUC',
          ruleSetVersion: 'v1',
          score: s,
          grade,
          receipt: {
            lines: [
              { expectedUnits: 2, quality: 100 },
              { expectedUnits: 1, quality: p.home ? 75 : 100 },
            ],
          },
        });
        // Some evaluations were reopened once: the report reads the latest published revision only.
        if (p.person === 0 && mi === 0)
          await q(t, `INSERT INTO evaluation_revision (evaluation_id, revision, record, published_by_id, published_at, reopen_reason) VALUES ($1, 1, $2, $3, now(), 'Sửa')`, [
            evaluationId,
            record(10),
            publisher,
          ]);
        await q(t, `INSERT INTO evaluation_revision (evaluation_id, revision, record, published_by_id, published_at) VALUES ($1, $2, $3, $4, now())`, [
          evaluationId,
          p.person === 0 && mi === 0 ? 2 : 1,
          record(score),
          publisher,
        ]);
      }
    }
    // Work: three assignments per official and month — one accepted on time, one accepted late (home) or on time, one cancelled or open.
    for (const [pi, p] of people.entries()) {
      const headId = (await q(t, `SELECT head_id FROM unit WHERE id = $1`, [p.unitId]))[0].head_id as string;
      for (let k = 0; k < 3; k++) {
        const status = k < 2 ? 'ACCEPTED' : pi % 2 === 0 ? 'CANCELLED' : 'IN_PROGRESS';
        const deadline = new Date(`${month}-${String(10 + k).padStart(2, '0')}T17:00:00+07:00`);
        const assignmentId = await id(
          t,
          `INSERT INTO assignment (assignee_id, unit_id, assigned_by_id, title, unit_of_measure, coefficient, quantity, deadline, status, rule_set_version, version, cancelled_at, cancel_reason)
           VALUES ($1, $2, $3, 'Việc', 'văn bản', $4, $5, $6, $7, 'v1', 1, $8, $9) RETURNING id`,
          [p.id, p.unitId, headId, 1 + k * 0.5, 1 + (pi % 3), deadline, status, status === 'CANCELLED' ? new Date() : null, status === 'CANCELLED' ? 'Huỷ' : null],
        );
        if (status === 'ACCEPTED') {
          const onTime = !(k === 1 && p.home && (pi + mi) % 2 === 0);
          await q(
            t,
            `INSERT INTO deliverable (assignment_id, version_no, submitted_by_id, submitted_at, on_time, decision, reviewer_id, reviewed_at) VALUES ($1, 1, $2, $3, $4, 'ACCEPTED', $5, $3)`,
            [assignmentId, p.id, deadline, onTime, headId],
          );
        }
      }
      // Spot checks in the pilot months for the home cohort: two closed (one missed for some), a manual test check that never counts.
      if (p.home && PILOT_MONTHS.includes(month)) {
        for (const [k, outcome] of [(pi + mi) % 3 === 0 ? 'MISSED' : 'ON_TIME', 'ON_TIME', 'LATE'].entries()) {
          const day = `${month}-${String(5 + k).padStart(2, '0')}`;
          const promptAt = new Date(`${day}T09:00:00+07:00`);
          await q(
            t,
            `INSERT INTO spot_check (pilot_id, unit_id, official_id, date, pick_order, prompt_at, answer_by, closes_at, status, outcome, manual, version)
             VALUES ($1, $2, $3, $4, $5, $6, $6, $6, 'CLOSED', $7, $8, 1)`,
            [pilotId, p.unitId, p.id, day, k, promptAt, outcome, k === 2],
          );
        }
      }
    }
  }
  return {
    pilotId,
    pilotAOnlyId,
    agencyA,
    agencyB,
    units,
    unitAgency,
    home,
    office,
    lateStarter,
    missingApril,
    emails: { hrA: hrA.email, hrB: hrB.email, inspectorA: inspectorA.email, headA1: heads[units[0]], officialA1 },
  };
}
