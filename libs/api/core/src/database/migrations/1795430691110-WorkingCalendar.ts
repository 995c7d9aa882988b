import { MigrationInterface, QueryRunner } from 'typeorm';

export class WorkingCalendar1795430691110 implements MigrationInterface {
  name = 'WorkingCalendar1795430691110';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "calendar_day" ("date" date NOT NULL, "kind" text NOT NULL, "name" text NOT NULL, "document" text NOT NULL, "updated_by_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_calendar_day_kind" CHECK ("kind" IN ('HOLIDAY', 'SWAPPED_DAY_OFF', 'MAKE_UP_WORKDAY')), CONSTRAINT "PK_82404934db32af18c10dfe7087e" PRIMARY KEY ("date"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "calendar_day"`);
  }
}
