import { Injectable } from '@nestjs/common';
import { SpotCheckCompliance, SpotCheckComplianceSource, UserEntity } from '@ketqua/api/core';
import { addDays } from '@ketqua/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { HomeRosterService } from '../presence/home-roster.service';

/**
 * The pilot's side of SpotCheckComplianceSource: closed spot checks by outcome (one grouped query)
 * and the days each official was at home on the roster (HomeRosterService.statusOn, the same rule
 * as "Hôm nay" and the draw).
 */
@Injectable()
export class SpotCheckComplianceService extends SpotCheckComplianceSource {
  constructor(
    private readonly dataSource: DataSource,
    private readonly roster: HomeRosterService,
  ) {
    super();
  }

  async complianceFor(officialIds: readonly string[], period: { from: string; to: string }, tx?: EntityManager): Promise<SpotCheckCompliance[]> {
    if (officialIds.length === 0) return [];
    const manager = tx ?? this.dataSource.manager;
    const rows: Array<{ official_id: string; outcome: string; n: number }> = await manager.query(
      `SELECT official_id, outcome, count(*)::int AS n FROM spot_check
        WHERE official_id = ANY($1::uuid[]) AND date BETWEEN $2 AND $3 AND outcome IS NOT NULL GROUP BY official_id, outcome`,
      [officialIds, period.from, period.to],
    );
    const out = new Map<string, SpotCheckCompliance>(officialIds.map((id) => [id, { officialId: id, onTime: 0, late: 0, missed: 0, excused: 0, homeDays: 0 }]));
    for (const r of rows) {
      const c = out.get(r.official_id) as SpotCheckCompliance;
      if (r.outcome === 'ON_TIME') c.onTime = r.n;
      else if (r.outcome === 'LATE') c.late = r.n;
      else if (r.outcome === 'MISSED') c.missed = r.n;
      else c.excused += r.n;
    }
    const officials = await manager.find(UserEntity, { where: { id: In([...officialIds]) }, select: { id: true, unitId: true } });
    const calendar = await this.roster.calendar();
    // The period's days once, not once per official (the board asks for 60 officials at a time).
    const days: string[] = [];
    for (let d = period.from; d <= period.to; d = addDays(d, 1)) days.push(d);
    for (const unitId of new Set(officials.map((o) => o.unitId))) {
      const situation = await this.roster.situation(manager, unitId, period.from, period.to);
      if (situation.approved.length === 0) continue;
      for (const o of officials.filter((x) => x.unitId === unitId)) {
        (out.get(o.id) as SpotCheckCompliance).homeDays = days.filter((d) => HomeRosterService.statusOn(d, calendar, o.id, situation).status === 'HOME').length;
      }
    }
    return [...out.values()];
  }
}
