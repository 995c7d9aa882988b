import { Injectable } from '@nestjs/common';
import { WorkLogRegularity, WorkLogRegularitySource } from '@ketqua/api/core';
import { DataSource, EntityManager } from 'typeorm';

/** The work module's side of WorkLogRegularitySource: days with a work log and minutes, one grouped query. */
@Injectable()
export class WorkLogRegularityService extends WorkLogRegularitySource {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async regularityFor(officialIds: readonly string[], period: { from: string; to: string }, tx?: EntityManager): Promise<WorkLogRegularity[]> {
    if (officialIds.length === 0) return [];
    const rows: Array<{ official_id: string; days: number; minutes: number }> = await (tx ?? this.dataSource.manager).query(
      `SELECT official_id, count(DISTINCT work_date)::int AS days, coalesce(sum(minutes), 0)::int AS minutes
         FROM work_log WHERE official_id = ANY($1::uuid[]) AND work_date BETWEEN $2 AND $3 GROUP BY official_id`,
      [officialIds, period.from, period.to],
    );
    const byId = new Map(rows.map((r) => [r.official_id, r]));
    return officialIds.map((officialId) => ({ officialId, daysWithLog: byId.get(officialId)?.days ?? 0, minutesLogged: byId.get(officialId)?.minutes ?? 0 }));
  }
}
