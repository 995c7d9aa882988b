import { Controller, Get, Logger, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { Allow, Authenticated, AuthUser, CurrentUser, Role } from '@ketqua/api/core';
import { Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { SheetFile, SheetService } from './sheet.service';

/**
 * Printed sheets over plain HTTP, like work's FileController (GraphQL carries ids only), with the
 * same bearer token: `curl -H "Authorization: Bearer …" /evaluation-sheets/<evaluationId>`.
 * Scope is checked before the first byte; a refusal is the usual JSON error (403/404).
 */
@Controller('evaluation-sheets')
export class SheetController {
  private readonly logger = new Logger(SheetController.name);

  constructor(private readonly sheets: SheetService) {}

  /** One evaluation's sheet: the official, their evaluator, heads/HR/inspectors in scope. Unpublished: watermarked BẢN NHÁP. */
  @Authenticated()
  @Get(':evaluationId')
  async sheet(@CurrentUser() user: AuthUser, @Param('evaluationId', ParseUUIDPipe) evaluationId: string, @Res() res: Response): Promise<void> {
    await this.send(res, await this.sheets.sheet(user, evaluationId));
  }

  /** The unit's summary table for a period. */
  @Allow(Role.UNIT_HEAD, Role.HR, Role.INSPECTOR, Role.ADMIN)
  @Get('periods/:periodId/units/:unitId/summary')
  async summary(
    @CurrentUser() user: AuthUser,
    @Param('periodId', ParseUUIDPipe) periodId: string,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @Res() res: Response,
  ): Promise<void> {
    await this.send(res, await this.sheets.unitSummary(user, periodId, unitId));
  }

  /** Every sheet of the unit for the period, one PDF each, streamed as a ZIP. */
  @Allow(Role.UNIT_HEAD, Role.HR, Role.INSPECTOR, Role.ADMIN)
  @Get('periods/:periodId/units/:unitId/sheets.zip')
  async zip(
    @CurrentUser() user: AuthUser,
    @Param('periodId', ParseUUIDPipe) periodId: string,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @Res() res: Response,
  ): Promise<void> {
    await this.send(res, await this.sheets.unitZip(user, periodId, unitId));
  }

  private async send(res: Response, file: SheetFile): Promise<void> {
    res.setHeader('Content-Type', file.mediaType);
    res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    try {
      await pipeline(file.stream, res);
    } catch (error) {
      // Headers are sent: the client sees a cut-off download, never a half file that looks whole.
      this.logger.error(`sheet download failed: ${(error as Error).message}`);
      res.destroy(error as Error);
    }
  }
}
