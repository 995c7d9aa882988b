import { Injectable } from '@nestjs/common';
import { Clock } from '../time/clock';

/** What /health says about one adapter to a system beside Ketqua (mail, single sign-on, signatures, …). */
export interface AdapterState {
  /** Its environment variables are set: Ketqua uses it. */
  configured: boolean;
  /** Answered the last probe; null when not configured (nothing to reach). */
  reachable: boolean | null;
  /** Why it is not reachable, in an operator's words (never a secret). */
  detail?: string;
  /** When the probe answered (a success is kept for a few seconds). */
  checkedAt?: string;
}

/**
 * Port (core) every adapter implements so that /health shows its state. An adapter registers
 * itself in AdapterHealth (onModuleInit); /health probes them all in parallel, each bounded by a
 * timeout, and never lets one slow system hold the answer.
 */
export abstract class AdapterProbe {
  /** Key in /health's `adapters` section: `mail`, `sso`, `signatures`, `documents`. */
  abstract readonly adapterName: string;
  abstract readonly configured: boolean;
  /** Resolves when the counterpart answers; rejects with a short reason otherwise. */
  abstract probe(): Promise<void>;
}

const PROBE_TIMEOUT_MS = 3000;
const CACHE_MS = 10_000;

@Injectable()
export class AdapterHealth {
  private readonly probes = new Map<string, AdapterProbe>();
  private readonly cache = new Map<string, { at: number; state: AdapterState }>();

  constructor(private readonly clock: Clock) {}

  register(probe: AdapterProbe): void {
    this.probes.set(probe.adapterName, probe);
  }

  /** Every registered adapter's state, keyed by name, in name order. */
  async states(): Promise<Record<string, AdapterState>> {
    const names = [...this.probes.keys()].sort();
    const states = await Promise.all(names.map((name) => this.stateOf(this.probes.get(name) as AdapterProbe)));
    return Object.fromEntries(names.map((name, i) => [name, states[i]]));
  }

  private async stateOf(probe: AdapterProbe): Promise<AdapterState> {
    if (!probe.configured) return { configured: false, reachable: null };
    const cached = this.cache.get(probe.adapterName);
    // Only a success is kept a few seconds: a counterpart that was down is asked again at once.
    if (cached && performance.now() - cached.at < CACHE_MS) return cached.state;
    let state: AdapterState;
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        probe.probe(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS);
        }),
      ]);
      state = { configured: true, reachable: true, checkedAt: this.clock.now().toISOString() };
    } catch (error) {
      state = { configured: true, reachable: false, detail: (error as Error).message.slice(0, 200), checkedAt: this.clock.now().toISOString() };
    } finally {
      clearTimeout(timer);
    }
    if (state.reachable) this.cache.set(probe.adapterName, { at: performance.now(), state });
    else this.cache.delete(probe.adapterName);
    return state;
  }
}
