import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrations } from '@ketqua/api/core';
import { startChildEmbeddedDatabase } from '@ketqua/api/testing';

const EXPECTED_TABLES = [
  'absence',
  'acting_evaluator',
  'agency',
  'app_setting',
  'app_user',
  'assignment',
  'assignment_attachment',
  'assignment_deadline',
  'audit_chain_head',
  'audit_event',
  'calendar_day',
  'citizen_service_record',
  'commitment_rendition',
  'commitment_signature',
  'commitment_text',
  'criteria_template',
  'deliverable',
  'eligibility_exception',
  'enrollment',
  'evaluation',
  'evaluation_fact',
  'evaluation_period',
  'evaluation_revision',
  'evaluation_window_notice',
  'incoming_document',
  'mail_message',
  'notification',
  'notification_preference',
  'party_member_excellent_share',
  'personal_data_access',
  'pilot',
  'pilot_unit',
  'position',
  'quota_exception',
  'rank',
  'rate_limit_bucket',
  'record_signature',
  'recovery_code',
  'report_export',
  'retention_setting',
  'retired_refresh_token',
  'second_factor',
  'session',
  'signing_rendition',
  'spot_check',
  'spot_check_draw',
  'spot_check_flag',
  'spot_check_follow_up',
  'sso_sign_in',
  'stored_file',
  'typeorm_migration',
  'unit',
  'waiver_request',
  'work_catalogue_item',
  'work_log',
];

async function tablesOf(url: string): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
    return rows.map((r) => r.tablename);
  } finally {
    await client.end();
  }
}

/** Up from empty, then every migration down again: the committed migrations are complete and reversible. */
async function migrateUpAndDown(url: string, embedded: boolean): Promise<void> {
  expect(await tablesOf(url)).toEqual([]);
  const applied = await runMigrations({ url, poolSize: 1, embedded });
  expect(applied.length).toBeGreaterThan(0);
  expect(await tablesOf(url)).toEqual(EXPECTED_TABLES);
  // Running again is a no-op (every start runs migrations).
  expect(await runMigrations({ url, poolSize: 1, embedded })).toEqual([]);

  const dataSource = new DataSource({ ...dataSourceOptions({ url, poolSize: 1, embedded }), logging: false });
  await dataSource.initialize();
  try {
    for (let i = 0; i < applied.length; i++) await dataSource.undoLastMigration();
  } finally {
    await dataSource.destroy();
  }
  expect(await tablesOf(url)).toEqual(['typeorm_migration']);
}

describe('migrations from an empty database', () => {
  it('on the embedded PostgreSQL', async () => {
    const db = await startChildEmbeddedDatabase({ migrated: false });
    try {
      await migrateUpAndDown(db.url, true);
    } finally {
      await db.stop();
    }
  }, 180_000); // starts a fresh PGlite process: slow on a busy machine

  // Registered only when the run has a server: CI sets DATABASE_URL to its PostgreSQL 15.
  const server = process.env['DATABASE_URL'];
  if (server)
    it('on the PostgreSQL server of DATABASE_URL', async () => {
      const admin = new Client({ connectionString: server });
      await admin.connect();
      const name = `ketqua_migrate_${process.pid}`;
      await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
      await admin.query(`CREATE DATABASE "${name}"`);
      try {
        const url = new URL(server);
        url.pathname = `/${name}`;
        await migrateUpAndDown(url.toString(), false);
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      }
    });
});
