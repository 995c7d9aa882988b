import { Controller, Get, Logger, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { Allow, Authenticated, AuthUser, CurrentUser, Role } from '@ketqua/api/core';
import { Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { MyDataArchive, MyDataService } from './my-data.service';

/**
 * Personal-data downloads over plain HTTP, with the bearer token:
 * `curl -H "Authorization: Bearer …" -OJ /personal-data/me.zip`. Checked and audited before the first byte.
 */
@Controller('personal-data')
export class MyDataController {
  private readonly logger = new Logger(MyDataController.name);

  constructor(private readonly data: MyDataService) {}

  /** Everything Ketqua holds about the caller. */
  @Authenticated()
  @Get('me.zip')
  async mine(@CurrentUser() user: AuthUser, @Res() res: Response): Promise<void> {
    await this.send(res, await this.data.archive(user, user.id, null));
  }

  /** An administrator, at a person's request: `?reason=` is required, audited and shown to the person. */
  @Allow(Role.ADMIN)
  @Get('people/:id.zip')
  async person(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Query('reason') reason: unknown, @Res() res: Response): Promise<void> {
    await this.send(res, await this.data.archive(user, id, reason));
  }

  private async send(res: Response, archive: MyDataArchive): Promise<void> {
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader('Content-Disposition', `attachment; filename="${archive.fileName}"`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    try {
      await pipeline(archive.stream, res);
    } catch (error) {
      this.logger.error(`personal-data download failed: ${(error as Error).message}`);
      res.destroy(error as Error);
    }
  }
}
