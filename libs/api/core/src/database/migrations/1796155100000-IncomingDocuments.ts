import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Incoming documents pulled from the document management system (issue 15): each becomes a draft
 * assignment for the unit's head to confirm (into a real assignment) or dismiss. One row per source
 * document, ever: UNIQUE (source, external_id), so a repeated pull never duplicates one.
 */
export class IncomingDocuments1796155100000 implements MigrationInterface {
  name = 'IncomingDocuments1796155100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "incoming_document" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "source" text NOT NULL,
        "external_id" text NOT NULL,
        "unit_id" uuid NOT NULL,
        "number" text NOT NULL,
        "symbol" text NOT NULL,
        "title" text NOT NULL,
        "summary" text,
        "issued_on" date,
        "due_on" date,
        "status" text NOT NULL DEFAULT 'DRAFT',
        "pulled_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "decided_by_id" uuid,
        "decided_at" TIMESTAMP WITH TIME ZONE,
        "assignment_ids" uuid array NOT NULL DEFAULT '{}',
        "version" integer NOT NULL DEFAULT 1,
        CONSTRAINT "PK_incoming_document" PRIMARY KEY ("id"),
        CONSTRAINT "FK_incoming_document_unit" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_incoming_document_decided_by" FOREIGN KEY ("decided_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT,
        CONSTRAINT "CHK_incoming_document_status" CHECK ("status" IN ('DRAFT', 'CONFIRMED', 'DISMISSED'))
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_incoming_document_source" ON "incoming_document" ("source", "external_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_incoming_document_unit_status" ON "incoming_document" ("unit_id", "status", "created_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "incoming_document"`);
  }
}
