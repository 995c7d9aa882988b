import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Report exports (issue 12): one row per export job, its progress and, once done, the file's
 * path, size, SHA-256 and manifest. Listed by requester, newest first. After EXPORT_RETENTION_DAYS
 * the file is deleted (EXPIRED) and the row with its manifest stays, as the record of what was exported.
 */
export class ReportExports1796143000000 implements MigrationInterface {
  name = 'ReportExports1796143000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "report_export" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "kind" text NOT NULL,
        "format" text NOT NULL,
        "input" jsonb NOT NULL,
        "status" text NOT NULL,
        "progress" integer NOT NULL DEFAULT 0,
        "row_counts" jsonb NOT NULL DEFAULT '[]',
        "byte_size" bigint,
        "sha256" character(64),
        "manifest" jsonb,
        "file_path" text,
        "file_name" text,
        "error" text,
        "requested_by_id" uuid NOT NULL,
        "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "started_at" TIMESTAMP WITH TIME ZONE,
        "finished_at" TIMESTAMP WITH TIME ZONE,
        "expired_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_report_export" PRIMARY KEY ("id"),
        CONSTRAINT "FK_report_export_requested_by" FOREIGN KEY ("requested_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT,
        CONSTRAINT "CHK_report_export_kind" CHECK ("kind" IN ('PILOT_REPORT')),
        CONSTRAINT "CHK_report_export_format" CHECK ("format" IN ('XLSX', 'CSV', 'PDF')),
        CONSTRAINT "CHK_report_export_status" CHECK ("status" IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'EXPIRED')),
        CONSTRAINT "CHK_report_export_progress" CHECK ("progress" BETWEEN 0 AND 100),
        CONSTRAINT "CHK_report_export_expired" CHECK ("status" <> 'EXPIRED' OR ("file_path" IS NULL AND "expired_at" IS NOT NULL AND "manifest" IS NOT NULL)),
        CONSTRAINT "CHK_report_export_done" CHECK ("status" <> 'DONE' OR ("file_path" IS NOT NULL AND "sha256" IS NOT NULL AND "byte_size" IS NOT NULL AND "manifest" IS NOT NULL AND "progress" = 100))
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_report_export_requested_by" ON "report_export" ("requested_by_id", "created_at")`);
    // The daily retention sweep reads finished exports by age.
    await queryRunner.query(`CREATE INDEX "IDX_report_export_done_finished" ON "report_export" ("finished_at") WHERE "status" = 'DONE'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "report_export"`);
  }
}
