import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A waiver request's evidence file is looked up by file (who may read it, GET /files/:id) and the
 * hourly file sweep deletes unattached files, whose foreign key check reads waiver_request by
 * attachment: both want an index on attachment_id.
 */
export class WaiverEvidenceIndex1796132000000 implements MigrationInterface {
  name = 'WaiverEvidenceIndex1796132000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_waiver_request_attachment" ON "waiver_request" ("attachment_id") WHERE "attachment_id" IS NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_waiver_request_attachment"`);
  }
}
