import { Injectable } from '@nestjs/common';
import { AuditService, AuthUser, BadInputError, Clock, importRefused, UserEntity } from '@ketqua/api/core';
import { DataSource, In } from 'typeorm';
import { AssignmentService } from '../assignment/assignment.service';
import { CatalogueItemEntity } from '../catalogue/catalogue-item.entity';
import { WorkAccess } from '../shared/work-access';
import { parseAssignmentsCsv } from './assignment-csv';

/**
 * CSV import of assignments from the document-management system's export: every line is checked
 * (format, then people, scope and catalogue against the database); one bad line and nothing is
 * written, every problem reported with its line number. Otherwise each line becomes an assignment
 * exactly as createAssignment would make it (audited, the official told), in one transaction.
 */
@Injectable()
export class AssignmentImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly assignments: AssignmentService,
    private readonly access: WorkAccess,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async import(user: AuthUser, csv: string): Promise<{ created: number; linesRead: number; assignmentIds: string[] }> {
    const { rows, problems } = parseAssignmentsCsv(csv);
    // A file that cannot be read has no lines to check further; otherwise every line is checked
    // against the database too, so one answer names every problem.
    if (!rows.length) throw importRefused(problems);
    const badFormat = new Set(problems.map((p) => p.line));
    return this.dataSource.transaction(async (tx) => {
      const people = new Map((await tx.findBy(UserEntity, { email: In([...new Set(rows.map((r) => r.email))]) })).map((u) => [u.email, u]));
      const codes = [...new Set(rows.map((r) => r.catalogueCode).filter((c): c is string => !!c))];
      const items = codes.length ? await tx.findBy(CatalogueItemEntity, { code: In(codes), active: true }) : [];
      const now = this.clock.now();
      const ready = [];
      for (const row of rows.filter((r) => !badFormat.has(r.line))) {
        const bad = (column: string, vi: string, en: string) => problems.push({ line: row.line, column, vi, en });
        const assignee = people.get(row.email);
        if (!assignee || !assignee.active) {
          bad('assignee_email', `không có công chức đang hoạt động với email ${row.email}`, `no active official with email ${row.email}`);
          continue;
        }
        if (row.deadline.getTime() <= now.getTime()) bad('deadline', 'hạn xử lý đã qua', 'the deadline has passed');
        // The item of that code in the closest unit above the assignee (codes are unique per unit).
        let item: CatalogueItemEntity | null = null;
        if (row.catalogueCode) {
          const candidates = items.filter((i) => i.code === row.catalogueCode);
          for (const candidate of candidates) if (await this.access.isWithin(tx, assignee.unitId, candidate.unitId)) item = candidate;
          if (!item) {
            bad(
              'catalogue_code',
              `không có sản phẩm mã "${row.catalogueCode}" trong danh mục của đơn vị ${assignee.fullName}`,
              `no item "${row.catalogueCode}" in the catalogue of ${assignee.fullName}'s unit`,
            );
            continue;
          }
        }
        try {
          await this.assignments.checkAssignee(tx, user, assignee, item, 'line');
        } catch (error) {
          const field = (error as BadInputError).details?.fields?.[0];
          bad('assignee_email', field?.message.vi ?? String(error), field?.message.en ?? String(error));
          continue;
        }
        ready.push({ row, assignee, item });
      }
      if (problems.length) throw importRefused(problems);
      const ids: string[] = [];
      for (const { row, assignee, item } of ready) {
        const created = await this.assignments.insert(tx, user, {
          assignee,
          title: row.title,
          description: row.description,
          catalogueItem: item,
          quantity: row.quantity,
          deadline: row.deadline,
          sourceDocument: row.documentNumber,
          attachmentIds: [],
        });
        ids.push(created.id);
      }
      await this.audit.record(tx, { actorId: user.id, action: 'work.assignments.imported', entityType: 'assignment', data: { lines: rows.length, assignmentIds: ids } });
      return { created: ids.length, linesRead: rows.length, assignmentIds: ids };
    });
  }
}
