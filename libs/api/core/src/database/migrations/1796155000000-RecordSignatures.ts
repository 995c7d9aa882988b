import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Digital signatures of published evaluation records (issue 15): every PDF handed out for signing
 * leaves its SHA-256 and size (signing_rendition) — the signed file must begin with exactly those
 * bytes; every accepted signature keeps the signed file, who signed in which capacity, the
 * certificate and the signing time (record_signature). One signature per revision and capacity.
 */
export class RecordSignatures1796155000000 implements MigrationInterface {
  name = 'RecordSignatures1796155000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "signing_rendition" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "evaluation_id" uuid NOT NULL,
        "revision" integer NOT NULL,
        "sha256" character(64) NOT NULL,
        "size" integer NOT NULL,
        "rendered_by_id" uuid NOT NULL,
        "rendered_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "PK_signing_rendition" PRIMARY KEY ("id"),
        CONSTRAINT "FK_signing_rendition_evaluation" FOREIGN KEY ("evaluation_id") REFERENCES "evaluation"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_signing_rendition_rendered_by" FOREIGN KEY ("rendered_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT,
        CONSTRAINT "CHK_signing_rendition_size" CHECK ("size" > 0)
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_signing_rendition_evaluation" ON "signing_rendition" ("evaluation_id", "revision")`);
    await queryRunner.query(`
      CREATE TABLE "record_signature" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "evaluation_id" uuid NOT NULL,
        "revision" integer NOT NULL,
        "capacity" text NOT NULL,
        "rendition_id" uuid NOT NULL,
        "signed_pdf" bytea NOT NULL,
        "signed_sha256" character(64) NOT NULL,
        "signer_name" text NOT NULL,
        "signer_serial" text NOT NULL,
        "issuer_name" text NOT NULL,
        "signing_time" TIMESTAMP WITH TIME ZONE NOT NULL,
        "certificate_not_before" TIMESTAMP WITH TIME ZONE NOT NULL,
        "certificate_not_after" TIMESTAMP WITH TIME ZONE NOT NULL,
        "signed_by_id" uuid NOT NULL,
        "verified_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "PK_record_signature" PRIMARY KEY ("id"),
        CONSTRAINT "FK_record_signature_evaluation" FOREIGN KEY ("evaluation_id") REFERENCES "evaluation"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_record_signature_rendition" FOREIGN KEY ("rendition_id") REFERENCES "signing_rendition"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_record_signature_signed_by" FOREIGN KEY ("signed_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT,
        CONSTRAINT "CHK_record_signature_capacity" CHECK ("capacity" IN ('OFFICIAL', 'HEAD'))
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_record_signature_capacity" ON "record_signature" ("evaluation_id", "revision", "capacity")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "record_signature"`);
    await queryRunner.query(`DROP TABLE "signing_rendition"`);
  }
}
