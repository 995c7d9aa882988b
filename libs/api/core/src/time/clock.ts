import { Injectable } from '@nestjs/common';
import { LocalDate, toLocalDate } from '@ketqua/domain';

/**
 * The one source of "now". Tests replace it (`setNow`) to move time instead of waiting;
 * everything that depends on the date or hour asks the Clock. The day arithmetic in
 * Asia/Ho_Chi_Minh lives once, in libs/domain (local-date); a lint rule (ketqua/clock-only-now)
 * refuses `new Date()` and `Date.now()` anywhere else in the API.
 */
@Injectable()
export class Clock {
  private fixed: Date | null = null;

  now(): Date {
    return this.fixed ? new Date(this.fixed) : new Date();
  }

  /** Today's date in Asia/Ho_Chi_Minh as YYYY-MM-DD. */
  today(): LocalDate {
    return toLocalDate(this.now());
  }

  /** `ms` milliseconds from now (token and lock expiries). */
  after(ms: number): Date {
    return new Date(this.now().getTime() + ms);
  }

  /** For tests and demos only. */
  setNow(instant: Date | null): void {
    this.fixed = instant ? new Date(instant) : null;
  }
}
