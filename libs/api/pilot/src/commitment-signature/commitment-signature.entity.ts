import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A PDF of an enrollment's commitment handed out for signing: the signed file must begin with exactly these bytes. */
@Entity('commitment_rendition')
@Index('IDX_commitment_rendition_enrollment', ['enrollmentId'])
export class CommitmentRenditionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  enrollmentId!: string;

  /** The document id printed on the PDF (stable for an enrollment: CK-<enrollment id>-v<commitment version>). */
  @Column({ type: 'text' })
  documentId!: string;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ type: 'int' })
  size!: number;

  @Column({ type: 'uuid' })
  renderedById!: string;

  @Column({ type: 'timestamptz' })
  renderedAt!: Date;
}

/** The official's accepted digital signature of their commitment (one per enrollment): the signed file and what its verification found. */
@Entity('commitment_signature')
export class CommitmentSignatureEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Index('UQ_commitment_signature_enrollment', { unique: true })
  @Column({ type: 'uuid' })
  enrollmentId!: string;

  @Column({ type: 'uuid' })
  renditionId!: string;

  @Column({ type: 'text' })
  documentId!: string;

  @Column({ type: 'bytea', select: false })
  signedPdf!: Buffer;

  @Column({ type: 'char', length: 64 })
  signedSha256!: string;

  @Column({ type: 'text' })
  signerName!: string;

  @Column({ type: 'text' })
  signerSerial!: string;

  @Column({ type: 'text' })
  issuerName!: string;

  @Column({ type: 'timestamptz' })
  signingTime!: Date;

  @Column({ type: 'timestamptz' })
  certificateNotBefore!: Date;

  @Column({ type: 'timestamptz' })
  certificateNotAfter!: Date;

  @Column({ type: 'uuid' })
  signedById!: string;

  @Column({ type: 'timestamptz' })
  verifiedAt!: Date;
}
