import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Append-only, hash-chained audit trail (PRODUCT.md 5). `seq` orders the chain; `hash` is the
 * SHA-256 of the previous hash and this event's canonical content (see audit-chain.ts).
 * A trigger in the migration refuses UPDATE and DELETE.
 */
@Entity('audit_event')
// One index per filter of the audit-trail page, each ending in seq so "newest first" reads the index in order.
@Index('IDX_audit_event_actor_seq', ['actorId', 'seq'])
@Index('IDX_audit_event_entity_seq', ['entityType', 'entityId', 'seq'])
@Index('IDX_audit_event_occurred_at', ['occurredAt'])
export class AuditEventEntity {
  @PrimaryColumn({ type: 'bigint' })
  seq!: number;

  @Column({ type: 'timestamptz' })
  occurredAt!: Date;

  /** Null for the system itself (seed, background jobs). */
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  /** e.g. org.official.created */
  @Index()
  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'text' })
  entityType!: string;

  @Index()
  @Column({ type: 'text', nullable: true })
  entityId!: string | null;

  @Column({ type: 'jsonb' })
  data!: object;

  @Column({ type: 'text' })
  prevHash!: string;

  @Column({ type: 'text' })
  hash!: string;
}

/** The single row that serialises appends: updating it takes the row lock that orders the chain. */
@Entity('audit_chain_head')
@Check('CHK_audit_chain_head_single_row', `"id" = 1`)
export class AuditChainHeadEntity {
  @PrimaryColumn({ type: 'int' })
  id!: number;

  @Column({ type: 'bigint' })
  lastSeq!: number;

  @Column({ type: 'text' })
  lastHash!: string;
}
