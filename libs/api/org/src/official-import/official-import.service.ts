import { Injectable } from '@nestjs/common';
import { AccessService, AuditService, AuthUser, BadInputError, PositionEntity, RankEntity, toSearchText, UnitEntity, UserEntity } from '@ketqua/api/core';
import { canGrantAccount, canGrantRole } from '@ketqua/domain';
import { DataSource, In } from 'typeorm';
import { ImportOfficialsResult } from '../official/models/official-payloads.model';
import { LineProblem, parseOfficialsCsv } from './official-csv';

const MAX_REPORTED = 200;

/**
 * CSV import of officials into one agency: every line is checked (format, then codes against the
 * database); if any line is bad nothing is written and every problem is reported with its line.
 * Existing accounts (same email) in the agency are updated; new ones get no password until HR
 * issues one (issueTemporaryPassword).
 */
@Injectable()
export class OfficialImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async import(user: AuthUser, agencyId: string, csv: string): Promise<ImportOfficialsResult> {
    await this.access.assertCanAdministerAgency(user, agencyId);
    const { rows, problems } = parseOfficialsCsv(csv);
    if (problems.length) throw importRefused(problems);

    return this.dataSource.transaction(async (tx) => {
      const units = new Map((await tx.findBy(UnitEntity, { agencyId, active: true })).map((u) => [u.code, u]));
      const positions = new Map((await tx.findBy(PositionEntity, { agencyId, active: true })).map((p) => [p.code, p]));
      const ranks = new Map((await tx.find(RankEntity)).map((r) => [r.code, r]));
      const existing = new Map((await tx.find(UserEntity, { where: { email: In(rows.map((r) => r.email)) }, relations: { unit: true } })).map((u) => [u.email, u]));
      const codes = rows.map((r) => r.employeeCode).filter((c): c is string => !!c);
      const codeOwner = new Map(
        codes.length
          ? (await tx.find(UserEntity, { where: { employeeCode: In(codes) }, select: { id: true, email: true, employeeCode: true } })).map((u) => [u.employeeCode, u.email])
          : [],
      );
      for (const row of rows) {
        const bad = (column: string, vi: string, en: string) => problems.push({ line: row.line, column, vi, en });
        if (!units.has(row.unitCode)) bad('unit_code', `không có đơn vị mã "${row.unitCode}" trong cơ quan`, `no unit "${row.unitCode}" in this agency`);
        if (row.positionCode && !positions.has(row.positionCode)) {
          bad('position_code', `không có vị trí việc làm mã "${row.positionCode}"`, `no position "${row.positionCode}" in this agency`);
        }
        if (row.rankCode && !ranks.has(row.rankCode)) bad('rank_code', `không có ngạch mã "${row.rankCode}"`, `no rank "${row.rankCode}"`);
        if (!canGrantRole(user.role, row.role)) bad('role', `chỉ quản trị được cấp vai trò ${row.role}`, `only an administrator may grant ${row.role}`);
        const current = existing.get(row.email);
        // A line updates the account with that email: the same rule as editing it by hand.
        if (current && !canGrantAccount(user.role, current)) {
          bad(
            'email',
            `tài khoản này có vai trò ${current.role} (hoặc phạm vi toàn thành phố), chỉ quản trị được sửa`,
            `this account has the ${current.role} role (or city scope); only an administrator may change it`,
          );
        }
        const owner = row.employeeCode ? codeOwner.get(row.employeeCode) : undefined;
        if (owner && owner !== row.email)
          bad('employee_code', `mã cán bộ ${row.employeeCode} đã gắn với tài khoản khác`, `the employee code ${row.employeeCode} belongs to another account`);
        if (current && current.unit?.agencyId !== agencyId) {
          bad('email', 'email đã thuộc một công chức của cơ quan khác', 'the email belongs to an official of another agency');
        }
      }
      if (problems.length) throw importRefused(problems);

      const fields = rows.map((row) => ({
        email: row.email,
        fullName: row.fullName,
        staffCategory: row.staffCategory,
        role: row.role,
        isLeader: row.isLeader,
        // Every code was checked above; ?? null keeps the types honest.
        unitId: units.get(row.unitCode)?.id as string,
        positionId: row.positionCode ? (positions.get(row.positionCode)?.id ?? null) : null,
        rankId: row.rankCode ? (ranks.get(row.rankCode)?.id ?? null) : null,
        searchText: toSearchText(row.fullName, row.email),
        employeeCode: row.employeeCode,
      }));
      const toUpdate = fields.filter((f) => existing.has(f.email));
      const toCreate = fields.filter((f) => !existing.has(f.email));
      // One statement each for the new and the existing accounts, whatever the number of lines
      // (one INSERT per line took 4.2 s for 5,000 lines; tools/bench/officials-import.ts).
      const ids = new Map<string, string>();
      if (toUpdate.length) {
        await tx.query(
          `UPDATE app_user u
              SET full_name = v.full_name, staff_category = v.staff_category, role = v.role, is_leader = v.is_leader, unit_id = v.unit_id,
                  position_id = v.position_id, rank_id = v.rank_id, search_text = v.search_text, employee_code = COALESCE(v.employee_code, u.employee_code),
                  version = u.version + 1, updated_at = now()
             FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::boolean[], $6::uuid[], $7::uuid[], $8::uuid[], $9::text[], $10::text[])
                  AS v(id, full_name, staff_category, role, is_leader, unit_id, position_id, rank_id, search_text, employee_code)
            WHERE u.id = v.id`,
          columnsOf(toUpdate, (f) => existing.get(f.email)?.id as string),
        );
        for (const f of toUpdate) ids.set(f.email, existing.get(f.email)?.id as string);
      }
      if (toCreate.length) {
        const inserted: Array<{ id: string; email: string }> = await tx.query(
          `INSERT INTO app_user (email, full_name, staff_category, role, is_leader, unit_id, position_id, rank_id, search_text, employee_code,
                                 active, city_scope, password_hash, must_change_password, version)
           SELECT v.email, v.full_name, v.staff_category, v.role, v.is_leader, v.unit_id, v.position_id, v.rank_id, v.search_text, v.employee_code, true, false, NULL, true, 1
             FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::boolean[], $6::uuid[], $7::uuid[], $8::uuid[], $9::text[], $10::text[])
                  AS v(email, full_name, staff_category, role, is_leader, unit_id, position_id, rank_id, search_text, employee_code)
           RETURNING id, email`,
          columnsOf(toCreate, (f) => f.email),
        );
        for (const row of inserted) ids.set(row.email, row.id);
      }
      const touched = fields.map((f) => ids.get(f.email) as string);
      const created = toCreate.length;
      const updated = toUpdate.length;
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'org.officials.imported',
        entityType: 'agency',
        entityId: agencyId,
        data: { created, updated, lines: rows.length, officialIds: touched },
      });
      return { created, updated, linesRead: rows.length };
    });
  }
}

/** The columns of the import's statements as parallel arrays (for unnest), the first chosen by the caller. */
function columnsOf<
  F extends {
    fullName: string;
    staffCategory: string;
    role: string;
    isLeader: boolean;
    unitId: string;
    positionId: string | null;
    rankId: string | null;
    searchText: string;
    employeeCode: string | null;
  },
>(fields: F[], first: (f: F) => string): unknown[] {
  return [
    fields.map(first),
    fields.map((f) => f.fullName),
    fields.map((f) => f.staffCategory),
    fields.map((f) => f.role),
    fields.map((f) => f.isLeader),
    fields.map((f) => f.unitId),
    fields.map((f) => f.positionId),
    fields.map((f) => f.rankId),
    fields.map((f) => f.searchText),
    fields.map((f) => f.employeeCode),
  ];
}

function importRefused(problems: LineProblem[]): BadInputError {
  const sorted = [...problems].sort((a, b) => a.line - b.line);
  const lines = [...new Set(sorted.map((p) => p.line))];
  const shown = sorted.slice(0, MAX_REPORTED);
  return new BadInputError(
    'IMPORT_REFUSED',
    {
      vi:
        `Tệp có lỗi ở ${lines.length} dòng (${lines.slice(0, 10).join(', ')}${lines.length > 10 ? ', …' : ''}); chưa nhập dòng nào. ` +
        shown
          .slice(0, 5)
          .map((p) => `Dòng ${p.line}${p.column ? ` (${p.column})` : ''}: ${p.vi}`)
          .join('; '),
      en:
        `The file has errors on ${lines.length} line(s) (${lines.slice(0, 10).join(', ')}${lines.length > 10 ? ', …' : ''}); nothing was imported. ` +
        shown
          .slice(0, 5)
          .map((p) => `Line ${p.line}${p.column ? ` (${p.column})` : ''}: ${p.en}`)
          .join('; '),
    },
    shown.map((p) => ({ field: `line ${p.line}${p.column ? `: ${p.column}` : ''}`, message: { vi: `Dòng ${p.line}: ${p.vi}`, en: `Line ${p.line}: ${p.en}` } })),
    { lines: shown.map((p) => ({ line: p.line, column: p.column })) },
  );
}
