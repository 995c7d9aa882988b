import DataLoader from 'dataloader';
import { DataSource, EntityTarget, FindOptionsSelect, In, ObjectLiteral, Repository } from 'typeorm';

/**
 * Columns a loader never reads: a row loaded to show a name or a unit must not carry a password hash
 * through the request (and the hash is the widest column of app_user).
 */
const NEVER_LOADED = new Set(['password_hash']);

/** Every column of the entity but the secret ones, as a TypeORM select (undefined: the entity has none). */
export function withoutSecrets<E extends ObjectLiteral>(repository: Repository<E>): FindOptionsSelect<E> | undefined {
  const columns = repository.metadata.columns;
  if (!columns.some((c) => NEVER_LOADED.has(c.databaseName))) return undefined;
  return Object.fromEntries(columns.filter((c) => !NEVER_LOADED.has(c.databaseName)).map((c) => [c.propertyPath, true])) as FindOptionsSelect<E>;
}

/**
 * Per-request DataLoaders (N+1 is a bug): one batched `WHERE id IN (...)` per entity type and
 * tick, and each row loaded at most once per request. Built fresh in every GraphQL context.
 */
export class Loaders {
  private readonly byIdLoaders = new Map<EntityTarget<ObjectLiteral>, DataLoader<string, ObjectLiteral | null>>();
  private readonly custom = new Map<string, DataLoader<unknown, unknown>>();

  constructor(private readonly dataSource: DataSource) {}

  byId<E extends { id: string }>(entity: EntityTarget<E>): DataLoader<string, E | null> {
    let loader = this.byIdLoaders.get(entity);
    if (!loader) {
      loader = new DataLoader<string, ObjectLiteral | null>(async (ids) => {
        const repository = this.dataSource.getRepository(entity);
        const rows = await repository.find({ select: withoutSecrets(repository), where: { id: In([...ids]) } as never });
        const byId = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => byId.get(id) ?? null);
      });
      this.byIdLoaders.set(entity, loader);
    }
    return loader as unknown as DataLoader<string, E | null>;
  }

  /** A named loader a module defines itself (e.g. counts per unit); created once per request. */
  named<K, V>(name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    let loader = this.custom.get(name);
    if (!loader) {
      loader = new DataLoader<K, V>(batch) as DataLoader<unknown, unknown>;
      this.custom.set(name, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

/** What every resolver finds in `@Context()`. */
export interface GraphQLContext {
  req: { user?: import('../auth/auth-user').AuthUser; headers: Record<string, string | string[] | undefined> };
  loaders: Loaders;
}
