import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { dataSourceOptions, DatabaseConnectionSettings } from './data-source-options';
import { inOpenTransaction } from './join-open-transactions';

/**
 * Where heavy reads go (issue 13): reports, exports, dashboards' aggregates, the evaluation board.
 * With DATABASE_READ_URL set, a PostgreSQL streaming replica (hot standby); without it, the primary.
 *
 *   constructor(private readonly read: ReadDatabase) {}
 *   const rows = await this.read.query<Row>(`SELECT … FROM assignment WHERE …`, [unitId]);
 *   // or, with entities: this.read.manager.createQueryBuilder(AssignmentEntity, 'a')…
 *
 * Rules, so a read never misses a write it depends on:
 * - inside a transaction (`dataSource.transaction(…)`, every mutation) the read goes to the primary
 *   and joins that transaction: transactions never touch the replica;
 * - use it only for reads that tolerate the replica's lag (usually well under a second): never for
 *   the sign-in, sessions, scope checks, a version check before a write, or a read-back right after
 *   one — those keep the DataSource / repositories (always the primary);
 * - the replica connection is read-only (`default_transaction_read_only`): a write sent through
 *   here fails, on the stand-in database of the tests as on a real standby.
 */
@Injectable()
export class ReadDatabase implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(ReadDatabase.name);
  private replica: DataSource | null = null;

  constructor(
    private readonly primary: DataSource,
    private readonly settings: DatabaseConnectionSettings,
  ) {}

  /** true when reads outside transactions go to DATABASE_READ_URL. */
  get onReplica(): boolean {
    return this.replica !== null;
  }

  async onModuleInit(): Promise<void> {
    if (!this.settings.readUrl || !this.primary.isInitialized) return;
    const replica = new DataSource({
      ...dataSourceOptions({ url: this.settings.readUrl, poolSize: this.settings.readPoolSize ?? this.settings.poolSize, embedded: false }),
      migrations: [],
      // The primary's entities, so query builders over entities work on the replica too.
      entities: this.primary.entityMetadatas.map((m) => m.target),
      extra: {
        max: this.settings.readPoolSize ?? this.settings.poolSize,
        application_name: 'ketqua-read',
        options: '-c default_transaction_read_only=on',
      },
    });
    await replica.initialize();
    this.replica = replica;
    this.logger.log('heavy reads go to DATABASE_READ_URL (read replica)');
  }

  async onApplicationShutdown(): Promise<void> {
    const replica = this.replica;
    this.replica = null;
    if (replica?.isInitialized) await replica.destroy();
  }

  /** The data source a read made now goes to: the replica, or the primary inside a transaction or without one. */
  get source(): DataSource {
    return this.replica && !inOpenTransaction() ? this.replica : this.primary;
  }

  /** An entity manager for query builders and find(), on {@link source}. */
  get manager(): EntityManager {
    return this.source.manager;
  }

  /** A read-only SQL query on {@link source}. */
  query<T = Record<string, unknown>>(sql: string, parameters?: unknown[]): Promise<T[]> {
    return this.source.query(sql, parameters) as Promise<T[]>;
  }
}
