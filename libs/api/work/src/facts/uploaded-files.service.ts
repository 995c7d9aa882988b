import { Injectable } from '@nestjs/common';
import { AppConfig, UploadedFileInfo, UploadedFiles } from '@ketqua/api/core';
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { DataSource, EntityManager } from 'typeorm';
import { StoredFileEntity } from '../files/stored-file.entity';

/** The work module's side of core's UploadedFiles port: the stored_file rows of POST /files. */
@Injectable()
export class UploadedFilesService extends UploadedFiles {
  private readonly root: string;

  constructor(
    private readonly dataSource: DataSource,
    config: AppConfig,
  ) {
    super();
    this.root = resolve(config.KETQUA_DATA_DIR, 'files');
  }

  async readBytes(fileId: string): Promise<Buffer | null> {
    const file = await this.dataSource.manager.findOneBy(StoredFileEntity, { id: fileId });
    if (!file) return null;
    const path = resolve(this.root, file.storagePath);
    if (!path.startsWith(this.root + sep)) return null;
    return readFile(path).catch(() => null);
  }

  async find(fileId: string, tx?: EntityManager): Promise<UploadedFileInfo | null> {
    const file = await (tx ?? this.dataSource.manager).findOneBy(StoredFileEntity, { id: fileId });
    return file && { id: file.id, uploaderId: file.uploaderId, originalName: file.originalName, mediaType: file.mediaType, size: file.size };
  }
}
