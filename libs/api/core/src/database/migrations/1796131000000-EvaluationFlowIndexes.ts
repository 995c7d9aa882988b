import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The head's period board lists a unit's evaluations of a period by official (keyset on period,
 * official): this index answers it without a sort (EXPLAIN ANALYZE in docs/PERFORMANCE.md).
 */
export class EvaluationFlowIndexes1796131000000 implements MigrationInterface {
  name = 'EvaluationFlowIndexes1796131000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_evaluation_period_unit_official" ON "evaluation" ("period_id", "unit_id", "official_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_evaluation_period_unit_official"`);
  }
}
