import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { AfterCommit, AppConfig, AuditService, AuthUser, Clock, HashingFile, JobQueue, loadActingUser, RealtimeBus } from '@ketqua/api/core';
import { mkdir, rename, unlink } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { dirname, join } from 'node:path';
import { DataSource } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { ExportSource } from './export-source';
import { ExportSources } from './export-sources';
import { ReportExportProgress } from './models/report-export.model';
import { ReportExportEntity } from './report-export.entity';
import { FORMAT_FILE, ReportExportFormat, ReportExportStatus } from './report-export.enums';
import { EXPORT_JOB, EXPORT_SWEEP_JOB, exportProgressTopic, PROGRESS_INTERVAL_MS, STALE_EXPORT_MINUTES } from './report-export.jobs';
import { ExportRowCount, ReportExportManifestData } from './report-export-manifest';
import { ReportExportService } from './report-export.service';
import { writeCsvZip } from './writers/csv-writer';
import { exportMeta } from './writers/export-meta';
import { ExportProgress } from './writers/export-progress';
import { pdfFixedParts, writePdf } from './writers/pdf-writer';
import { writeXlsx } from './writers/xlsx-writer';

/**
 * The export job: reads the report through its source as the requester (their scope, as at the
 * start), streams the file to KETQUA_DATA_DIR/exports/<yyyy>/<mm>/<id>.<ext>.part (hashed on the
 * way), renames it once whole, and writes the manifest. Progress is written on the row and pushed
 * live at most every PROGRESS_INTERVAL_MS and per whole percent. A failure leaves no file and the
 * row FAILED with the reason; a run after a crash (pg-boss retries it) starts the file again.
 * With JOBS_ENABLED=false the tests call `run` themselves.
 */
@Injectable()
export class ReportExportRunner implements OnModuleInit {
  private readonly logger = new Logger(ReportExportRunner.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly exports: ReportExportService,
    private readonly sources: ExportSources,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly afterCommit: AfterCommit,
    private readonly bus: RealtimeBus,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ exportId: string }>(EXPORT_JOB, async ({ exportId }) => {
      await this.run(exportId);
    });
    this.jobs.register(EXPORT_SWEEP_JOB, () => this.sweep().then(() => undefined), { cron: '0 2 * * *', atStart: true });
  }

  /**
   * Retention (PRODUCT.md 5: personal data has a set retention): deletes the files of exports
   * finished more than EXPORT_RETENTION_DAYS ago (the row and its manifest stay, status EXPIRED,
   * audited), and fails exports whose job was lost (QUEUED or RUNNING, untouched for
   * STALE_EXPORT_MINUTES), so no progress bar waits forever.
   */
  async sweep(now = this.clock.now()): Promise<{ expired: number; failed: number }> {
    const cutoff = new Date(now.getTime() - this.config.EXPORT_RETENTION_DAYS * 24 * 3600 * 1000);
    const old: Array<{ id: string; file_path: string }> = await this.dataSource.query(
      `SELECT id, file_path FROM report_export WHERE status = 'DONE' AND finished_at < $1 ORDER BY finished_at LIMIT 1000`,
      [cutoff],
    );
    for (const row of old) {
      await unlink(join(this.exports.root, row.file_path)).catch(() => undefined);
      await this.dataSource.transaction(async (tx) => {
        // TypeORM's postgres driver answers an UPDATE … RETURNING with [rows, affected].
        const [updated] = (await tx.query(
          `UPDATE report_export SET status = 'EXPIRED', file_path = NULL, expired_at = $2, updated_at = now() WHERE id = $1 AND status = 'DONE' RETURNING id`,
          [row.id, now],
        )) as [unknown[], number];
        if (updated.length) {
          await this.audit.record(tx, {
            actorId: null,
            action: 'report-export.expired',
            entityType: 'report_export',
            entityId: row.id,
            data: { retentionDays: this.config.EXPORT_RETENTION_DAYS },
          });
        }
      });
    }
    const [stale] = (await this.dataSource.query(
      `UPDATE report_export SET status = 'FAILED', error = $1, finished_at = $2, updated_at = now()
        WHERE status IN ('QUEUED', 'RUNNING') AND updated_at < now() - make_interval(mins => $3) RETURNING id`,
      ['Bản xuất bị gián đoạn (máy chủ khởi động lại); hãy xuất lại.', now, STALE_EXPORT_MINUTES],
    )) as [Array<{ id: string }>, number];
    for (const { id } of stale) {
      const row = await this.dataSource.getRepository(ReportExportEntity).findOneBy({ id });
      if (row) await this.bus.publish(exportProgressTopic(id), ReportExportProgress.from(row));
    }
    return { expired: old.length, failed: stale.length };
  }

  async run(exportId: string): Promise<ReportExportEntity | null> {
    const repo = this.dataSource.getRepository(ReportExportEntity);
    const found = await repo.findOneBy({ id: exportId });
    if (!found || (found.status !== ReportExportStatus.QUEUED && found.status !== ReportExportStatus.RUNNING)) return found;
    const started = this.clock.now();
    const relative = `${started.getUTCFullYear()}/${String(started.getUTCMonth() + 1).padStart(2, '0')}/${exportId}.${FORMAT_FILE[found.format].extension}`;
    const target = join(this.exports.root, relative);
    const partial = `${target}.part`;
    let rowCounts: ExportRowCount[] = [];
    let file: HashingFile | null = null;
    try {
      await this.update(found, { status: ReportExportStatus.RUNNING, progress: 0, startedAt: started, error: null, rowCounts: [] });
      const requester = await this.requester(found.requestedById);
      const provider = this.sources.of(found.kind);
      await provider.authorise(requester, found.input);
      const source = await provider.open(requester, found.input);
      const titleOf = new Map(source.tables.map((t) => [t.key, t.title]));

      // The first step is pushed at once (a small export still shows the bar moving), later ones at most every PROGRESS_INTERVAL_MS.
      let lastPush = Number.NEGATIVE_INFINITY;
      let lastPercent = 0;
      let pending: Promise<void> = Promise.resolve();
      const listener = (fraction: number, counts: Readonly<Record<string, number>>) => {
        rowCounts = Object.entries(counts).map(([key, rows]) => ({ key, title: titleOf.get(key) ?? key, rows }));
        const percent = Math.floor(fraction * 100);
        const now = performance.now();
        if (percent <= lastPercent || now - lastPush < PROGRESS_INTERVAL_MS) return;
        lastPush = now;
        lastPercent = percent;
        const snapshot = rowCounts;
        // Sequential writes: a slow UPDATE never lets an older percent land after a newer one.
        pending = pending.then(() => this.update(found, { progress: percent, rowCounts: snapshot })).catch(() => undefined);
      };

      await mkdir(dirname(target), { recursive: true });
      file = new HashingFile(partial);
      const written = finished(file);
      // Awaited below once the writer is done; a writer that fails first must not leave it unhandled.
      written.catch(() => undefined);
      const meta = exportMeta(requester, started);
      const fixed = found.format === ReportExportFormat.PDF ? pdfFixedParts(source) : 1;
      const progress = new ExportProgress(source, listener, fixed);
      if (found.format === ReportExportFormat.XLSX) await writeXlsx(source, file, progress, meta);
      else if (found.format === ReportExportFormat.CSV) await writeCsvZip(source, file, progress, meta);
      else await writePdf(source, file, progress, meta);
      await written;
      await pending;
      await rename(partial, target);

      const fileName = `${source.fileStem}.${FORMAT_FILE[found.format].extension}`;
      rowCounts = source.tables.map((t) => ({ key: t.key, title: t.title, rows: progress.rowCounts[t.key] }));
      const manifest = this.manifestOf(found, source, { fileName, byteSize: file.bytes, sha256: file.digest(), rowCounts, generatedAt: started, requester });
      const saved = await this.dataSource.transaction(async (tx) => {
        Object.assign(found, {
          status: ReportExportStatus.DONE,
          progress: 100,
          rowCounts,
          byteSize: manifest.byteSize,
          sha256: manifest.sha256,
          manifest,
          filePath: relative,
          fileName,
          finishedAt: this.clock.now(),
        });
        const done = await tx.save(found);
        await this.audit.record(tx, {
          actorId: null,
          action: 'report-export.finished',
          entityType: 'report_export',
          entityId: exportId,
          data: { format: found.format, byteSize: manifest.byteSize, sha256: manifest.sha256, rowCounts: manifest.rowCounts.map((r) => [r.key, r.rows]) },
        });
        this.afterCommit.run(tx, () => this.bus.publish(exportProgressTopic(exportId), ReportExportProgress.from(done)));
        return done;
      });
      return saved;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.error(`export ${exportId} failed: ${message}`);
      file?.destroy();
      await unlink(partial).catch(() => undefined);
      await this.update(found, { status: ReportExportStatus.FAILED, error: message.slice(0, 1000), rowCounts, finishedAt: this.clock.now() });
      return found;
    }
  }

  /** Writes fields on the row and pushes the progress. */
  private async update(
    row: ReportExportEntity,
    fields: Pick<Partial<ReportExportEntity>, 'status' | 'progress' | 'rowCounts' | 'startedAt' | 'finishedAt' | 'error'>,
  ): Promise<void> {
    Object.assign(row, fields);
    await this.dataSource.getRepository(ReportExportEntity).update({ id: row.id }, fields as QueryDeepPartialEntity<ReportExportEntity>);
    await this.bus.publish(exportProgressTopic(row.id), ReportExportProgress.from(row));
  }

  /** The requester as the guard would see them (role and scope as of now), for the source's scope. */
  private async requester(userId: string): Promise<AuthUser> {
    const requester = await loadActingUser(this.dataSource, { id: userId }, '');
    if (!requester) throw new Error('the requester’s account is no longer active');
    return requester;
  }

  private manifestOf(
    e: ReportExportEntity,
    source: ExportSource,
    file: { fileName: string; byteSize: number; sha256: string; rowCounts: ExportRowCount[]; generatedAt: Date; requester: AuthUser },
  ): ReportExportManifestData {
    const d = source.description;
    return {
      manifestVersion: 1,
      exportId: e.id,
      kind: e.kind,
      format: e.format,
      title: source.title,
      fileName: file.fileName,
      mediaType: FORMAT_FILE[e.format].mediaType,
      byteSize: file.byteSize,
      sha256: file.sha256,
      pilot: d.pilot,
      periods: d.periods.map((p) => ({ ...p })),
      filters: { ...d.filters },
      ruleSetVersions: [...d.ruleSetVersions],
      dataCutOff: d.dataCutOff,
      rowCounts: file.rowCounts,
      generatedAt: file.generatedAt.toISOString(),
      generatedBy: { id: file.requester.id, email: file.requester.email, fullName: file.requester.fullName },
    };
  }
}
