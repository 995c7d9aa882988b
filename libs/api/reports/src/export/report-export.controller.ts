import { Controller, Get, Logger, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { Allow, AuthUser, CurrentUser } from '@ketqua/api/core';
import { Response } from 'express';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { EXPORT_ROLES } from './export-roles';
import { manifestJson } from './models/report-export.model';
import { ReportExportManifestData } from './report-export-manifest';
import { ReportExportService } from './report-export.service';

/**
 * Export downloads over plain HTTP (GraphQL carries the URL), with the same bearer token:
 * `curl -H "Authorization: Bearer …" -OJ /report-exports/<id>/file`. Who may fetch is checked, and
 * the download audited, before the first byte; a refusal is the usual JSON error (403/404/409).
 * The file streams from disk: memory stays flat whatever its size.
 */
@Controller('report-exports')
export class ReportExportController {
  private readonly logger = new Logger(ReportExportController.name);

  constructor(private readonly exports: ReportExportService) {}

  @Allow(...EXPORT_ROLES)
  @Get(':id/file')
  async file(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Res() res: Response): Promise<void> {
    const { file } = await this.exports.download(user, id, 'file');
    if (!file) return;
    headers(res, file.mediaType, file.fileName);
    res.setHeader('Content-Length', String(file.byteSize));
    try {
      await pipeline(createReadStream(file.path), res);
    } catch (error) {
      // The client went away (a closed tab, or a client that hangs up the moment it has the last byte): nothing to repair.
      if ((error as NodeJS.ErrnoException).code === 'ERR_STREAM_PREMATURE_CLOSE') {
        this.logger.debug(`export ${id}: the client closed the download`);
        return;
      }
      // Headers are sent: the client sees a cut-off download, never a half file that looks whole.
      this.logger.error(`export download failed: ${(error as Error).message}`);
      res.destroy(error as Error);
    }
  }

  @Allow(...EXPORT_ROLES)
  @Get(':id/manifest.json')
  async manifest(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Res() res: Response): Promise<void> {
    const { export: found } = await this.exports.download(user, id, 'manifest');
    const stem = (found.fileName ?? id).replace(/\.[a-z]+$/, '');
    headers(res, 'application/json; charset=utf-8', `${stem}.manifest.json`);
    res.send(manifestJson(found.manifest as ReportExportManifestData));
  }
}

function headers(res: Response, mediaType: string, fileName: string): void {
  const ascii = fileName.replace(/[^A-Za-z0-9._-]/g, '_');
  res.setHeader('Content-Type', mediaType);
  res.setHeader('Content-Disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cache-Control', 'private, no-store');
}
