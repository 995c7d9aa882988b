import { ThrottlerStorage } from '@nestjs/throttler';
import { DataSource } from 'typeorm';

/**
 * @nestjs/throttler's counters in PostgreSQL instead of process memory, so every API instance
 * counts the same hits (the API stays stateless). One fixed window per key; the count, the window
 * and the block are decided by one atomic upsert, so parallel requests cannot slip past the limit.
 */
export class PgThrottlerStorage implements ThrottlerStorage {
  private calls = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date,
  ) {}

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): ReturnType<ThrottlerStorage['increment']> {
    const now = this.now();
    // In ON CONFLICT, "b" is the stored row. A window (or block) that has ended starts again at 1;
    // a blocked key stays blocked and is not counted; going over the limit starts the block.
    const [row] = (await this.dataSource.query(
      `INSERT INTO rate_limit_bucket AS b (key, hits, window_ends_at, blocked_until)
       VALUES ($1, 1, $2::timestamptz + $3::float8 * interval '1 millisecond', CASE WHEN 1 > $4::int THEN $2::timestamptz + $5::float8 * interval '1 millisecond' END)
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN b.blocked_until > $2::timestamptz THEN b.hits
                     WHEN b.window_ends_at <= $2::timestamptz OR b.blocked_until IS NOT NULL THEN 1
                     ELSE b.hits + 1 END,
         window_ends_at = CASE WHEN b.blocked_until > $2::timestamptz THEN b.window_ends_at
                               WHEN b.window_ends_at <= $2::timestamptz OR b.blocked_until IS NOT NULL THEN EXCLUDED.window_ends_at
                               ELSE b.window_ends_at END,
         blocked_until = CASE WHEN b.blocked_until > $2::timestamptz THEN b.blocked_until
                              WHEN b.window_ends_at > $2::timestamptz AND b.blocked_until IS NULL AND b.hits + 1 > $4::int THEN $2::timestamptz + $5::float8 * interval '1 millisecond'
                              ELSE NULL END
       RETURNING hits, window_ends_at, blocked_until`,
      [`${throttlerName}:${key}`, now, ttl, limit, blockDuration],
    )) as Array<{ hits: number; window_ends_at: Date; blocked_until: Date | null }>;
    if (++this.calls % 500 === 0) void this.sweep(now);
    const seconds = (d: Date) => Math.max(0, Math.ceil((new Date(d).getTime() - now.getTime()) / 1000));
    const blocked = row.blocked_until !== null && new Date(row.blocked_until) > now;
    return {
      totalHits: row.hits,
      timeToExpire: seconds(row.window_ends_at),
      isBlocked: blocked,
      timeToBlockExpire: blocked ? Math.max(1, seconds(row.blocked_until as Date)) : 0,
    };
  }

  /** Forgets keys whose window and block ended an hour ago; now and then, never in the way. */
  private async sweep(now: Date): Promise<void> {
    const before = new Date(now.getTime() - 3600_000);
    await this.dataSource.query(`DELETE FROM rate_limit_bucket WHERE window_ends_at < $1 AND (blocked_until IS NULL OR blocked_until < $1)`, [before]).catch(() => undefined);
  }
}
