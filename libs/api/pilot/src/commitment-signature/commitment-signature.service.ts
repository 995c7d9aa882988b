import { Injectable } from '@nestjs/common';
import {
  AccessService,
  AgencyEntity,
  asciiSlug,
  assertSignaturesConfigured,
  AuditService,
  AuthUser,
  Clock,
  ConflictError,
  isUniqueViolation,
  PositionEntity,
  readSignedUpload,
  SignatureVerifier,
  UnitEntity,
  UploadedFiles,
  UserEntity,
  verifySignedUpload,
} from '@ketqua/api/core';
import { createHash } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import { CommitmentTextEntity } from '../commitment/commitment-text.entity';
import { EnrollmentEntity, EnrollmentStatusValue } from '../enrollment/enrollment.entity';
import { wrongStatus } from '../enrollment/enrollment.errors';
import { notFound, notYours } from '../pilot.errors';
import { PilotEntity } from '../pilot/pilot.entity';
import { renderCommitmentPdf } from './commitment-pdf';
import { CommitmentRenditionEntity, CommitmentSignatureEntity } from './commitment-signature.entity';

/** A commitment is signed while its enrollment is open; a refused or ended one has nothing left to pledge. */
const SIGNABLE: EnrollmentStatusValue[] = ['PENDING', 'APPROVED', 'SUSPENDED'];

/**
 * Digital signatures of the pilot's commitment (PRODUCT.md 4.1, 6 chữ ký số), as those of evaluation
 * records (evaluation/signature) and with the same core parts: Ketqua renders the commitment the
 * official accepted as a PDF (each download kept as a rendition: SHA-256 and size), the official
 * signs it with their own tool, uploads it (POST /files) and submits it; the SignatureVerifier
 * checks the bytes against a rendition of this enrollment, the CMS signature, the chain to a trusted
 * root, validity at signing time and that the certificate is in the official's name. An accepted
 * signature is kept beside the enrollment; a refused one changes nothing (BAD_USER_INPUT with the
 * reason). The head and HR read the status on the enrollment; the approval does not wait for it
 * (PRODUCT.md asks for no such rule).
 */
@Injectable()
export class CommitmentSignatureService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly verifier: SignatureVerifier,
    private readonly files: UploadedFiles,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  private async enrollmentInScope(user: AuthUser, enrollmentId: string): Promise<EnrollmentEntity> {
    const e = await this.dataSource.manager.findOneBy(EnrollmentEntity, { id: enrollmentId });
    if (!e) throw notFound('enrollment', enrollmentId);
    await this.access.assertCanSeeOfficial(user, { id: e.officialId, unitId: e.unitId });
    return e;
  }

  static documentIdOf(e: Pick<EnrollmentEntity, 'id' | 'commitmentVersion'>): string {
    return `CK-${e.id}-v${e.commitmentVersion}`;
  }

  /**
   * The commitment of an enrollment as a PDF, for whoever may see the enrollment (the official to
   * sign it, their head and HR to read it). The official's download is kept as a rendition (what the
   * signed file must begin with); every download is audited.
   */
  async render(user: AuthUser, enrollmentId: string): Promise<{ fileName: string; pdf: Buffer }> {
    const e = await this.enrollmentInScope(user, enrollmentId);
    const m = this.dataSource.manager;
    const [official, text, unit, pilot, position] = await Promise.all([
      m.findOneByOrFail(UserEntity, { id: e.officialId }),
      m.findOneByOrFail(CommitmentTextEntity, { id: e.commitmentTextId }),
      m.findOneByOrFail(UnitEntity, { id: e.unitId }),
      m.findOneByOrFail(PilotEntity, { id: e.pilotId }),
      e.positionId ? m.findOneBy(PositionEntity, { id: e.positionId }) : Promise.resolve(null),
    ]);
    const agency = await m.findOneByOrFail(AgencyEntity, { id: unit.agencyId });
    const documentId = CommitmentSignatureService.documentIdOf(e);
    const pdf = await renderCommitmentPdf({
      documentId,
      agencyName: agency.name,
      unitName: unit.name,
      officialName: official.fullName,
      positionName: position?.name ?? null,
      pilotName: pilot.name,
      commitmentVersion: text.version,
      commitmentTitle: text.title,
      commitmentBody: text.body,
      acceptedAt: e.commitmentAcceptedAt,
      weekdays: [...e.weekdays].sort(),
      startDate: e.startDate,
      endDate: e.endDate,
      enrollmentId: e.id,
    });
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    const now = this.clock.now();
    await this.dataSource.transaction(async (tx) => {
      const rendition =
        e.officialId === user.id
          ? await tx.save(tx.create(CommitmentRenditionEntity, { enrollmentId: e.id, documentId, sha256, size: pdf.length, renderedById: user.id, renderedAt: now }))
          : null;
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'pilot.commitment.rendered',
        entityType: 'enrollment',
        entityId: e.id,
        data: { documentId, commitmentVersion: e.commitmentVersion, sha256, size: pdf.length, renditionId: rendition?.id ?? null },
      });
    });
    return { fileName: `ban-cam-ket-${asciiSlug(official.fullName)}-${e.id.slice(0, 8)}.pdf`, pdf };
  }

  /** Verifies the official's signed commitment and keeps it beside the enrollment, or refuses with the reason (nothing written). */
  async submit(user: AuthUser, enrollmentId: string, fileId: string): Promise<CommitmentSignatureEntity> {
    const e = await this.dataSource.manager.findOneBy(EnrollmentEntity, { id: enrollmentId });
    if (!e) throw notFound('enrollment', enrollmentId);
    if (e.officialId !== user.id) throw notYours('Bạn chỉ ký số bản cam kết của chính mình.', 'You sign only your own commitment.');
    assertSignaturesConfigured(this.verifier);
    if (!SIGNABLE.includes(e.status)) throw wrongStatus(e.status, { vi: 'ký số bản cam kết', en: 'sign the commitment' });
    const already = () => new ConflictError('ALREADY_SIGNED', { vi: 'Bản cam kết của đăng ký này đã có chữ ký số.', en: 'The commitment of this enrollment is already signed.' });
    if (await this.dataSource.manager.existsBy(CommitmentSignatureEntity, { enrollmentId: e.id })) throw already();
    const bytes = await readSignedUpload(this.files, this.verifier, user.id, fileId);
    if (!bytes) throw notFound('enrollment', fileId);
    const renditions = await this.dataSource.manager.findBy(CommitmentRenditionEntity, { enrollmentId: e.id });
    const now = this.clock.now();
    const me = await this.dataSource.manager.findOneByOrFail(UserEntity, { id: user.id });
    const result = verifySignedUpload(this.verifier, bytes, renditions, now, me.fullName);
    const documentId = renditions.find((r) => r.id === result.renditionId)?.documentId ?? CommitmentSignatureService.documentIdOf(e);
    try {
      return await this.dataSource.transaction(async (tx) => {
        // Parallel submissions queue on the enrollment's row, so the second sees the first's signature.
        const locked = await tx.findOneOrFail(EnrollmentEntity, { where: { id: e.id }, lock: { mode: 'pessimistic_write' } });
        if (!SIGNABLE.includes(locked.status)) throw wrongStatus(locked.status, { vi: 'ký số bản cam kết', en: 'sign the commitment' });
        if (await tx.existsBy(CommitmentSignatureEntity, { enrollmentId: e.id })) throw already();
        const row = await tx.save(
          tx.create(CommitmentSignatureEntity, {
            enrollmentId: e.id,
            // What the verifier found (rendition, hash, signer, issuer, times): a column each.
            ...result,
            documentId,
            signedPdf: bytes,
            signedById: user.id,
            verifiedAt: now,
          }),
        );
        await this.audit.record(tx, {
          actorId: user.id,
          action: 'pilot.commitment.signed',
          entityType: 'enrollment',
          entityId: e.id,
          data: {
            signatureId: row.id,
            documentId,
            commitmentVersion: e.commitmentVersion,
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

  /** The signatures of a page of enrollments (already in the caller's scope), for a DataLoader. */
  async ofEnrollments(enrollmentIds: readonly string[]): Promise<(CommitmentSignatureEntity | null)[]> {
    const rows = await this.dataSource.manager.findBy(CommitmentSignatureEntity, { enrollmentId: In([...enrollmentIds]) });
    return enrollmentIds.map((id) => rows.find((r) => r.enrollmentId === id) ?? null);
  }

  /** The signed PDF of one commitment signature, for whoever may see its enrollment. */
  async signedPdf(user: AuthUser, signatureId: string): Promise<{ fileName: string; pdf: Buffer }> {
    const row = await this.dataSource.manager.findOne(CommitmentSignatureEntity, {
      where: { id: signatureId },
      select: { id: true, enrollmentId: true, signedPdf: true },
    });
    if (!row) throw notFound('enrollment', signatureId);
    const e = await this.enrollmentInScope(user, row.enrollmentId);
    return { fileName: `ban-cam-ket-${e.id.slice(0, 8)}-da-ky.pdf`, pdf: row.signedPdf };
  }
}
