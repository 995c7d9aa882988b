import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The chain head was an ordinary row: cutting the last events and setting the head back to the
 * new last one left a shorter chain that verified. Like audit_event itself, the database now
 * refuses that: the head only moves forward, to an event that exists with exactly that hash, and
 * cannot be deleted or truncated. (Someone who can disable triggers can still do it; the anchors
 * kept outside the database by `npm run audit:anchor` are what catch that.)
 */
export class AuditChainHeadMovesForwardOnly1796117118142 implements MigrationInterface {
  name = 'AuditChainHeadMovesForwardOnly1796117118142';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION "audit_chain_head_forward_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'UPDATE' THEN
          RAISE EXCEPTION 'audit_chain_head only moves forward (% refused)', TG_OP;
        END IF;
        IF NEW."id" <> OLD."id" OR NEW."last_seq" <= OLD."last_seq" THEN
          RAISE EXCEPTION 'audit_chain_head only moves forward (seq % to % refused)', OLD."last_seq", NEW."last_seq";
        END IF;
        IF NOT EXISTS (SELECT 1 FROM "audit_event" WHERE "seq" = NEW."last_seq" AND "hash" = NEW."last_hash") THEN
          RAISE EXCEPTION 'audit_chain_head only moves forward (seq % is not an event with that hash)', NEW."last_seq";
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "audit_chain_head_forward_only" BEFORE UPDATE OR DELETE ON "audit_chain_head" FOR EACH ROW EXECUTE FUNCTION "audit_chain_head_forward_only"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "audit_chain_head_no_truncate" BEFORE TRUNCATE ON "audit_chain_head" FOR EACH STATEMENT EXECUTE FUNCTION "audit_chain_head_forward_only"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "audit_chain_head_no_truncate" ON "audit_chain_head"`);
    await queryRunner.query(`DROP TRIGGER "audit_chain_head_forward_only" ON "audit_chain_head"`);
    await queryRunner.query(`DROP FUNCTION "audit_chain_head_forward_only"()`);
  }
}
