import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Personal data (Decree 13/2023/NĐ-CP; the Personal Data Protection Law):
 * - personal_data_access: who read or took whose data, what, when and why. One row per request,
 *   subject and kind (a list of 50 evaluations of 50 people is one INSERT of 50 rows); read by the
 *   person ("Ai đã xem dữ liệu của tôi", newest first) and by the administrator with filters.
 * - retention_setting: one row, how many days after a pilot ends work logs, spot-check notes and
 *   uploaded files are kept; the retention job anonymises free text and deletes file bytes, keeping
 *   dates and numbers (evaluations and the audit chain need them). `anonymised_at` / `deleted_at`
 *   mark what it did, so a second run changes nothing.
 */
export class PersonalData1796153000000 implements MigrationInterface {
  name = 'PersonalData1796153000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "personal_data_access" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "viewer_id" uuid NOT NULL,
        "viewer_role" text NOT NULL,
        "subject_id" uuid,
        "kind" text NOT NULL,
        "record_ids" uuid[] NOT NULL DEFAULT '{}',
        "field_groups" text[] NOT NULL DEFAULT '{}',
        "operation" text NOT NULL,
        "purpose" text,
        CONSTRAINT "PK_personal_data_access" PRIMARY KEY ("id"),
        CONSTRAINT "FK_personal_data_access_viewer" FOREIGN KEY ("viewer_id") REFERENCES "app_user"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_personal_data_access_subject" FOREIGN KEY ("subject_id") REFERENCES "app_user"("id") ON DELETE RESTRICT,
        CONSTRAINT "CHK_personal_data_access_kind" CHECK ("kind" IN ('EVALUATION', 'SPOT_CHECK', 'REPORT_EXPORT', 'PERSONAL_DATA_DOWNLOAD')),
        CONSTRAINT "CHK_personal_data_access_purpose" CHECK ("purpose" IS NULL OR char_length("purpose") BETWEEN 1 AND 200)
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_personal_data_access_subject" ON "personal_data_access" ("subject_id", "occurred_at", "id")`);
    await queryRunner.query(`CREATE INDEX "IDX_personal_data_access_viewer" ON "personal_data_access" ("viewer_id", "occurred_at", "id")`);
    await queryRunner.query(`CREATE INDEX "IDX_personal_data_access_time" ON "personal_data_access" ("occurred_at", "id")`);

    await queryRunner.query(`
      CREATE TABLE "retention_setting" (
        "id" integer NOT NULL,
        "work_log_days" integer NOT NULL,
        "spot_check_note_days" integer NOT NULL,
        "file_days" integer NOT NULL,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_by_id" uuid,
        "version" integer NOT NULL DEFAULT 1,
        CONSTRAINT "PK_retention_setting" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_retention_setting_single" CHECK ("id" = 1),
        CONSTRAINT "FK_retention_setting_updated_by" FOREIGN KEY ("updated_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT,
        CONSTRAINT "CHK_retention_setting_days" CHECK ("work_log_days" BETWEEN 30 AND 7300 AND "spot_check_note_days" BETWEEN 30 AND 7300 AND "file_days" BETWEEN 30 AND 7300)
      )`);
    // The row is written with libs/domain's DEFAULT_RETENTION on first read (RetentionService), not here: the defaults live once.

    await queryRunner.query(`ALTER TABLE "work_log" ADD "anonymised_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "spot_check" ADD "anonymised_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "spot_check_follow_up" ADD "anonymised_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "stored_file" ADD "deleted_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "stored_file" DROP COLUMN "deleted_at"`);
    await queryRunner.query(`ALTER TABLE "spot_check_follow_up" DROP COLUMN "anonymised_at"`);
    await queryRunner.query(`ALTER TABLE "spot_check" DROP COLUMN "anonymised_at"`);
    await queryRunner.query(`ALTER TABLE "work_log" DROP COLUMN "anonymised_at"`);
    await queryRunner.query(`DROP TABLE "retention_setting"`);
    await queryRunner.query(`DROP TABLE "personal_data_access"`);
  }
}
