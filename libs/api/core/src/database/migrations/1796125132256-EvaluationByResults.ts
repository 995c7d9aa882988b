import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evaluation by results (PRODUCT.md 4.3–4.5): periods with their windows, cut-off and opening job;
 * one evaluation per official and period with its frozen assignment facts and published revisions;
 * waiver requests, quota exceptions and acting evaluators.
 */
export class EvaluationByResults1796125132256 implements MigrationInterface {
  name = 'EvaluationByResults1796125132256';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "acting_evaluator" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "unit_id" uuid NOT NULL, "acting_user_id" uuid NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "decision_document" text NOT NULL, "appointed_by_id" uuid NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_acting_evaluator_dates" CHECK ("ends_on" >= "starts_on"), CONSTRAINT "PK_54500d1d99ed252fe0f4c75f876" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_acting_evaluator_user" ON "acting_evaluator"  ("acting_user_id", "ends_on") `);
    await queryRunner.query(`CREATE INDEX "IDX_acting_evaluator_unit_dates" ON "acting_evaluator"  ("unit_id", "starts_on", "ends_on") `);
    await queryRunner.query(
      `CREATE TABLE "evaluation_fact" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "evaluation_id" uuid NOT NULL, "assignment_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "title" text NOT NULL, "source_document" text, "status" text NOT NULL, "deadline_date" date NOT NULL, "expected_units" numeric(14,4) NOT NULL, "delivered_units" numeric(14,4) NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "major_error_returns" jsonb NOT NULL, "missed_deadlines" jsonb NOT NULL, "rule_set_version" text NOT NULL, "captured_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6f058fedd28280da1747e928c8b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_evaluation_fact_assignment" ON "evaluation_fact"  ("evaluation_id", "assignment_id") `);
    await queryRunner.query(
      `CREATE TABLE "evaluation_revision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "evaluation_id" uuid NOT NULL, "revision" integer NOT NULL, "record" jsonb NOT NULL, "published_by_id" uuid NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL, "reopen_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a2f3cf4dadf3482fd71874b6096" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_evaluation_revision" ON "evaluation_revision"  ("evaluation_id", "revision") `);
    await queryRunner.query(
      `CREATE TABLE "evaluation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "period_id" uuid NOT NULL, "official_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "position_id" uuid, "task_group" text NOT NULL, "regime" text NOT NULL, "is_leader" boolean NOT NULL, "evaluator_id" uuid, "evaluator_level" text NOT NULL, "status" text NOT NULL DEFAULT 'AWAITING_SELF_ASSESSMENT', "revision" integer NOT NULL DEFAULT '1', "rule_set_version" text NOT NULL, "criteria_template_id" uuid, "scheduled_working_days" integer, "worked_days" integer, "self_assessment_text" text, "self_scores" jsonb, "proposed_grade" text, "self_assessed_at" TIMESTAMP WITH TIME ZONE, "general_scores" jsonb, "overrides" jsonb, "decided_grade" text, "grade_change_reason" text, "head_comment" text, "scored_by_id" uuid, "scored_at" TIMESTAMP WITH TIME ZONE, "approved_by_id" uuid, "approved_at" TIMESTAMP WITH TIME ZONE, "published_by_id" uuid, "published_at" TIMESTAMP WITH TIME ZONE, "verification_code" text, "return_reason" text, "reopen_reason" text, "version" integer NOT NULL, CONSTRAINT "CHK_evaluation_revision" CHECK ("revision" >= 1), CONSTRAINT "CHK_evaluation_not_self" CHECK ("evaluator_id" IS DISTINCT FROM "official_id"), CONSTRAINT "CHK_evaluation_level" CHECK ("evaluator_level" IN ('UNIT_HEAD', 'LEVEL_ABOVE', 'HR')), CONSTRAINT "CHK_evaluation_regime" CHECK ("regime" IN ('CONG_CHUC', 'VIEN_CHUC')), CONSTRAINT "CHK_evaluation_status" CHECK ("status" IN ('AWAITING_SELF_ASSESSMENT', 'RETURNED', 'AWAITING_HEAD', 'SCORED', 'APPROVED', 'PUBLISHED', 'REOPENED')), CONSTRAINT "PK_b72edd439b9db736f55b584fa54" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_dd0f96f6c19a314a81a70d42bd" ON "evaluation"  ("agency_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_81cd2be1e570d0a34a57d9125e" ON "evaluation"  ("verification_code") `);
    await queryRunner.query(`CREATE INDEX "IDX_evaluation_evaluator_period" ON "evaluation"  ("evaluator_id", "period_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_evaluation_official_period" ON "evaluation"  ("official_id", "period_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_evaluation_period_unit_status" ON "evaluation"  ("period_id", "unit_id", "status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_evaluation_period_official" ON "evaluation"  ("period_id", "official_id") `);
    await queryRunner.query(
      `CREATE TABLE "evaluation_period" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "kind" text NOT NULL, "year" integer NOT NULL, "number" integer, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "agency_id" uuid, "pilot_id" uuid, "name" text NOT NULL, "status" text NOT NULL DEFAULT 'DRAFT', "self_assessment_until" date NOT NULL, "head_scoring_until" date NOT NULL, "publish_until" date NOT NULL, "cut_off_at" TIMESTAMP WITH TIME ZONE NOT NULL, "facts_frozen_at" TIMESTAMP WITH TIME ZONE, "opened_at" TIMESTAMP WITH TIME ZONE, "opened_by_id" uuid, "job_status" text, "job_total" integer NOT NULL DEFAULT '0', "job_done" integer NOT NULL DEFAULT '0', "job_error" text, "version" integer NOT NULL, CONSTRAINT "CHK_evaluation_period_job_status" CHECK ("job_status" IS NULL OR "job_status" IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')), CONSTRAINT "CHK_evaluation_period_windows" CHECK ("self_assessment_until" >= "ends_on" AND "head_scoring_until" >= "self_assessment_until" AND "publish_until" >= "head_scoring_until"), CONSTRAINT "CHK_evaluation_period_dates" CHECK ("ends_on" >= "starts_on"), CONSTRAINT "CHK_evaluation_period_scope" CHECK (("agency_id" IS NULL) <> ("pilot_id" IS NULL)), CONSTRAINT "CHK_evaluation_period_status" CHECK ("status" IN ('DRAFT', 'OPENING', 'OPEN', 'CLOSED')), CONSTRAINT "CHK_evaluation_period_kind" CHECK ("kind" IN ('MONTH', 'QUARTER', 'YEAR')), CONSTRAINT "PK_afff8769af5b884de5ec8f0d3b5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_f2a3cda84026c9c3979db32e74" ON "evaluation_period"  ("agency_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_a55e57495e05be86ac20bc9baf" ON "evaluation_period"  ("pilot_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_evaluation_period_starts_on_id" ON "evaluation_period"  ("starts_on", "id") `);
    await queryRunner.query(
      `CREATE TABLE "quota_exception" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "period_id" uuid NOT NULL, "regime" text NOT NULL, "agency_id" uuid NOT NULL, "scope_kind" text NOT NULL, "task_group" text NOT NULL DEFAULT '', "rule" text NOT NULL, "extra_excellent" integer NOT NULL, "reason" text NOT NULL, "granted_by" text NOT NULL, "decision_document" text, "recorded_by_id" uuid NOT NULL, CONSTRAINT "CHK_quota_exception_extra" CHECK ("extra_excellent" >= 1), CONSTRAINT "CHK_quota_exception_rule" CHECK ("rule" IN ('PERCENT_OF_GOOD', 'PARTY_MEMBER_SHARE')), CONSTRAINT "CHK_quota_exception_scope" CHECK ("scope_kind" IN ('AGENCY', 'TASK_GROUP')), CONSTRAINT "PK_bb9f56a3e69b6ea54ef9a2e5c3e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_quota_exception_scope" ON "quota_exception"  ("period_id", "regime", "agency_id", "scope_kind", "task_group", "rule") `);
    await queryRunner.query(
      `CREATE TABLE "waiver_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "evaluation_id" uuid NOT NULL, "assignment_id" uuid NOT NULL, "kind" text NOT NULL, "reference" text NOT NULL, "cause" text NOT NULL, "attachment_id" uuid, "requested_by_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'REQUESTED', "decided_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "decision_note" text, "version" integer NOT NULL, CONSTRAINT "CHK_waiver_request_status" CHECK ("status" IN ('REQUESTED', 'CONFIRMED', 'REFUSED')), CONSTRAINT "CHK_waiver_request_kind" CHECK ("kind" IN ('MAJOR_ERROR_RETURN', 'MISSED_DEADLINE')), CONSTRAINT "PK_b89481586676e1d176895946975" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_waiver_request_evaluation" ON "waiver_request"  ("evaluation_id", "status") `);
    // Foreign keys by hand: the entities keep ids only (no relations), as the evaluation reads by id.
    await queryRunner.query(`ALTER TABLE "evaluation" ADD CONSTRAINT "FK_evaluation_period_id" FOREIGN KEY ("period_id") REFERENCES "evaluation_period"("id") ON DELETE CASCADE`);
    await queryRunner.query(`ALTER TABLE "evaluation" ADD CONSTRAINT "FK_evaluation_official_id" FOREIGN KEY ("official_id") REFERENCES "app_user"("id") ON DELETE RESTRICT`);
    await queryRunner.query(`ALTER TABLE "evaluation" ADD CONSTRAINT "FK_evaluation_unit_id" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT`);
    await queryRunner.query(`ALTER TABLE "evaluation" ADD CONSTRAINT "FK_evaluation_agency_id" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT`);
    await queryRunner.query(`ALTER TABLE "evaluation" ADD CONSTRAINT "FK_evaluation_evaluator_id" FOREIGN KEY ("evaluator_id") REFERENCES "app_user"("id") ON DELETE RESTRICT`);
    await queryRunner.query(
      `ALTER TABLE "evaluation_fact" ADD CONSTRAINT "FK_evaluation_fact_evaluation_id" FOREIGN KEY ("evaluation_id") REFERENCES "evaluation"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluation_revision" ADD CONSTRAINT "FK_evaluation_revision_evaluation_id" FOREIGN KEY ("evaluation_id") REFERENCES "evaluation"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluation_revision" ADD CONSTRAINT "FK_evaluation_revision_published_by_id" FOREIGN KEY ("published_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluation_period" ADD CONSTRAINT "FK_evaluation_period_agency_id" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT`,
    );
    await queryRunner.query(`ALTER TABLE "evaluation_period" ADD CONSTRAINT "FK_evaluation_period_pilot_id" FOREIGN KEY ("pilot_id") REFERENCES "pilot"("id") ON DELETE RESTRICT`);
    await queryRunner.query(
      `ALTER TABLE "waiver_request" ADD CONSTRAINT "FK_waiver_request_evaluation_id" FOREIGN KEY ("evaluation_id") REFERENCES "evaluation"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "waiver_request" ADD CONSTRAINT "FK_waiver_request_requested_by_id" FOREIGN KEY ("requested_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT`,
    );
    await queryRunner.query(
      `ALTER TABLE "waiver_request" ADD CONSTRAINT "FK_waiver_request_attachment_id" FOREIGN KEY ("attachment_id") REFERENCES "stored_file"("id") ON DELETE RESTRICT`,
    );
    await queryRunner.query(
      `ALTER TABLE "quota_exception" ADD CONSTRAINT "FK_quota_exception_period_id" FOREIGN KEY ("period_id") REFERENCES "evaluation_period"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(`ALTER TABLE "quota_exception" ADD CONSTRAINT "FK_quota_exception_agency_id" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT`);
    await queryRunner.query(
      `ALTER TABLE "quota_exception" ADD CONSTRAINT "FK_quota_exception_recorded_by_id" FOREIGN KEY ("recorded_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT`,
    );
    await queryRunner.query(`ALTER TABLE "acting_evaluator" ADD CONSTRAINT "FK_acting_evaluator_unit_id" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT`);
    await queryRunner.query(
      `ALTER TABLE "acting_evaluator" ADD CONSTRAINT "FK_acting_evaluator_acting_user_id" FOREIGN KEY ("acting_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT`,
    );
    await queryRunner.query(
      `ALTER TABLE "acting_evaluator" ADD CONSTRAINT "FK_acting_evaluator_appointed_by_id" FOREIGN KEY ("appointed_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "acting_evaluator" DROP CONSTRAINT "FK_acting_evaluator_appointed_by_id"`);
    await queryRunner.query(`ALTER TABLE "acting_evaluator" DROP CONSTRAINT "FK_acting_evaluator_acting_user_id"`);
    await queryRunner.query(`ALTER TABLE "acting_evaluator" DROP CONSTRAINT "FK_acting_evaluator_unit_id"`);
    await queryRunner.query(`ALTER TABLE "quota_exception" DROP CONSTRAINT "FK_quota_exception_recorded_by_id"`);
    await queryRunner.query(`ALTER TABLE "quota_exception" DROP CONSTRAINT "FK_quota_exception_agency_id"`);
    await queryRunner.query(`ALTER TABLE "quota_exception" DROP CONSTRAINT "FK_quota_exception_period_id"`);
    await queryRunner.query(`ALTER TABLE "waiver_request" DROP CONSTRAINT "FK_waiver_request_attachment_id"`);
    await queryRunner.query(`ALTER TABLE "waiver_request" DROP CONSTRAINT "FK_waiver_request_requested_by_id"`);
    await queryRunner.query(`ALTER TABLE "waiver_request" DROP CONSTRAINT "FK_waiver_request_evaluation_id"`);
    await queryRunner.query(`ALTER TABLE "evaluation_period" DROP CONSTRAINT "FK_evaluation_period_pilot_id"`);
    await queryRunner.query(`ALTER TABLE "evaluation_period" DROP CONSTRAINT "FK_evaluation_period_agency_id"`);
    await queryRunner.query(`ALTER TABLE "evaluation_revision" DROP CONSTRAINT "FK_evaluation_revision_published_by_id"`);
    await queryRunner.query(`ALTER TABLE "evaluation_revision" DROP CONSTRAINT "FK_evaluation_revision_evaluation_id"`);
    await queryRunner.query(`ALTER TABLE "evaluation_fact" DROP CONSTRAINT "FK_evaluation_fact_evaluation_id"`);
    await queryRunner.query(`ALTER TABLE "evaluation" DROP CONSTRAINT "FK_evaluation_evaluator_id"`);
    await queryRunner.query(`ALTER TABLE "evaluation" DROP CONSTRAINT "FK_evaluation_agency_id"`);
    await queryRunner.query(`ALTER TABLE "evaluation" DROP CONSTRAINT "FK_evaluation_unit_id"`);
    await queryRunner.query(`ALTER TABLE "evaluation" DROP CONSTRAINT "FK_evaluation_official_id"`);
    await queryRunner.query(`ALTER TABLE "evaluation" DROP CONSTRAINT "FK_evaluation_period_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_waiver_request_evaluation"`);
    await queryRunner.query(`DROP TABLE "waiver_request"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_quota_exception_scope"`);
    await queryRunner.query(`DROP TABLE "quota_exception"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_evaluation_period_starts_on_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a55e57495e05be86ac20bc9baf"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f2a3cda84026c9c3979db32e74"`);
    await queryRunner.query(`DROP TABLE "evaluation_period"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_evaluation_period_official"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_evaluation_period_unit_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_evaluation_official_period"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_evaluation_evaluator_period"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_81cd2be1e570d0a34a57d9125e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dd0f96f6c19a314a81a70d42bd"`);
    await queryRunner.query(`DROP TABLE "evaluation"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_evaluation_revision"`);
    await queryRunner.query(`DROP TABLE "evaluation_revision"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_evaluation_fact_assignment"`);
    await queryRunner.query(`DROP TABLE "evaluation_fact"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_acting_evaluator_unit_dates"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_acting_evaluator_user"`);
    await queryRunner.query(`DROP TABLE "acting_evaluator"`);
  }
}
