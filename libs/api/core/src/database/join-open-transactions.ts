import { Injectable } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, EntityManager, QueryRunner } from 'typeorm';

const openTransaction = new AsyncLocalStorage<QueryRunner>();
const PATCHED = Symbol('ketqua.joinOpenTransactions');

/**
 * Inside `dataSource.transaction(work)`, a query made through the data source itself (a
 * repository, `dataSource.query`, a service that was not handed the transaction's manager, such as
 * the scope or calendar lookups) joins the open transaction instead of taking a second connection.
 *
 * Why: the embedded database has a single session, so a second connection waits for the open
 * transaction to end while the transaction waits for that query: a deadlock that a real server
 * never shows. On a server the second connection would also read around the transaction's own
 * uncommitted writes. Joining gives both databases the same, expected behaviour. A
 * `transaction()` opened inside another becomes a savepoint of it.
 */
export function joinOpenTransactions(dataSource: DataSource): DataSource {
  const marked = dataSource as DataSource & { [PATCHED]?: true };
  if (marked[PATCHED]) return dataSource;
  marked[PATCHED] = true;

  const createQueryRunner = dataSource.createQueryRunner.bind(dataSource);
  dataSource.createQueryRunner = (mode) => {
    const runner = openTransaction.getStore();
    return runner && !runner.isReleased && runner.isTransactionActive ? borrowed(runner) : createQueryRunner(mode);
  };

  const manager = dataSource.manager;
  const transaction = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  // transaction(work) or transaction(isolation, work); DataSource.transaction passes both slots.
  manager.transaction = ((first: unknown, second?: unknown) => {
    const [isolation, work] = (typeof first === 'function' ? [undefined, first] : [first, second]) as [unknown, (tx: EntityManager) => Promise<unknown>];
    const inContext = (tx: EntityManager) => (tx.queryRunner ? openTransaction.run(tx.queryRunner, () => work(tx)) : work(tx));
    return isolation === undefined ? transaction(inContext) : transaction(isolation, inContext);
  }) as EntityManager['transaction'];
  return dataSource;
}

/** true inside `dataSource.transaction(work)` (of a data source patched by {@link joinOpenTransactions}). */
export function inOpenTransaction(): boolean {
  const runner = openTransaction.getStore();
  return !!runner && !runner.isReleased && runner.isTransactionActive;
}

/** The open transaction's runner, which the borrower must not release (its owner will). */
function borrowed(runner: QueryRunner): QueryRunner {
  return new Proxy(runner, {
    get: (target, property) => (property === 'release' ? async () => undefined : Reflect.get(target, property)),
    set: (target, property, value) => Reflect.set(target, property, value),
  });
}

/** Applies {@link joinOpenTransactions} to the application's data source as soon as it exists. */
@Injectable()
export class JoinOpenTransactions {
  constructor(dataSource: DataSource) {
    joinOpenTransactions(dataSource);
  }
}
