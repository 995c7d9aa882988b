import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IncomingDocumentEntity } from '../incoming-document.entity';

export enum IncomingDocumentStatusKind {
  DRAFT = 'DRAFT',
  CONFIRMED = 'CONFIRMED',
  DISMISSED = 'DISMISSED',
}
registerEnumType(IncomingDocumentStatusKind, { name: 'IncomingDocumentStatus', description: 'chờ xác nhận · đã giao thành nhiệm vụ · bỏ qua' });

@ObjectType({ description: 'Văn bản đến from the document system: a draft assignment for the unit head to confirm.' })
export class IncomingDocument {
  @Field(() => ID) id!: string;
  @Field({ description: 'The system it came from.' }) source!: string;
  @Field({ description: "The document's id in that system." }) externalId!: string;
  @Field(() => ID) unitId!: string;
  @Field({ description: 'Số' }) number!: string;
  @Field({ description: 'Ký hiệu' }) symbol!: string;
  @Field({ description: 'Số/ký hiệu as an assignment keeps it, e.g. 125/SNV-CCVC.' }) sourceDocument!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) summary!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) issuedOn!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the deadline the document asks for.' }) dueOn!: string | null;
  @Field(() => IncomingDocumentStatusKind) status!: IncomingDocumentStatusKind;
  @Field(() => GraphQLISODateTime) pulledAt!: Date;
  @Field(() => [ID], { description: 'The assignments made when it was confirmed.' }) assignmentIds!: string[];
  @Field(() => Int) version!: number;

  static from(e: IncomingDocumentEntity): IncomingDocument {
    return Object.assign(new IncomingDocument(), {
      id: e.id,
      source: e.source,
      externalId: e.externalId,
      unitId: e.unitId,
      number: e.number,
      symbol: e.symbol,
      sourceDocument: `${e.number}/${e.symbol}`,
      title: e.title,
      summary: e.summary,
      issuedOn: e.issuedOn,
      dueOn: e.dueOn,
      status: e.status as IncomingDocumentStatusKind,
      pulledAt: e.pulledAt,
      assignmentIds: e.assignmentIds,
      version: e.version,
    });
  }
}

@ObjectType({ description: 'A document the pull left out, and why.' })
export class SkippedIncomingDocument {
  @Field({ description: "The document's id as sent (or its position when it had none)." }) externalId!: string;
  @Field() reason!: string;
}

@ObjectType({ description: 'What one pull from the document system did.' })
export class IncomingDocumentPull {
  @Field(() => Int, {
    description: 'Documents the system answered for the units in your scope (every document for ADMIN, city-wide HR and the scheduled pull).',
  })
  fetched!: number;
  @Field(() => Int, { description: 'New draft assignments.' }) created!: number;
  @Field(() => Int, { description: 'Documents already pulled before (never duplicated).' }) alreadyKnown!: number;
  @Field(() => [SkippedIncomingDocument], {
    description: 'Documents of your scope left out, with the reason (those naming no unit of Ketqua: for ADMIN, city-wide HR and the scheduled pull).',
  })
  skipped!: SkippedIncomingDocument[];
}
