import type { TencentClient } from '../../tencent/client.ts';
import { TencentApiError, upstreamOutcome } from '../../tencent/errors.ts';
import type { JobKind } from '../../tencent/job-kinds.ts';
import type { QueryJobResponse } from '../../tencent/types.ts';
import type { RateLimiter } from '../../upstream/rate-limiter.ts';

/**
 * Every Query to Tencent goes through here: one in-flight call per JobId (concurrent callers share
 * it) and one rate budget per action. Failures are never cached: the promise is dropped on settle.
 */
export interface UpstreamQuery {
  /**
   * `granted`: the caller already holds a rate grant for this call (the poller acquires first,
   * then picks the most urgent job).
   */
  query(
    kind: JobKind,
    upstreamJobId: string,
    opts?: { signal?: AbortSignal | undefined; granted?: boolean },
  ): Promise<QueryJobResponse>;
  inFlight(): number;
}

export function createUpstreamQuery(deps: {
  client: TencentClient;
  limiter: RateLimiter;
  /** How long the action pauses after Tencent says RequestLimitExceeded. @default 1000 */
  rateLimitPauseMs?: number;
  onCall?: (action: string, outcome: string, ms: number) => void;
}): UpstreamQuery {
  const inflight = new Map<string, Promise<QueryJobResponse>>();

  async function run(
    kind: JobKind,
    upstreamJobId: string,
    signal: AbortSignal | undefined,
    granted: boolean,
  ): Promise<QueryJobResponse> {
    if (!granted) await deps.limiter.acquire(kind.queryAction, signal);
    const started = performance.now();
    try {
      const res = await deps.client.queryJob(kind, upstreamJobId, { signal });
      deps.onCall?.(kind.queryAction, 'ok', performance.now() - started);
      return res;
    } catch (err) {
      const outcome = upstreamOutcome(err);
      deps.onCall?.(kind.queryAction, outcome, performance.now() - started);
      if (err instanceof TencentApiError && err.isRateLimited) {
        deps.limiter.pause(kind.queryAction, deps.rateLimitPauseMs ?? 1000);
      }
      throw err;
    }
  }

  return {
    query(kind, upstreamJobId, opts = {}) {
      const key = `${kind.queryAction}:${upstreamJobId}`;
      const existing = inflight.get(key);
      if (existing) return existing;
      const p = run(kind, upstreamJobId, opts.signal, opts.granted ?? false).finally(() =>
        inflight.delete(key),
      );
      inflight.set(key, p);
      return p;
    },
    inFlight: () => inflight.size,
  };
}
