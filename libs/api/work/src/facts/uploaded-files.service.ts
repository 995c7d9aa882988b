import { Injectable } from '@nestjs/common';
import { UploadedFileInfo, UploadedFiles } from '@ketqua/api/core';
import { DataSource, EntityManager } from 'typeorm';
import { StoredFileEntity } from '../files/stored-file.entity';

/** The work module's side of core's UploadedFiles port: the stored_file rows of POST /files. */
@Injectable()
export class UploadedFilesService extends UploadedFiles {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async find(fileId: string, tx?: EntityManager): Promise<UploadedFileInfo | null> {
    const file = await (tx ?? this.dataSource.manager).findOneBy(StoredFileEntity, { id: fileId });
    return file && { id: file.id, uploaderId: file.uploaderId, originalName: file.originalName, mediaType: file.mediaType, size: file.size };
  }
}
