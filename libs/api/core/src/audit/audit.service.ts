import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../time/clock';
import { auditEventHash, normaliseAuditData } from './audit-chain';
import { AuditChainHeadEntity, AuditEventEntity } from './audit-event.entity';

export interface AuditRecord {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  data?: unknown;
}

/**
 * Appends to the hash-chained audit trail. Call it with the EntityManager of the transaction that
 * makes the change, so the change and its audit event commit or roll back together.
 */
@Injectable()
export class AuditService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async record(manager: EntityManager, record: AuditRecord): Promise<AuditEventEntity> {
    if (!manager.queryRunner?.isTransactionActive) {
      return this.dataSource.transaction((tx) => this.record(tx, record));
    }
    // FOR UPDATE on the single head row orders concurrent appends: the second waits for the first
    // to commit and then reads the new head, so the chain never forks.
    const head = await manager.getRepository(AuditChainHeadEntity).createQueryBuilder('h').setLock('pessimistic_write').where('h.id = 1').getOneOrFail();
    const event = new AuditEventEntity();
    event.seq = Number(head.lastSeq) + 1;
    event.occurredAt = this.clock.now();
    event.actorId = record.actorId;
    event.action = record.action;
    event.entityType = record.entityType;
    event.entityId = record.entityId ?? null;
    event.data = normaliseAuditData(record.data);
    event.prevHash = head.lastHash;
    event.hash = auditEventHash(head.lastHash, event);
    await manager.insert(AuditEventEntity, event);
    await manager.update(AuditChainHeadEntity, { id: 1 }, { lastSeq: event.seq, lastHash: event.hash });
    return event;
  }

  /**
   * Appends `records` in order as record would one by one (same seq, hashes and head), with one
   * lock of the head, bulk inserts and one head update: for bulk writers such as the demo history.
   */
  async recordMany(manager: EntityManager, records: readonly AuditRecord[]): Promise<void> {
    if (records.length === 0) return;
    if (!manager.queryRunner?.isTransactionActive) {
      await this.dataSource.transaction((tx) => this.recordMany(tx, records));
      return;
    }
    const head = await manager.getRepository(AuditChainHeadEntity).createQueryBuilder('h').setLock('pessimistic_write').where('h.id = 1').getOneOrFail();
    let seq = Number(head.lastSeq);
    let prevHash = head.lastHash;
    const occurredAt = this.clock.now();
    const events = records.map((record) => {
      const event = new AuditEventEntity();
      event.seq = seq += 1;
      event.occurredAt = occurredAt;
      event.actorId = record.actorId;
      event.action = record.action;
      event.entityType = record.entityType;
      event.entityId = record.entityId ?? null;
      event.data = normaliseAuditData(record.data);
      event.prevHash = prevHash;
      event.hash = prevHash = auditEventHash(prevHash, event);
      return event;
    });
    for (let i = 0; i < events.length; i += 500) await manager.insert(AuditEventEntity, events.slice(i, i + 500));
    await manager.update(AuditChainHeadEntity, { id: 1 }, { lastSeq: seq, lastHash: prevHash });
  }
}
