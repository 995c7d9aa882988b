import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The head's board opens on the open work (libs/domain OPEN_ASSIGNMENT_STATUSES, the board's
 * default filter), about a tenth of a year of assignments. With indexes of every row, the scope
 * filter's BitmapOr fetched the unit's whole year from the heap and threw nine rows in ten away
 * (41.8 ms for a unit of 60 on the 25,000-official city); partial indexes of the open rows for each
 * branch of the scope filter make it three small index scans (2.0 ms). The status list is written
 * out here because a migration must not change once applied; city-scale.spec checks that it is
 * still the domain's list, so the index keeps matching the filter the dashboard sends.
 */
export class OpenWorkIndexes1796145000000 implements MigrationInterface {
  name = 'OpenWorkIndexes1796145000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const open = `"status" IN ('ASSIGNED', 'IN_PROGRESS', 'SUBMITTED', 'RETURNED')`;
    await queryRunner.query(`CREATE INDEX "IDX_assignment_open_unit_deadline" ON "assignment" ("unit_id", "deadline", "id") WHERE ${open}`);
    await queryRunner.query(`CREATE INDEX "IDX_assignment_open_assignee_deadline" ON "assignment" ("assignee_id", "deadline", "id") WHERE ${open}`);
    await queryRunner.query(`CREATE INDEX "IDX_assignment_open_assigned_by_deadline" ON "assignment" ("assigned_by_id", "deadline", "id") WHERE ${open}`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_assignment_open_assigned_by_deadline"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_assignment_open_assignee_deadline"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_assignment_open_unit_deadline"`);
  }
}
