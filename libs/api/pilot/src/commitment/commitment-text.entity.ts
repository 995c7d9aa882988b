import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A published version of the commitment (cam kết) an official accepts to enrol (PRODUCT.md 4.1).
 * Versions are never edited: an enrollment records the version it accepted.
 */
@Entity('commitment_text')
@Check('CHK_commitment_text_version', `"version" >= 1`)
export class CommitmentTextEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('UQ_commitment_text_version', { unique: true })
  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'text' })
  title!: string;

  /** The Vietnamese text, the one officials commit to. */
  @Column({ type: 'text' })
  body!: string;

  /** A translation for the English UI; the Vietnamese text prevails. */
  @Column({ type: 'text', nullable: true })
  bodyEn!: string | null;

  @Column({ type: 'timestamptz' })
  publishedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  publishedById!: string | null;
}
