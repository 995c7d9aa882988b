import { Injectable } from '@nestjs/common';
import { AuthUser } from '@ketqua/api/core';
import { CitizenServiceCellSums, compareCitizenService } from '@ketqua/domain';
import { DataSource } from 'typeorm';
import { CitizenServiceComparison } from './models/citizen-service.model';
import { readCohorts } from '../pilot-report/cohorts';
import { PilotReportInput } from '../pilot-report/dto/pilot-report.input';
import { PilotReportService } from '../pilot-report/pilot-report.service';

/**
 * The citizen-service figures beside the cohorts (PRODUCT.md 4.7, 6): per cohort (home/office) and
 * phase (pilot/baseline), for the pilot report's own input (months, agency, unit) and with its
 * refusals: the sums in SQL over the imported months of the cohorts' officials, the rates, means
 * and differences from libs/domain.
 */
@Injectable()
export class CitizenServiceComparisonService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reports: PilotReportService,
  ) {}

  async compare(user: AuthUser, input: PilotReportInput): Promise<CitizenServiceComparison> {
    // The report's own refusals, ranges and units (unknown pilot, months against the rules, scope).
    const { ranges, unitIds } = await this.reports.authorise(user, input);
    const period = { from: ranges.period.startsOn, to: ranges.period.endsOn };
    const baseline = { from: ranges.baseline.startsOn, to: ranges.baseline.endsOn };
    // The report's own cohorts (pilot-report/cohorts.ts) over the units the report covers.
    const members = await readCohorts(this.dataSource.manager, { pilotId: input.pilotId, from: period.from, to: period.to, unitIds });
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
        [members.map((m) => m.officialId), members.map((m) => m.cohort), period.from, period.to, baseline.from, baseline.to],
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
    return CitizenServiceComparison.from(input.pilotId, compareCitizenService(sums));
  }
}
