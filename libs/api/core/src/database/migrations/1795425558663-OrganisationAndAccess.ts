import { MigrationInterface, QueryRunner } from 'typeorm';

export class OrganisationAndAccess1795425558663 implements MigrationInterface {
  name = 'OrganisationAndAccess1795425558663';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_event" ("seq" bigint NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_id" uuid, "action" text NOT NULL, "entity_type" text NOT NULL, "entity_id" text, "data" jsonb NOT NULL, "prev_hash" text NOT NULL, "hash" text NOT NULL, CONSTRAINT "PK_53300da00860bdf4dc3ef7daae6" PRIMARY KEY ("seq"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_f44b7e9c0d50176bc07e018f63" ON "audit_event"  ("actor_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_45452915f68f5a171bc4107b9e" ON "audit_event"  ("action") `);
    await queryRunner.query(`CREATE INDEX "IDX_f2b87f89a4ba59e976c635a553" ON "audit_event"  ("entity_id") `);
    await queryRunner.query(
      `CREATE TABLE "audit_chain_head" ("id" integer NOT NULL, "last_seq" bigint NOT NULL, "last_hash" text NOT NULL, CONSTRAINT "PK_9211408bf584034de409b1bbec5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "agency" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "code" text NOT NULL, "name" text NOT NULL, "kind" text NOT NULL, "valid_from" date NOT NULL, "valid_to" date, "version" integer NOT NULL, CONSTRAINT "PK_ab1244724d1c216e9720635a2e5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_fbda24d0286deca69d0b8d30f1" ON "agency"  ("code") `);
    await queryRunner.query(
      `CREATE TABLE "position" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "agency_id" uuid NOT NULL, "code" text NOT NULL, "name" text NOT NULL, "handles_administrative_procedures" boolean NOT NULL DEFAULT false, "receives_citizens" boolean NOT NULL DEFAULT false, "issues_decisions" boolean NOT NULL DEFAULT false, "active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL, CONSTRAINT "PK_b7f483581562b4dc62ae1a5b7e2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b22f6d3eb9661adcb7e922f4eb" ON "position"  ("agency_id", "code") `);
    await queryRunner.query(
      `CREATE TABLE "rank" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "code" text NOT NULL, "name" text NOT NULL, "staff_category" text NOT NULL, CONSTRAINT "PK_a5dfd2e605e5e4fb8578caec083" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_8d93be48306e2f3d7b5f7f0791" ON "rank"  ("code") `);
    await queryRunner.query(
      `CREATE TABLE "unit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "agency_id" uuid NOT NULL, "parent_id" uuid, "code" text NOT NULL, "name" text NOT NULL, "head_id" uuid, "active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL, CONSTRAINT "PK_4252c4be609041e559f0c80f58a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_33443cd5de3c6b130acfd6aba6" ON "unit"  ("parent_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_087bac3b87ebcf018af06e27de" ON "unit"  ("head_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_285ddf0272758a90bbc5920631" ON "unit"  ("agency_id", "code") `);
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "email" text NOT NULL, "full_name" text NOT NULL, "search_text" text NOT NULL, "staff_category" text NOT NULL, "unit_id" uuid NOT NULL, "position_id" uuid, "rank_id" uuid, "role" text NOT NULL, "is_leader" boolean NOT NULL DEFAULT false, "city_scope" boolean NOT NULL DEFAULT false, "active" boolean NOT NULL DEFAULT true, "password_hash" text, "must_change_password" boolean NOT NULL DEFAULT false, "failed_login_count" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "last_login_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3fa909d0e37c531ebc23770339" ON "app_user"  ("email") `);
    await queryRunner.query(`CREATE INDEX "IDX_1da785c041a1dc4fd7b0fdba02" ON "app_user"  ("search_text") `);
    await queryRunner.query(`CREATE INDEX "IDX_055c5291f4320e6e092162ae36" ON "app_user"  ("unit_id") `);
    await queryRunner.query(
      `CREATE TABLE "session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid NOT NULL, "refresh_token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "last_refreshed_at" TIMESTAMP WITH TIME ZONE, "user_agent" text, "ip_address" text, CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_30e98e8746699fb9af235410af" ON "session"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e131e569c75b7d1aa8a73ffa83" ON "session"  ("refresh_token_hash") `);
    await queryRunner.query(
      `ALTER TABLE "position" ADD CONSTRAINT "FK_b6e97467d21f28014070dc28371" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "unit" ADD CONSTRAINT "FK_7b95ce2d378ecf6b780b3a9532b" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "unit" ADD CONSTRAINT "FK_33443cd5de3c6b130acfd6aba63" FOREIGN KEY ("parent_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "unit" ADD CONSTRAINT "FK_087bac3b87ebcf018af06e27dee" FOREIGN KEY ("head_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "FK_055c5291f4320e6e092162ae36c" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "FK_3b95ff9e5d2aac0d8a695a767ec" FOREIGN KEY ("position_id") REFERENCES "position"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "FK_70602e3ac194c9f2434273f6876" FOREIGN KEY ("rank_id") REFERENCES "rank"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "session" ADD CONSTRAINT "FK_30e98e8746699fb9af235410aff" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    // Hand-written: what the entities cannot say.
    // The audit chain starts from the genesis hash; the single head row serialises appends.
    await queryRunner.query(`ALTER TABLE "audit_chain_head" ADD CONSTRAINT "CHK_audit_chain_head_single_row" CHECK ("id" = 1)`);
    await queryRunner.query(`INSERT INTO "audit_chain_head" ("id", "last_seq", "last_hash") VALUES (1, 0, repeat('0', 64))`);
    // Append-only: the database itself refuses to change or remove audit events.
    await queryRunner.query(`CREATE FUNCTION "audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_event is append-only (% refused)', TG_OP; END $$`);
    await queryRunner.query(`CREATE TRIGGER "audit_event_no_update_delete" BEFORE UPDATE OR DELETE ON "audit_event" FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"()`);
    await queryRunner.query(`CREATE TRIGGER "audit_event_no_truncate" BEFORE TRUNCATE ON "audit_event" FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"()`);
    // Closed vocabularies and invariants, so a bad row cannot exist even if written around the API.
    await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "CHK_app_user_role" CHECK ("role" IN ('OFFICIAL', 'UNIT_HEAD', 'HR', 'ADMIN', 'INSPECTOR'))`);
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "CHK_app_user_staff_category" CHECK ("staff_category" IN ('CAN_BO', 'CONG_CHUC', 'VIEN_CHUC', 'NGUOI_LAO_DONG'))`,
    );
    await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "CHK_app_user_email_lower" CHECK ("email" = lower("email"))`);
    await queryRunner.query(`ALTER TABLE "rank" ADD CONSTRAINT "CHK_rank_staff_category" CHECK ("staff_category" IN ('CAN_BO', 'CONG_CHUC', 'VIEN_CHUC', 'NGUOI_LAO_DONG'))`);
    await queryRunner.query(`ALTER TABLE "agency" ADD CONSTRAINT "CHK_agency_kind" CHECK ("kind" IN ('DEPARTMENT', 'WARD', 'COMMUNE', 'SPECIAL_ZONE', 'OTHER'))`);
    await queryRunner.query(`ALTER TABLE "agency" ADD CONSTRAINT "CHK_agency_valid_dates" CHECK ("valid_to" IS NULL OR "valid_to" >= "valid_from")`);
    await queryRunner.query(`ALTER TABLE "unit" ADD CONSTRAINT "CHK_unit_not_own_parent" CHECK ("parent_id" IS NULL OR "parent_id" <> "id")`);
    // Keyset pagination of the officials list (ORDER BY full_name, id).
    await queryRunner.query(`CREATE INDEX "IDX_app_user_full_name_id" ON "app_user" ("full_name", "id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_app_user_full_name_id"`);
    await queryRunner.query(`DROP TRIGGER "audit_event_no_truncate" ON "audit_event"`);
    await queryRunner.query(`DROP TRIGGER "audit_event_no_update_delete" ON "audit_event"`);
    await queryRunner.query(`DROP FUNCTION "audit_event_append_only"()`);
    await queryRunner.query(`ALTER TABLE "session" DROP CONSTRAINT "FK_30e98e8746699fb9af235410aff"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_70602e3ac194c9f2434273f6876"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_3b95ff9e5d2aac0d8a695a767ec"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_055c5291f4320e6e092162ae36c"`);
    await queryRunner.query(`ALTER TABLE "unit" DROP CONSTRAINT "FK_087bac3b87ebcf018af06e27dee"`);
    await queryRunner.query(`ALTER TABLE "unit" DROP CONSTRAINT "FK_33443cd5de3c6b130acfd6aba63"`);
    await queryRunner.query(`ALTER TABLE "unit" DROP CONSTRAINT "FK_7b95ce2d378ecf6b780b3a9532b"`);
    await queryRunner.query(`ALTER TABLE "position" DROP CONSTRAINT "FK_b6e97467d21f28014070dc28371"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e131e569c75b7d1aa8a73ffa83"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_30e98e8746699fb9af235410af"`);
    await queryRunner.query(`DROP TABLE "session"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_055c5291f4320e6e092162ae36"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1da785c041a1dc4fd7b0fdba02"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3fa909d0e37c531ebc23770339"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_285ddf0272758a90bbc5920631"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_087bac3b87ebcf018af06e27de"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_33443cd5de3c6b130acfd6aba6"`);
    await queryRunner.query(`DROP TABLE "unit"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8d93be48306e2f3d7b5f7f0791"`);
    await queryRunner.query(`DROP TABLE "rank"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b22f6d3eb9661adcb7e922f4eb"`);
    await queryRunner.query(`DROP TABLE "position"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fbda24d0286deca69d0b8d30f1"`);
    await queryRunner.query(`DROP TABLE "agency"`);
    await queryRunner.query(`DROP TABLE "audit_chain_head"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f2b87f89a4ba59e976c635a553"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_45452915f68f5a171bc4107b9e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f44b7e9c0d50176bc07e018f63"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
  }
}
