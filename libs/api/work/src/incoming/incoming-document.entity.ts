import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

export type IncomingDocumentStatus = 'DRAFT' | 'CONFIRMED' | 'DISMISSED';

/** An incoming document from the document system: a draft assignment until the unit's head confirms or dismisses it. */
@Entity('incoming_document')
@Index('UQ_incoming_document_source', ['source', 'externalId'], { unique: true })
export class IncomingDocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  /** Which system it came from (the adapter's name, e.g. "qlvb"). */
  @Column({ type: 'text' })
  source!: string;

  /** The document's id in that system: with `source`, the key that is never imported twice. */
  @Column({ type: 'text' })
  externalId!: string;

  @Column({ type: 'uuid' })
  unitId!: string;

  /** Số (the document's number). */
  @Column({ type: 'text' })
  number!: string;

  /** Ký hiệu (the document's symbol). */
  @Column({ type: 'text' })
  symbol!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  summary!: string | null;

  @Column({ type: 'date', nullable: true })
  issuedOn!: string | null;

  @Column({ type: 'date', nullable: true })
  dueOn!: string | null;

  @Column({ type: 'text', default: 'DRAFT' })
  status!: IncomingDocumentStatus;

  @Column({ type: 'timestamptz' })
  pulledAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  decidedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  assignmentIds!: string[];

  @VersionColumn()
  version!: number;
}
