import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A notification that asks for a decision (a request to approve, a deliverable to review) is marked
 * handled when that decision is taken, so the bell stops showing it as waiting (issue 10 §9).
 */
export class NotificationHandledAt1795600000000 implements MigrationInterface {
  name = 'NotificationHandledAt1795600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" ADD "handled_at" TIMESTAMP WITH TIME ZONE`);
    // Settling looks notifications up by the subject's id in data (enrollmentId, deliverableId, …).
    await queryRunner.query(`CREATE INDEX "IDX_notification_pending_data" ON "notification" USING gin ("data" jsonb_path_ops) WHERE "handled_at" IS NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_notification_pending_data"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "handled_at"`);
  }
}
