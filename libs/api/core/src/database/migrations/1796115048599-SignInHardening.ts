import { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 10 §3: refresh-token reuse ends the session (retired tokens remembered), sign-in rate limits
// shared by every instance (rate_limit_bucket), sign-in attempts counted before the hash check.

export class SignInHardening1796115048599 implements MigrationInterface {
  name = 'SignInHardening1796115048599';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "retired_refresh_token" ("token_hash" text NOT NULL, "session_id" uuid NOT NULL, "retired_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_5a5b1312e8e93f78d48a34c5f8e" PRIMARY KEY ("token_hash"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ddbf9cb83aabd9dde48b970d79" ON "retired_refresh_token"  ("session_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_ad8933e1fc5d7eccadc42a0f90" ON "retired_refresh_token"  ("retired_at") `);
    await queryRunner.query(
      `CREATE TABLE "rate_limit_bucket" ("key" text NOT NULL, "hits" integer NOT NULL, "window_ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "blocked_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_f1310cfeb2b77745eb48247c6c7" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(`ALTER TABLE "app_user" ADD "last_login_attempt_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `ALTER TABLE "retired_refresh_token" ADD CONSTRAINT "FK_ddbf9cb83aabd9dde48b970d791" FOREIGN KEY ("session_id") REFERENCES "session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "retired_refresh_token" DROP CONSTRAINT "FK_ddbf9cb83aabd9dde48b970d791"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "last_login_attempt_at"`);
    await queryRunner.query(`DROP TABLE "rate_limit_bucket"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ad8933e1fc5d7eccadc42a0f90"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ddbf9cb83aabd9dde48b970d79"`);
    await queryRunner.query(`DROP TABLE "retired_refresh_token"`);
  }
}
