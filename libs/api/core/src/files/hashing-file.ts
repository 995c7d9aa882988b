import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, WriteStream } from 'node:fs';
import { Writable } from 'node:stream';

/**
 * A file written as a stream, hashed (SHA-256) and measured on the way, so the manifest's hash is
 * of exactly the bytes on disk without reading the file again.
 */
export class HashingFile extends Writable {
  private readonly file: WriteStream;
  private readonly hash = createHash('sha256');
  bytes = 0;

  constructor(path: string) {
    super({ highWaterMark: 1 << 16 });
    this.file = createWriteStream(path, { flags: 'wx' });
    this.file.on('error', (error) => this.destroy(error));
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    if (this.file.write(chunk)) callback();
    else this.file.once('drain', () => callback());
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.file.end();
    once(this.file, 'close').then(
      () => callback(),
      (error: Error) => callback(error),
    );
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.file.destroy();
    callback(error);
  }

  /** The hex SHA-256, once the stream has finished. */
  digest(): string {
    return this.hash.digest('hex');
  }
}
