import { MigrationInterface, QueryRunner } from 'typeorm';

export class WorkAssignmentsDeliverablesFiles1795431817208 implements MigrationInterface {
  name = 'WorkAssignmentsDeliverablesFiles1795431817208';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "work_catalogue_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "unit_id" uuid NOT NULL, "position_id" uuid, "code" text NOT NULL, "name" text NOT NULL, "unit_of_measure" text NOT NULL, "coefficient" numeric(8,2) NOT NULL, "active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL, CONSTRAINT "CHK_work_catalogue_item_coefficient" CHECK ("coefficient" > 0), CONSTRAINT "PK_0eaccbd8b4236cfa56f7d95cfae" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_work_catalogue_item_unit_code" ON "work_catalogue_item"  ("unit_id", "code") `);
    await queryRunner.query(
      `CREATE TABLE "assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "assignee_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "assigned_by_id" uuid NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "catalogue_item_id" uuid, "unit_of_measure" text NOT NULL, "coefficient" numeric(8,2) NOT NULL, "quantity" numeric(10,2) NOT NULL, "accepted_quantity" numeric(10,2), "deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "source_document" text, "status" text NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE, "accepted_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, "cancel_reason" text, "rule_set_version" text NOT NULL, "reminded_deadline" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, CONSTRAINT "CHK_assignment_not_self" CHECK ("assignee_id" <> "assigned_by_id"), CONSTRAINT "CHK_assignment_quantity" CHECK ("quantity" > 0 AND "coefficient" > 0), CONSTRAINT "CHK_assignment_status" CHECK ("status" IN ('ASSIGNED', 'IN_PROGRESS', 'SUBMITTED', 'RETURNED', 'ACCEPTED', 'CANCELLED')), CONSTRAINT "PK_43c2f5a3859f54cedafb270f37e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_assignment_assignee_deadline" ON "assignment"  ("assignee_id", "deadline") `);
    await queryRunner.query(`CREATE INDEX "IDX_assignment_unit_deadline" ON "assignment"  ("unit_id", "deadline") `);
    await queryRunner.query(
      `CREATE TABLE "assignment_deadline" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assignment_id" uuid NOT NULL, "deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "reason" text, "set_by_id" uuid NOT NULL, "set_at" TIMESTAMP WITH TIME ZONE NOT NULL, "waiver_cause" text, "waiver_confirmed_by" text, CONSTRAINT "PK_55bfad6ca1a624dbe5c3dde7982" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_assignment_deadline_assignment" ON "assignment_deadline"  ("assignment_id", "set_at") `);
    await queryRunner.query(
      `CREATE TABLE "deliverable" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assignment_id" uuid NOT NULL, "version_no" integer NOT NULL, "submitted_by_id" uuid NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "note" text NOT NULL DEFAULT '', "links" jsonb NOT NULL DEFAULT '[]'::jsonb, "on_time" boolean NOT NULL, "decision" text, "major_error" boolean NOT NULL DEFAULT false, "review_comment" text, "reviewer_id" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "waiver_cause" text, "waiver_confirmed_by" text, CONSTRAINT "CHK_deliverable_return_comment" CHECK ("decision" IS DISTINCT FROM 'RETURNED' OR length(trim("review_comment")) > 0), CONSTRAINT "CHK_deliverable_decision" CHECK ("decision" IS NULL OR "decision" IN ('ACCEPTED', 'RETURNED')), CONSTRAINT "PK_fbed21e1ad3464d9fb7729ad51d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_deliverable_assignment_version" ON "deliverable"  ("assignment_id", "version_no") `);
    await queryRunner.query(
      `CREATE TABLE "stored_file" ("id" uuid NOT NULL, "uploader_id" uuid NOT NULL, "original_name" text NOT NULL, "media_type" text NOT NULL, "size" bigint NOT NULL, "sha256" character(64) NOT NULL, "storage_path" text NOT NULL, "deliverable_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_e140967af84027b493a3ff04fbb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_stored_file_deliverable" ON "stored_file"  ("deliverable_id") `);
    await queryRunner.query(
      `CREATE TABLE "assignment_attachment" ("assignment_id" uuid NOT NULL, "file_id" uuid NOT NULL, CONSTRAINT "PK_9df0856fcee9f0a294bae5fc1ea" PRIMARY KEY ("assignment_id", "file_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_assignment_attachment_file" ON "assignment_attachment"  ("file_id") `);
    await queryRunner.query(
      `CREATE TABLE "work_log" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "official_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "assignment_id" uuid, "work_date" date NOT NULL, "minutes" integer NOT NULL, "note" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_work_log_minutes" CHECK ("minutes" BETWEEN 1 AND 1440), CONSTRAINT "PK_65e2816b0d0876024e3754656b9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_work_log_assignment" ON "work_log"  ("assignment_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_work_log_official_date" ON "work_log"  ("official_id", "work_date") `);
    await queryRunner.query(
      `ALTER TABLE "work_catalogue_item" ADD CONSTRAINT "FK_b2c32d3f64409f0587d11054415" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "work_catalogue_item" ADD CONSTRAINT "FK_3415f50f5f816c1d4e7c80620bb" FOREIGN KEY ("position_id") REFERENCES "position"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment" ADD CONSTRAINT "FK_e242074a32619b523e6ac8baebd" FOREIGN KEY ("assignee_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment" ADD CONSTRAINT "FK_6307b61ec6230e6fca2ccd5e680" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment" ADD CONSTRAINT "FK_66c4d32592c2280d9d2906fd4e2" FOREIGN KEY ("assigned_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment" ADD CONSTRAINT "FK_7065beea463c88889f0df05cb87" FOREIGN KEY ("catalogue_item_id") REFERENCES "work_catalogue_item"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment_deadline" ADD CONSTRAINT "FK_e79632764b545ca008a73e01b9b" FOREIGN KEY ("assignment_id") REFERENCES "assignment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deliverable" ADD CONSTRAINT "FK_20a9fc1e8c75b006094bcc05a02" FOREIGN KEY ("assignment_id") REFERENCES "assignment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "stored_file" ADD CONSTRAINT "FK_9d232c4d96e62f07a03adfd92e5" FOREIGN KEY ("uploader_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "stored_file" ADD CONSTRAINT "FK_d1548d7d13137396a6d09167a07" FOREIGN KEY ("deliverable_id") REFERENCES "deliverable"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment_attachment" ADD CONSTRAINT "FK_0e67c0dd729d9160db40357134a" FOREIGN KEY ("assignment_id") REFERENCES "assignment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment_attachment" ADD CONSTRAINT "FK_b6f518ffae9ed4e3b1ee09ccb3e" FOREIGN KEY ("file_id") REFERENCES "stored_file"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "work_log" ADD CONSTRAINT "FK_c3fb2c30c243e6b00523a37add1" FOREIGN KEY ("official_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "work_log" ADD CONSTRAINT "FK_fca868a4d4c51c12efafe05a1ef" FOREIGN KEY ("assignment_id") REFERENCES "assignment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "work_log" DROP CONSTRAINT "FK_fca868a4d4c51c12efafe05a1ef"`);
    await queryRunner.query(`ALTER TABLE "work_log" DROP CONSTRAINT "FK_c3fb2c30c243e6b00523a37add1"`);
    await queryRunner.query(`ALTER TABLE "assignment_attachment" DROP CONSTRAINT "FK_b6f518ffae9ed4e3b1ee09ccb3e"`);
    await queryRunner.query(`ALTER TABLE "assignment_attachment" DROP CONSTRAINT "FK_0e67c0dd729d9160db40357134a"`);
    await queryRunner.query(`ALTER TABLE "stored_file" DROP CONSTRAINT "FK_d1548d7d13137396a6d09167a07"`);
    await queryRunner.query(`ALTER TABLE "stored_file" DROP CONSTRAINT "FK_9d232c4d96e62f07a03adfd92e5"`);
    await queryRunner.query(`ALTER TABLE "deliverable" DROP CONSTRAINT "FK_20a9fc1e8c75b006094bcc05a02"`);
    await queryRunner.query(`ALTER TABLE "assignment_deadline" DROP CONSTRAINT "FK_e79632764b545ca008a73e01b9b"`);
    await queryRunner.query(`ALTER TABLE "assignment" DROP CONSTRAINT "FK_7065beea463c88889f0df05cb87"`);
    await queryRunner.query(`ALTER TABLE "assignment" DROP CONSTRAINT "FK_66c4d32592c2280d9d2906fd4e2"`);
    await queryRunner.query(`ALTER TABLE "assignment" DROP CONSTRAINT "FK_6307b61ec6230e6fca2ccd5e680"`);
    await queryRunner.query(`ALTER TABLE "assignment" DROP CONSTRAINT "FK_e242074a32619b523e6ac8baebd"`);
    await queryRunner.query(`ALTER TABLE "work_catalogue_item" DROP CONSTRAINT "FK_3415f50f5f816c1d4e7c80620bb"`);
    await queryRunner.query(`ALTER TABLE "work_catalogue_item" DROP CONSTRAINT "FK_b2c32d3f64409f0587d11054415"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_work_log_official_date"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_work_log_assignment"`);
    await queryRunner.query(`DROP TABLE "work_log"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_assignment_attachment_file"`);
    await queryRunner.query(`DROP TABLE "assignment_attachment"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_stored_file_deliverable"`);
    await queryRunner.query(`DROP TABLE "stored_file"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_deliverable_assignment_version"`);
    await queryRunner.query(`DROP TABLE "deliverable"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_assignment_deadline_assignment"`);
    await queryRunner.query(`DROP TABLE "assignment_deadline"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_assignment_unit_deadline"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_assignment_assignee_deadline"`);
    await queryRunner.query(`DROP TABLE "assignment"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_work_catalogue_item_unit_code"`);
    await queryRunner.query(`DROP TABLE "work_catalogue_item"`);
  }
}
