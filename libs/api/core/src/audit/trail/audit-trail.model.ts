import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { canonicalJson } from '../audit-chain';
import { AuditEventEntity } from '../audit-event.entity';

@ObjectType({ description: 'One event of the hash-chained audit trail (nhật ký kiểm toán), as stored.' })
export class AuditEvent {
  @Field({ description: 'Position in the chain (a bigint, as text).' }) seq!: string;
  @Field(() => GraphQLISODateTime) occurredAt!: Date;
  @Field(() => ID, { nullable: true, description: 'Who did it; null for the system (seed, background jobs).' }) actorId!: string | null;
  @Field({ description: 'e.g. org.official.updated' }) action!: string;
  @Field() entityType!: string;
  @Field(() => String, { nullable: true }) entityId!: string | null;
  @Field({ description: 'What changed: the stored event data as canonical JSON (the text the hash covers).' }) data!: string;
  @Field() prevHash!: string;
  @Field() hash!: string;

  static from(e: AuditEventEntity): AuditEvent {
    return Object.assign(new AuditEvent(), {
      seq: String(e.seq),
      occurredAt: e.occurredAt,
      actorId: e.actorId,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      data: canonicalJson(e.data),
      prevHash: e.prevHash,
      hash: e.hash,
    });
  }
}

@ObjectType({ description: 'The chain recomputed now from its first event (audit-verifier.ts), and its head.' })
export class AuditChainStatus {
  @Field({ description: 'Every hash recomputes and the head matches the last event.' }) ok!: boolean;
  @Field(() => Int) eventsChecked!: number;
  @Field(() => String, { nullable: true, description: 'The first broken event, when not ok.' }) brokenAtSeq!: string | null;
  @Field(() => String, { nullable: true }) brokenReason!: string | null;
  @Field({ description: 'Sequence of the last event, as the head row records it.' }) headSeq!: string;
  @Field({ description: 'Hash of the last event, as the head row records it: compare with an archived copy.' }) headHash!: string;
  @Field(() => GraphQLISODateTime) verifiedAt!: Date;
}
