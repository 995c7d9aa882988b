import { MigrationInterface, QueryRunner } from 'typeorm';

const UUID = `'^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'`;

/**
 * Notifications name what they are about (subject kind + id) instead of carrying a dashboard path:
 * the dashboard routes. Stored notifications keep working: their subject is read from the ids
 * their data always carried (assignmentId, spotCheckId, flagId, enrollmentId), then `link` goes.
 */
export class NotificationSubjects1795500000000 implements MigrationInterface {
  name = 'NotificationSubjects1795500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" ADD "subject_kind" text`);
    await queryRunner.query(`ALTER TABLE "notification" ADD "subject_id" uuid`);
    // Most specific first: a flag's notification also carries the enrollment it concerns.
    for (const [kind, key] of [
      ['ASSIGNMENT', 'assignmentId'],
      ['SPOT_CHECK', 'spotCheckId'],
      ['SPOT_CHECK_FLAG', 'flagId'],
      ['ENROLLMENT', 'enrollmentId'],
    ]) {
      await queryRunner.query(
        `UPDATE "notification" SET "subject_kind" = $1, "subject_id" = ("data" ->> $2)::uuid
          WHERE "subject_kind" IS NULL AND "data" ->> $2 ~ ${UUID}`,
        [kind, key],
      );
    }
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "link"`);
    await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "CHK_notification_subject" CHECK (("subject_kind" IS NULL) = ("subject_id" IS NULL))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "CHK_notification_subject"`);
    await queryRunner.query(`ALTER TABLE "notification" ADD "link" text`);
    // The paths the API used to send, so the previous version's dashboard opens the same pages.
    await queryRunner.query(`UPDATE "notification" SET "link" = CASE
        WHEN "subject_kind" = 'ASSIGNMENT' THEN '/viec/' || "subject_id"
        WHEN "subject_kind" IN ('SPOT_CHECK', 'SPOT_CHECK_FLAG') THEN '/kiem-tra-ngau-nhien'
        WHEN "subject_kind" = 'ENROLLMENT' AND "kind" IN ('ENROLLMENT_REQUESTED', 'ENROLLMENT_WITHDRAWN') THEN '/duyet-dang-ky'
        WHEN "subject_kind" = 'ENROLLMENT' THEN '/lam-viec-tai-nha'
      END`);
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "subject_id"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "subject_kind"`);
  }
}
