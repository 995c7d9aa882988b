import { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1795430939769 implements MigrationInterface {
  name = 'Notifications1795430939769';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient_id" uuid NOT NULL, "kind" text NOT NULL, "title_vi" text NOT NULL, "title_en" text NOT NULL, "body_vi" text, "body_en" text, "link" text, "data" jsonb NOT NULL DEFAULT '{}'::jsonb, "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_notification_recipient_created" ON "notification"  ("recipient_id", "created_at", "id") `);
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "FK_9830357f52360a126737d498e66" FOREIGN KEY ("recipient_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_9830357f52360a126737d498e66"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_notification_recipient_created"`);
    await queryRunner.query(`DROP TABLE "notification"`);
  }
}
