import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The pilot evaluation report (PRODUCT.md 4.7) reads the score, the grade and the quality of every
 * published monthly evaluation of the city over up to 48 months. Those live inside the published
 * record (evaluation_revision.record, a jsonb of tens of kilobytes with its receipt): reading and
 * parsing it per row is what made the city-wide report slow. They become STORED GENERATED columns:
 * PostgreSQL computes them from the record itself when a revision is written (publish in
 * libs/api/evaluation writes the record, so no code path can forget them or let them drift) and
 * backfills every existing row when the column is added. quality_percent is the units-weighted mean
 * of the receipt lines' quality — the numbers libs/domain computed, only averaged here.
 *
 * Indexes for the report's filters: the latest revision of an evaluation with its three numbers
 * (index-only), monthly periods by start, enrollments of a pilot by dates.
 */
export class PilotReportReadModel1796140000000 implements MigrationInterface {
  name = 'PilotReportReadModel1796140000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION "ketqua_receipt_quality"(record jsonb) RETURNS numeric
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT round(sum((l->>'quality')::numeric * (l->>'expectedUnits')::numeric) / NULLIF(sum((l->>'expectedUnits')::numeric), 0), 4)
          FROM jsonb_array_elements(CASE WHEN jsonb_typeof(record->'receipt'->'lines') = 'array' THEN record->'receipt'->'lines' ELSE '[]'::jsonb END) AS l
      $$`);
    await queryRunner.query(`ALTER TABLE "evaluation_revision" ADD "score" numeric(7,2) GENERATED ALWAYS AS (("record"->>'score')::numeric) STORED`);
    await queryRunner.query(`ALTER TABLE "evaluation_revision" ADD "grade" text GENERATED ALWAYS AS ("record"->>'grade') STORED`);
    await queryRunner.query(`ALTER TABLE "evaluation_revision" ADD "quality_percent" numeric(9,4) GENERATED ALWAYS AS ("ketqua_receipt_quality"("record")) STORED`);
    await queryRunner.query(
      `CREATE INDEX "IDX_evaluation_revision_latest" ON "evaluation_revision" ("evaluation_id", "revision" DESC) INCLUDE ("score", "grade", "quality_percent")`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_evaluation_period_kind_starts_on" ON "evaluation_period" ("kind", "starts_on")`);
    await queryRunner.query(`CREATE INDEX "IDX_enrollment_pilot_dates" ON "enrollment" ("pilot_id", "start_date", "end_date") WHERE "decided_at" IS NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_enrollment_pilot_dates"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_evaluation_period_kind_starts_on"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_evaluation_revision_latest"`);
    await queryRunner.query(`ALTER TABLE "evaluation_revision" DROP COLUMN "quality_percent"`);
    await queryRunner.query(`ALTER TABLE "evaluation_revision" DROP COLUMN "grade"`);
    await queryRunner.query(`ALTER TABLE "evaluation_revision" DROP COLUMN "score"`);
    await queryRunner.query(`DROP FUNCTION "ketqua_receipt_quality"(jsonb)`);
  }
}
