import './pg-types';
import { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';
import { MIGRATIONS } from './migrations';

export interface DatabaseConnectionSettings {
  url: string;
  poolSize: number;
  /** true for PGlite: it has no extensions to install and a single shared session. */
  embedded: boolean;
  /** DATABASE_READ_URL: a streaming replica for the heavy reads of ReadDatabase (never for writes or transactions). */
  readUrl?: string;
  /** Pool of the replica connection (default: poolSize). */
  readPoolSize?: number;
  /**
   * DATABASE_SESSION_URL: a session connection to the primary (direct, or a PgBouncer pool in
   * session mode) for what transaction pooling breaks: the realtime bus's LISTEN and the
   * migrations' session advisory lock. Default: url.
   */
  sessionUrl?: string;
}

/**
 * The one place TypeORM is configured, for the app, the CLIs and the tests alike.
 * `synchronize` is off everywhere: the schema comes from the committed migrations only.
 */
export function dataSourceOptions(settings: DatabaseConnectionSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migration',
    migrationsTransactionMode: 'each',
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    poolSize: settings.poolSize,
    // A request waits at most 10 s for a connection (a hung server, an exhausted pool) and then
    // answers SERVICE_UNAVAILABLE instead of hanging; a refused connection fails at once anyway.
    extra: { max: settings.poolSize, application_name: 'ketqua', connectionTimeoutMillis: 10_000 },
    logging: ['error', 'warn', 'migration'],
  };
}
