import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A PDF of a published record handed out for signing: the signed file must begin with exactly these bytes. */
@Entity('signing_rendition')
@Index('IDX_signing_rendition_evaluation', ['evaluationId', 'revision'])
export class SigningRenditionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  evaluationId!: string;

  @Column({ type: 'int' })
  revision!: number;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ type: 'int' })
  size!: number;

  @Column({ type: 'uuid' })
  renderedById!: string;

  @Column({ type: 'timestamptz' })
  renderedAt!: Date;
}

export type SignerCapacity = 'OFFICIAL' | 'HEAD';

/** An accepted signature of a published revision: the signed file and what its verification found. */
@Entity('record_signature')
@Index('UQ_record_signature_capacity', ['evaluationId', 'revision', 'capacity'], { unique: true })
export class RecordSignatureEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'uuid' })
  evaluationId!: string;

  @Column({ type: 'int' })
  revision!: number;

  @Column({ type: 'text' })
  capacity!: SignerCapacity;

  @Column({ type: 'uuid' })
  renditionId!: string;

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
