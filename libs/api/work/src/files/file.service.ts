import { Injectable } from '@nestjs/common';
import { AppConfig, AppError, AuditService, AuthUser, BadInputError, Clock, FileReadGrants, outOfScope } from '@ketqua/api/core';
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, unlink } from 'node:fs/promises';
import { once } from 'node:events';
import { basename, join, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { DataSource, EntityManager } from 'typeorm';
import { AssignmentEntity } from '../assignment/assignment.entity';
import { DeliverableEntity } from '../deliverable/deliverable.entity';
import { WorkAccess } from '../shared/work-access';
import { notFound } from '../work.errors';
import { AssignmentAttachmentEntity } from './assignment-attachment.entity';
import { ALLOWED_EXTENSIONS, sniffContent } from './content-type';
import { StoredFile } from './models/stored-file.model';
import { StoredFileEntity } from './stored-file.entity';

/** 25 MB per file (issue 4). */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;
const SAMPLE_BYTES = 64 * 1024;
/** Past this, an oversize upload is cut off instead of drained so the client can read the answer. */
const MAX_DRAIN_BYTES = 4 * MAX_FILE_BYTES;

const refused = (reason: string, vi: string, en: string) => new BadInputError(reason, { vi, en }, [{ field: 'file', message: { vi, en } }]);

/**
 * Uploads stream straight to KETQUA_DATA_DIR/files (never held in memory), hashed and measured on
 * the way; the type is checked by content once the bytes are in; only then is the row written, in a
 * short transaction after the I/O (a transaction never waits on the network: STACK.md).
 */
@Injectable()
export class FileService {
  private readonly root: string;
  private readonly quota: number;
  private readonly ttlHours: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly access: WorkAccess,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly readGrants: FileReadGrants,
    config: AppConfig,
  ) {
    this.root = resolve(config.KETQUA_DATA_DIR, 'files');
    this.quota = config.UPLOAD_QUOTA_BYTES;
    this.ttlHours = config.UNATTACHED_FILE_TTL_HOURS;
  }

  /** Bytes the user's uploads take, attached or not. */
  private async usedBytes(manager: EntityManager, userId: string): Promise<number> {
    const [row] = await manager.query(`SELECT coalesce(sum(size), 0)::bigint AS used FROM stored_file WHERE uploader_id = $1`, [userId]);
    return Number(row.used);
  }

  async store(user: AuthUser, rawName: string | undefined, declaredLength: number | undefined, body: Readable): Promise<StoredFile> {
    const name = basename((rawName ?? '').replace(/\\/g, '/'))
      .trim()
      .slice(0, 200);
    const problem = !name
      ? refused('FILE_NAME_REQUIRED', 'Thiếu tên tệp (?name=…).', 'The file name (?name=…) is missing.')
      : declaredLength !== undefined && declaredLength > MAX_FILE_BYTES
        ? tooLarge()
        : !ALLOWED_EXTENSIONS.includes(/\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? '')
          ? notAllowed()
          : null;
    if (problem) {
      await drain(body);
      throw problem;
    }
    // Before any byte is written: a user at the quota (or announcing a body beyond it) is refused.
    const used = await this.usedBytes(this.dataSource.manager, user.id);
    if (used + (declaredLength ?? 1) > this.quota) {
      await drain(body);
      throw quotaExceeded(used, this.quota, this.ttlHours);
    }
    const id = randomUUID();
    const now = this.clock.now();
    const relative = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${id}`;
    const target = join(this.root, relative);
    const partial = `${target}.part`;
    await mkdir(join(this.root, relative, '..'), { recursive: true });
    const hash = createHash('sha256');
    const out = createWriteStream(partial, { flags: 'wx' });
    let size = 0;
    const head: Buffer[] = [];
    let headBytes = 0;
    let tail: Buffer = Buffer.alloc(0);
    let oversize = false;
    try {
      for await (const chunk of body as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > MAX_FILE_BYTES) {
          oversize = true;
          if (size > MAX_DRAIN_BYTES) {
            body.destroy();
            break;
          }
          continue;
        }
        hash.update(chunk);
        if (headBytes < SAMPLE_BYTES) {
          head.push(chunk.subarray(0, SAMPLE_BYTES - headBytes));
          headBytes += Math.min(chunk.length, SAMPLE_BYTES - headBytes);
        }
        tail = Buffer.concat([tail, chunk]).subarray(-SAMPLE_BYTES);
        if (!out.write(chunk)) await once(out, 'drain');
      }
      out.end();
      await once(out, 'close');
      if (oversize) throw tooLarge();
      if (size === 0) throw refused('FILE_EMPTY', 'Tệp rỗng.', 'The file is empty.');
      const sniffed = sniffContent(name, Buffer.concat(head), tail, size <= SAMPLE_BYTES);
      if (!sniffed.ok) {
        throw sniffed.reason === 'EXECUTABLE'
          ? refused(
              'FILE_EXECUTABLE',
              `"${name}" là chương trình chạy được (dù tên là tài liệu) nên không được nhận.`,
              `"${name}" is an executable program (whatever its name), so it is refused.`,
            )
          : sniffed.reason === 'TYPE_NOT_ALLOWED'
            ? notAllowed()
            : refused('FILE_CONTENT_MISMATCH', `Nội dung của "${name}" không đúng loại tệp theo phần mở rộng.`, `The content of "${name}" does not match its extension.`);
      }
      await rename(partial, target);
      const entity = await this.dataSource
        .transaction(async (tx) => {
          // The uploader's row serialises their parallel uploads, so two of them cannot both fit the last megabytes.
          await tx.query(`SELECT id FROM app_user WHERE id = $1 FOR UPDATE`, [user.id]);
          const usedNow = await this.usedBytes(tx, user.id);
          if (usedNow + size > this.quota) throw quotaExceeded(usedNow, this.quota, this.ttlHours);
          const saved = await tx.save(
            tx.create(StoredFileEntity, {
              id,
              uploaderId: user.id,
              originalName: name,
              mediaType: sniffed.mediaType,
              size,
              sha256: hash.digest('hex'),
              storagePath: relative,
              deliverableId: null,
              createdAt: now,
            }),
          );
          await this.audit.record(tx, {
            actorId: user.id,
            action: 'work.file.uploaded',
            entityType: 'stored_file',
            entityId: id,
            data: { name, size, sha256: saved.sha256, mediaType: saved.mediaType },
          });
          return saved;
        })
        .catch(async (error: unknown) => {
          await unlink(target).catch(() => undefined);
          throw error;
        });
      return StoredFile.from(entity);
    } catch (error) {
      out.destroy();
      await unlink(partial).catch(() => undefined);
      if (!body.readableEnded && !body.destroyed) await drain(body);
      throw error;
    }
  }

  /** The file and its path on disk, if the caller may read what it belongs to. */
  async openForRead(user: AuthUser, id: string): Promise<{ file: StoredFileEntity; path: string }> {
    const file = await this.dataSource.getRepository(StoredFileEntity).findOneBy({ id });
    if (!file) throw notFound('file', id);
    if (!(await this.canRead(user, file))) throw outOfScope('tệp này', 'this file');
    if (file.deletedAt) {
      throw new AppError('NOT_FOUND', 'FILE_RETENTION_EXPIRED', {
        vi: `Tệp "${file.originalName}" đã được xóa khi hết thời hạn lưu trữ; tên, dung lượng và mã SHA-256 của tệp vẫn được giữ.`,
        en: `The file "${file.originalName}" was deleted when its retention period ended; its name, size and SHA-256 are kept.`,
      });
    }
    const path = resolve(this.root, file.storagePath);
    if (!path.startsWith(this.root + sep)) throw notFound('file', id);
    return { file, path };
  }

  /** Same scope as what the file belongs to: its deliverable's or attachment's assignment, or what another feature attached it to; else only the uploader. */
  private async canRead(user: AuthUser, file: StoredFileEntity): Promise<boolean> {
    if (file.uploaderId === user.id) return true;
    const assignments = this.dataSource.getRepository(AssignmentEntity);
    if (file.deliverableId) {
      const deliverable = await this.dataSource.getRepository(DeliverableEntity).findOneByOrFail({ id: file.deliverableId });
      return this.access.canRead(user, await assignments.findOneByOrFail({ id: deliverable.assignmentId }));
    }
    const links = await this.dataSource.getRepository(AssignmentAttachmentEntity).findBy({ fileId: file.id });
    for (const link of links) if (await this.access.canRead(user, await assignments.findOneByOrFail({ id: link.assignmentId }))) return true;
    // Attached by another feature (e.g. a waiver request's evidence): that feature decides.
    return this.readGrants.allows(user, file.id);
  }
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

function quotaExceeded(used: number, quota: number, ttlHours: number): BadInputError {
  return refused(
    'FILE_QUOTA_EXCEEDED',
    `Bạn đã dùng ${mb(used)} MB trong ${mb(quota)} MB dành cho tệp tải lên; tệp chưa đính kèm vào đâu sẽ tự xóa sau ${ttlHours} giờ.`,
    `You have used ${mb(used)} MB of your ${mb(quota)} MB for uploads; files not attached to anything are deleted after ${ttlHours} hours.`,
  );
}

function tooLarge(): BadInputError {
  return refused('FILE_TOO_LARGE', `Tệp vượt quá ${MAX_FILE_BYTES / 1024 / 1024} MB.`, `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.`);
}

function notAllowed(): BadInputError {
  return refused('FILE_TYPE_NOT_ALLOWED', `Chỉ nhận tệp ${ALLOWED_EXTENSIONS.join(', ')}.`, `Only ${ALLOWED_EXTENSIONS.join(', ')} files are accepted.`);
}

/** Reads and discards the rest of a request body so the client can read the refusal. */
async function drain(body: Readable): Promise<void> {
  let seen = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    seen += chunk.length;
    if (seen > MAX_DRAIN_BYTES) {
      body.destroy();
      return;
    }
  }
}
