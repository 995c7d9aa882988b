import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { Allow, AuthUser, CurrentUser, Role } from '@ketqua/api/core';
import { Response } from 'express';
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { PeriodArchiveService } from './period-archive.service';

/**
 * The archive bundle of a closed period over plain HTTP (the HR button; `npm run archive:export`
 * writes the same bundle): `GET /evaluation-archives/periods/<periodId>/bundle.zip` with the bearer
 * token. The answer carries the manifest's SHA-256 in `X-Ketqua-Manifest-SHA256` (also audited).
 * The bundle is written to a file first (its hashes are in the audit record before a byte is sent),
 * then streamed from disk and removed.
 */
@Controller('evaluation-archives')
export class PeriodArchiveController {
  constructor(private readonly archives: PeriodArchiveService) {}

  /** HR of the period's agency (or city-wide HR) and ADMIN; the service checks the scope and that the period is CLOSED. */
  @Allow(Role.HR, Role.ADMIN)
  @Get('periods/:periodId/bundle.zip')
  async bundle(@CurrentUser() user: AuthUser, @Param('periodId', ParseUUIDPipe) periodId: string, @Res() res: Response): Promise<void> {
    const file = join(this.archives.workDir, `${randomUUID()}.zip`);
    try {
      const archive = await this.archives.build(user, periodId, file);
      res.setHeader('Content-Type', 'application/zip');
      res.setHeader('Content-Length', String(archive.bytes));
      res.setHeader('Content-Disposition', `attachment; filename="${archive.fileName}"`);
      res.setHeader('X-Ketqua-Manifest-SHA256', archive.manifestSha256);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Cache-Control', 'private, no-store');
      await pipeline(createReadStream(file), res);
    } finally {
      await rm(file, { force: true });
    }
  }
}
