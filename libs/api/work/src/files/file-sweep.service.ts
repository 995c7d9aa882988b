import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { AppConfig, AuditService, Clock, JobQueue } from '@ketqua/api/core';
import { unlink } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { DataSource } from 'typeorm';

export const FILE_SWEEP_JOB = 'work.file-sweep';

/**
 * Uploads that were never attached to a deliverable, an assignment or a waiver request (its evidence; a form abandoned, a file
 * sent by a script) are deleted after UNATTACHED_FILE_TTL_HOURS: their rows, audited, and then their
 * bytes on disk. Hourly on the job queue, so with several instances it runs once.
 */
@Injectable()
export class FileSweepService implements OnModuleInit {
  private readonly logger = new Logger(FileSweepService.name);
  private readonly root: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly jobs: JobQueue,
    private readonly config: AppConfig,
  ) {
    this.root = resolve(config.KETQUA_DATA_DIR, 'files');
  }

  onModuleInit(): void {
    this.jobs.register(
      FILE_SWEEP_JOB,
      async () => {
        const swept = await this.sweep();
        if (swept) this.logger.log(`unattached uploads deleted: ${swept}`);
      },
      { cron: '17 * * * *' },
    );
  }

  /** Deletes what is due and returns how many files went. Tests call it with a moved Clock. */
  async sweep(): Promise<number> {
    const cutoff = new Date(this.clock.now().getTime() - this.config.UNATTACHED_FILE_TTL_HOURS * 3_600_000);
    // One statement decides and deletes, so a file attached meanwhile is kept (its link exists, or its deliverable is set).
    const gone: Array<{ id: string; storage_path: string; original_name: string; uploader_id: string; size: string; sha256: string }> = await this.dataSource.transaction(
      async (tx) => {
        const [rows] = await tx.query(
          `DELETE FROM stored_file f WHERE f.created_at < $1 AND f.deliverable_id IS NULL
           AND NOT EXISTS (SELECT 1 FROM assignment_attachment l WHERE l.file_id = f.id)
           AND NOT EXISTS (SELECT 1 FROM waiver_request w WHERE w.attachment_id = f.id)
         RETURNING f.id, f.storage_path, f.original_name, f.uploader_id, f.size, f.sha256`,
          [cutoff],
        );
        for (const r of rows) {
          await this.audit.record(tx, {
            actorId: null,
            action: 'work.file.swept',
            entityType: 'stored_file',
            entityId: r.id,
            data: { name: r.original_name, uploaderId: r.uploader_id, size: Number(r.size), sha256: r.sha256, reason: 'never attached' },
          });
        }
        return rows;
      },
    );
    // Bytes after the commit: a failed unlink leaves an orphan on disk, never a row without its bytes.
    for (const r of gone) {
      const path = resolve(this.root, r.storage_path);
      if (path.startsWith(this.root + sep)) await unlink(path).catch((error: unknown) => this.logger.warn(`could not delete ${path}: ${String(error)}`));
    }
    return gone.length;
  }
}
