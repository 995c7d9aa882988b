import type { Cohort, LocalDate } from '@ketqua/domain';
import { EntityManager } from 'typeorm';

export interface CohortMember {
  officialId: string;
  unitId: string;
  cohort: Cohort;
}

/**
 * The pilot's cohorts over [from, to] (PRODUCT.md 4.7): HOME — the officials with an enrollment in
 * the pilot approved for some day of the range (approved, later suspended or ended); OFFICE — the
 * other active officials of the agencies taking part who hold one of the home cohort's positions.
 * Read by SQL over the pilot's tables (a read model: reports may not import the pilot feature).
 *
 * Until the report's own cohort SQL lands (libs/api/reports/src/pilot-report/cohorts.ts, branch
 * fix/report-api), this is the one function the citizen-service comparison asks; it will call that.
 */
export async function pilotCohortMembers(manager: EntityManager, pilotId: string, range: { from: LocalDate; to: LocalDate }): Promise<CohortMember[]> {
  const rows: Array<{ official_id: string; unit_id: string; cohort: Cohort }> = await manager.query(
    `WITH home AS (
       SELECT DISTINCT e.official_id FROM enrollment e
        WHERE e.pilot_id = $1 AND e.status IN ('APPROVED', 'SUSPENDED', 'ENDED') AND e.decided_at IS NOT NULL
          AND e.start_date <= $3::date AND e.end_date >= $2::date)
     SELECT u.id AS official_id, u.unit_id, CASE WHEN u.id IN (SELECT official_id FROM home) THEN 'HOME' ELSE 'OFFICE' END AS cohort
       FROM app_user u JOIN unit un ON un.id = u.unit_id
      WHERE (u.id IN (SELECT official_id FROM home)
             OR (u.active AND u.position_id IN (SELECT position_id FROM app_user WHERE id IN (SELECT official_id FROM home))))
        AND un.agency_id IN (SELECT DISTINCT pu_unit.agency_id FROM pilot_unit pu JOIN unit pu_unit ON pu_unit.id = pu.unit_id WHERE pu.pilot_id = $1)
      ORDER BY u.id`,
    [pilotId, range.from, range.to],
  );
  return rows.map((r) => ({ officialId: r.official_id, unitId: r.unit_id, cohort: r.cohort }));
}
