import { EntityManager } from 'typeorm';

/** What another feature may know of an uploaded file (stored_file, owned by work). */
export interface UploadedFileInfo {
  id: string;
  uploaderId: string;
  originalName: string;
  mediaType: string;
  size: number;
}

/**
 * Port (core) through which features refer to files uploaded with POST /files (e.g. a waiver's
 * evidence) without importing the work feature. The work module provides it.
 */
export abstract class UploadedFiles {
  /** The file when it exists, else null. Reads through `tx` when given. */
  abstract find(fileId: string, tx?: EntityManager): Promise<UploadedFileInfo | null>;

  /** The file's bytes (e.g. a signed PDF to verify), null when it is gone; refuses nothing by itself, callers check uploaderId and size first. */
  abstract readBytes(fileId: string): Promise<Buffer | null>;
}
