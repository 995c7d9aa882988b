import { Injectable } from '@nestjs/common';
import {
  AgencyEntity,
  AppConfig,
  ArchiveBundleWriter,
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  ArchivedAuditEvent,
  ArchiveManifest,
  AUDIT_CHAIN_PATH,
  AUDIT_EVENTS_PATH,
  asciiSlug,
  AuditEventRow,
  AuditService,
  AuthUser,
  BadInputError,
  Clock,
  jsonBytes,
  PilotReportArchiveSource,
  PositionEntity,
  sha256Hex,
  UnitEntity,
  UserEntity,
} from '@ketqua/api/core';
import { formatScore } from '@ketqua/domain';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { DataSource, EntityManager, In } from 'typeorm';
import { EvaluationRevisionEntity } from '../evaluation/evaluation-revision.entity';
import { EvaluationEntity } from '../evaluation/evaluation.entity';
import { notFound } from '../evaluation.errors';
import { EvaluationPeriodEntity } from '../period/evaluation-period.entity';
import { EvaluationPeriodService } from '../period/evaluation-period.service';
import { EvaluationRecord } from '../shared/evaluation-record';
import { SheetService } from '../sheet/sheet.service';
import { RecordSignatureEntity } from '../signature/record-signature.entity';

export interface PeriodArchive {
  fileName: string;
  /** The bundle's size in bytes and SHA-256, measured as it was written. */
  bytes: number;
  zipSha256: string;
  manifest: ArchiveManifest;
  manifestSha256: string;
}

/**
 * The electronic archive bundle of a closed evaluation period (PRODUCT.md 6, lưu trữ điện tử;
 * format in docs/ARCHIVE.md): the published records as JSON and PDF, their accepted digital
 * signatures, the pilot report of the period's months (through core's PilotReportArchiveSource),
 * and the audit excerpt — every event about the period and its evaluations, with the hashes that
 * tie each to the chain and the chain head at export. HR of the agency (or city-wide) and ADMIN;
 * only a CLOSED period; the export is audited (archive.export, with the manifest's SHA-256).
 * Written in constant memory (ArchiveBundleWriter): each entry goes to a spool file under
 * KETQUA_DATA_DIR/archives as it is produced, hashed on the way, then into the ZIP.
 */
@Injectable()
export class PeriodArchiveService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly periods: EvaluationPeriodService,
    private readonly sheets: SheetService,
    private readonly pilotReport: PilotReportArchiveSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    config: AppConfig,
  ) {
    this.workDir = resolve(config.KETQUA_DATA_DIR, 'archives');
  }

  /** Where bundles are spooled while they are made (and where the download writes its file before sending it). */
  readonly workDir: string;

  /** Writes the bundle to `target` (a new file; it must not exist). */
  async build(user: AuthUser, periodId: string, target: string): Promise<PeriodArchive> {
    const db = this.dataSource.manager;
    const period = await db.findOneBy(EvaluationPeriodEntity, { id: periodId });
    if (!period) throw notFound('period', periodId);
    await this.periods.assertCanManage(db, user, period);
    if (period.status !== 'CLOSED')
      throw new BadInputError('PERIOD_NOT_CLOSED', { vi: 'Chỉ lưu trữ kỳ đánh giá đã kết thúc.', en: 'Only a closed evaluation period is archived.' }, [
        { field: 'periodId', message: { vi: `kỳ đang ở trạng thái ${period.status}`, en: `the period is ${period.status}` } },
      ]);
    const createdAt = this.clock.now();
    const bundle = await ArchiveBundleWriter.open(this.workDir);
    try {
      return await this.write(db, user, period, createdAt, bundle, target);
    } catch (error) {
      await bundle.discard();
      throw error;
    }
  }

  private async write(db: EntityManager, user: AuthUser, period: EvaluationPeriodEntity, createdAt: Date, bundle: ArchiveBundleWriter, target: string): Promise<PeriodArchive> {
    const periodId = period.id;

    const evaluations = await db.find(EvaluationEntity, { where: { periodId, status: 'PUBLISHED' } });
    const positionIds = [...new Set(evaluations.map((e) => e.positionId).filter((x): x is string => !!x))];
    const userIds = evaluations.flatMap((e) => [e.officialId, e.publishedById, e.approvedById, e.evaluatorId]).filter((x): x is string => !!x);
    const [people, units, agencies, positions, signatures] = await Promise.all([
      userIds.length ? db.find(UserEntity, { where: { id: In([...new Set(userIds)]) }, select: { id: true, fullName: true, email: true } }) : [],
      evaluations.length ? db.findBy(UnitEntity, { id: In([...new Set(evaluations.map((e) => e.unitId))]) }) : [],
      db.find(AgencyEntity),
      positionIds.length ? db.findBy(PositionEntity, { id: In(positionIds) }) : [],
      evaluations.length
        ? db.find(RecordSignatureEntity, {
            where: { evaluationId: In(evaluations.map((e) => e.id)) },
            select: {
              id: true,
              evaluationId: true,
              revision: true,
              capacity: true,
              signedSha256: true,
              signerName: true,
              signerSerial: true,
              issuerName: true,
              signingTime: true,
              verifiedAt: true,
            },
          })
        : [],
    ]);
    const person = new Map(people.map((p) => [p.id, p]));
    const unitName = new Map(units.map((u) => [u.id, u.name]));
    const agencyName = new Map(agencies.map((a) => [a.id, a.name]));
    const positionName = new Map(positions.map((p) => [p.id, p.name]));
    const named = evaluations
      .map((e) => ({ e, name: (person.get(e.officialId)?.fullName ?? '').normalize('NFC') }))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi') || a.e.id.localeCompare(b.e.id));
    const width = Math.max(3, String(named.length).length);
    const ruleSetVersions = new Set<string>();
    let signatureCount = 0;
    for (const [i, { e, name }] of named.entries()) {
      // The published revision's record, one at a time: the period's records together are the bulk of what the bundle would hold.
      const revision = await db.findOneBy(EvaluationRevisionEntity, { evaluationId: e.id, revision: e.revision });
      const record = (revision?.record ?? {}) as unknown as EvaluationRecord;
      ruleSetVersions.add(record.ruleSetVersion ?? e.ruleSetVersion);
      const stem = `records/${String(i + 1).padStart(width, '0')}-${asciiSlug(name)}-${e.id.slice(0, 8)}`;
      const signed = signatures.filter((s) => s.evaluationId === e.id && s.revision === e.revision);
      signatureCount += signed.length;
      await bundle.write(
        `${stem}.json`,
        jsonBytes({
          evaluationId: e.id,
          revision: e.revision,
          official: { id: e.officialId, name, email: person.get(e.officialId)?.email ?? null },
          unit: { id: e.unitId, name: unitName.get(e.unitId) ?? null },
          agency: { id: e.agencyId, name: agencyName.get(e.agencyId) ?? null },
          position: e.positionId ? (positionName.get(e.positionId) ?? null) : null,
          regime: e.regime,
          isLeader: e.isLeader,
          grade: record.grade ?? null,
          score: record.exactScore === null || record.exactScore === undefined ? null : formatScore(record.exactScore),
          publishedAt: (revision?.publishedAt ?? e.publishedAt)?.toISOString() ?? null,
          publishedBy: revision ? { id: revision.publishedById, name: person.get(revision.publishedById)?.fullName ?? null } : null,
          verificationCode: e.verificationCode,
          ruleSetVersion: record.ruleSetVersion ?? e.ruleSetVersion,
          record,
          signatures: signed.map((s) => ({
            capacity: s.capacity,
            file: `${stem}.signed-${s.capacity.toLowerCase()}.pdf`,
            signedSha256: s.signedSha256,
            signerName: s.signerName,
            signerSerial: s.signerSerial,
            issuerName: s.issuerName,
            signingTime: s.signingTime.toISOString(),
            verifiedAt: s.verifiedAt.toISOString(),
          })),
        }),
      );
      await bundle.write(`${stem}.pdf`, await this.sheets.renderBytes(e, createdAt));
      // One signed file at a time: a period's signed PDFs together would not fit in memory.
      for (const s of signed) {
        const { signedPdf } = await db.findOneOrFail(RecordSignatureEntity, { where: { id: s.id }, select: { id: true, signedPdf: true } });
        await bundle.write(`${stem}.signed-${s.capacity.toLowerCase()}.pdf`, signedPdf);
      }
    }

    const report = await this.pilotReport.render(user, { pilotId: period.pilotId, agencyId: period.agencyId, startsOn: period.startsOn, endsOn: period.endsOn }, createdAt, bundle);

    const events = await this.auditExcerpt(
      periodId,
      evaluations.map((e) => e.id),
    );
    const [head] = (await db.query(`SELECT last_seq::int AS seq, last_hash AS hash FROM audit_chain_head WHERE id = 1`)) as { seq: number; hash: string }[];
    await bundle.stream(AUDIT_EVENTS_PATH, async (out) => {
      for (const e of events) if (!out.write(`${JSON.stringify(e)}\n`, 'utf8')) await once(out, 'drain');
      out.end();
    });
    await bundle.write(
      AUDIT_CHAIN_PATH,
      jsonBytes({
        algorithm: 'hash = SHA-256(prevHash + "\\n" + canonicalJson({seq, occurredAt, actorId, action, entityType, entityId, data})), hex; genesis prevHash = 64 zeros',
        head: head ?? { seq: 0, hash: '0'.repeat(64) },
        events: events.length,
        firstSeq: events[0]?.seq ?? null,
        lastSeq: events[events.length - 1]?.seq ?? null,
      }),
    );

    const written = await bundle.finish(
      {
        format: ARCHIVE_FORMAT,
        formatVersion: ARCHIVE_FORMAT_VERSION,
        what: {
          kind: 'EVALUATION_PERIOD',
          period: { id: period.id, name: period.name, kind: period.kind, startsOn: period.startsOn, endsOn: period.endsOn, status: period.status },
          agency: period.agencyId ? { id: period.agencyId, name: agencyName.get(period.agencyId) ?? null } : null,
          pilot: report ? { ...report.pilot, report: report.input } : null,
        },
        createdAt: createdAt.toISOString(),
        createdBy: { id: user.id, name: user.fullName, email: user.email, role: user.role },
        ruleSetVersions: [...ruleSetVersions].sort(),
        counts: { records: named.length, recordPdfs: named.length, signatures: signatureCount, pilotReportFiles: report?.files.length ?? 0, auditEvents: events.length },
      },
      target,
      createdAt,
    );
    const { manifest } = written;
    const manifestSha256 = sha256Hex(jsonBytes(manifest));
    await this.audit.record(db, {
      actorId: user.id,
      action: 'archive.export',
      entityType: 'evaluation_period',
      entityId: period.id,
      data: { manifestSha256, zipSha256: written.sha256, counts: manifest.counts, head: head ?? null },
    });
    return { fileName: `luu-tru-${asciiSlug(period.name)}-${period.id.slice(0, 8)}.zip`, bytes: written.bytes, zipSha256: written.sha256, manifest, manifestSha256 };
  }

  /** Every audit event about the period or one of its evaluations, in chain order, with its hashes. */
  private async auditExcerpt(periodId: string, evaluationIds: string[]): Promise<ArchivedAuditEvent[]> {
    const rows = (await this.dataSource.query(
      `SELECT seq::int AS seq, occurred_at, actor_id, action, entity_type, entity_id, data, prev_hash, hash FROM audit_event
        WHERE (entity_type = 'evaluation' AND entity_id = ANY($1::text[])) OR (entity_type = 'evaluation_period' AND entity_id = $2) OR data ->> 'periodId' = $2
        ORDER BY seq`,
      [evaluationIds, periodId],
    )) as Array<AuditEventRow & { seq: number }>;
    return rows.map((r) => ({
      seq: r.seq,
      occurredAt: new Date(r.occurred_at).toISOString(),
      actorId: r.actor_id,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      data: r.data,
      prevHash: r.prev_hash,
      hash: r.hash,
    }));
  }
}
