import { Injectable } from '@nestjs/common';
import { AccessService, AuthUser } from '@ketqua/api/core';
import { CitizenServiceCellSums, compareCitizenService, isLocalDate } from '@ketqua/domain';
import { DataSource } from 'typeorm';
import { CitizenServiceComparison, CitizenServiceComparisonInput } from './models/citizen-service.model';
import { readCohorts } from '../pilot-report/cohorts';
import { pilotNotFound, rangeRefused } from './citizen-service.errors';

/**
 * The citizen-service figures beside the cohorts (PRODUCT.md 4.7, 6): per cohort (home/office) and
 * phase (pilot/baseline), the sums in SQL over the imported months of the caller's visible
 * officials, the rates, means and differences from libs/domain. A month counts in a range when it
 * overlaps it (its first day ≤ to and its last day ≥ from).
 */
@Injectable()
export class CitizenServiceComparisonService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async compare(user: AuthUser, input: CitizenServiceComparisonInput): Promise<CitizenServiceComparison> {
    for (const [name, range] of [
      ['period', input.period],
      ['baseline', input.baseline],
    ] as const) {
      if (!isLocalDate(range.from)) throw rangeRefused(`input.${name}.from`, 'không phải ngày hợp lệ', 'is not a valid date');
      if (!isLocalDate(range.to)) throw rangeRefused(`input.${name}.to`, 'không phải ngày hợp lệ', 'is not a valid date');
      if (range.from > range.to) throw rangeRefused(`input.${name}.to`, 'phải từ ngày bắt đầu trở đi', 'must be on or after from');
    }
    if (input.baseline.to >= input.period.from)
      throw rangeRefused('input.baseline.to', 'kỳ so sánh phải kết thúc trước kỳ thí điểm', 'the baseline must end before the period starts');
    const [pilot] = (await this.dataSource.query(
      `SELECT p.id, array_agg(DISTINCT u.agency_id) AS agencies FROM pilot p LEFT JOIN pilot_unit pu ON pu.pilot_id = p.id LEFT JOIN unit u ON u.id = pu.unit_id WHERE p.id = $1 GROUP BY p.id`,
      [input.pilotId],
    )) as Array<{ id: string; agencies: Array<string | null> }>;
    if (!pilot) throw pilotNotFound(input.pilotId);
    const agencies = pilot.agencies.filter((a): a is string => !!a);
    const visible = await Promise.all(agencies.map((a) => this.access.canSeeAgency(user, a)));
    if (!visible.some(Boolean)) throw pilotNotFound(input.pilotId);

    // The report's own cohorts (pilot-report/cohorts.ts): over the pilot units within the caller's scope.
    const scope = await this.access.scopeOf(user);
    const pilotUnits: Array<{ unit_id: string }> = await this.dataSource.query(`SELECT unit_id FROM pilot_unit WHERE pilot_id = $1`, [pilot.id]);
    const unitIds = pilotUnits.map((u) => u.unit_id).filter((id) => scope.units.all || scope.units.ids.includes(id));
    const members = await readCohorts(this.dataSource.manager, { pilotId: pilot.id, from: input.period.from, to: input.period.to, unitIds });
    const rows: Array<{ cohort: 'HOME' | 'OFFICE'; phase: 'PILOT' | 'BASELINE'; officials: number; dossiers: string; on_time: string; s_sum: string | null; s_count: number }> =
      await this.dataSource.query(
        `WITH m AS (SELECT * FROM unnest($1::uuid[], $2::text[]) AS m(official_id, cohort)),
              r AS (
                SELECT m.cohort, r.official_id, r.dossiers_handled, r.dossiers_on_time, r.satisfaction_percent,
                       CASE WHEN r.month <= $4::date AND r.month >= date_trunc('month', $3::date)::date THEN 'PILOT'
                            WHEN r.month <= $6::date AND r.month >= date_trunc('month', $5::date)::date THEN 'BASELINE' END AS phase
                  FROM citizen_service_record r JOIN m ON m.official_id = r.official_id)
         SELECT cohort, phase, count(DISTINCT official_id)::int AS officials, sum(dossiers_handled) AS dossiers, sum(dossiers_on_time) AS on_time,
                sum(satisfaction_percent) AS s_sum, count(satisfaction_percent)::int AS s_count
           FROM r WHERE phase IS NOT NULL GROUP BY cohort, phase`,
        [members.map((m) => m.officialId), members.map((m) => m.cohort), input.period.from, input.period.to, input.baseline.from, input.baseline.to],
      );
    const sums: CitizenServiceCellSums[] = rows.map((r) => ({
      cohort: r.cohort,
      phase: r.phase,
      officials: r.officials,
      dossiers: Number(r.dossiers),
      onTime: Number(r.on_time),
      satisfactionSum: Number(r.s_sum ?? 0),
      satisfactionCount: r.s_count,
    }));
    return CitizenServiceComparison.from(pilot.id, compareCitizenService(sums));
  }
}
