import { Injectable } from '@nestjs/common';
import {
  AgencyEntity,
  asciiSlug,
  AuditService,
  AuthUser,
  Clock,
  isStorableText,
  pdfBytesForSigning,
  PersonalDataLog,
  PositionEntity,
  UnitEntity,
  UserEntity,
} from '@ketqua/api/core';
import { formatScore, Grade, GRADES, isLoggedAccess, toLocalDate } from '@ketqua/domain';
import { Readable } from 'node:stream';
import { DataSource, EntityManager, In, IsNull, LessThanOrEqual, MoreThanOrEqual } from 'typeorm';
import { ZipFile } from 'yazl';
import { ActingEvaluatorEntity } from '../acting-evaluator/acting-evaluator.entity';
import { RuleSetSource } from '../criteria/rule-set-source';
import { EvaluationRevisionEntity } from '../evaluation/evaluation-revision.entity';
import { EvaluationEntity } from '../evaluation/evaluation.entity';
import { badField, notFound } from '../evaluation.errors';
import { EvaluationPeriodEntity } from '../period/evaluation-period.entity';
import { EvaluationAccess } from '../shared/evaluation-access';
import { EvaluationRecords } from '../evaluation/evaluation-records';
import { EvaluationRecord } from '../shared/evaluation-record';
import { SheetData, sheetData, SheetInputs } from './sheet-data';
import { renderSheet, renderUnitSummary, UnitSummaryRow } from './sheet-renderer';
import { GRADE_VI, shortDate, STATUS_VI, vietnameseDate } from './sheet-text';

/** A file to send: its name and a stream that renders as it is read. */
export interface SheetFile {
  fileName: string;
  mediaType: 'application/pdf' | 'application/zip';
  stream: Readable;
}

/** What the verification of a printed code answers (evaluationSheet(code)). */
export interface SheetVerification {
  code: string;
  evaluationId: string;
  officialName: string;
  unitName: string;
  agencyName: string;
  periodName: string;
  periodStartsOn: string;
  periodEndsOn: string;
  regime: string;
  grade: Grade | null;
  score: string | null;
  revision: number;
  publishedAt: Date;
  latestRevision: number;
  isLatestRevision: boolean;
  reopened: boolean;
  ruleSetVersion: string;
}

/**
 * A ZIP of PDFs, streamed: yazl asks for an entry's stream only when the archive reaches it
 * (addReadStreamLazy), so one sheet at a time is loaded and rendered and memory stays flat whatever
 * the count. PDFs are already compressed: stored, not deflated again.
 */
export function zipSheets(entries: { fileName: string; render: () => Promise<Readable> }[], mtime: Date): Readable {
  const zip = new ZipFile();
  for (const entry of entries) {
    zip.addReadStreamLazy(entry.fileName, { mtime, compress: false }, (callback) => {
      entry.render().then(
        (stream) => callback(null, stream),
        (error: Error) => callback(error, null as unknown as Readable),
      );
    });
  }
  zip.end();
  return zip.outputStream as Readable;
}

/** The record of an evaluation: the published snapshot for a published revision, else buildRecord on the frozen facts now. */
type Loaded = { e: EvaluationEntity; record: EvaluationRecord };

/**
 * The printed sheets (PRODUCT.md 4.4, issue 11 "Printed sheets"): one evaluation's sheet, the unit's
 * summary and a ZIP of a unit's sheets, each download audited as an access to personal data
 * (`evaluation.sheet-download`), and the verification of a printed code (`evaluation.sheet-verify`).
 * Reads run outside any transaction (the embedded database serialises transactions); each sheet of a
 * ZIP is loaded and rendered only when the archive reaches it, so memory stays flat.
 */
@Injectable()
export class SheetService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: EvaluationAccess,
    private readonly ruleSets: RuleSetSource,
    private readonly records: EvaluationRecords,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly accessLog: PersonalDataLog,
  ) {}

  private get db(): EntityManager {
    return this.dataSource.manager;
  }

  /** A printed sheet is a read of the evaluations on it: logged for each person (HR, inspectors, the administrator), one INSERT. */
  private async logReads(user: AuthUser, evaluations: ReadonlyArray<Pick<EvaluationEntity, 'id' | 'officialId'>>, format: string, operation: string): Promise<void> {
    const bySubject = new Map<string, string[]>();
    for (const e of evaluations) if (isLoggedAccess(user.role, user.id, e.officialId)) bySubject.set(e.officialId, [...(bySubject.get(e.officialId) ?? []), e.id]);
    await this.accessLog.record(
      this.db,
      [...bySubject].map(([subjectId, recordIds]) => ({
        viewerId: user.id,
        viewerRole: user.role,
        subjectId,
        kind: 'EVALUATION' as const,
        recordIds: recordIds.sort(),
        fieldGroups: [format],
        operation,
        purpose: user.purpose ?? null,
      })),
    );
  }

  /** One evaluation's sheet: the official, the evaluator, heads/HR/inspectors whose scope holds its unit. */
  async sheet(user: AuthUser, evaluationId: string): Promise<SheetFile> {
    const e = await this.db.findOneBy(EvaluationEntity, { id: evaluationId });
    if (!e) throw notFound('evaluation', evaluationId);
    await this.access.assertCanRead(user, e);
    const data = await this.sheetDataOf(e);
    await this.audit.record(this.db, {
      actorId: user.id,
      action: 'evaluation.sheet-download',
      entityType: 'evaluation',
      entityId: e.id,
      data: { format: 'SHEET_PDF', officialId: e.officialId, periodId: e.periodId, revision: e.revision, draft: data.draft },
    });
    await this.logReads(user, [e], 'SHEET_PDF', 'GET /evaluation-sheets/:evaluationId');
    return { fileName: this.sheetFileName(data, e), mediaType: 'application/pdf', stream: renderSheet(data, this.clock.now()) };
  }

  /** The unit's summary table for a period: heads, HR, inspectors and admins with the unit in scope. */
  async unitSummary(user: AuthUser, periodId: string, unitId: string): Promise<SheetFile> {
    const { period, unit, agency } = await this.periodAndUnit(user, periodId, unitId);
    const evaluations = await this.db.find(EvaluationEntity, { where: { periodId, unitId } });
    const loaded = await this.loadMany(evaluations);
    const people = await this.usersById(evaluations.map((e) => e.officialId));
    const positions = await this.positionsById(evaluations.map((e) => e.positionId));
    const rows = loaded
      .map(({ e, record }): UnitSummaryRow & { grade0: Grade | null } => ({
        officialName: people.get(e.officialId)?.fullName ?? '—',
        positionName: e.positionId ? (positions.get(e.positionId) ?? null) : null,
        score: record.exactScore === null ? null : formatScore(record.exactScore),
        grade: record.grade === null ? null : GRADE_VI[record.grade],
        grade0: record.grade,
        status: STATUS_VI[e.status],
      }))
      .sort((a, b) => a.officialName.localeCompare(b.officialName, 'vi'));
    const totals = [
      ...GRADES.map((g) => ({ label: GRADE_VI[g], count: rows.filter((r) => r.grade0 === g).length })),
      { label: 'Chưa xếp loại (chưa chấm xong)', count: rows.filter((r) => r.grade0 === null).length },
    ];
    await this.audit.record(this.db, {
      actorId: user.id,
      action: 'evaluation.sheet-download',
      entityType: 'unit',
      entityId: unitId,
      data: { format: 'UNIT_SUMMARY_PDF', periodId, evaluations: evaluations.length },
    });
    await this.logReads(user, evaluations, 'UNIT_SUMMARY_PDF', 'GET /evaluation-sheets/periods/:periodId/units/:unitId/summary');
    const stream = renderUnitSummary(
      {
        agencyName: agency.name,
        unitName: unit.name,
        periodName: period.name,
        periodRange: `Từ ${shortDate(period.startsOn)} đến ${shortDate(period.endsOn)}`,
        rows: rows.map(({ grade0: _, ...r }) => r),
        totals,
        dateLine: `Thành phố Hồ Chí Minh, ${vietnameseDate(this.clock.today())}`,
      },
      this.clock.now(),
    );
    return { fileName: `tong-hop-danh-gia-${asciiSlug(unit.code)}-${asciiSlug(period.name)}.pdf`, mediaType: 'application/pdf', stream };
  }

  /**
   * Every sheet of a unit for a period in one ZIP, streamed: yazl asks for an entry's stream only
   * when it reaches it (addReadStreamLazy), and only then is that sheet loaded and rendered. Names
   * are stable: order by name, the official's name in ASCII, the first 8 characters of the evaluation id.
   */
  async unitZip(user: AuthUser, periodId: string, unitId: string): Promise<SheetFile> {
    const { period, unit } = await this.periodAndUnit(user, periodId, unitId);
    const evaluations = await this.db.find(EvaluationEntity, { where: { periodId, unitId }, select: { id: true, officialId: true, status: true } });
    const people = await this.usersById(evaluations.map((e) => e.officialId));
    const entries = evaluations
      .map((e) => ({ id: e.id, name: people.get(e.officialId)?.fullName ?? '', draft: e.status !== 'PUBLISHED' }))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi') || a.id.localeCompare(b.id));
    await this.audit.record(this.db, {
      actorId: user.id,
      action: 'evaluation.sheet-download',
      entityType: 'unit',
      entityId: unitId,
      data: { format: 'UNIT_ZIP', periodId, evaluationIds: entries.map((x) => x.id) },
    });
    await this.logReads(user, evaluations, 'UNIT_ZIP', 'GET /evaluation-sheets/periods/:periodId/units/:unitId/sheets.zip');
    const createdAt = this.clock.now();
    const width = Math.max(2, String(entries.length).length);
    const zip = zipSheets(
      entries.map((entry, i) => ({
        fileName: `${String(i + 1).padStart(width, '0')}-${asciiSlug(entry.name)}-${entry.id.slice(0, 8)}${entry.draft ? '-ban-nhap' : ''}.pdf`,
        render: () => this.renderById(entry.id, createdAt),
      })),
      createdAt,
    );
    return {
      fileName: `phieu-danh-gia-${asciiSlug(unit.code)}-${asciiSlug(period.name)}.zip`,
      mediaType: 'application/zip',
      stream: zip,
    };
  }

  /** A printed code → the published record it stands for. Any signed-in user (the code is on the paper they hold); audited. */
  async verify(user: AuthUser, rawCode: string): Promise<SheetVerification> {
    const code = rawCode.normalize('NFC').trim();
    if (!isStorableText(code) || code.length > 64) {
      throw badField('INVALID_CODE', 'code', {
        vi: 'mã xác minh không hợp lệ (tối đa 64 ký tự, không có ký tự điều khiển)',
        en: 'not a verification code (at most 64 characters, no control characters)',
      });
    }
    const found = await this.findByCode(code);
    await this.audit.record(this.db, {
      actorId: user.id,
      action: 'evaluation.sheet-verify',
      entityType: 'evaluation',
      entityId: found?.e.id ?? null,
      data: { code, found: found !== null, revision: found?.revision.revision ?? null },
    });
    if (!found) throw notFound('evaluation', code);
    const { e, revision, latest } = found;
    const record = revision.record as unknown as EvaluationRecord;
    const [period, official, unit, agency] = await Promise.all([
      this.db.findOneByOrFail(EvaluationPeriodEntity, { id: e.periodId }),
      this.db.findOneByOrFail(UserEntity, { id: e.officialId }),
      this.db.findOneByOrFail(UnitEntity, { id: e.unitId }),
      this.db.findOneByOrFail(AgencyEntity, { id: e.agencyId }),
    ]);
    return {
      code,
      evaluationId: e.id,
      officialName: official.fullName.normalize('NFC'),
      unitName: unit.name,
      agencyName: agency.name,
      periodName: period.name,
      periodStartsOn: period.startsOn,
      periodEndsOn: period.endsOn,
      regime: e.regime,
      grade: record.grade ?? null,
      score: record.exactScore === null || record.exactScore === undefined ? null : formatScore(record.exactScore),
      revision: revision.revision,
      publishedAt: revision.publishedAt,
      latestRevision: latest,
      isLatestRevision: revision.revision === latest && e.status === 'PUBLISHED',
      reopened: e.status !== 'PUBLISHED' || e.revision > latest,
      ruleSetVersion: record.ruleSetVersion ?? e.ruleSetVersion,
    };
  }

  /**
   * The code on the evaluation row stands for its latest published revision; a code kept in an older
   * revision's record (`record.verificationCode`, when publication stores it there) for that revision.
   */
  private async findByCode(code: string): Promise<{ e: EvaluationEntity; revision: EvaluationRevisionEntity; latest: number } | null> {
    if (!code) return null;
    const revisions = this.db.getRepository(EvaluationRevisionEntity);
    const latestOf = async (evaluationId: string) =>
      Number((await revisions.createQueryBuilder('r').select('MAX(r.revision)', 'max').where('r.evaluationId = :evaluationId', { evaluationId }).getRawOne())?.max ?? 0);
    const e = await this.db.findOneBy(EvaluationEntity, { verificationCode: code });
    if (e) {
      const latest = await latestOf(e.id);
      const revision = latest ? await revisions.findOneBy({ evaluationId: e.id, revision: latest }) : null;
      return revision ? { e, revision, latest } : null;
    }
    const old = await revisions.createQueryBuilder('r').where(`r.record ->> 'verificationCode' = :code`, { code }).getOne();
    if (!old) return null;
    const owner = await this.db.findOneByOrFail(EvaluationEntity, { id: old.evaluationId });
    return { e: owner, revision: old, latest: await latestOf(owner.id) };
  }

  private async periodAndUnit(user: AuthUser, periodId: string, unitId: string) {
    const [period, unit] = await Promise.all([this.db.findOneBy(EvaluationPeriodEntity, { id: periodId }), this.db.findOneBy(UnitEntity, { id: unitId })]);
    if (!period) throw notFound('period', periodId);
    if (!unit) throw notFound('unit', unitId);
    await this.access.assertCanSeeUnit(user, unitId);
    const agency = await this.db.findOneByOrFail(AgencyEntity, { id: unit.agencyId });
    return { period, unit, agency };
  }

  /** The sheet of a published evaluation as the bytes to sign (signature/) and to archive: the download, cut at its `%%EOF` (core's pdfBytesForSigning). */
  renderBytes(e: EvaluationEntity, createdAt: Date): Promise<Buffer> {
    return this.sheetDataOf(e).then((data) => pdfBytesForSigning(renderSheet(data, createdAt)));
  }

  sheetFileNameOf(e: EvaluationEntity, officialName: string, periodName: string): string {
    return `phieu-danh-gia-${asciiSlug(officialName)}-${asciiSlug(periodName)}-${e.id.slice(0, 8)}.pdf`;
  }

  private async renderById(id: string, createdAt: Date): Promise<Readable> {
    const e = await this.db.findOneByOrFail(EvaluationEntity, { id });
    return renderSheet(await this.sheetDataOf(e), createdAt);
  }

  private sheetFileName(data: SheetData, e: EvaluationEntity): string {
    return `phieu-danh-gia-${asciiSlug(data.officialName)}-${asciiSlug(data.periodName)}-${e.id.slice(0, 8)}${data.draft ? '-ban-nhap' : ''}.pdf`;
  }

  /**
   * Records of many evaluations: the published snapshot of a published revision, else the records
   * every page shows (EvaluationRecords: buildRecord on the frozen facts, leaders with the grades of
   * the evaluations they make).
   */
  private async loadMany(evaluations: EvaluationEntity[]): Promise<Loaded[]> {
    if (!evaluations.length) return [];
    const published = evaluations.filter((e) => e.status === 'PUBLISHED');
    const revisions = published.length ? await this.db.find(EvaluationRevisionEntity, { where: { evaluationId: In(published.map((e) => e.id)) } }) : [];
    const snapshotOf = (e: EvaluationEntity) => revisions.find((r) => r.evaluationId === e.id && r.revision === e.revision);
    const computed = await this.records.recordsOf(
      this.db,
      evaluations.filter((e) => !snapshotOf(e)),
    );
    return evaluations.map((e) => ({ e, record: (snapshotOf(e)?.record as unknown as EvaluationRecord | undefined) ?? (computed.get(e.id) as EvaluationRecord) }));
  }

  /** SheetData of one evaluation: its record (snapshot or computed), the rule set's sub-criteria, and the names. */
  private async sheetDataOf(e: EvaluationEntity): Promise<SheetData> {
    const [{ record }] = await this.loadMany([e]);
    const ruleSet = await this.ruleSets.get(e.ruleSetVersion);
    const period = await this.db.findOneByOrFail(EvaluationPeriodEntity, { id: e.periodId });
    const unit = await this.db.findOneByOrFail(UnitEntity, { id: e.unitId });
    const agency = await this.db.findOneByOrFail(AgencyEntity, { id: e.agencyId });
    const people = await this.usersById([e.officialId, e.evaluatorId, e.scoredById, e.approvedById, e.publishedById]);
    const position = e.positionId ? await this.db.findOneBy(PositionEntity, { id: e.positionId }) : null;
    const nameOf = (id: string | null) => (id ? (people.get(id)?.fullName ?? null) : null);
    let acting: SheetInputs['names']['acting'] = null;
    if (e.scoredById && e.scoredAt && e.scoredById !== e.evaluatorId) {
      const day = toLocalDate(e.scoredAt);
      const appointment = await this.db.findOne(ActingEvaluatorEntity, {
        where: { unitId: e.unitId, actingUserId: e.scoredById, startsOn: LessThanOrEqual(day), endsOn: MoreThanOrEqual(day), revokedAt: IsNull() },
      });
      if (appointment) acting = { name: nameOf(e.scoredById) ?? '—', standsFor: nameOf(e.evaluatorId), decisionDocument: appointment.decisionDocument };
    }
    return sheetData({
      evaluation: {
        regime: e.regime,
        status: e.status,
        revision: e.revision,
        selfScores: e.selfScores,
        generalScores: e.generalScores,
        proposedGrade: e.proposedGrade,
        selfAssessmentText: e.selfAssessmentText,
        headComment: e.headComment,
        verificationCode: e.verificationCode,
      },
      record,
      ruleSet,
      names: {
        official: nameOf(e.officialId) ?? '—',
        position: position?.name ?? null,
        unit: unit.name,
        agency: agency.name,
        period: period.name,
        periodStartsOn: period.startsOn,
        periodEndsOn: period.endsOn,
        evaluator: nameOf(e.scoredById) ?? nameOf(e.evaluatorId),
        acting,
        approver: nameOf(e.approvedById) ?? nameOf(e.publishedById),
      },
      date: e.status === 'PUBLISHED' && e.publishedAt ? toLocalDate(e.publishedAt) : this.clock.today(),
    });
  }

  private async usersById(ids: (string | null)[]): Promise<Map<string, UserEntity>> {
    const wanted = [...new Set(ids.filter((x): x is string => !!x))];
    if (!wanted.length) return new Map();
    const users = await this.db.find(UserEntity, { where: { id: In(wanted) }, select: { id: true, fullName: true, unitId: true } });
    return new Map(users.map((u) => [u.id, u]));
  }

  private async positionsById(ids: (string | null)[]): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((x): x is string => !!x))];
    if (!wanted.length) return new Map();
    const rows = await this.db.find(PositionEntity, { where: { id: In(wanted) }, select: { id: true, name: true } });
    return new Map(rows.map((p) => [p.id, p.name]));
  }
}
