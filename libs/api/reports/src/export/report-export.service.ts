import { Injectable } from '@nestjs/common';
import { AfterCommit, AppConfig, AuditService, AuthUser, Clock, JobQueue, PersonalDataLog, RealtimeBus, Role } from '@ketqua/api/core';
import { stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { DataSource } from 'typeorm';
import { StartReportExportInput } from './dto/start-report-export.input';
import { ExportSources } from './export-sources';
import { ReportExportProgress } from './models/report-export.model';
import { ReportExportEntity } from './report-export.entity';
import { FORMAT_FILE, ReportExportKind, ReportExportStatus } from './report-export.enums';
import { exportFileMissing, exportNotFound, exportNotReady, notYourExport } from './report-export.errors';
import { EXPORT_JOB, exportProgressTopic } from './report-export.jobs';

export interface ExportDownload {
  path: string;
  fileName: string;
  mediaType: string;
  byteSize: number;
}

/**
 * Starting, reading and downloading report exports. Authorisation is the report's own (the source
 * provider's `authorise`, the same check as the report query), applied at the start and again at
 * every read and download with the stored input, so someone who has since lost the scope cannot
 * fetch what they exported. An export and its file are its requester's (an administrator may also
 * read them): the file holds personal data, and each person's downloads are audited as theirs.
 */
@Injectable()
export class ReportExportService {
  readonly root: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly sources: ExportSources,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly jobs: JobQueue,
    private readonly afterCommit: AfterCommit,
    private readonly bus: RealtimeBus,
    private readonly accessLog: PersonalDataLog,
    config: AppConfig,
  ) {
    this.root = resolve(config.KETQUA_DATA_DIR, 'exports');
  }

  async start(user: AuthUser, input: StartReportExportInput): Promise<ReportExportEntity> {
    const kind = ReportExportKind.PILOT_REPORT;
    const report = input.pilotReport;
    const stored: Record<string, unknown> = {
      pilotId: report.pilotId,
      period: { from: report.period.from, to: report.period.to },
      baseline: { from: report.baseline.from, to: report.baseline.to },
      agencyId: report.agencyId ?? null,
      unitId: report.unitId ?? null,
    };
    // Before anything is written: refused exactly as the report itself would be.
    await this.sources.of(kind).authorise(user, stored);
    return this.dataSource.transaction(async (tx) => {
      const now = this.clock.now();
      const saved = await tx.save(
        tx.create(ReportExportEntity, {
          kind,
          format: input.format,
          input: stored,
          status: ReportExportStatus.QUEUED,
          progress: 0,
          rowCounts: [],
          byteSize: null,
          sha256: null,
          manifest: null,
          filePath: null,
          fileName: null,
          error: null,
          requestedById: user.id,
          requestedAt: now,
          startedAt: null,
          finishedAt: null,
          expiredAt: null,
        }),
      );
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'report-export.started',
        entityType: 'report_export',
        entityId: saved.id,
        data: { kind, format: input.format, input: stored },
      });
      // An export is an access to personal data (PRODUCT.md 4.7): of aggregates, so it names no one person.
      await this.accessLog.record(tx, [exportAccess(user, saved.id, ['started', kind, input.format], 'startReportExport')]);
      this.afterCommit.run(tx, async () => {
        await this.jobs.send(EXPORT_JOB, { exportId: saved.id });
        await this.bus.publish(exportProgressTopic(saved.id), ReportExportProgress.from(saved));
      });
      return saved;
    });
  }

  /** The export, if `user` asked for it (or administers everything) and may still read its report. */
  async get(user: AuthUser, id: string): Promise<ReportExportEntity> {
    const found = await this.dataSource.getRepository(ReportExportEntity).findOneBy({ id });
    if (!found) throw exportNotFound(id);
    if (found.requestedById !== user.id && user.role !== Role.ADMIN) throw notYourExport();
    await this.sources.of(found.kind).authorise(user, found.input);
    return found;
  }

  /** The file (or its manifest) to stream, audited as a download of personal data before the first byte. */
  async download(user: AuthUser, id: string, what: 'file' | 'manifest'): Promise<{ export: ReportExportEntity; file: ExportDownload | null }> {
    const found = await this.get(user, id);
    // The manifest outlives the file (EXPIRED): it is the record of what was exported.
    const manifestOnly = what === 'manifest' && found.status === ReportExportStatus.EXPIRED;
    if (!manifestOnly && (found.status !== ReportExportStatus.DONE || !found.filePath)) throw exportNotReady(found.status);
    if (!found.manifest) throw exportNotReady(found.status);
    let file: ExportDownload | null = null;
    if (what === 'file') {
      const path = resolve(this.root, found.filePath as string);
      if (!path.startsWith(this.root + sep)) throw exportFileMissing(id);
      const size = await stat(path).then(
        (s) => s.size,
        () => null,
      );
      if (size === null) throw exportFileMissing(id);
      file = { path, fileName: found.fileName ?? `${id}.${FORMAT_FILE[found.format].extension}`, mediaType: FORMAT_FILE[found.format].mediaType, byteSize: size };
    }
    await this.dataSource.transaction(async (tx) => {
      await this.audit.record(tx, {
        actorId: user.id,
        action: what === 'file' ? 'report-export.downloaded' : 'report-export.manifest-downloaded',
        entityType: 'report_export',
        entityId: id,
        data: { kind: found.kind, format: found.format, sha256: found.sha256, input: found.input },
      });
      if (what === 'file') await this.accessLog.record(tx, [exportAccess(user, id, ['downloaded', found.kind, found.format], 'GET /report-exports/:id/file')]);
    });
    return { export: found, file };
  }
}

function exportAccess(user: AuthUser, exportId: string, fieldGroups: string[], operation: string) {
  return {
    viewerId: user.id,
    viewerRole: user.role,
    subjectId: null,
    kind: 'REPORT_EXPORT' as const,
    recordIds: [exportId],
    fieldGroups,
    operation,
    purpose: user.purpose ?? null,
  };
}
