import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The unit head's overview counts, per window, the accepted assignments whose accepted version was
 * on time: one probe per assignment of the unit into the accepted deliverables. Without this index
 * PostgreSQL hashes the whole deliverable table for every overview (167 ms of the 2,000-official
 * city's 60-official unit, docs/PERFORMANCE.md); with it each probe is an index-only read.
 */
export class UnitOverviewIndexes1796142000000 implements MigrationInterface {
  name = 'UnitOverviewIndexes1796142000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_deliverable_accepted_assignment" ON "deliverable" ("assignment_id") INCLUDE ("on_time") WHERE "decision" = 'ACCEPTED'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_deliverable_accepted_assignment"`);
  }
}
