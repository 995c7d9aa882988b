import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';

type Callback = () => void | Promise<void>;

/**
 * Runs side effects (live pushes, e-mail) only once the transaction that caused them has
 * committed, and drops them if it rolls back: nobody is told about a change that did not happen.
 */
@Injectable()
export class AfterCommit implements EntitySubscriberInterface, OnModuleInit {
  private readonly logger = new Logger(AfterCommit.name);
  private readonly pending = new WeakMap<QueryRunner, Callback[]>();
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    if (!this.dataSource.subscribers.includes(this)) this.dataSource.subscribers.push(this);
  }

  /** Outside a transaction the callback runs at once. */
  run(tx: EntityManager, callback: Callback): void {
    const runner = tx.queryRunner;
    if (!runner?.isTransactionActive) {
      void this.safely(callback);
      return;
    }
    const list = this.pending.get(runner) ?? [];
    list.push(callback);
    this.pending.set(runner, list);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    // A savepoint released inside a transaction that is still open: nothing is committed yet.
    if (event.queryRunner.isTransactionActive) return;
    const list = this.pending.get(event.queryRunner);
    this.pending.delete(event.queryRunner);
    for (const callback of list ?? []) void this.safely(callback);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (event.queryRunner.isTransactionActive) return; // back to a savepoint; the transaction goes on
    this.pending.delete(event.queryRunner);
  }

  /** Waits for the side effects under way: a CLI that exits right after a change must not drop its live push. */
  async drain(): Promise<void> {
    while (this.running.size) await Promise.all([...this.running]);
  }

  private safely(callback: Callback): Promise<void> {
    const run = (async () => {
      try {
        await callback();
      } catch (error) {
        this.logger.error(`after-commit callback failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    })();
    this.running.add(run);
    void run.finally(() => this.running.delete(run));
    return run;
  }
}
