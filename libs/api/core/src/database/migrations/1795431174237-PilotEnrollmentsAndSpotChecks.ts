import { MigrationInterface, QueryRunner } from 'typeorm';

export class PilotEnrollmentsAndSpotChecks1795431174237 implements MigrationInterface {
  name = 'PilotEnrollmentsAndSpotChecks1795431174237';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "absence" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "official_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "kind" text NOT NULL, "start_date" date NOT NULL, "end_date" date NOT NULL, "note" text, "recorded_by_id" uuid NOT NULL, "cancelled_at" TIMESTAMP WITH TIME ZONE, "cancelled_by_id" uuid, CONSTRAINT "CHK_absence_dates" CHECK ("end_date" >= "start_date"), CONSTRAINT "CHK_absence_kind" CHECK ("kind" IN ('LEAVE', 'SICK', 'BUSINESS_TRIP')), CONSTRAINT "PK_30089b15c0f880f026581218c16" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_absence_official_dates" ON "absence"  ("official_id", "start_date") `);
    await queryRunner.query(`CREATE INDEX "IDX_absence_unit_dates" ON "absence"  ("unit_id", "start_date") `);
    await queryRunner.query(
      `CREATE TABLE "commitment_text" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "body_en" text, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL, "published_by_id" uuid, CONSTRAINT "CHK_commitment_text_version" CHECK ("version" >= 1), CONSTRAINT "PK_9910d405c7e2d2d4469a4afd955" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_commitment_text_version" ON "commitment_text"  ("version") `);
    await queryRunner.query(
      `CREATE TABLE "pilot" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" text NOT NULL, "decision_number" text NOT NULL, "start_date" date NOT NULL, "end_date" date NOT NULL, "max_home_share_percent" integer NOT NULL, "min_on_site" integer NOT NULL, "max_home_days_per_week" integer NOT NULL, "core_hours" jsonb NOT NULL, "sample_rate_basis_points" integer NOT NULL, "answer_window_minutes" integer NOT NULL, "rule_set_version" text NOT NULL, "created_by_id" uuid, "version" integer NOT NULL, CONSTRAINT "CHK_pilot_answer_window" CHECK ("answer_window_minutes" BETWEEN 1 AND 240), CONSTRAINT "CHK_pilot_sample_rate" CHECK ("sample_rate_basis_points" BETWEEN 0 AND 10000), CONSTRAINT "CHK_pilot_home_days" CHECK ("max_home_days_per_week" BETWEEN 1 AND 5), CONSTRAINT "CHK_pilot_min_on_site" CHECK ("min_on_site" >= 0), CONSTRAINT "CHK_pilot_home_share" CHECK ("max_home_share_percent" BETWEEN 0 AND 100), CONSTRAINT "CHK_pilot_dates" CHECK ("end_date" >= "start_date"), CONSTRAINT "PK_921e16d425d1f58dcec5fe90bba" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "pilot_unit" ("pilot_id" uuid NOT NULL, "unit_id" uuid NOT NULL, CONSTRAINT "PK_56934e4a8e350849e050233490d" PRIMARY KEY ("pilot_id", "unit_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_pilot_unit_unit" ON "pilot_unit"  ("unit_id") `);
    await queryRunner.query(
      `CREATE TABLE "enrollment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "pilot_id" uuid NOT NULL, "official_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "position_id" uuid, "weekdays" integer array NOT NULL, "start_date" date NOT NULL, "end_date" date NOT NULL, "status" text NOT NULL, "commitment_text_id" uuid NOT NULL, "commitment_version" integer NOT NULL, "commitment_accepted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "has_computer" boolean NOT NULL, "has_phone" boolean NOT NULL, "has_printer" boolean NOT NULL, "has_internet" boolean NOT NULL, "note" text, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL, "decided_at" TIMESTAMP WITH TIME ZONE, "decided_by_id" uuid, "decision_reason" text, "suspended_at" TIMESTAMP WITH TIME ZONE, "suspended_by_id" uuid, "suspend_reason" text, "ended_at" TIMESTAMP WITH TIME ZONE, "ended_by_id" uuid, "end_reason" text, "version" integer NOT NULL, CONSTRAINT "CHK_enrollment_weekdays" CHECK (cardinality("weekdays") BETWEEN 1 AND 5 AND "weekdays" <@ ARRAY[1,2,3,4,5]), CONSTRAINT "CHK_enrollment_dates" CHECK ("end_date" >= "start_date"), CONSTRAINT "CHK_enrollment_status" CHECK ("status" IN ('PENDING', 'APPROVED', 'REJECTED', 'SUSPENDED', 'ENDED')), CONSTRAINT "PK_7e200c699fa93865cdcdd025885" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_enrollment_official" ON "enrollment"  ("official_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_enrollment_unit_status" ON "enrollment"  ("unit_id", "status") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_enrollment_open_per_official" ON "enrollment"  ("pilot_id", "official_id") WHERE "status" IN ('PENDING', 'APPROVED', 'SUSPENDED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "spot_check_draw" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "pilot_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "date" date NOT NULL, "algorithm" text NOT NULL, "commitment" text NOT NULL, "seed_hex" text NOT NULL, "roster" jsonb NOT NULL, "roster_hash" text NOT NULL, "parameters" jsonb NOT NULL, "k" integer NOT NULL, "picks" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "drawn_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revealed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6e4dd215ff2b3155efa4633fb4c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_spot_check_draw_unrevealed" ON "spot_check_draw"  ("date") WHERE "revealed_at" IS NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_spot_check_draw_unit_date" ON "spot_check_draw"  ("unit_id", "date") `);
    await queryRunner.query(
      `CREATE TABLE "spot_check_flag" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "enrollment_id" uuid NOT NULL, "official_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "month" text NOT NULL, "missed_count" integer NOT NULL, "raised_at" TIMESTAMP WITH TIME ZONE NOT NULL, "decision" text, "decided_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "decision_reason" text, "version" integer NOT NULL, CONSTRAINT "CHK_spot_check_flag_decision" CHECK ("decision" IS NULL OR "decision" IN ('KEEP', 'SUSPEND')), CONSTRAINT "PK_37b8b3b702717ee829395797537" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_spot_check_flag_unit" ON "spot_check_flag"  ("unit_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_spot_check_flag_enrollment_month" ON "spot_check_flag"  ("enrollment_id", "month") `);
    await queryRunner.query(
      `CREATE TABLE "spot_check" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "draw_id" uuid, "pilot_id" uuid, "unit_id" uuid NOT NULL, "official_id" uuid NOT NULL, "enrollment_id" uuid, "date" date NOT NULL, "pick_order" integer NOT NULL, "prompt_at" TIMESTAMP WITH TIME ZONE NOT NULL, "answer_by" TIMESTAMP WITH TIME ZONE NOT NULL, "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" text NOT NULL, "prompted_at" TIMESTAMP WITH TIME ZONE, "responded_at" TIMESTAMP WITH TIME ZONE, "response_note" text, "outcome" text, "outcome_before_excuse" text, "excuse_reason" text, "excused_by_id" uuid, "excused_at" TIMESTAMP WITH TIME ZONE, "cancel_reason" text, "manual" boolean NOT NULL DEFAULT false, "version" integer NOT NULL, CONSTRAINT "CHK_spot_check_cancel_reason" CHECK (("status" = 'CANCELLED') = ("cancel_reason" IS NOT NULL)), CONSTRAINT "CHK_spot_check_closed_outcome" CHECK (("status" = 'CLOSED') = ("outcome" IS NOT NULL)), CONSTRAINT "CHK_spot_check_outcome" CHECK ("outcome" IS NULL OR "outcome" IN ('ON_TIME', 'LATE', 'MISSED', 'EXCUSED')), CONSTRAINT "CHK_spot_check_status" CHECK ("status" IN ('SCHEDULED', 'PROMPTED', 'CLOSED', 'CANCELLED')), CONSTRAINT "PK_f4e2fad54bc1d694af497b7482a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_spot_check_due" ON "spot_check"  ("status", "prompt_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_spot_check_unit_date" ON "spot_check"  ("unit_id", "date") `);
    await queryRunner.query(`CREATE INDEX "IDX_spot_check_official_date" ON "spot_check"  ("official_id", "date") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_spot_check_draw_pick" ON "spot_check"  ("draw_id", "pick_order") `);
    await queryRunner.query(
      `CREATE TABLE "spot_check_follow_up" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "spot_check_id" uuid NOT NULL, "author_id" uuid NOT NULL, "note" text NOT NULL, CONSTRAINT "PK_ceab4819bd8f2d45e59ea411413" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_spot_check_follow_up_check" ON "spot_check_follow_up"  ("spot_check_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "eligibility_exception" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "pilot_id" uuid NOT NULL, "position_id" uuid NOT NULL, "reason" text NOT NULL, "granted_by_id" uuid NOT NULL, "granted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "withdrawn_by_id" uuid, "withdraw_reason" text, CONSTRAINT "PK_4d0e104461988efe61dfb953dec" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_eligibility_exception_in_force" ON "eligibility_exception"  ("pilot_id", "position_id") WHERE "withdrawn_at" IS NULL`);
    await queryRunner.query(
      `ALTER TABLE "absence" ADD CONSTRAINT "FK_292ba0b73435a2c7a0b5afcf6c2" FOREIGN KEY ("official_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pilot_unit" ADD CONSTRAINT "FK_2e0a0a32dc8beb1aa5e7b50be00" FOREIGN KEY ("pilot_id") REFERENCES "pilot"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pilot_unit" ADD CONSTRAINT "FK_ae30e1a238d5054cabbd0d5a2ae" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "enrollment" ADD CONSTRAINT "FK_a65b66bee5726eb76e982ed3845" FOREIGN KEY ("pilot_id") REFERENCES "pilot"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "enrollment" ADD CONSTRAINT "FK_ea1d9e66f37009595d6e9fe32cd" FOREIGN KEY ("official_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "enrollment" ADD CONSTRAINT "FK_23cdbee65c54d4847de2e6402b7" FOREIGN KEY ("commitment_text_id") REFERENCES "commitment_text"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "spot_check_draw" ADD CONSTRAINT "FK_6960613b3898ed31ab3a1c5794e" FOREIGN KEY ("pilot_id") REFERENCES "pilot"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "spot_check_draw" ADD CONSTRAINT "FK_98420a8160e4b3bc349bafc953b" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "spot_check_flag" ADD CONSTRAINT "FK_03832fc5ce1424fb543090c3bb5" FOREIGN KEY ("enrollment_id") REFERENCES "enrollment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "spot_check" ADD CONSTRAINT "FK_6e4dd215ff2b3155efa4633fb4c" FOREIGN KEY ("draw_id") REFERENCES "spot_check_draw"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "spot_check" ADD CONSTRAINT "FK_aa6d10497e91e92279834764f60" FOREIGN KEY ("official_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "spot_check" ADD CONSTRAINT "FK_b0340112e8416f68ad52f7faf6c" FOREIGN KEY ("enrollment_id") REFERENCES "enrollment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "spot_check_follow_up" ADD CONSTRAINT "FK_01e9f3f8d2a15adc33ee2782da8" FOREIGN KEY ("spot_check_id") REFERENCES "spot_check"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "eligibility_exception" ADD CONSTRAINT "FK_a9d87937614eba6986caac7400e" FOREIGN KEY ("pilot_id") REFERENCES "pilot"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "eligibility_exception" ADD CONSTRAINT "FK_153ec63615d1c18e4f88017fe81" FOREIGN KEY ("position_id") REFERENCES "position"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "eligibility_exception" DROP CONSTRAINT "FK_153ec63615d1c18e4f88017fe81"`);
    await queryRunner.query(`ALTER TABLE "eligibility_exception" DROP CONSTRAINT "FK_a9d87937614eba6986caac7400e"`);
    await queryRunner.query(`ALTER TABLE "spot_check_follow_up" DROP CONSTRAINT "FK_01e9f3f8d2a15adc33ee2782da8"`);
    await queryRunner.query(`ALTER TABLE "spot_check" DROP CONSTRAINT "FK_b0340112e8416f68ad52f7faf6c"`);
    await queryRunner.query(`ALTER TABLE "spot_check" DROP CONSTRAINT "FK_aa6d10497e91e92279834764f60"`);
    await queryRunner.query(`ALTER TABLE "spot_check" DROP CONSTRAINT "FK_6e4dd215ff2b3155efa4633fb4c"`);
    await queryRunner.query(`ALTER TABLE "spot_check_flag" DROP CONSTRAINT "FK_03832fc5ce1424fb543090c3bb5"`);
    await queryRunner.query(`ALTER TABLE "spot_check_draw" DROP CONSTRAINT "FK_98420a8160e4b3bc349bafc953b"`);
    await queryRunner.query(`ALTER TABLE "spot_check_draw" DROP CONSTRAINT "FK_6960613b3898ed31ab3a1c5794e"`);
    await queryRunner.query(`ALTER TABLE "enrollment" DROP CONSTRAINT "FK_23cdbee65c54d4847de2e6402b7"`);
    await queryRunner.query(`ALTER TABLE "enrollment" DROP CONSTRAINT "FK_ea1d9e66f37009595d6e9fe32cd"`);
    await queryRunner.query(`ALTER TABLE "enrollment" DROP CONSTRAINT "FK_a65b66bee5726eb76e982ed3845"`);
    await queryRunner.query(`ALTER TABLE "pilot_unit" DROP CONSTRAINT "FK_ae30e1a238d5054cabbd0d5a2ae"`);
    await queryRunner.query(`ALTER TABLE "pilot_unit" DROP CONSTRAINT "FK_2e0a0a32dc8beb1aa5e7b50be00"`);
    await queryRunner.query(`ALTER TABLE "absence" DROP CONSTRAINT "FK_292ba0b73435a2c7a0b5afcf6c2"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_eligibility_exception_in_force"`);
    await queryRunner.query(`DROP TABLE "eligibility_exception"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_spot_check_follow_up_check"`);
    await queryRunner.query(`DROP TABLE "spot_check_follow_up"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_spot_check_draw_pick"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_spot_check_official_date"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_spot_check_unit_date"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_spot_check_due"`);
    await queryRunner.query(`DROP TABLE "spot_check"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_spot_check_flag_enrollment_month"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_spot_check_flag_unit"`);
    await queryRunner.query(`DROP TABLE "spot_check_flag"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_spot_check_draw_unit_date"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_spot_check_draw_unrevealed"`);
    await queryRunner.query(`DROP TABLE "spot_check_draw"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_enrollment_open_per_official"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_enrollment_unit_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_enrollment_official"`);
    await queryRunner.query(`DROP TABLE "enrollment"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_pilot_unit_unit"`);
    await queryRunner.query(`DROP TABLE "pilot_unit"`);
    await queryRunner.query(`DROP TABLE "pilot"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_commitment_text_version"`);
    await queryRunner.query(`DROP TABLE "commitment_text"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_absence_unit_dates"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_absence_official_dates"`);
    await queryRunner.query(`DROP TABLE "absence"`);
  }
}
