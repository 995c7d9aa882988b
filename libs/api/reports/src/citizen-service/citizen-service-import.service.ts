import { Injectable } from '@nestjs/common';
import { AccessService, AuditService, AuthUser, Clock, importRefused, LineProblem, UnitEntity, UserEntity } from '@ketqua/api/core';
import { toLocalDate } from '@ketqua/domain';
import { DataSource, In } from 'typeorm';
import { CitizenServiceRecordEntity } from './citizen-service-record.entity';
import { parseCitizenServiceCsv } from './citizen-service-csv';

export interface CitizenServiceImportResult {
  linesRead: number;
  created: number;
  replaced: number;
}

/**
 * HR's import of the administrative-procedure system's monthly figures: every line is checked
 * (format, then the official, their agency against HR's scope, the month not in the future); one
 * bad line and nothing is written, every problem named by its line. Otherwise each line upserts its
 * official × month in one transaction, and one audit event keeps the replaced figures.
 */
@Injectable()
export class CitizenServiceImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async import(user: AuthUser, csv: string): Promise<CitizenServiceImportResult> {
    const { rows, problems } = parseCitizenServiceCsv(csv);
    if (!rows.length) throw importRefused(problems);
    const badFormat = new Set(problems.map((p) => p.line));
    const thisMonth = `${this.clock.today().slice(0, 7)}-01`;
    return this.dataSource.transaction(async (tx) => {
      const people = new Map((await tx.findBy(UserEntity, { email: In([...new Set(rows.map((r) => r.email))]) })).map((u) => [u.email, u]));
      const units = new Map((await tx.findBy(UnitEntity, { id: In([...new Set([...people.values()].map((p) => p.unitId))]) })).map((u) => [u.id, u]));
      const ready: Array<{ row: (typeof rows)[number]; official: UserEntity; agencyId: string }> = [];
      for (const row of rows.filter((r) => !badFormat.has(r.line))) {
        const bad = (column: string, vi: string, en: string) => problems.push({ line: row.line, column, vi, en } satisfies LineProblem);
        const official = people.get(row.email);
        const unit = official ? units.get(official.unitId) : undefined;
        if (!official || !official.active || !unit) {
          bad('email', `không có công chức đang hoạt động với email ${row.email}`, `no active official with email ${row.email}`);
          continue;
        }
        // HR imports for the officials of their own agency (city-wide HR for every agency).
        if (!(await this.access.canSeeAgency(user, unit.agencyId))) {
          bad('email', `${official.fullName} không thuộc cơ quan của bạn`, `${official.fullName} is not an official of your agency`);
          continue;
        }
        if (row.month > thisMonth) bad('month', 'tháng chưa đến', 'the month has not come yet');
        else ready.push({ row, official, agencyId: unit.agencyId });
      }
      if (problems.length) throw importRefused(problems);
      const existing: Array<{ official_id: string; month: string; dossiers_handled: number; dossiers_on_time: number; satisfaction_percent: string | null }> = await tx.query(
        `SELECT r.official_id, to_char(r.month, 'YYYY-MM-DD') AS month, r.dossiers_handled, r.dossiers_on_time, r.satisfaction_percent
           FROM citizen_service_record r JOIN unnest($1::uuid[], $2::date[]) AS k(official_id, month) ON k.official_id = r.official_id AND k.month = r.month`,
        [ready.map((r) => r.official.id), ready.map((r) => r.row.month)],
      );
      const before = new Map(existing.map((e) => [`${e.official_id}|${e.month}`, e]));
      const now = this.clock.now();
      const values = ready.map(({ row, official, agencyId }) => ({
        officialId: official.id,
        month: row.month,
        unitId: official.unitId,
        agencyId,
        dossiersHandled: row.dossiersHandled,
        dossiersOnTime: row.dossiersOnTime,
        satisfactionPercent: row.satisfactionPercent,
        importedById: user.id,
        updatedAt: now,
      }));
      for (let i = 0; i < values.length; i += 500) {
        await tx
          .createQueryBuilder()
          .insert()
          .into(CitizenServiceRecordEntity)
          .values(values.slice(i, i + 500))
          .orUpdate(['unit_id', 'agency_id', 'dossiers_handled', 'dossiers_on_time', 'satisfaction_percent', 'imported_by_id', 'updated_at'], ['official_id', 'month'])
          .execute();
      }
      const replaced = values
        .map((v) => before.get(`${v.officialId}|${v.month}`))
        .filter((e) => e !== undefined)
        .map((e) => ({
          officialId: e.official_id,
          month: e.month,
          dossiersHandled: e.dossiers_handled,
          dossiersOnTime: e.dossiers_on_time,
          satisfactionPercent: e.satisfaction_percent === null ? null : Number(e.satisfaction_percent),
        }));
      const months = [...new Set(values.map((v) => v.month))].sort();
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'reports.citizen_service.imported',
        entityType: 'citizen_service_record',
        data: { lines: rows.length, created: values.length - replaced.length, replaced, months, importedOn: toLocalDate(now) },
      });
      return { linesRead: rows.length, created: values.length - replaced.length, replaced: replaced.length };
    });
  }
}
