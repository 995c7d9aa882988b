import { Controller, Get, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { Authenticated, AuthUser, CurrentUser, TextKindOf } from '@ketqua/api/core';
import { IsOptional, IsString } from 'class-validator';
import { Request, Response } from 'express';
import { createReadStream } from 'node:fs';
import { FileService } from './file.service';

/** `?name=` of an upload: one value; NUL and malformed Unicode refused, other control characters dropped. */
export class UploadFileQuery {
  @IsOptional()
  @IsString({ message: 'name must be one file name' })
  @TextKindOf('fileName')
  name?: string;
}

/**
 * Plain HTTP for files (GraphQL carries ids only): the request body is the file itself, e.g.
 * `curl -H "Authorization: Bearer …" --data-binary @bao-cao.pdf "/files?name=bao-cao.pdf"`
 * (any Content-Type, curl's default application/x-www-form-urlencoded included: configure-http.ts).
 */
@Controller('files')
export class FileController {
  constructor(private readonly files: FileService) {}

  @Authenticated()
  @Post()
  upload(@CurrentUser() user: AuthUser, @Query() query: UploadFileQuery, @Req() req: Request) {
    const length = req.headers['content-length'] ? Number(req.headers['content-length']) : undefined;
    return this.files.store(user, query.name, Number.isFinite(length) ? length : undefined, req);
  }

  @Authenticated()
  @Get(':id')
  async download(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Res() res: Response): Promise<void> {
    const { file, path } = await this.files.openForRead(user, id);
    res.setHeader('Content-Type', file.mediaType);
    res.setHeader('Content-Length', String(file.size));
    res.setHeader('Content-Disposition', `attachment; filename="${file.originalName.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.originalName)}`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('Digest', `sha-256=${Buffer.from(file.sha256, 'hex').toString('base64')}`);
    await new Promise<void>((resolvePromise, reject) => {
      createReadStream(path)
        .on('error', reject)
        .pipe(res)
        .on('finish', () => resolvePromise())
        .on('error', reject);
    });
  }
}
