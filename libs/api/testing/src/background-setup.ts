import { existsSync, readFileSync } from 'node:fs';

/**
 * The jest global setups (tools/testing/global-setup.js, apps/dashboard-e2e/global-setup.js) start
 * slow preparations in the background and return, so the pure tiers need not wait; each publishes
 * its outcome as JSON in the file named by an environment variable. null: not published yet.
 */
export function readPublished<T extends { error?: string }>(envName: string): T | null {
  const file = process.env[envName];
  if (!file || !existsSync(file)) return null;
  const state = JSON.parse(readFileSync(file, 'utf8')) as T;
  if (state.error) throw new Error(state.error);
  return state;
}

/** Waits for a published outcome (polling: the publisher is jest's main process, not this worker). */
export async function awaitPublished<T extends { error?: string }>(envName: string, what: string, timeoutMs = 10 * 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = readPublished<T>(envName);
    if (state) return state;
    if (Date.now() > deadline) throw new Error(`${what} was not ready within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
