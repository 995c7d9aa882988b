import { localDateSql } from '@ketqua/api/core';
import { EntityManager } from 'typeorm';

/*
 * Cohort membership of a pilot report — the ONE place it is defined (PRODUCT.md 4.7). Other
 * readers (the citizen-service comparison, the exports) reuse cohortMembersSql / readCohorts.
 *
 * This read model reads the pilot's and org's tables (pilot_unit, enrollment, app_user) by SQL:
 * the reports feature may not import the pilot or org features (ENGINEERING.md module boundaries),
 * and no core port offers enrollments over a period.
 *
 * - HOME: officials with an approved enrollment in the pilot (APPROVED, SUSPENDED or ENDED after
 *   approval — decided_at set) whose effective dates [start_date, min(end_date, ended_at)] overlap
 *   the report period, and whose enrollment unit is one of the report's units (they are counted
 *   in the unit and position of their enrollment).
 * - OFFICE: active officials of the report's units holding one of the positions the HOME cohort
 *   holds in the same agency, without such an enrollment.
 * Officials keep the cohort of the report period in the baseline too (the same people are compared
 * before and after). movedEnrollment marks an enrollment that started after the period's first day
 * or ended before its last day (reported under data quality, still counted in HOME).
 */

export type CohortName = 'HOME' | 'OFFICE';

export interface CohortParams {
  pilotId: string;
  /** The report period, YYYY-MM-DD, both included. */
  from: string;
  to: string;
  /** The units the report covers (pilot units within the caller's scope and the filters). */
  unitIds: readonly string[];
}

export interface CohortMember {
  officialId: string;
  cohort: CohortName;
  unitId: string;
  agencyId: string;
  positionId: string;
  enrolledFrom: string | null;
  enrolledTo: string | null;
  movedEnrollment: boolean;
}

/**
 * SQL text of the CTEs `cohort_enrolled` and `cohort_member` (official_id, cohort, unit_id,
 * agency_id, position_id, enrolled_from, enrolled_to, moved_enrollment). `p` names the SQL
 * placeholders of the pilot id (uuid), period start and end (date) and the unit ids (uuid[]), so a
 * caller can splice them into a larger query with its own numbering. Start it with `WITH`.
 */
export function cohortMembersSql(p: { pilotId: string; from: string; to: string; unitIds: string }): string {
  return `
  cohort_enrolled AS (
    SELECT e.official_id,
           (array_agg(e.unit_id ORDER BY e.start_date DESC))[1] AS unit_id,
           (array_agg(e.position_id ORDER BY e.start_date DESC))[1] AS position_id,
           min(e.start_date) AS enrolled_from,
           max(LEAST(e.end_date, COALESCE(${localDateSql('e.ended_at')}, e.end_date))) AS enrolled_to
      FROM enrollment e
     WHERE e.pilot_id = ${p.pilotId}::uuid
       AND e.status IN ('APPROVED', 'SUSPENDED', 'ENDED')
       AND e.decided_at IS NOT NULL
       AND e.start_date <= ${p.to}::date
       AND LEAST(e.end_date, COALESCE(${localDateSql('e.ended_at')}, e.end_date)) >= ${p.from}::date
       AND e.unit_id = ANY(${p.unitIds}::uuid[])
     GROUP BY e.official_id
  ),
  cohort_home AS (
    SELECT ce.official_id, 'HOME'::text AS cohort, ce.unit_id, un.agency_id,
           COALESCE(ce.position_id, u.position_id) AS position_id,
           ce.enrolled_from, ce.enrolled_to,
           (ce.enrolled_from > ${p.from}::date OR ce.enrolled_to < ${p.to}::date) AS moved_enrollment
      FROM cohort_enrolled ce
      JOIN app_user u ON u.id = ce.official_id
      JOIN unit un ON un.id = ce.unit_id
     WHERE COALESCE(ce.position_id, u.position_id) IS NOT NULL
  ),
  cohort_member AS (
    SELECT * FROM cohort_home
    UNION ALL
    SELECT u.id, 'OFFICE'::text, u.unit_id, un.agency_id, u.position_id, NULL::date, NULL::date, false
      FROM app_user u
      JOIN unit un ON un.id = u.unit_id
     WHERE u.active
       AND u.unit_id = ANY(${p.unitIds}::uuid[])
       AND u.role IN ('OFFICIAL', 'UNIT_HEAD')
       AND u.position_id IN (SELECT DISTINCT h.position_id FROM cohort_home h)
       AND NOT EXISTS (SELECT 1 FROM cohort_enrolled ce WHERE ce.official_id = u.id)
  )`;
}

/** The cohort members of a pilot over a period (one row per official). */
export async function readCohorts(db: EntityManager, params: CohortParams): Promise<CohortMember[]> {
  const rows: Array<Record<string, unknown>> = await db.query(
    `WITH ${cohortMembersSql({ pilotId: '$1', from: '$2', to: '$3', unitIds: '$4' })}
     SELECT official_id, cohort, unit_id, agency_id, position_id, enrolled_from::text, enrolled_to::text, moved_enrollment
       FROM cohort_member ORDER BY cohort, official_id`,
    [params.pilotId, params.from, params.to, params.unitIds],
  );
  return rows.map((r) => ({
    officialId: r['official_id'] as string,
    cohort: r['cohort'] as CohortName,
    unitId: r['unit_id'] as string,
    agencyId: r['agency_id'] as string,
    positionId: r['position_id'] as string,
    enrolledFrom: (r['enrolled_from'] as string | null) ?? null,
    enrolledTo: (r['enrolled_to'] as string | null) ?? null,
    movedEnrollment: r['moved_enrollment'] as boolean,
  }));
}
