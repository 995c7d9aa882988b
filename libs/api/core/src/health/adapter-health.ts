import { Injectable } from '@nestjs/common';

/** What /health says of one adapter to a city system: set up by configuration, and answering. */
export interface AdapterState {
  name: string;
  configured: boolean;
  reachable: boolean;
}

type Probe = () => Promise<Omit<AdapterState, 'name'>>;

/**
 * Each adapter (digital signatures, document system, …) registers a probe here; GET /health lists
 * them under `adapters`. A probe that throws or takes longer than 2 s counts as unreachable.
 */
@Injectable()
export class AdapterHealth {
  private readonly probes = new Map<string, Probe>();

  register(name: string, probe: Probe): void {
    this.probes.set(name, probe);
  }

  async states(): Promise<AdapterState[]> {
    return Promise.all(
      [...this.probes.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(async ([name, probe]) => {
          let timer: NodeJS.Timeout | undefined;
          try {
            const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), 2000)));
            return { name, ...(await Promise.race([probe(), timeout])) };
          } catch {
            return { name, configured: true, reachable: false };
          } finally {
            clearTimeout(timer);
          }
        }),
    );
  }
}
