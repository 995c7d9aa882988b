import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { Allow, AuthUser, CurrentUser, Role, sendPdf } from '@ketqua/api/core';
import { Response } from 'express';
import { RecordSignatureService } from './record-signature.service';

/**
 * PDFs of digital signatures over plain HTTP with the bearer token (GraphQL carries ids only):
 * `GET /evaluation-signatures/for-signing/<evaluationId>` — the published record to sign (each
 * download is recorded as a rendition the signed file must begin with);
 * `GET /evaluation-signatures/<signatureId>/signed.pdf` — an accepted signed file.
 */
@Controller('evaluation-signatures')
export class RecordSignatureController {
  constructor(private readonly signatures: RecordSignatureService) {}

  /** The evaluated official, or a head whose scope holds the record; the service refuses anyone else. */
  @Allow(Role.OFFICIAL, Role.UNIT_HEAD, Role.HR)
  @Get('for-signing/:evaluationId')
  async forSigning(@CurrentUser() user: AuthUser, @Param('evaluationId', ParseUUIDPipe) evaluationId: string, @Res() res: Response): Promise<void> {
    sendPdf(res, await this.signatures.renderForSigning(user, evaluationId));
  }

  /** Whoever may read the evaluation. */
  @Allow(Role.OFFICIAL, Role.UNIT_HEAD, Role.HR, Role.INSPECTOR, Role.ADMIN)
  @Get(':signatureId/signed.pdf')
  async signed(@CurrentUser() user: AuthUser, @Param('signatureId', ParseUUIDPipe) signatureId: string, @Res() res: Response): Promise<void> {
    sendPdf(res, await this.signatures.signedPdf(user, signatureId));
  }
}
