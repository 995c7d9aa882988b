import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Citizen-service figures per official and month (issue 12), imported by HR from the city's
 * administrative-procedure system: unique per official × month (a re-import replaces the month),
 * counts that add up, satisfaction 0–100 %. Read by month range for the pilot report.
 */
export class CitizenServiceRecords1796141000000 implements MigrationInterface {
  name = 'CitizenServiceRecords1796141000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "citizen_service_record" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "official_id" uuid NOT NULL,
        "month" date NOT NULL,
        "unit_id" uuid NOT NULL,
        "agency_id" uuid NOT NULL,
        "dossiers_handled" integer NOT NULL,
        "dossiers_on_time" integer NOT NULL,
        "satisfaction_percent" numeric(5,2),
        "imported_by_id" uuid NOT NULL,
        CONSTRAINT "UQ_citizen_service_record_official_month" UNIQUE ("official_id", "month"),
        CONSTRAINT "CHK_citizen_service_record_month" CHECK (EXTRACT(DAY FROM "month") = 1),
        CONSTRAINT "CHK_citizen_service_record_counts" CHECK ("dossiers_handled" >= 0 AND "dossiers_on_time" >= 0 AND "dossiers_on_time" <= "dossiers_handled"),
        CONSTRAINT "CHK_citizen_service_record_satisfaction" CHECK ("satisfaction_percent" IS NULL OR ("satisfaction_percent" >= 0 AND "satisfaction_percent" <= 100)),
        CONSTRAINT "PK_citizen_service_record" PRIMARY KEY ("id"),
        CONSTRAINT "FK_citizen_service_record_official" FOREIGN KEY ("official_id") REFERENCES "app_user"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_citizen_service_record_unit" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_citizen_service_record_agency" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_citizen_service_record_imported_by" FOREIGN KEY ("imported_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT
      )`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_citizen_service_record_month" ON "citizen_service_record" ("month")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "citizen_service_record"`);
  }
}
