import { Injectable } from '@nestjs/common';
import {
  assertSignaturesConfigured,
  AuditService,
  AuthUser,
  BadInputError,
  Clock,
  ConflictError,
  isUniqueViolation,
  readSignedUpload,
  Role,
  SignatureVerifier,
  UploadedFiles,
  UserEntity,
  verifySignedUpload,
} from '@ketqua/api/core';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { EvaluationEntity } from '../evaluation/evaluation.entity';
import { forbidden, notFound } from '../evaluation.errors';
import { EvaluationPeriodEntity } from '../period/evaluation-period.entity';
import { EvaluationAccess } from '../shared/evaluation-access';
import { SheetService } from '../sheet/sheet.service';
import { RecordSignatureEntity, SignerCapacity, SigningRenditionEntity } from './record-signature.entity';

/**
 * Digital signatures of published evaluation records (PRODUCT.md 6, chữ ký số): the official and
 * their head download the published sheet for signing (a rendition is recorded: SHA-256 and size),
 * sign it with their own tool, upload it (POST /files) and submit it; the SignatureVerifier (core)
 * checks the signed bytes against a rendition of that revision, the CMS signature, the chain to a
 * trusted root and validity at signing time. An accepted signature is stored beside the record with
 * the signed file; a refused one changes nothing and answers BAD_USER_INPUT with the reason.
 */
@Injectable()
export class RecordSignatureService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: EvaluationAccess,
    private readonly sheets: SheetService,
    private readonly verifier: SignatureVerifier,
    private readonly files: UploadedFiles,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** OFFICIAL: the evaluated official; HEAD: a unit head whose scope holds the record (never their own). Else FORBIDDEN. */
  private async capacityOf(user: AuthUser, e: EvaluationEntity): Promise<SignerCapacity> {
    if (e.officialId === user.id) return 'OFFICIAL';
    if (user.role === Role.UNIT_HEAD && (await this.access.canRead(user, e))) return 'HEAD';
    throw forbidden('NOT_A_SIGNER', 'Chỉ người được đánh giá và thủ trưởng đơn vị ký phiếu đánh giá.', 'Only the evaluated official and their head sign an evaluation record.');
  }

  private async published(user: AuthUser, evaluationId: string): Promise<{ e: EvaluationEntity; capacity: SignerCapacity }> {
    const e = await this.dataSource.manager.findOneBy(EvaluationEntity, { id: evaluationId });
    if (!e) throw notFound('evaluation', evaluationId);
    const capacity = await this.capacityOf(user, e);
    if (e.status !== 'PUBLISHED')
      throw new BadInputError('NOT_PUBLISHED', { vi: 'Chỉ ký phiếu đánh giá đã công bố.', en: 'Only a published evaluation record is signed.' }, [
        { field: 'evaluationId', message: { vi: 'phiếu chưa công bố', en: 'not published' } },
      ]);
    return { e, capacity };
  }

  /** The published sheet as the PDF to sign; its SHA-256 and size are kept (a rendition). Audited. */
  async renderForSigning(user: AuthUser, evaluationId: string): Promise<{ fileName: string; pdf: Buffer }> {
    // Who may sign first, then whether signing is set up: a caller who is no signer learns nothing of the configuration.
    const { e, capacity } = await this.published(user, evaluationId);
    assertSignaturesConfigured(this.verifier);
    const now = this.clock.now();
    const pdf = await this.sheets.renderBytes(e, now);
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    await this.dataSource.transaction(async (tx) => {
      const rendition = await tx.save(
        tx.create(SigningRenditionEntity, { evaluationId: e.id, revision: e.revision, sha256, size: pdf.length, renderedById: user.id, renderedAt: now }),
      );
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'evaluation.sign-render',
        entityType: 'evaluation',
        entityId: e.id,
        data: { revision: e.revision, capacity, renditionId: rendition.id, sha256, size: pdf.length },
      });
    });
    const [official, period] = await Promise.all([
      this.dataSource.manager.findOneByOrFail(UserEntity, { id: e.officialId }),
      this.dataSource.manager.findOneByOrFail(EvaluationPeriodEntity, { id: e.periodId }),
    ]);
    return { fileName: this.sheets.sheetFileNameOf(e, official.fullName, period.name).replace(/\.pdf$/, '-de-ky.pdf'), pdf };
  }

  /** Verifies the uploaded signed PDF and stores the signature beside the record, or refuses with the reason (nothing written). */
  async submit(user: AuthUser, evaluationId: string, fileId: string): Promise<RecordSignatureEntity> {
    const { e, capacity } = await this.published(user, evaluationId);
    assertSignaturesConfigured(this.verifier);
    const already = () =>
      new ConflictError('ALREADY_SIGNED', {
        vi: 'Phiếu đánh giá (lần công bố này) đã có chữ ký số của bạn với tư cách này.',
        en: 'This published revision already carries a signature in this capacity.',
      });
    if (await this.dataSource.manager.existsBy(RecordSignatureEntity, { evaluationId: e.id, revision: e.revision, capacity })) throw already();
    const bytes = await readSignedUpload(this.files, this.verifier, user.id, fileId);
    if (!bytes) throw notFound('evaluation', fileId);
    const renditions = await this.dataSource.manager.findBy(SigningRenditionEntity, { evaluationId: e.id, revision: e.revision });
    const now = this.clock.now();
    const me = await this.dataSource.manager.findOneByOrFail(UserEntity, { id: user.id });
    const result = verifySignedUpload(this.verifier, bytes, renditions, now, me.fullName);
    try {
      return await this.dataSource.transaction(async (tx) => {
        // Parallel submissions of one record queue on its row, so the second sees the first's signature.
        await tx.findOne(EvaluationEntity, { where: { id: e.id }, lock: { mode: 'pessimistic_write' } });
        if (await tx.existsBy(RecordSignatureEntity, { evaluationId: e.id, revision: e.revision, capacity })) throw already();
        const row = await tx.save(
          tx.create(RecordSignatureEntity, {
            evaluationId: e.id,
            revision: e.revision,
            capacity,
            // What the verifier found (rendition, hash, signer, issuer, times): a column each.
            ...result,
            signedPdf: bytes,
            signedById: user.id,
            verifiedAt: now,
          }),
        );
        await this.audit.record(tx, {
          actorId: user.id,
          action: 'evaluation.record-signed',
          entityType: 'evaluation',
          entityId: e.id,
          data: {
            revision: e.revision,
            capacity,
            signatureId: row.id,
            signedSha256: result.signedSha256,
            signerName: result.signerName,
            signerSerial: result.signerSerial,
            issuerName: result.issuerName,
            signingTime: result.signingTime.toISOString(),
          },
        });
        return row;
      });
    } catch (error) {
      throw isUniqueViolation(error) ? already() : error;
    }
  }

  /** The signatures of an evaluation's records: whoever may read the evaluation. */
  async list(user: AuthUser, evaluationId: string): Promise<RecordSignatureEntity[]> {
    const e = await this.dataSource.manager.findOneBy(EvaluationEntity, { id: evaluationId });
    if (!e) throw notFound('evaluation', evaluationId);
    await this.access.assertCanRead(user, e);
    return this.dataSource.manager.find(RecordSignatureEntity, { where: { evaluationId }, order: { revision: 'ASC', capacity: 'ASC' } });
  }

  /** The signed PDF of one signature, for whoever may read its evaluation. */
  async signedPdf(user: AuthUser, signatureId: string): Promise<{ fileName: string; pdf: Buffer }> {
    const row = await this.dataSource.manager.findOne(RecordSignatureEntity, {
      where: { id: signatureId },
      select: { id: true, evaluationId: true, revision: true, capacity: true, signedPdf: true },
    });
    if (!row) throw notFound('evaluation', signatureId);
    const e = await this.dataSource.manager.findOneByOrFail(EvaluationEntity, { id: row.evaluationId });
    await this.access.assertCanRead(user, e);
    return { fileName: `phieu-danh-gia-${e.id.slice(0, 8)}-lan-${row.revision}-da-ky-${row.capacity.toLowerCase()}.pdf`, pdf: row.signedPdf };
  }
}
