import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Digital signatures of the pilot's commitments (issue 15), as those of evaluation records
 * (1796155000000): every PDF of an enrollment's commitment handed out leaves its SHA-256 and size
 * (commitment_rendition); the official's accepted signature keeps the signed file, the certificate
 * and the signing time beside the enrollment (commitment_signature), one per enrollment.
 */
export class CommitmentSignatures1796155200000 implements MigrationInterface {
  name = 'CommitmentSignatures1796155200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "commitment_rendition" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "enrollment_id" uuid NOT NULL,
        "document_id" text NOT NULL,
        "sha256" character(64) NOT NULL,
        "size" integer NOT NULL,
        "rendered_by_id" uuid NOT NULL,
        "rendered_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "PK_commitment_rendition" PRIMARY KEY ("id"),
        CONSTRAINT "FK_commitment_rendition_enrollment" FOREIGN KEY ("enrollment_id") REFERENCES "enrollment"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_commitment_rendition_rendered_by" FOREIGN KEY ("rendered_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT,
        CONSTRAINT "CHK_commitment_rendition_size" CHECK ("size" > 0)
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_commitment_rendition_enrollment" ON "commitment_rendition" ("enrollment_id")`);
    await queryRunner.query(`
      CREATE TABLE "commitment_signature" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "enrollment_id" uuid NOT NULL,
        "rendition_id" uuid NOT NULL,
        "document_id" text NOT NULL,
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
        CONSTRAINT "PK_commitment_signature" PRIMARY KEY ("id"),
        CONSTRAINT "FK_commitment_signature_enrollment" FOREIGN KEY ("enrollment_id") REFERENCES "enrollment"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_commitment_signature_rendition" FOREIGN KEY ("rendition_id") REFERENCES "commitment_rendition"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_commitment_signature_signed_by" FOREIGN KEY ("signed_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_commitment_signature_enrollment" ON "commitment_signature" ("enrollment_id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "commitment_signature"`);
    await queryRunner.query(`DROP TABLE "commitment_rendition"`);
  }
}
