import { Injectable } from '@nestjs/common';

/** Vietnam has used UTC+7 without daylight saving since 1975. */
const HCM_OFFSET_MS = 7 * 3600_000;

/**
 * The one source of "now". Tests replace it (`setNow`) to move time instead of waiting;
 * everything that depends on the date or hour asks the Clock.
 */
@Injectable()
export class Clock {
  private fixed: Date | null = null;

  now(): Date {
    return this.fixed ? new Date(this.fixed) : new Date();
  }

  /** Today's date in Asia/Ho_Chi_Minh as YYYY-MM-DD. */
  today(): string {
    return new Date(this.now().getTime() + HCM_OFFSET_MS).toISOString().slice(0, 10);
  }

  /** For tests and demos only. */
  setNow(instant: Date | null): void {
    this.fixed = instant ? new Date(instant) : null;
  }
}
