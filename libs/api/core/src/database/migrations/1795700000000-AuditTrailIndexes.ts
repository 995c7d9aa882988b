import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit-trail page filters by person, by entity and by day, newest (highest seq) first: an index
 * for each, ending in seq, so a page is an index range scan instead of a sort of the whole chain.
 * (actor_id) alone is covered by (actor_id, seq).
 */
export class AuditTrailIndexes1795700000000 implements MigrationInterface {
  name = 'AuditTrailIndexes1795700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_f44b7e9c0d50176bc07e018f63"`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_event_actor_seq" ON "audit_event" ("actor_id", "seq") `);
    await queryRunner.query(`CREATE INDEX "IDX_audit_event_entity_seq" ON "audit_event" ("entity_type", "entity_id", "seq") `);
    await queryRunner.query(`CREATE INDEX "IDX_audit_event_occurred_at" ON "audit_event" ("occurred_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_event_occurred_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_event_entity_seq"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_event_actor_seq"`);
    await queryRunner.query(`CREATE INDEX "IDX_f44b7e9c0d50176bc07e018f63" ON "audit_event" ("actor_id") `);
  }
}
