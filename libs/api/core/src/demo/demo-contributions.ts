import { Injectable } from '@nestjs/common';

/**
 * Demo data of a feature (assignments, a running pilot, …), layered on the demo city. Each
 * feature registers one in onModuleInit; the demo seeder runs them in `order` after the city, so
 * it only runs in an initialised application (seedDemo in libs/api/shell, used by npm start and
 * npm run seed). Each must be idempotent (seed only what is missing). Never called in production.
 */
export interface DemoContribution {
  name: string;
  /** Lower runs first; the org city is 0. */
  order: number;
  seed(): Promise<void>;
}

@Injectable()
export class DemoContributions {
  private readonly contributions: DemoContribution[] = [];

  register(contribution: DemoContribution): void {
    this.contributions.push(contribution);
  }

  all(): DemoContribution[] {
    return [...this.contributions].sort((a, b) => a.order - b.order);
  }
}
