import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Official e-mail and single sign-on (issue 15).
 * - notification_preference: how each person wants notifications (in the app only by default, or
 *   also by immediate mail, or a daily digest). No row = in the app only.
 * - mail_message: the mail outbox. A row is written in the transaction that creates the
 *   notification (or by the daily digest job) and sent later by a background job: a mail server
 *   outage delays it (next_attempt_at moves on, attempts counts) and never loses it. One digest
 *   per person and day (unique).
 * - app_setting: settings an ADMIN changes at run time (password sign-in on or off).
 * - sso_sign_in: one started single sign-on (state, nonce, PKCE verifier, the browser binding),
 *   used once, for ten minutes.
 * - app_user.employee_code: the city's employee code (mã cán bộ), to match an identity provider's
 *   claim when the city chooses it over e-mail.
 */
export class OfficialEmailAndSingleSignOn1796154000000 implements MigrationInterface {
  name = 'OfficialEmailAndSingleSignOn1796154000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "notification_preference" (
        "user_id" uuid NOT NULL,
        "delivery" text NOT NULL,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_notification_preference" PRIMARY KEY ("user_id"),
        CONSTRAINT "FK_notification_preference_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE,
        CONSTRAINT "CHK_notification_preference_delivery" CHECK ("delivery" IN ('IN_APP', 'IMMEDIATE', 'DAILY_DIGEST'))
      )`);
    await queryRunner.query(`
      CREATE TABLE "mail_message" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "recipient_id" uuid NOT NULL,
        "kind" text NOT NULL,
        "notification_id" uuid,
        "digest_date" date,
        "window_from" TIMESTAMP WITH TIME ZONE,
        "window_to" TIMESTAMP WITH TIME ZONE,
        "attempts" integer NOT NULL DEFAULT 0,
        "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "claimed_until" TIMESTAMP WITH TIME ZONE,
        "last_error" text,
        "sent_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "PK_mail_message" PRIMARY KEY ("id"),
        CONSTRAINT "FK_mail_message_recipient" FOREIGN KEY ("recipient_id") REFERENCES "app_user"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_mail_message_notification" FOREIGN KEY ("notification_id") REFERENCES "notification"("id") ON DELETE CASCADE,
        CONSTRAINT "CHK_mail_message_kind" CHECK ("kind" IN ('NOTIFICATION', 'DIGEST')),
        CONSTRAINT "CHK_mail_message_shape" CHECK (
          ("kind" = 'NOTIFICATION' AND "notification_id" IS NOT NULL AND "digest_date" IS NULL)
          OR ("kind" = 'DIGEST' AND "notification_id" IS NULL AND "digest_date" IS NOT NULL AND "window_from" IS NOT NULL AND "window_to" IS NOT NULL))
      )`);
    // The sender's scan: unsent mail by due time.
    await queryRunner.query(`CREATE INDEX "IDX_mail_message_due" ON "mail_message" ("next_attempt_at") WHERE "sent_at" IS NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_mail_message_digest" ON "mail_message" ("recipient_id", "digest_date") WHERE "kind" = 'DIGEST'`);
    await queryRunner.query(`CREATE INDEX "IDX_mail_message_recipient" ON "mail_message" ("recipient_id", "created_at")`);
    await queryRunner.query(`CREATE INDEX "IDX_mail_message_notification" ON "mail_message" ("notification_id") WHERE "notification_id" IS NOT NULL`);

    await queryRunner.query(`
      CREATE TABLE "app_setting" (
        "key" text NOT NULL,
        "value" jsonb NOT NULL,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_by_id" uuid,
        CONSTRAINT "PK_app_setting" PRIMARY KEY ("key"),
        CONSTRAINT "FK_app_setting_updated_by" FOREIGN KEY ("updated_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE "sso_sign_in" (
        "state" text NOT NULL,
        "nonce" text NOT NULL,
        "code_verifier" text NOT NULL,
        "binding_hash" character(64) NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "used_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_sso_sign_in" PRIMARY KEY ("state")
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_sso_sign_in_expires" ON "sso_sign_in" ("expires_at")`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "employee_code" text`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_app_user_employee_code" ON "app_user" ("employee_code") WHERE "employee_code" IS NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "UQ_app_user_employee_code"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "employee_code"`);
    await queryRunner.query(`DROP TABLE "sso_sign_in"`);
    await queryRunner.query(`DROP TABLE "app_setting"`);
    await queryRunner.query(`DROP TABLE "mail_message"`);
    await queryRunner.query(`DROP TABLE "notification_preference"`);
  }
}
