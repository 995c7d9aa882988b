import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrations } from '@ketqua/api/core';
import { startChildEmbeddedDatabase } from '@ketqua/api/testing';

/**
 * Notifications stored before the API stopped sending dashboard paths keep working: the migration
 * reads their subject from the ids in their data, and going back rebuilds the same paths.
 */
describe('migration NotificationSubjects: stored notifications keep their target', () => {
  let url: string;
  let cleanUp: () => Promise<void>;

  beforeAll(async () => {
    const server = process.env['DATABASE_URL'];
    if (server) {
      const admin = new Client({ connectionString: server });
      await admin.connect();
      const name = `ketqua_subjects_${process.pid}`;
      await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
      await admin.query(`CREATE DATABASE "${name}"`);
      const u = new URL(server);
      u.pathname = `/${name}`;
      url = u.toString();
      cleanUp = async () => {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      };
    } else {
      const db = await startChildEmbeddedDatabase({ migrated: false });
      url = db.url;
      cleanUp = () => db.stop();
    }
  }, 180_000);
  afterAll(() => cleanUp());

  it('moves link + data to subject kind + id, and back', async () => {
    const embedded = !process.env['DATABASE_URL'];
    await runMigrations({ url, poolSize: 1, embedded });
    const dataSource = new DataSource({ ...dataSourceOptions({ url, poolSize: 1, embedded }), logging: false });
    await dataSource.initialize();
    try {
      // Back to the schema with `link` (later migrations undone first), and rows as that version stored them.
      await undoThrough(dataSource, 'NotificationSubjects1795500000000');
      const [agency] = await dataSource.query(`INSERT INTO agency (code, name, kind, valid_from, version) VALUES ('T', 'T', 'OTHER', '2026-01-01', 1) RETURNING id`);
      const [unit] = await dataSource.query(`INSERT INTO unit (agency_id, code, name, version) VALUES ($1, 'U', 'U', 1) RETURNING id`, [agency.id]);
      const [user] = await dataSource.query(
        `INSERT INTO app_user (email, full_name, search_text, staff_category, role, unit_id, version) VALUES ('a@t.vn', 'A', 'a', 'CONG_CHUC', 'OFFICIAL', $1, 1) RETURNING id`,
        [unit.id],
      );
      const ids = {
        a: '11111111-1111-4111-8111-111111111111',
        e: '22222222-2222-4222-8222-222222222222',
        s: '33333333-3333-4333-8333-333333333333',
        f: '44444444-4444-4444-8444-444444444444',
      };
      const rows: Array<[string, string | null, Record<string, unknown>]> = [
        ['ASSIGNMENT_CREATED', `/viec/${ids.a}`, { assignmentId: ids.a }],
        ['DELIVERABLE_RETURNED', `/viec/${ids.a}`, { assignmentId: ids.a, deliverableId: ids.e }],
        ['ENROLLMENT_REQUESTED', '/duyet-dang-ky', { enrollmentId: ids.e }],
        ['ENROLLMENT_APPROVED', '/lam-viec-tai-nha', { enrollmentId: ids.e }],
        ['SPOT_CHECK_PROMPTED', '/kiem-tra-ngau-nhien', { spotCheckId: ids.s, answerBy: '2026-03-02T03:00:00.000Z', manual: false }],
        ['SPOT_CHECK_FLAGGED', '/kiem-tra-ngau-nhien', { flagId: ids.f, enrollmentId: ids.e, officialId: user.id }],
        ['PLAIN_MESSAGE', null, { n: 1 }],
      ];
      for (const [kind, link, data] of rows) {
        await dataSource.query(`INSERT INTO notification (recipient_id, kind, title_vi, title_en, link, data, created_at) VALUES ($1, $2, 't', 't', $3, $4, now())`, [
          user.id,
          kind,
          link,
          JSON.stringify(data),
        ]);
      }
      await dataSource.runMigrations({ transaction: 'each' });
      const after = await dataSource.query(`SELECT kind, subject_kind, subject_id FROM notification ORDER BY kind`);
      expect(after).toEqual([
        { kind: 'ASSIGNMENT_CREATED', subject_kind: 'ASSIGNMENT', subject_id: ids.a },
        { kind: 'DELIVERABLE_RETURNED', subject_kind: 'ASSIGNMENT', subject_id: ids.a },
        { kind: 'ENROLLMENT_APPROVED', subject_kind: 'ENROLLMENT', subject_id: ids.e },
        { kind: 'ENROLLMENT_REQUESTED', subject_kind: 'ENROLLMENT', subject_id: ids.e },
        { kind: 'PLAIN_MESSAGE', subject_kind: null, subject_id: null },
        { kind: 'SPOT_CHECK_FLAGGED', subject_kind: 'SPOT_CHECK_FLAG', subject_id: ids.f },
        { kind: 'SPOT_CHECK_PROMPTED', subject_kind: 'SPOT_CHECK', subject_id: ids.s },
      ]);
      // And back: the previous version's dashboard gets the paths it used to.
      await undoThrough(dataSource, 'NotificationSubjects1795500000000');
      const links = await dataSource.query(`SELECT kind, link FROM notification ORDER BY kind`);
      expect(Object.fromEntries(links.map((r: { kind: string; link: string | null }) => [r.kind, r.link]))).toEqual(Object.fromEntries(rows.map(([kind, link]) => [kind, link])));
    } finally {
      await dataSource.destroy();
    }
  }, 120_000);
});

/** Undoes migrations from the newest down to and including `name`. */
async function undoThrough(dataSource: DataSource, name: string): Promise<void> {
  for (;;) {
    const [last] = (await dataSource.query(`SELECT name FROM typeorm_migration ORDER BY id DESC LIMIT 1`)) as Array<{ name: string }>;
    await dataSource.undoLastMigration();
    if (!last || last.name === name) return;
  }
}
