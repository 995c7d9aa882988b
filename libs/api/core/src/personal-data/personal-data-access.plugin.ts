import type { ApolloServerPlugin } from '@apollo/server';
import { Logger } from '@nestjs/common';
import { isLoggedAccess, PersonalDataKind } from '@ketqua/domain';
import { defaultFieldResolver, GraphQLObjectType, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { Clock } from '../time/clock';
import { insertPersonalDataAccesses, PersonalDataAccessRow } from './personal-data-log';
import { personalRecordTypes } from './personal-record';

/** Fields that only identify a record: reading them alone still logs the record, but they name no field group. */
const KEY_FIELDS = new Set(['id', '__typename', 'officialId', 'unitId', 'agencyId', 'periodId', 'pilotId']);

interface Read {
  kind: PersonalDataKind;
  subjectId: string;
  records: Set<string>;
  fields: Set<string>;
}

/** The personal records a request's fields read, noted as GraphQL resolves them; written once at the end. */
export class PersonalDataReads {
  private readonly reads = new Map<string, Read>();

  note(kind: PersonalDataKind, subjectId: unknown, recordId: unknown, field: string): void {
    if (typeof subjectId !== 'string') return;
    const key = `${kind}:${subjectId}`;
    let read = this.reads.get(key);
    if (!read) {
      read = { kind, subjectId, records: new Set(), fields: new Set() };
      this.reads.set(key, read);
    }
    if (typeof recordId === 'string') read.records.add(recordId);
    if (!KEY_FIELDS.has(field)) read.fields.add(field);
  }

  /** The rows to write for this viewer: one per subject and kind, none for the viewer's own records or a role not logged. */
  rows(user: AuthUser, operation: string, purpose: string | null): PersonalDataAccessRow[] {
    const rows: PersonalDataAccessRow[] = [];
    for (const read of this.reads.values()) {
      if (!isLoggedAccess(user.role, user.id, read.subjectId)) continue;
      rows.push({
        viewerId: user.id,
        viewerRole: user.role,
        subjectId: read.subjectId,
        kind: read.kind,
        recordIds: [...read.records].sort(),
        fieldGroups: [...read.fields].sort(),
        operation,
        purpose,
      });
    }
    return rows;
  }
}

interface ContextWithReads {
  req?: { user?: AuthUser; headers?: Record<string, string | string[] | undefined> };
  personalData?: PersonalDataReads;
}

/**
 * Wraps the fields of every @PersonalRecord type (and only those: other types resolve untouched)
 * so that resolving one notes (kind, subject, record, field) in the request's PersonalDataReads.
 */
export function notePersonalRecordReads(schema: GraphQLSchema): GraphQLSchema {
  for (const [typeName, spec] of personalRecordTypes()) {
    const type = schema.getType(typeName);
    if (!(type instanceof GraphQLObjectType)) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: ContextWithReads, info) => {
        const record = source as Record<string, unknown> | null;
        if (record) context?.personalData?.note(spec.kind, record[spec.subject], record['id'], info.fieldName);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}

function operationLabel(operation: OperationDefinitionNode | undefined, name: string | undefined): string {
  if (name) return name.slice(0, 100);
  const first = operation?.selectionSet.selections.find((s) => s.kind === 'Field');
  return `${operation?.operation ?? 'query'} ${first && first.kind === 'Field' ? first.name.value : ''}`.trim();
}

/**
 * Writes the request's reads of other people's records to personal_data_access before the answer
 * leaves (one bulk INSERT, none when nothing logged was read): the person can then see who read
 * their data ("Ai đã xem dữ liệu của tôi") and the administrator every access.
 */
export function personalDataAccessPlugin(dataSource: DataSource, clock: Clock): ApolloServerPlugin<ContextWithReads> {
  const logger = new Logger('PersonalDataAccess');
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operation, operationName }) {
          const user = contextValue.req?.user;
          const reads = contextValue.personalData;
          if (!user || !reads) return;
          // The purpose the caller stated (X-Ketqua-Purpose), checked by the guard before any field was read.
          const rows = reads.rows(user, operationLabel(operation, operationName ?? undefined), user.purpose ?? null);
          if (rows.length === 0) return;
          try {
            // Written before the answer leaves, without waiting for the WAL flush: a list's cost was the commit's
            // fsync (about 25 ms of 30 on a busy server), not the INSERT. PostgreSQL flushes within
            // wal_writer_delay (200 ms); only a crash of the database server inside that window could lose the row.
            await dataSource.transaction(async (tx) => {
              await tx.query(`SET LOCAL synchronous_commit TO OFF`);
              await insertPersonalDataAccesses(tx, rows, clock.now());
            });
          } catch (error) {
            logger.error(`access log not written for ${user.id}: ${error instanceof Error ? error.message : String(error)}`);
          }
        },
      };
    },
  };
}
