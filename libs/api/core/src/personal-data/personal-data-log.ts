import { Injectable } from '@nestjs/common';
import { PersonalDataKind } from '@ketqua/domain';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../time/clock';

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

/**
 * Writes access-log rows in bulk: one INSERT per request however many people it read, the rows
 * passed as one JSON parameter (no per-row parameters, no entity mapping, no RETURNING).
 */
export async function insertPersonalDataAccesses(manager: EntityManager, rows: readonly PersonalDataAccessRow[], occurredAt: Date): Promise<void> {
  if (rows.length === 0) return;
  await manager.query(
    `INSERT INTO personal_data_access (occurred_at, viewer_id, viewer_role, subject_id, kind, record_ids, field_groups, operation, purpose)
     SELECT $1, x.viewer_id, x.viewer_role, x.subject_id, x.kind, x.record_ids, x.field_groups, x.operation, x.purpose
       FROM jsonb_to_recordset($2::jsonb) AS x(viewer_id uuid, viewer_role text, subject_id uuid, kind text, record_ids uuid[], field_groups text[], operation text, purpose text)`,
    [
      occurredAt,
      JSON.stringify(
        rows.map((r) => ({
          viewer_id: r.viewerId,
          viewer_role: r.viewerRole,
          subject_id: r.subjectId,
          kind: r.kind,
          record_ids: r.recordIds,
          field_groups: r.fieldGroups,
          operation: r.operation,
          purpose: r.purpose,
        })),
      ),
    ],
  );
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
