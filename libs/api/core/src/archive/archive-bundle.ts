import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import { inflateRawSync } from 'node:zlib';
import { ZipFile } from 'yazl';
import { auditEventHash, GENESIS_HASH } from '../audit/audit-chain';
import { HashingFile } from '../files/hashing-file';

/**
 * The electronic archive bundle (lưu trữ điện tử), format `ketqua-archive` version 1, specified in
 * docs/ARCHIVE.md: a ZIP whose entries are sorted by path, each stored with the same modification
 * time, with `manifest.json` first; the manifest lists every other entry with its size and SHA-256.
 * Writing with yazl (kept, already used for the sheets ZIP); reading with the small reader below
 * (stored and deflated entries, no ZIP64), so that verifying needs nothing but Node.
 */

export const ARCHIVE_FORMAT = 'ketqua-archive';
export const ARCHIVE_FORMAT_VERSION = 1;
export const AUDIT_EVENTS_PATH = 'audit/events.jsonl';
export const AUDIT_CHAIN_PATH = 'audit/chain.json';

export interface ArchiveFileEntry {
  path: string;
  size: number;
  sha256: string;
}

export interface ArchiveManifest {
  format: typeof ARCHIVE_FORMAT;
  formatVersion: number;
  what: Record<string, unknown>;
  createdAt: string;
  createdBy: { id: string | null; name: string; email: string | null; role: string | null };
  ruleSetVersions: string[];
  counts: Record<string, number>;
  files: ArchiveFileEntry[];
}

/** One audit event as the excerpt carries it: every field the chain hashes, and the two hashes. */
export interface ArchivedAuditEvent {
  seq: number;
  occurredAt: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  data: unknown;
  prevHash: string;
  hash: string;
}

export const sha256Hex = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex');

/** JSON as the bundle writes it: two-space indentation, a final newline, UTF-8. */
export const jsonBytes = (value: unknown): Buffer => Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');

const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** PDFs are compressed already: stored; everything else deflated. */
const compressed = (path: string) => !path.endsWith('.pdf');
const ENTRY_PATH = /^[a-z0-9][a-z0-9.-]*(\/[a-z0-9][a-z0-9.-]*)*$/;

/**
 * The ZIP itself, for both ways of writing a bundle: the manifest (with `files` in path order) first,
 * then each entry in path order, all with one mtime; `open` gives an entry's bytes, or a stream of
 * them for a spooled entry (then yazl writes a data descriptor after it; the central directory
 * carries every size and CRC either way).
 */
function zipOf(manifest: ArchiveManifest, open: (index: number) => Buffer | NodeJS.ReadableStream, mtime: Date): ZipFile {
  const zip = new ZipFile();
  zip.addBuffer(jsonBytes(manifest), 'manifest.json', { mtime, compress: true });
  for (const [i, entry] of manifest.files.entries()) {
    const bytes = open(i);
    if (Buffer.isBuffer(bytes)) zip.addBuffer(bytes, entry.path, { mtime, compress: compressed(entry.path) });
    else zip.addReadStream(bytes, entry.path, { mtime, compress: compressed(entry.path), size: entry.size });
  }
  zip.end();
  return zip;
}

/** The ZIP of `files` (in memory: small bundles, and tests that forge one) with the manifest first, entries sorted by path, one mtime. */
export function writeArchiveZip(manifest: Omit<ArchiveManifest, 'files'>, files: Map<string, Buffer>, mtime: Date): Promise<{ zip: Buffer; manifest: ArchiveManifest }> {
  const sorted = [...files.entries()].sort(([a], [b]) => byPath(a, b));
  const full: ArchiveManifest = { ...manifest, files: sorted.map(([path, bytes]) => ({ path, size: bytes.length, sha256: sha256Hex(bytes) })) };
  const zip = zipOf(full, (i) => sorted[i][1], mtime);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve({ zip: Buffer.concat(chunks), manifest: full }));
  });
}

/** Where a bundle's entries go while it is being made: an entry is written as a stream and hashed on the way. */
export interface ArchiveEntrySink {
  /** Writes one entry through `fill`, which gets the stream to write to and ends it (at once or later: the entry is done when the stream finishes). */
  stream(path: string, fill: (out: Writable) => Promise<void>): Promise<void>;
  /** Writes one small entry from bytes already in hand. */
  write(path: string, bytes: Buffer): Promise<void>;
}

/**
 * Makes a bundle in constant memory: each entry is written as a stream to its own spool file under
 * `dir` (HashingFile: its SHA-256 and size measured as it is written, never read back for them);
 * `finish` then writes the manifest, which must come first and list every hash, followed by the
 * spooled entries streamed from disk, to the bundle file (hashed as well). The spool is removed
 * by `finish` and by `discard`.
 */
export class ArchiveBundleWriter implements ArchiveEntrySink {
  private readonly entries = new Map<string, ArchiveFileEntry & { spool: string }>();

  private constructor(private readonly dir: string) {}

  /** A new spool directory inside `parent` (created if needed). */
  static async open(parent: string): Promise<ArchiveBundleWriter> {
    await mkdir(parent, { recursive: true });
    return new ArchiveBundleWriter(await mkdtemp(join(parent, 'bundle-')));
  }

  async stream(path: string, fill: (out: Writable) => Promise<void>): Promise<void> {
    if (!ENTRY_PATH.test(path)) throw new Error(`archive entry path ${path} is not lower-case ASCII`);
    if (this.entries.has(path)) throw new Error(`archive entry ${path} written twice`);
    const spool = join(this.dir, String(this.entries.size));
    const file = new HashingFile(spool);
    const written = finished(file);
    written.catch(() => undefined);
    try {
      await fill(file);
      await written;
    } catch (error) {
      file.destroy();
      throw error;
    }
    this.entries.set(path, { path, size: file.bytes, sha256: file.digest(), spool });
  }

  write(path: string, bytes: Buffer): Promise<void> {
    return this.stream(path, async (out) => {
      out.end(bytes);
    });
  }

  /** Writes the bundle to `target` (a new file); its size and SHA-256 measured on the way. */
  async finish(manifest: Omit<ArchiveManifest, 'files'>, target: string, mtime: Date): Promise<{ manifest: ArchiveManifest; bytes: number; sha256: string }> {
    try {
      const files = [...this.entries.values()].sort((a, b) => byPath(a.path, b.path));
      const full: ArchiveManifest = { ...manifest, files: files.map(({ path, size, sha256 }) => ({ path, size, sha256 })) };
      const zip = zipOf(full, (i) => createReadStream(files[i].spool), mtime);
      const out = new HashingFile(target);
      await pipeline(zip.outputStream, out);
      return { manifest: full, bytes: out.bytes, sha256: out.digest() };
    } finally {
      await this.discard();
    }
  }

  discard(): Promise<void> {
    return rm(this.dir, { recursive: true, force: true });
  }
}

/**
 * Writes `value` to `out` as `jsonBytes` would (two-space indentation, a final newline), one array
 * element or object member at a time down to `depth` levels, so a long table never becomes one
 * string. The bytes are exactly those of JSON.stringify(value, null, 2) + "\n" (toJSON honoured,
 * undefined members left out, undefined array elements null).
 */
export async function writeJsonStream(value: unknown, out: Writable, depth = 3): Promise<void> {
  let pending = '';
  const flush = async () => {
    if (!out.write(pending, 'utf8')) await once(out, 'drain');
    pending = '';
  };
  const emit = async (text: string) => {
    pending += text;
    if (pending.length >= 1 << 16) await flush();
  };
  const skipped = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';
  const walk = async (key: string, raw: unknown, indent: string, level: number): Promise<void> => {
    const v = raw !== null && typeof raw === 'object' && typeof (raw as { toJSON?: unknown }).toJSON === 'function' ? (raw as { toJSON(k: string): unknown }).toJSON(key) : raw;
    if (v === null || typeof v !== 'object' || level >= depth) {
      await emit((JSON.stringify(v, null, 2) ?? 'null').replace(/\n/g, `\n${indent}`));
      return;
    }
    const inner = `${indent}  `;
    if (Array.isArray(v)) {
      if (!v.length) return emit('[]');
      await emit('[');
      for (const [i, item] of v.entries()) {
        await emit(`${i ? ',' : ''}\n${inner}`);
        if (skipped(item)) await emit('null');
        else await walk(String(i), item, inner, level + 1);
      }
      return emit(`\n${indent}]`);
    }
    const members = Object.keys(v).filter((k) => !skipped((v as Record<string, unknown>)[k]));
    if (!members.length) return emit('{}');
    await emit('{');
    for (const [i, k] of members.entries()) {
      await emit(`${i ? ',' : ''}\n${inner}${JSON.stringify(k)}: `);
      await walk(k, (v as Record<string, unknown>)[k], inner, level + 1);
    }
    await emit(`\n${indent}}`);
  };
  await walk('', value, '', 0);
  await emit('\n');
  await flush();
  out.end();
  await finished(out);
}

/** The entries of a ZIP (central directory; stored or deflated; no ZIP64, no encryption). Throws on anything else. */
export function readZip(zip: Buffer): Map<string, Buffer> {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a ZIP file (no end of central directory)');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const entries = new Map<string, Buffer>();
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('damaged ZIP central directory');
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localAt = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    if (zip.readUInt32LE(localAt) !== 0x04034b50) throw new Error(`damaged ZIP entry ${name}`);
    const dataAt = localAt + 30 + zip.readUInt16LE(localAt + 26) + zip.readUInt16LE(localAt + 28);
    const raw = zip.subarray(dataAt, dataAt + compressedSize);
    if (entries.has(name)) throw new Error(`ZIP entry ${name} appears twice`);
    if (method === 0) entries.set(name, Buffer.from(raw));
    else if (method === 8) entries.set(name, inflateRawSync(raw));
    else throw new Error(`ZIP entry ${name}: compression method ${method} not supported`);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

export interface ArchiveVerification {
  ok: boolean;
  problems: string[];
  checkedFiles: number;
  checkedEvents: number;
  manifest: ArchiveManifest | null;
}

/**
 * Checks a bundle as docs/ARCHIVE.md says a reader should: the manifest is there and of this
 * format; every file it lists is in the ZIP with that size and SHA-256, and nothing else is; each
 * audit event's hash recomputes from its content and prevHash, events are in increasing seq, two
 * events with consecutive seq link (prevHash = the hash before), the first event with seq 1 starts
 * from the genesis hash; chain.json's head is at or after the last event.
 */
export function verifyArchive(zip: Buffer): ArchiveVerification {
  const problems: string[] = [];
  let entries: Map<string, Buffer>;
  try {
    entries = readZip(zip);
  } catch (error) {
    return { ok: false, problems: [(error as Error).message], checkedFiles: 0, checkedEvents: 0, manifest: null };
  }
  const manifestBytes = entries.get('manifest.json');
  if (!manifestBytes) return { ok: false, problems: ['manifest.json is missing'], checkedFiles: 0, checkedEvents: 0, manifest: null };
  let manifest: ArchiveManifest;
  try {
    manifest = JSON.parse(manifestBytes.toString('utf8')) as ArchiveManifest;
  } catch {
    return { ok: false, problems: ['manifest.json is not JSON'], checkedFiles: 0, checkedEvents: 0, manifest: null };
  }
  if (manifest.format !== ARCHIVE_FORMAT || manifest.formatVersion !== ARCHIVE_FORMAT_VERSION) problems.push(`not a ${ARCHIVE_FORMAT} v${ARCHIVE_FORMAT_VERSION} bundle`);
  const listed = new Set<string>();
  let checkedFiles = 0;
  for (const f of manifest.files ?? []) {
    listed.add(f.path);
    const bytes = entries.get(f.path);
    if (!bytes) {
      problems.push(`${f.path}: listed in the manifest, missing from the bundle`);
      continue;
    }
    if (bytes.length !== f.size) problems.push(`${f.path}: ${bytes.length} bytes, the manifest says ${f.size}`);
    if (sha256Hex(bytes) !== f.sha256) problems.push(`${f.path}: SHA-256 ${sha256Hex(bytes)} does not match the manifest's ${f.sha256}`);
    checkedFiles++;
  }
  for (const path of entries.keys()) if (path !== 'manifest.json' && !listed.has(path)) problems.push(`${path}: in the bundle but not in the manifest`);

  let checkedEvents = 0;
  const eventsBytes = entries.get(AUDIT_EVENTS_PATH);
  const chainBytes = entries.get(AUDIT_CHAIN_PATH);
  if (!eventsBytes || !chainBytes) problems.push(`${AUDIT_EVENTS_PATH} and ${AUDIT_CHAIN_PATH} are required`);
  else {
    let previous: ArchivedAuditEvent | null = null;
    const lines = eventsBytes
      .toString('utf8')
      .split('\n')
      .filter((l) => l.trim());
    for (const [i, line] of lines.entries()) {
      let e: ArchivedAuditEvent;
      try {
        e = JSON.parse(line) as ArchivedAuditEvent;
      } catch {
        problems.push(`${AUDIT_EVENTS_PATH}:${i + 1}: not JSON`);
        continue;
      }
      const where = `audit event ${e.seq}`;
      const recomputed = auditEventHash(e.prevHash, {
        seq: e.seq,
        occurredAt: new Date(e.occurredAt),
        actorId: e.actorId,
        action: e.action,
        entityType: e.entityType,
        entityId: e.entityId,
        data: e.data,
      });
      if (recomputed !== e.hash) problems.push(`${where}: content does not match its hash (altered)`);
      if (e.seq === 1 && e.prevHash !== GENESIS_HASH) problems.push(`${where}: the first event must start from the genesis hash`);
      if (previous) {
        if (e.seq <= previous.seq) problems.push(`${where}: not after event ${previous.seq}`);
        if (e.seq === previous.seq + 1 && e.prevHash !== previous.hash) problems.push(`${where}: prevHash is not the hash of event ${previous.seq}`);
      }
      previous = e;
      checkedEvents++;
    }
    try {
      const chain = JSON.parse(chainBytes.toString('utf8')) as { head?: { seq: number; hash: string }; events?: number };
      if (!chain.head || !/^[0-9a-f]{64}$/.test(chain.head.hash ?? '')) problems.push(`${AUDIT_CHAIN_PATH}: no head {seq, hash}`);
      else if (previous && chain.head.seq < previous.seq) problems.push(`${AUDIT_CHAIN_PATH}: the head (event ${chain.head.seq}) is before the last event ${previous.seq}`);
      else if (previous && chain.head.seq === previous.seq && chain.head.hash !== previous.hash) problems.push(`${AUDIT_CHAIN_PATH}: the head's hash is not the last event's`);
      if (chain.events !== undefined && chain.events !== checkedEvents) problems.push(`${AUDIT_CHAIN_PATH}: says ${chain.events} events, the excerpt has ${checkedEvents}`);
    } catch {
      problems.push(`${AUDIT_CHAIN_PATH}: not JSON`);
    }
  }
  if (manifest.counts && manifest.counts['auditEvents'] !== undefined && manifest.counts['auditEvents'] !== checkedEvents)
    problems.push(`manifest counts ${manifest.counts['auditEvents']} audit events, the excerpt has ${checkedEvents}`);
  return { ok: problems.length === 0, problems, checkedFiles, checkedEvents, manifest };
}
