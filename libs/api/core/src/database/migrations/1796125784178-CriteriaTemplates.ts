import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Criteria templates (bộ tiêu chí đánh giá) as versions — a draft edited, a published version
 * immutable with its derived rule set stored whole — and the viên chức Party-member excellent share
 * per agency and year (Decree 48/2023). An evaluation's criteria_template_id now points at the
 * version it recorded.
 */
export class CriteriaTemplates1796125784178 implements MigrationInterface {
  name = 'CriteriaTemplates1796125784178';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "criteria_template" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "code" text NOT NULL, "version_no" integer NOT NULL, "name" text NOT NULL, "regime" text NOT NULL, "position_ids" uuid array, "status" text NOT NULL DEFAULT 'DRAFT', "effective_from" date NOT NULL, "task_combination" jsonb NOT NULL, "general_criteria" jsonb NOT NULL, "leader_unit_weight_percent" integer NOT NULL, "base_rule_set_version" text, "rule_set_version" text, "rule_set" jsonb, "published_at" TIMESTAMP WITH TIME ZONE, "published_by_id" uuid, "created_by_id" uuid NOT NULL, "version" integer NOT NULL, CONSTRAINT "CHK_criteria_template_leader_weight" CHECK ("leader_unit_weight_percent" BETWEEN 0 AND 100), CONSTRAINT "CHK_criteria_template_published" CHECK (("status" = 'PUBLISHED') = ("rule_set" IS NOT NULL AND "rule_set_version" IS NOT NULL AND "published_at" IS NOT NULL)), CONSTRAINT "CHK_criteria_template_regime" CHECK ("regime" IN ('CONG_CHUC', 'VIEN_CHUC')), CONSTRAINT "CHK_criteria_template_status" CHECK ("status" IN ('DRAFT', 'PUBLISHED')), CONSTRAINT "PK_7fc5991e803aeae1f5824a0de3f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_criteria_template_in_force" ON "criteria_template"  ("regime", "status", "effective_from") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_criteria_template_one_draft" ON "criteria_template"  ("code") WHERE "status" = 'DRAFT'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_criteria_template_rule_set_version" ON "criteria_template"  ("rule_set_version") WHERE "rule_set_version" IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_criteria_template_code_version" ON "criteria_template"  ("code", "version_no") `);
    await queryRunner.query(
      `CREATE TABLE "party_member_excellent_share" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "agency_id" uuid NOT NULL, "year" integer NOT NULL, "percent" numeric(5,2) NOT NULL, "entered_by_id" uuid NOT NULL, "version" integer NOT NULL, CONSTRAINT "CHK_party_member_excellent_share_year" CHECK ("year" BETWEEN 2000 AND 2100), CONSTRAINT "CHK_party_member_excellent_share_percent" CHECK ("percent" BETWEEN 0 AND 100), CONSTRAINT "PK_d935fdd8cb0f347d56f0f7ca2d9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_party_member_excellent_share" ON "party_member_excellent_share"  ("agency_id", "year") `);
    await queryRunner.query(
      `ALTER TABLE "criteria_template" ADD CONSTRAINT "FK_criteria_template_published_by_id" FOREIGN KEY ("published_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "criteria_template" ADD CONSTRAINT "FK_criteria_template_created_by_id" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "party_member_excellent_share" ADD CONSTRAINT "FK_party_member_excellent_share_agency_id" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "party_member_excellent_share" ADD CONSTRAINT "FK_party_member_excellent_share_entered_by_id" FOREIGN KEY ("entered_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluation" ADD CONSTRAINT "FK_evaluation_criteria_template_id" FOREIGN KEY ("criteria_template_id") REFERENCES "criteria_template"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_evaluation_criteria_template" ON "evaluation" ("criteria_template_id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_evaluation_criteria_template"`);
    await queryRunner.query(`ALTER TABLE "evaluation" DROP CONSTRAINT "FK_evaluation_criteria_template_id"`);
    await queryRunner.query(`ALTER TABLE "party_member_excellent_share" DROP CONSTRAINT "FK_party_member_excellent_share_entered_by_id"`);
    await queryRunner.query(`ALTER TABLE "party_member_excellent_share" DROP CONSTRAINT "FK_party_member_excellent_share_agency_id"`);
    await queryRunner.query(`ALTER TABLE "criteria_template" DROP CONSTRAINT "FK_criteria_template_created_by_id"`);
    await queryRunner.query(`ALTER TABLE "criteria_template" DROP CONSTRAINT "FK_criteria_template_published_by_id"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_party_member_excellent_share"`);
    await queryRunner.query(`DROP TABLE "party_member_excellent_share"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_criteria_template_code_version"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_criteria_template_rule_set_version"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_criteria_template_one_draft"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_criteria_template_in_force"`);
    await queryRunner.query(`DROP TABLE "criteria_template"`);
  }
}
