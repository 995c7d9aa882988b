import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import {
  AccessService,
  AgencyEntity,
  AppConfig,
  assertVersion,
  AuditService,
  AuthUser,
  BadInputError,
  Clock,
  DocumentSystemClient,
  IncomingDocumentPayload,
  isStorableText,
  JobQueue,
  outOfScope,
  Role,
  UnitEntity,
} from '@ketqua/api/core';
import { DataSource, EntityManager, In } from 'typeorm';
import { CreateAssignmentInput } from '../assignment/dto/assignment.inputs';
import { AssignmentService } from '../assignment/assignment.service';
import { notFound } from '../work.errors';
import { ConfirmIncomingDocumentInput, DismissIncomingDocumentInput } from './dto/incoming-document.inputs';
import { IncomingDocumentEntity } from './incoming-document.entity';
import { IncomingDocumentPull } from './models/incoming-document.model';

export const INCOMING_PULL_JOB = 'work.incoming-documents-pull';
/** The source name stored with each document (one document system per deployment). */
export const DOCUMENT_SYSTEM_SOURCE = 'qlvb';

const WHAT = { vi: 'văn bản đến', en: 'incoming document' };
const DATE = /^\d{4}-\d{2}-\d{2}$/;

interface ValidDocument {
  externalId: string;
  number: string;
  symbol: string;
  title: string;
  summary: string | null;
  issuedOn: string | null;
  dueOn: string | null;
  agencyCode: string;
  unitCode: string;
}

/** A document as sent → the fields Ketqua keeps, or why it is left out (NUL bytes, missing number/symbol, bad dates, too long). */
function validate(d: IncomingDocumentPayload): ValidDocument | string {
  const text = (v: unknown, max: number): string | null => (typeof v === 'string' && isStorableText(v) && v.trim() && v.length <= max ? v.normalize('NFC').trim() : null);
  const optional = (v: unknown, max: number): string | null | undefined => (v === undefined || v === null || v === '' ? null : (text(v, max) ?? undefined));
  const date = (v: unknown): string | null | undefined =>
    v === undefined || v === null || v === '' ? null : typeof v === 'string' && DATE.test(v) && !Number.isNaN(Date.parse(v)) ? v : undefined;
  const externalId = text(d.id, 200);
  if (!externalId) return 'id: required text (≤ 200 characters, no NUL)';
  const number = text(d.number, 50);
  const symbol = text(d.symbol, 100);
  if (!number || !symbol) return 'number and symbol (số, ký hiệu): required text';
  const title = text(d.title, 500);
  if (!title) return 'title: required text (≤ 500 characters)';
  const summary = optional(d.summary, 5000);
  if (summary === undefined) return 'summary: text (≤ 5000 characters) or null';
  const issuedOn = date(d.issuedOn);
  const dueOn = date(d.dueOn);
  if (issuedOn === undefined || dueOn === undefined) return 'issuedOn/dueOn: YYYY-MM-DD or null';
  const agencyCode = text(d.agencyCode, 50);
  const unitCode = text(d.unitCode, 50);
  if (!agencyCode || !unitCode) return 'agencyCode and unitCode: required';
  return { externalId, number, symbol, title, summary, issuedOn, dueOn, agencyCode, unitCode };
}

/**
 * The document system's incoming documents as draft assignments (PRODUCT.md 6): a pull fetches
 * them (DocumentSystemClient, core) outside any transaction, then writes every new one in one
 * transaction, `ON CONFLICT (source, external_id) DO NOTHING` — a repeated or concurrent pull never
 * duplicates a document, and a system that is down changes nothing (SERVICE_UNAVAILABLE; the
 * scheduled job retries at its next run). The unit's head confirms a draft into assignments (the
 * ordinary AssignmentService.create, in the same transaction, with số/ký hiệu as the source
 * document) or dismisses it.
 */
@Injectable()
export class IncomingDocumentService implements OnModuleInit {
  private readonly logger = new Logger(IncomingDocumentService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly client: DocumentSystemClient,
    private readonly access: AccessService,
    private readonly assignments: AssignmentService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly jobs: JobQueue,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    if (!this.client.configured) return;
    this.jobs.register(
      INCOMING_PULL_JOB,
      async () => {
        const result = await this.pull(null);
        this.logger.log(`document system pull: ${result.created} new of ${result.fetched} (${result.skipped.length} skipped)`);
      },
      { cron: this.config.DOCUMENT_SYSTEM_PULL_CRON },
    );
  }

  /**
   * On demand (HR, a unit head, ADMIN) or by the scheduled job (actor null). A person pulls for
   * their own scope (PRODUCT.md 1: a head's units and those below, an agency's HR their agency):
   * only the documents addressed to a unit in it become drafts and are counted or reported in the
   * answer; the others are left untouched in the document system for their own units' deciders or
   * the next scheduled run, which, like ADMIN and city-wide HR, pulls everything (and reports the
   * documents naming no unit of Ketqua, which belong to nobody's scope).
   */
  async pull(user: AuthUser | null): Promise<IncomingDocumentPull> {
    if (!this.client.configured)
      throw new BadInputError('DOCUMENT_SYSTEM_NOT_CONFIGURED', {
        vi: 'Chưa cấu hình kết nối hệ thống quản lý văn bản và điều hành.',
        en: 'The document management system is not configured.',
      });
    const scope = user ? (await this.access.scopeOf(user)).units : ({ all: true } as const);
    const answered = await this.client.fetchDocuments();
    // Each document's addressee as sent (even when the rest of it is invalid), to tell whose it is.
    const code = (v: unknown): string | null => (typeof v === 'string' && isStorableText(v) && v.trim() ? v.normalize('NFC').trim() : null);
    const agencies = await this.dataSource.manager.find(AgencyEntity, { select: { id: true, code: true } });
    const agencyByCode = new Map(agencies.map((a) => [a.code, a.id]));
    const unitCodes = [...new Set(answered.map((d) => code((d as IncomingDocumentPayload | null)?.unitCode)).filter((c): c is string => c !== null))];
    const units = unitCodes.length ? await this.dataSource.manager.find(UnitEntity, { where: { code: In(unitCodes) }, select: { id: true, code: true, agencyId: true } }) : [];
    const unitNamed = (agencyCode: unknown, unitCode: unknown) => {
      const agencyId = agencyByCode.get(code(agencyCode) ?? '');
      return units.find((u) => u.code === code(unitCode) && u.agencyId === agencyId);
    };
    const documents = answered
      .map((d, i) => ({ d: (d ?? {}) as IncomingDocumentPayload, i }))
      .filter(({ d }) => {
        if (scope.all) return true;
        const unit = unitNamed(d.agencyCode, d.unitCode);
        return unit !== undefined && scope.ids.includes(unit.id);
      });
    const skipped: { externalId: string; reason: string }[] = [];
    const valid: ValidDocument[] = [];
    for (const { d, i } of documents) {
      const v = validate(d);
      if (typeof v === 'string') skipped.push({ externalId: typeof d.id === 'string' && isStorableText(d.id) ? d.id.slice(0, 200) : `#${i + 1}`, reason: v });
      else if (valid.some((x) => x.externalId === v.externalId)) skipped.push({ externalId: v.externalId, reason: 'sent twice in one answer' });
      else valid.push(v);
    }
    const rows = valid.flatMap((v) => {
      const unit = unitNamed(v.agencyCode, v.unitCode);
      if (!unit) {
        skipped.push({ externalId: v.externalId, reason: `no unit ${v.agencyCode}/${v.unitCode} in Ketqua` });
        return [];
      }
      return [{ ...v, unitId: unit.id }];
    });
    const now = this.clock.now();
    const created = await this.dataSource.transaction(async (tx) => {
      let inserted: { id: string; unit_id: string; external_id: string }[] = [];
      if (rows.length) {
        inserted = (await tx.query(
          `INSERT INTO incoming_document (source, external_id, unit_id, number, symbol, title, summary, issued_on, due_on, pulled_at)
           SELECT $1, d.external_id, d.unit_id, d.number, d.symbol, d.title, d.summary, d.issued_on, d.due_on, $2
             FROM jsonb_to_recordset($3::jsonb) AS d(external_id text, unit_id uuid, number text, symbol text, title text, summary text, issued_on date, due_on date)
           ON CONFLICT (source, external_id) DO NOTHING
           RETURNING id, unit_id, external_id`,
          [
            DOCUMENT_SYSTEM_SOURCE,
            now,
            JSON.stringify(
              rows.map((r) => ({
                external_id: r.externalId,
                unit_id: r.unitId,
                number: r.number,
                symbol: r.symbol,
                title: r.title,
                summary: r.summary,
                issued_on: r.issuedOn,
                due_on: r.dueOn,
              })),
            ),
          ],
        )) as { id: string; unit_id: string; external_id: string }[];
      }
      await this.audit.record(tx, {
        actorId: user?.id ?? null,
        action: 'work.incoming.pulled',
        entityType: 'incoming_document',
        entityId: null,
        data: {
          source: DOCUMENT_SYSTEM_SOURCE,
          // What the system answered, and how much of it was this pull's (the caller's scope).
          answered: answered.length,
          scope: scope.all ? 'all' : 'units',
          fetched: documents.length,
          created: inserted.map((r) => r.external_id),
          skipped: skipped.length,
        },
      });
      return inserted.length;
    });
    return Object.assign(new IncomingDocumentPull(), { fetched: documents.length, created, alreadyKnown: rows.length - created, skipped });
  }

  /** The drafts (or decided documents) of the units in the caller's scope, newest first, at most 200. */
  async list(user: AuthUser, status: string): Promise<IncomingDocumentEntity[]> {
    const scope = await this.access.scopeOf(user);
    if (scope.ownRecordsOnly) return [];
    const qb = this.dataSource.manager
      .createQueryBuilder(IncomingDocumentEntity, 'd')
      .where('d.status = :status', { status })
      .orderBy('d.createdAt', 'DESC')
      .addOrderBy('d.id')
      .take(200);
    if (!scope.units.all) qb.andWhere('d.unitId = ANY(:units)', { units: scope.units.ids });
    return qb.getMany();
  }

  private locked(user: AuthUser, id: string, version: number) {
    return async (tx: EntityManager) => {
      const doc = await tx.findOne(IncomingDocumentEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!doc) throw notFound('incomingDocument', id);
      if (!(await this.access.canSeeUnit(user, doc.unitId))) throw outOfScope('văn bản đến này', 'this incoming document');
      assertVersion(WHAT, version, doc.version);
      if (doc.status !== 'DRAFT')
        throw new BadInputError('INCOMING_DOCUMENT_DECIDED', { vi: 'Văn bản này đã được xử lý.', en: 'This document was already decided.' }, [
          { field: 'input.id', message: { vi: `trạng thái ${doc.status}`, en: `status ${doc.status}` } },
        ]);
      return doc;
    };
  }

  /** The unit's head (or HR in scope) turns the draft into assignments with its số/ký hiệu; one transaction. */
  async confirm(user: AuthUser, input: ConfirmIncomingDocumentInput): Promise<IncomingDocumentEntity> {
    this.assertDecider(user);
    const lock = this.locked(user, input.id, input.version);
    return this.dataSource.transaction(async (tx) => {
      const doc = await lock(tx);
      const created = await this.assignments.create(
        user,
        Object.assign(new CreateAssignmentInput(), {
          assigneeIds: input.assigneeIds,
          title: doc.title,
          description: doc.summary ?? '',
          catalogueItemId: input.catalogueItemId ?? null,
          quantity: input.quantity,
          deadline: input.deadline,
          sourceDocument: `${doc.number}/${doc.symbol}`,
          attachmentIds: [],
        }),
      );
      doc.status = 'CONFIRMED';
      doc.decidedById = user.id;
      doc.decidedAt = this.clock.now();
      doc.assignmentIds = created.map((a) => a.id);
      const saved = await tx.save(doc);
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'work.incoming.confirmed',
        entityType: 'incoming_document',
        entityId: doc.id,
        data: { source: doc.source, externalId: doc.externalId, sourceDocument: `${doc.number}/${doc.symbol}`, assignmentIds: saved.assignmentIds },
      });
      return saved;
    });
  }

  async dismiss(user: AuthUser, input: DismissIncomingDocumentInput): Promise<IncomingDocumentEntity> {
    this.assertDecider(user);
    const lock = this.locked(user, input.id, input.version);
    return this.dataSource.transaction(async (tx) => {
      const doc = await lock(tx);
      doc.status = 'DISMISSED';
      doc.decidedById = user.id;
      doc.decidedAt = this.clock.now();
      const saved = await tx.save(doc);
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'work.incoming.dismissed',
        entityType: 'incoming_document',
        entityId: doc.id,
        data: { source: doc.source, externalId: doc.externalId },
      });
      return saved;
    });
  }

  private assertDecider(user: AuthUser): void {
    if (user.role !== Role.UNIT_HEAD && user.role !== Role.HR) throw outOfScope('văn bản đến', 'incoming documents');
  }
}
