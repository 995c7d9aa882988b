/**
 * Time left to answer a spot check. The device's clock may be wrong, so when the prompt arrived
 * live we count from the server's own promptedAt: the window left at arrival, less the time the
 * device has seen pass since. A check loaded later (after a reload) falls back to the device clock.
 */
export interface PromptTiming {
  answerBy: string;
  promptedAt: string | null;
  /** Device time (ms) when the live prompt arrived; null when the check came from a query. */
  receivedAtMs: number | null;
}

export function secondsLeft(timing: PromptTiming, nowMs: number): number {
  const answerBy = Date.parse(timing.answerBy);
  if (timing.receivedAtMs !== null && timing.promptedAt) {
    const atArrival = answerBy - Date.parse(timing.promptedAt);
    return Math.max(0, Math.floor((atArrival - (nowMs - timing.receivedAtMs)) / 1000));
  }
  return Math.max(0, Math.floor((answerBy - nowMs) / 1000));
}

/** 14:05, or 1:02:03 past an hour. */
export function formatCountdown(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${String(minutes).padStart(2, '0')}:${rest}`;
}
