/** Exponential back-off with jitter, so retries from many jobs do not line up into bursts. */
export interface BackoffOptions {
  /** First delay. @default 500 */
  baseMs?: number;
  /** Largest delay. @default 30000 */
  capMs?: number;
  /** Source of randomness in [0, 1). @default Math.random */
  random?: () => number;
}

/** attempt 0 → about baseMs; each attempt doubles, capped; the result is uniformly in [d/2, d]. */
export function backoffDelay(attempt: number, opts: BackoffOptions = {}): number {
  const base = opts.baseMs ?? 500;
  const cap = opts.capMs ?? 30_000;
  const random = opts.random ?? Math.random;
  const d = Math.min(cap, base * 2 ** Math.max(0, attempt));
  return Math.round(d / 2 + (d / 2) * random());
}
