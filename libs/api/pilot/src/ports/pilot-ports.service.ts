import { Injectable } from '@nestjs/common';
import { AbsenceSource, AbsenceSpan, PilotScope, PilotScopeSource } from '@ketqua/api/core';
import { LocalDate } from '@ketqua/domain';
import { DataSource, EntityManager } from 'typeorm';

/**
 * The pilot module's side of core's PilotScopeSource and AbsenceSource ports: the units a pilot
 * covers, and the absences heads recorded (leave, sick leave, business trips), one query each.
 */
@Injectable()
export class PilotScopeService extends PilotScopeSource {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async pilotOf(pilotId: string, tx?: EntityManager): Promise<PilotScope | null> {
    const rows: Array<{ id: string; name: string; unit_ids: string[] }> = await (tx ?? this.dataSource.manager).query(
      `SELECT p.id, p.name, COALESCE(array_agg(pu.unit_id) FILTER (WHERE pu.unit_id IS NOT NULL), '{}') AS unit_ids
         FROM pilot p LEFT JOIN pilot_unit pu ON pu.pilot_id = p.id WHERE p.id = $1 GROUP BY p.id`,
      [pilotId],
    );
    return rows[0] ? { id: rows[0].id, name: rows[0].name, unitIds: rows[0].unit_ids } : null;
  }

  async pilotIdsWithUnits(unitIds: readonly string[], tx?: EntityManager): Promise<string[]> {
    if (!unitIds.length) return [];
    const rows: Array<{ pilot_id: string }> = await (tx ?? this.dataSource.manager).query(`SELECT DISTINCT pilot_id FROM pilot_unit WHERE unit_id = ANY($1::uuid[])`, [
      [...unitIds],
    ]);
    return rows.map((r) => r.pilot_id);
  }
}

@Injectable()
export class PilotAbsenceService extends AbsenceSource {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async absencesOf(officialIds: readonly string[], period: { from: LocalDate; to: LocalDate }, tx?: EntityManager): Promise<AbsenceSpan[]> {
    if (!officialIds.length) return [];
    const rows: Array<{ official_id: string; kind: string; start_date: string; end_date: string }> = await (tx ?? this.dataSource.manager).query(
      `SELECT official_id, kind, greatest(start_date, $2::date)::text AS start_date, least(end_date, $3::date)::text AS end_date
         FROM absence
        WHERE official_id = ANY($1::uuid[]) AND cancelled_at IS NULL AND start_date <= $3::date AND end_date >= $2::date
        ORDER BY official_id, start_date`,
      [[...officialIds], period.from, period.to],
    );
    return rows.map((r) => ({ officialId: r.official_id, kind: r.kind, startDate: r.start_date, endDate: r.end_date }));
  }
}
