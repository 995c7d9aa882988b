import { Injectable } from '@nestjs/common';
import { HomeWorkStatusSource } from '@ketqua/api/core';
import { DataSource, EntityManager } from 'typeorm';

/**
 * The pilot's side of core's HomeWorkStatusSource port: who had an approved enrollment overlapping a
 * period. A suspended or ended enrollment was approved, so it counts when it overlaps (an ended one
 * until the day it ended).
 */
@Injectable()
export class HomeWorkStatusService extends HomeWorkStatusSource {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async homeWorkersIn(officialIds: readonly string[], period: { from: string; to: string }, tx?: EntityManager): Promise<string[]> {
    if (officialIds.length === 0) return [];
    const rows: Array<{ official_id: string }> = await (tx ?? this.dataSource.manager).query(
      `SELECT DISTINCT e.official_id FROM enrollment e
        WHERE e.official_id = ANY($1::uuid[])
          AND e.status IN ('APPROVED', 'SUSPENDED', 'ENDED') AND e.decided_at IS NOT NULL
          AND e.start_date <= $3::date AND e.end_date >= $2::date
          AND (e.status <> 'ENDED' OR e.ended_at IS NULL OR (e.ended_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date >= $2::date)
        ORDER BY e.official_id`,
      [officialIds, period.from, period.to],
    );
    return rows.map((r) => r.official_id);
  }
}
