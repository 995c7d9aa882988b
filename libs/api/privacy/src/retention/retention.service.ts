import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { AppConfig, assertVersion, AuditService, AuthUser, Clock, JobQueue } from '@ketqua/api/core';
import { ANONYMISED_TEXT, DEFAULT_RETENTION } from '@ketqua/domain';
import { unlink } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { DataSource, EntityManager } from 'typeorm';
import { UpdateRetentionSettingsInput } from './dto/update-retention-settings.input';
import { RetentionRun } from './models/retention-settings.model';
import { RetentionSettingEntity } from './retention-setting.entity';

export const RETENTION_JOB = 'privacy.retention';

const WHAT = { vi: 'thời hạn lưu trữ', en: 'the retention settings' };

/**
 * Retention (Decree 13/2023/NĐ-CP art. 9: data kept no longer than needed). A record belongs to a
 * pilot when its official took part in it (an enrollment) and it is dated within the pilot's
 * dates (work logs, uploads) or carries the pilot (spot checks). Once `today` is past the pilot's
 * end + the kind's days (libs/domain retentionExpired, the same comparison as the SQL below) and no
 * pilot of that official still running covers the date, the job anonymises free text and deletes
 * file bytes. Dates, minutes, outcomes, sizes and hashes stay: frozen evaluations, the pilot
 * report and the audit chain are built on numbers, never on the text. Each run is one audited
 * transaction; a second run finds nothing (`anonymised_at` / `deleted_at`).
 */
@Injectable()
export class RetentionService implements OnModuleInit {
  private readonly logger = new Logger(RetentionService.name);
  private readonly filesRoot: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly jobs: JobQueue,
    config: AppConfig,
  ) {
    this.filesRoot = resolve(config.KETQUA_DATA_DIR, 'files');
  }

  onModuleInit(): void {
    // Daily at 02:40 (after the night's draws and sweeps), and once at start to catch up.
    this.jobs.register(
      RETENTION_JOB,
      async () => {
        const run = await this.apply();
        this.logger.log(`retention: ${JSON.stringify(run)}`);
      },
      { cron: '40 2 * * *', atStart: true },
    );
  }

  /** The settings; the first read writes libs/domain's defaults (the one place they live). */
  async get(manager: EntityManager = this.dataSource.manager): Promise<RetentionSettingEntity> {
    const found = await manager.getRepository(RetentionSettingEntity).findOneBy({ id: 1 });
    if (found) return found;
    await manager.query(`INSERT INTO retention_setting (id, work_log_days, spot_check_note_days, file_days, updated_at) VALUES (1, $1, $2, $3, $4) ON CONFLICT (id) DO NOTHING`, [
      DEFAULT_RETENTION.workLogDays,
      DEFAULT_RETENTION.spotCheckNoteDays,
      DEFAULT_RETENTION.fileDays,
      this.clock.now(),
    ]);
    return manager.getRepository(RetentionSettingEntity).findOneByOrFail({ id: 1 });
  }

  async update(user: AuthUser, input: UpdateRetentionSettingsInput): Promise<RetentionSettingEntity> {
    return this.dataSource.transaction(async (tx) => {
      await this.get(tx);
      const current = await tx.getRepository(RetentionSettingEntity).createQueryBuilder('r').setLock('pessimistic_write').where('r.id = 1').getOneOrFail();
      assertVersion(WHAT, input.version, current.version);
      const before = { workLogDays: current.workLogDays, spotCheckNoteDays: current.spotCheckNoteDays, fileDays: current.fileDays };
      const after = {
        workLogDays: input.workLogDays ?? current.workLogDays,
        spotCheckNoteDays: input.spotCheckNoteDays ?? current.spotCheckNoteDays,
        fileDays: input.fileDays ?? current.fileDays,
      };
      Object.assign(current, after, { updatedAt: this.clock.now(), updatedById: user.id });
      const saved = await tx.save(current);
      await this.audit.record(tx, { actorId: user.id, action: 'privacy.retention.updated', entityType: 'retention_setting', entityId: '1', data: { before, after } });
      return saved;
    });
  }

  /** Applies the retention periods as of the Clock's today. Tests call it with a moved clock. */
  async apply(): Promise<RetentionRun> {
    const today = this.clock.today();
    const now = this.clock.now();
    const { run, files } = await this.dataSource.transaction(async (tx) => {
      const s = await this.get(tx);
      // "The official's pilot ended more than N days ago, and no pilot of theirs still in its retention covers the date."
      const expired = (days: string, dateExpr: string, officialExpr: string) => `
        EXISTS (SELECT 1 FROM enrollment e JOIN pilot p ON p.id = e.pilot_id
                 WHERE e.official_id = ${officialExpr} AND ${dateExpr} BETWEEN p.start_date AND p.end_date AND p.end_date + ${days}::int < $1::date)
        AND NOT EXISTS (SELECT 1 FROM enrollment e JOIN pilot p ON p.id = e.pilot_id
                 WHERE e.official_id = ${officialExpr} AND ${dateExpr} BETWEEN p.start_date AND p.end_date AND p.end_date + ${days}::int >= $1::date)`;
      const [logs] = await tx.query(
        `UPDATE work_log w SET note = $3, anonymised_at = $2
          WHERE w.anonymised_at IS NULL AND ${expired('$4', 'w.work_date', 'w.official_id')}
          RETURNING w.id`,
        [today, now, ANONYMISED_TEXT, s.workLogDays],
      );
      const [checks] = await tx.query(
        `UPDATE spot_check c SET response_note = CASE WHEN c.response_note IS NULL THEN NULL ELSE $3 END,
                excuse_reason = CASE WHEN c.excuse_reason IS NULL THEN NULL ELSE $3 END,
                anonymised_at = $2, version = c.version + 1
           FROM pilot p
          WHERE c.anonymised_at IS NULL AND p.id = c.pilot_id AND p.end_date + $4::int < $1::date
            AND (c.response_note IS NOT NULL OR c.excuse_reason IS NOT NULL)
          RETURNING c.id`,
        [today, now, ANONYMISED_TEXT, s.spotCheckNoteDays],
      );
      const [followUps] = await tx.query(
        `UPDATE spot_check_follow_up f SET note = $3, anonymised_at = $2
           FROM spot_check c JOIN pilot p ON p.id = c.pilot_id
          WHERE f.anonymised_at IS NULL AND c.id = f.spot_check_id AND p.end_date + $4::int < $1::date
          RETURNING f.id`,
        [today, now, ANONYMISED_TEXT, s.spotCheckNoteDays],
      );
      const [files] = await tx.query(
        `UPDATE stored_file f SET deleted_at = $2
          WHERE f.deleted_at IS NULL AND ${expired('$3', `(f.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`, 'f.uploader_id')}
          RETURNING f.id, f.storage_path`,
        [today, now, s.fileDays],
      );
      const run = Object.assign(new RetentionRun(), {
        workLogsAnonymised: logs.length,
        spotChecksAnonymised: checks.length,
        followUpsAnonymised: followUps.length,
        filesDeleted: files.length,
      });
      if (logs.length + checks.length + followUps.length + files.length > 0) {
        await this.audit.record(tx, {
          actorId: null,
          action: 'privacy.retention.applied',
          entityType: 'retention_setting',
          entityId: '1',
          data: {
            today,
            settings: { workLogDays: s.workLogDays, spotCheckNoteDays: s.spotCheckNoteDays, fileDays: s.fileDays },
            ...run,
            fileIds: (files as Array<{ id: string }>).map((f) => f.id).sort(),
          },
        });
      }
      return { run, files: files as Array<{ storage_path: string }> };
    });
    // Bytes after the commit: a failed unlink leaves an orphan on disk (logged), never a row whose bytes went before it said so.
    for (const f of files) {
      const path = resolve(this.filesRoot, f.storage_path);
      if (path.startsWith(this.filesRoot + sep)) await unlink(path).catch((error: unknown) => this.logger.warn(`could not delete ${path}: ${String(error)}`));
    }
    return run;
  }
}
