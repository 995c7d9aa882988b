import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { Authenticated, AuthUser, CurrentUser, sendPdf } from '@ketqua/api/core';
import { Response } from 'express';
import { CommitmentSignatureService } from './commitment-signature.service';

/**
 * The commitment's PDFs over plain HTTP with the bearer token (GraphQL carries ids only):
 * `GET /commitment-signatures/for-signing/<enrollmentId>` — the commitment the official accepted, to sign
 * (the official's download is kept as a rendition the signed file must begin with) or to read;
 * `GET /commitment-signatures/<signatureId>/signed.pdf` — an accepted signed file.
 * Both for whoever may see the enrollment (the official, their head, HR and inspectors in scope).
 */
@Controller('commitment-signatures')
export class CommitmentSignatureController {
  constructor(private readonly signatures: CommitmentSignatureService) {}

  @Authenticated()
  @Get('for-signing/:enrollmentId')
  async commitment(@CurrentUser() user: AuthUser, @Param('enrollmentId', ParseUUIDPipe) enrollmentId: string, @Res() res: Response): Promise<void> {
    sendPdf(res, await this.signatures.render(user, enrollmentId));
  }

  @Authenticated()
  @Get(':signatureId/signed.pdf')
  async signed(@CurrentUser() user: AuthUser, @Param('signatureId', ParseUUIDPipe) signatureId: string, @Res() res: Response): Promise<void> {
    sendPdf(res, await this.signatures.signedPdf(user, signatureId));
  }
}
