import type { TencentClient } from '../tencent/client.ts';
import { TencentApiError, UpstreamAbortedError } from '../tencent/errors.ts';
import { JOB_KINDS } from '../tencent/job-kinds.ts';
import type { RateLimiter } from './rate-limiter.ts';

/**
 * Whether Tencent is answering at all. A Submit sent into an outage usually dies after sending,
 * which leaves its outcome unknown and the job lost to the client; so after a few transport
 * failures in a row submits wait, and a cheap signed probe (a Query for a JobId that cannot exist)
 * tells when Tencent answers again.
 */
export interface UpstreamHealth {
  /** `true` when Tencent answered (success or an API error), `false` on a transport failure. */
  record(answered: boolean, err?: unknown): void;
  healthy(): boolean;
  /** Resolves true when Tencent answers now (probing it if the last calls failed). */
  ensure(): Promise<boolean>;
  lastFailure(): { at: number; message: string } | undefined;
}

export interface UpstreamHealthOptions {
  client: TencentClient;
  limiter: RateLimiter;
  /**
   * Transport failures in a row that make the upstream unhealthy. One is enough: the price of a
   * probe is one Query, the price of a Submit into an outage is a job with an unknown outcome.
   * @default 1
   */
  threshold?: number;
  now?: () => number;
}

export function createUpstreamHealth(opts: UpstreamHealthOptions): UpstreamHealth {
  const now = opts.now ?? Date.now;
  const threshold = opts.threshold ?? 1;
  let failuresInRow = 0;
  let last: { at: number; message: string } | undefined;
  let probing: Promise<boolean> | undefined;

  const health: UpstreamHealth = {
    record(answered, err) {
      if (answered) {
        failuresInRow = 0;
        return;
      }
      failuresInRow += 1;
      last = { at: now(), message: err instanceof Error ? err.message : String(err) };
    },
    healthy: () => failuresInRow < threshold,
    ensure() {
      if (health.healthy()) return Promise.resolve(true);
      // One probe for all concurrent callers. Never rejects: a limiter that cannot grant (closed,
      // Redis away) makes a failed probe, recorded like a transport failure.
      probing ??= (async () => {
        const kind = JOB_KINDS.PRO;
        try {
          await opts.limiter.acquire(kind.queryAction);
          await opts.client.queryJob(kind, '0');
          health.record(true);
        } catch (err) {
          recordFailure(health, err);
        }
        return health.healthy();
      })().finally(() => {
        probing = undefined;
      });
      return probing;
    },
    lastFailure: () => last,
  };
  return health;
}

/**
 * A failed call's verdict: a TencentApiError is an answer, a transport failure or timeout counts
 * against the upstream, and the caller's own abort counts as neither. It says nothing about Tencent
 * (a readiness probe cut at its budget, a shutdown, a client gone), so it must not heal a sick
 * upstream nor make a slow one look down.
 */
function recordFailure(health: UpstreamHealth, err: unknown): void {
  if (err instanceof UpstreamAbortedError) return;
  health.record(err instanceof TencentApiError, err);
}

/** The same client, reporting every call's fate to `health` (except the caller's own aborts). */
export function withHealth(client: TencentClient, health: UpstreamHealth): TencentClient {
  const observe = async <T>(p: Promise<T>): Promise<T> => {
    try {
      const value = await p;
      health.record(true);
      return value;
    } catch (err) {
      recordFailure(health, err);
      throw err;
    }
  };
  return {
    ...client,
    call: (action, body, o) => observe(client.call(action, body, o)),
    submitJob: (kind, body, o) => observe(client.submitJob(kind, body, o)),
    queryJob: (kind, jobId, o) => observe(client.queryJob(kind, jobId, o)),
    close: () => client.close(),
  };
}
