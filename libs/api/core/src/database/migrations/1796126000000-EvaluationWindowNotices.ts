import { MigrationInterface, QueryRunner } from 'typeorm';

/** Once per window per person: the "window closing in 3 working days" notices of evaluation periods. */
export class EvaluationWindowNotices1796126000000 implements MigrationInterface {
  name = 'EvaluationWindowNotices1796126000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "evaluation_window_notice" ("period_id" uuid NOT NULL, "window" text NOT NULL, "recipient_id" uuid NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_evaluation_window_notice_window" CHECK ("window" IN ('SELF_ASSESSMENT', 'HEAD_SCORING', 'PUBLISH')), CONSTRAINT "PK_evaluation_window_notice" PRIMARY KEY ("period_id", "window", "recipient_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluation_window_notice" ADD CONSTRAINT "FK_evaluation_window_notice_period" FOREIGN KEY ("period_id") REFERENCES "evaluation_period"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluation_window_notice" ADD CONSTRAINT "FK_evaluation_window_notice_recipient" FOREIGN KEY ("recipient_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "evaluation_window_notice"`);
  }
}
