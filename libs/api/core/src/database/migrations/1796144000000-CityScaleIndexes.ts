import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * City scale (issue 13): indexes the most opened pages need at 25,000 officials and millions of
 * assignments (EXPLAIN before and after in docs/PERFORMANCE.md).
 *
 * - Keyset pagination reads `ORDER BY k…, id LIMIT n + 1`: an index whose columns are exactly the
 *   filter column and that order (id included) lets the first page stop after n + 1 index entries
 *   instead of sorting every matching row. So the assignment indexes by unit and by assignee gain
 *   `id`, and the work-log and enrollment lists get theirs.
 * - The scope filter `(unit_id IN (…) OR assignee_id = me OR assigned_by_id = me)` can only become a
 *   BitmapOr when every branch has an index: `assigned_by_id` had none (a sequential scan of the
 *   whole table).
 * - The review queue (`status = 'SUBMITTED' AND (…OR…)`): partial indexes of the submitted rows (a
 *   few percent of the table) for each branch of the scope filter, so it is a BitmapOr of three
 *   small index scans, not a filter over every submitted row of the city.
 * - The bell's unread count: a partial index of the unread notifications per recipient.
 * - The officials search is `search_text LIKE '%…%'` (accent-folded text, so the search stays
 *   accent-aware): a btree cannot serve a leading wildcard, a trigram GIN index can. pg_trgm is a
 *   trusted extension on PostgreSQL 13+; the embedded PGlite loads it from
 *   `@electric-sql/pglite/contrib/pg_trgm` (embedded-postgres.ts).
 */
export class CityScaleIndexes1796144000000 implements MigrationInterface {
  name = 'CityScaleIndexes1796144000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_assignment_unit_deadline"`);
    await queryRunner.query(`CREATE INDEX "IDX_assignment_unit_deadline" ON "assignment" ("unit_id", "deadline", "id")`);
    await queryRunner.query(`DROP INDEX "public"."IDX_assignment_assignee_deadline"`);
    await queryRunner.query(`CREATE INDEX "IDX_assignment_assignee_deadline" ON "assignment" ("assignee_id", "deadline", "id")`);
    await queryRunner.query(`CREATE INDEX "IDX_assignment_assigned_by_deadline" ON "assignment" ("assigned_by_id", "deadline", "id")`);
    await queryRunner.query(`CREATE INDEX "IDX_assignment_submitted_unit_deadline" ON "assignment" ("unit_id", "deadline", "id") WHERE "status" = 'SUBMITTED'`);
    await queryRunner.query(`CREATE INDEX "IDX_assignment_submitted_assignee_deadline" ON "assignment" ("assignee_id", "deadline", "id") WHERE "status" = 'SUBMITTED'`);
    await queryRunner.query(`CREATE INDEX "IDX_assignment_submitted_assigned_by_deadline" ON "assignment" ("assigned_by_id", "deadline", "id") WHERE "status" = 'SUBMITTED'`);
    await queryRunner.query(`DROP INDEX "public"."IDX_work_log_official_date"`);
    await queryRunner.query(`CREATE INDEX "IDX_work_log_official_date" ON "work_log" ("official_id", "work_date", "created_at", "id")`);
    await queryRunner.query(`CREATE INDEX "IDX_enrollment_unit_requested" ON "enrollment" ("unit_id", "requested_at", "id")`);
    await queryRunner.query(`CREATE INDEX "IDX_notification_unread" ON "notification" ("recipient_id") WHERE "read_at" IS NULL`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1da785c041a1dc4fd7b0fdba02"`);
    await queryRunner.query(`CREATE INDEX "IDX_app_user_search_trgm" ON "app_user" USING gin ("search_text" gin_trgm_ops)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_app_user_search_trgm"`);
    await queryRunner.query(`CREATE INDEX "IDX_1da785c041a1dc4fd7b0fdba02" ON "app_user" ("search_text")`);
    await queryRunner.query(`DROP INDEX "public"."IDX_notification_unread"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_enrollment_unit_requested"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_work_log_official_date"`);
    await queryRunner.query(`CREATE INDEX "IDX_work_log_official_date" ON "work_log" ("official_id", "work_date")`);
    await queryRunner.query(`DROP INDEX "public"."IDX_assignment_submitted_assigned_by_deadline"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_assignment_submitted_assignee_deadline"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_assignment_submitted_unit_deadline"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_assignment_assigned_by_deadline"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_assignment_assignee_deadline"`);
    await queryRunner.query(`CREATE INDEX "IDX_assignment_assignee_deadline" ON "assignment" ("assignee_id", "deadline")`);
    await queryRunner.query(`DROP INDEX "public"."IDX_assignment_unit_deadline"`);
    await queryRunner.query(`CREATE INDEX "IDX_assignment_unit_deadline" ON "assignment" ("unit_id", "deadline")`);
  }
}
