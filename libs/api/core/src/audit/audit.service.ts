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
}
