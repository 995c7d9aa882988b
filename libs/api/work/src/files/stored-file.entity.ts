import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { DeliverableEntity } from '../deliverable/deliverable.entity';
import { UserEntity } from '@ketqua/api/core';

/**
 * An uploaded file (PRODUCT.md 4.3: size, type and SHA-256), stored under
 * KETQUA_DATA_DIR/files. It belongs to its uploader until attached to a deliverable or assignment.
 */
@Entity('stored_file')
@Index('IDX_stored_file_deliverable', ['deliverableId'])
export class StoredFileEntity {
  /** Chosen before the bytes are written, so the path on disk is known while streaming. */
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  uploaderId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn()
  uploader?: UserEntity;

  @Column({ type: 'text' })
  originalName!: string;

  /** Detected from the content, not taken from the client. */
  @Column({ type: 'text' })
  mediaType!: string;

  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  size!: number;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  /** Relative to KETQUA_DATA_DIR/files. */
  @Column({ type: 'text' })
  storagePath!: string;

  @Column({ type: 'uuid', nullable: true })
  deliverableId!: string | null;

  @ManyToOne(() => DeliverableEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn()
  deliverable?: DeliverableEntity | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  /** When the retention job deleted the bytes (the row, its name, size and SHA-256 stay). */
  @Column({ type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;
}
