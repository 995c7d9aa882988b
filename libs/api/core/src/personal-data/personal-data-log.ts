import { Injectable } from '@nestjs/common';
import { PersonalDataKind } from '@ketqua/domain';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../time/clock';
import { PersonalDataAccessEntity } from './personal-data-access.entity';

export interface PersonalDataAccessRow {
  viewerId: string;
  viewerRole: string;
  subjectId: string | null;
  kind: PersonalDataKind;
  recordIds: string[];
  fieldGroups: string[];
  operation: string;
  purpose: string | null;
}

/** At most this many rows per INSERT (a list page is at most 200 records, of at most 200 people). */
const CHUNK = 500;

/** Writes access-log rows in bulk: one INSERT per request however many people it read. */
export async function insertPersonalDataAccesses(manager: EntityManager, rows: readonly PersonalDataAccessRow[], occurredAt: Date): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await manager.insert(
      PersonalDataAccessEntity,
      rows.slice(i, i + CHUNK).map((r) => ({ ...r, occurredAt })),
    );
  }
}

/**
 * The access log, for writers outside GraphQL field reads (exports, data downloads): call it with
 * the transaction of the audit event, so both commit together.
 */
@Injectable()
export class PersonalDataLog {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  record(manager: EntityManager | null, rows: readonly PersonalDataAccessRow[]): Promise<void> {
    if (rows.length === 0) return Promise.resolve();
    return insertPersonalDataAccesses(manager ?? this.dataSource.manager, rows, this.clock.now());
  }
}
