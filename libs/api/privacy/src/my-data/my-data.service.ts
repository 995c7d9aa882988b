import { Injectable } from '@nestjs/common';
import { AppConfig, AuditService, AuthUser, BadInputError, Clock, ForbiddenError, NotFoundError, PersonalDataLog, Role, statedPurpose } from '@ketqua/api/core';
import { isLoggedAccess } from '@ketqua/domain';
import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { ZipFile } from 'yazl';

/**
 * Each concept of the archive: a JSON file of the rows that are the person's, as stored, minus
 * secrets (password and token hashes) and internal search columns. `$1` is the person's id.
 */
export const MY_DATA_CONCEPTS: ReadonlyArray<{ name: string; sql: string }> = [
  {
    name: 'profile',
    sql: `SELECT to_jsonb(u) - 'password_hash' - 'search_text' - 'failed_login_count' - 'locked_until' - 'last_login_attempt_at' AS row
            FROM app_user u WHERE u.id = $1`,
  },
  { name: 'sessions', sql: `SELECT to_jsonb(s) - 'refresh_token_hash' AS row FROM session s WHERE s.user_id = $1 ORDER BY s.created_at` },
  { name: 'assignments', sql: `SELECT to_jsonb(a) AS row FROM assignment a WHERE a.assignee_id = $1 ORDER BY a.created_at, a.id` },
  {
    name: 'assignment-deadlines',
    sql: `SELECT to_jsonb(d) AS row FROM assignment_deadline d JOIN assignment a ON a.id = d.assignment_id WHERE a.assignee_id = $1 ORDER BY d.set_at, d.id`,
  },
  {
    name: 'deliverables',
    sql: `SELECT to_jsonb(d) AS row FROM deliverable d JOIN assignment a ON a.id = d.assignment_id WHERE a.assignee_id = $1 ORDER BY d.submitted_at, d.id`,
  },
  { name: 'work-logs', sql: `SELECT to_jsonb(w) AS row FROM work_log w WHERE w.official_id = $1 ORDER BY w.work_date, w.created_at, w.id` },
  { name: 'absences', sql: `SELECT to_jsonb(x) AS row FROM absence x WHERE x.official_id = $1 ORDER BY x.start_date, x.id` },
  { name: 'enrollments', sql: `SELECT to_jsonb(e) AS row FROM enrollment e WHERE e.official_id = $1 ORDER BY e.requested_at, e.id` },
  { name: 'spot-checks', sql: `SELECT to_jsonb(c) AS row FROM spot_check c WHERE c.official_id = $1 AND c.status <> 'SCHEDULED' ORDER BY c.prompt_at, c.id` },
  {
    name: 'spot-check-follow-ups',
    sql: `SELECT to_jsonb(f) AS row FROM spot_check_follow_up f JOIN spot_check c ON c.id = f.spot_check_id WHERE c.official_id = $1 ORDER BY f.created_at, f.id`,
  },
  { name: 'spot-check-flags', sql: `SELECT to_jsonb(f) AS row FROM spot_check_flag f WHERE f.official_id = $1 ORDER BY f.month, f.id` },
  { name: 'evaluations', sql: `SELECT to_jsonb(e) AS row FROM evaluation e WHERE e.official_id = $1 ORDER BY e.created_at, e.id` },
  {
    name: 'evaluation-revisions',
    sql: `SELECT to_jsonb(r) AS row FROM evaluation_revision r JOIN evaluation e ON e.id = r.evaluation_id WHERE e.official_id = $1 ORDER BY r.published_at, r.id`,
  },
  {
    name: 'evaluation-facts',
    sql: `SELECT to_jsonb(f) AS row FROM evaluation_fact f JOIN evaluation e ON e.id = f.evaluation_id WHERE e.official_id = $1 ORDER BY f.captured_at, f.id`,
  },
  { name: 'waiver-requests', sql: `SELECT to_jsonb(w) AS row FROM waiver_request w WHERE w.requested_by_id = $1 ORDER BY w.created_at, w.id` },
  { name: 'citizen-service-records', sql: `SELECT to_jsonb(r) AS row FROM citizen_service_record r WHERE r.official_id = $1 ORDER BY r.month, r.id` },
  { name: 'notifications', sql: `SELECT to_jsonb(n) AS row FROM notification n WHERE n.recipient_id = $1 ORDER BY n.created_at, n.id` },
  { name: 'files', sql: `SELECT to_jsonb(f) - 'storage_path' AS row FROM stored_file f WHERE f.uploader_id = $1 ORDER BY f.created_at, f.id` },
  { name: 'data-accesses', sql: `SELECT to_jsonb(a) AS row FROM personal_data_access a WHERE a.subject_id = $1 ORDER BY a.occurred_at, a.id` },
  { name: 'audit-events-by-me', sql: `SELECT to_jsonb(x) AS row FROM audit_event x WHERE x.actor_id = $1 ORDER BY x.seq` },
];

export interface MyDataArchive {
  fileName: string;
  stream: Readable;
}

/**
 * "Tải dữ liệu của tôi": everything Ketqua holds about a person as a ZIP (one JSON per concept,
 * manifest.json with the counts, and the bytes of the files they uploaded), streamed: built while
 * it downloads, no copy left on the server. Only the person themselves, or an administrator who
 * gives a reason (a request the person made to them), which is audited and shown to the person.
 */
@Injectable()
export class MyDataService {
  private readonly filesRoot: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly log: PersonalDataLog,
    config: AppConfig,
  ) {
    this.filesRoot = resolve(config.KETQUA_DATA_DIR, 'files');
  }

  async archive(user: AuthUser, subjectId: string, rawReason: unknown): Promise<MyDataArchive> {
    const own = subjectId === user.id;
    if (!own && user.role !== Role.ADMIN) {
      throw new ForbiddenError('NOT_YOUR_DATA', {
        vi: 'Chỉ chính người đó (hoặc quản trị, khi người đó yêu cầu) được tải dữ liệu cá nhân của họ.',
        en: 'Only the person themselves (or an administrator, at their request) may download their personal data.',
      });
    }
    // The reason a person's request gives, by the same rules as any stated purpose (or the header's).
    const reason = statedPurpose(rawReason, { field: 'reason', encoded: false }) ?? user.purpose ?? null;
    if (!own && !reason) {
      throw new BadInputError('REASON_REQUIRED', { vi: 'Hãy ghi lý do (ví dụ: số phiếu yêu cầu của người đó).', en: 'Give a reason (e.g. the number of the person’s request).' }, [
        { field: 'reason', message: { vi: 'reason: bắt buộc khi tải dữ liệu của người khác', en: 'reason: required for another person’s data' } },
      ]);
    }
    const [person] = (await this.dataSource.query(`SELECT id, email FROM app_user WHERE id = $1`, [subjectId])) as Array<{ id: string; email: string }>;
    if (!person) throw new NotFoundError({ vi: 'người dùng', en: 'user' }, subjectId);

    // Read first (outside any transaction: the embedded database serialises them), then audit, then stream.
    const concepts: Array<{ name: string; rows: unknown[] }> = [];
    for (const c of MY_DATA_CONCEPTS) {
      const rows = (await this.dataSource.query(c.sql, [subjectId])) as Array<{ row: unknown }>;
      concepts.push({ name: c.name, rows: rows.map((r) => r.row) });
    }
    const files = (await this.dataSource.query(`SELECT id, original_name, storage_path FROM stored_file WHERE uploader_id = $1 AND deleted_at IS NULL ORDER BY created_at, id`, [
      subjectId,
    ])) as Array<{ id: string; original_name: string; storage_path: string }>;
    const present: typeof files = [];
    for (const f of files) {
      const path = resolve(this.filesRoot, f.storage_path);
      if (
        path.startsWith(this.filesRoot + sep) &&
        (await access(path).then(
          () => true,
          () => false,
        ))
      )
        present.push(f);
    }
    const now = this.clock.now();
    const counts = Object.fromEntries(concepts.map((c) => [c.name, c.rows.length]));
    await this.dataSource.transaction(async (tx) => {
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'privacy.personal-data.downloaded',
        entityType: 'official',
        entityId: subjectId,
        data: { subjectId, byAdministrator: !own, reason, counts, files: present.length },
      });
      if (isLoggedAccess(user.role, user.id, subjectId)) {
        await this.log.record(tx, [
          {
            viewerId: user.id,
            viewerRole: user.role,
            subjectId,
            kind: 'PERSONAL_DATA_DOWNLOAD',
            recordIds: [],
            fieldGroups: concepts.filter((c) => c.rows.length > 0).map((c) => c.name),
            operation: 'GET /people/:id/personal-data.zip',
            purpose: reason,
          },
        ]);
      }
    });

    const zip = new ZipFile();
    const manifest = {
      about: 'Dữ liệu cá nhân Ketqua lưu về bạn / Personal data Ketqua holds about you',
      subjectId,
      generatedAt: now.toISOString(),
      generatedBy: user.id,
      reason,
      concepts: concepts.map((c) => ({ file: `${c.name}.json`, rows: c.rows.length })),
      files: present.map((f) => ({ id: f.id, name: f.original_name, path: `files/${f.id}/${safeName(f.original_name)}` })),
    };
    zip.addBuffer(Buffer.from(JSON.stringify(manifest, null, 2)), 'manifest.json', { mtime: now });
    for (const c of concepts) zip.addBuffer(Buffer.from(JSON.stringify(c.rows, null, 2)), `${c.name}.json`, { mtime: now });
    for (const f of present) {
      zip.addReadStreamLazy(`files/${f.id}/${safeName(f.original_name)}`, { mtime: now, compress: false }, (callback) =>
        callback(null, createReadStream(resolve(this.filesRoot, f.storage_path))),
      );
    }
    zip.end();
    const day = now.toISOString().slice(0, 10);
    return { fileName: `du-lieu-ca-nhan-${day}.zip`, stream: zip.outputStream as Readable };
  }
}

/** A file name safe inside a ZIP: no directories, no control characters. */
function safeName(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\u0000-\u001f\u007f/\\:]/g, '_').slice(0, 150) || 'file';
}
