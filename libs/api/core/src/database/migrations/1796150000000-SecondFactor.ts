import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * TOTP two-factor sign-in (issue 14, "Sign-in"). One row per account: the secret encrypted
 * (AES-256-GCM, see secret-box.ts), enabled once the first code confirmed it, and the last time step
 * accepted so no code works twice. Recovery codes are kept only as peppered SHA-256, each usable once.
 */
export class SecondFactor1796150000000 implements MigrationInterface {
  name = 'SecondFactor1796150000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "second_factor" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "user_id" uuid NOT NULL,
        "secret_ciphertext" text NOT NULL,
        "enabled_at" TIMESTAMP WITH TIME ZONE,
        "last_used_step" bigint,
        CONSTRAINT "PK_second_factor" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_second_factor_user" UNIQUE ("user_id"),
        CONSTRAINT "FK_second_factor_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`
      CREATE TABLE "recovery_code" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "user_id" uuid NOT NULL,
        "code_hash" character(64) NOT NULL,
        "used_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_recovery_code" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_recovery_code_user_hash" UNIQUE ("user_id", "code_hash"),
        CONSTRAINT "FK_recovery_code_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE
      )`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "recovery_code"`);
    await queryRunner.query(`DROP TABLE "second_factor"`);
  }
}
