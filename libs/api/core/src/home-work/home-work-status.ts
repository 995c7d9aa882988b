import type { LocalDate } from '@ketqua/domain';
import { EntityManager } from 'typeorm';

/**
 * Port (core) through which the evaluation module learns who worked from home in a period (PRODUCT
 * 4.1 workload parity) without importing the pilot feature. The pilot module provides it.
 */
export abstract class HomeWorkStatusSource {
  /**
   * Of `officialIds`, those with an approved home-work enrollment overlapping [from, to] (approved
   * then, even if suspended or ended later inside the period). Reads through `tx` when given.
   */
  abstract homeWorkersIn(officialIds: readonly string[], period: { from: LocalDate; to: LocalDate }, tx?: EntityManager): Promise<string[]>;
}
