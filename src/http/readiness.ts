import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { JobStore, QueueState } from '../jobs/store/store.ts';
import type { TencentClient } from '../tencent/client.ts';
import {
  TencentApiError,
  UpstreamAbortedError,
  UpstreamTimeoutError,
  upstreamOutcome,
} from '../tencent/errors.ts';
import { JOB_KINDS, type JobKind } from '../tencent/job-kinds.ts';
import type { RateLimiter } from '../upstream/rate-limiter.ts';

export interface CheckResult {
  ok: boolean;
  /** A Tencent error code, or UPSTREAM_UNAVAILABLE / UPSTREAM_TIMEOUT / SHUTTING_DOWN. */
  code?: string;
  message?: string;
  /** When the upstream check ran (ISO 8601); it is reused for `cacheMs`. */
  checkedAt?: string;
}

export interface ReadinessReport {
  status: 'ready' | 'not ready';
  checks: Record<string, CheckResult>;
}

export interface Readiness {
  check(): Promise<ReadinessReport>;
  /** From now on the gateway reports not ready (first step of a graceful shutdown). */
  setShuttingDown(): void;
}

export interface ReadinessOptions {
  store: Pick<JobStore, 'ping'>;
  client: Pick<TencentClient, 'queryJob'>;
  /** The gateway's limiter: the upstream check spends the same Query budget as everything else. */
  limiter: Pick<RateLimiter, 'acquire' | 'pause'>;
  log: Logger;
  /** How long an upstream verdict is reused, so /ready can be scraped often. @default 5000 */
  cacheMs?: number;
  /** Upper bound of one check, grant wait included. @default 3000 */
  timeoutMs?: number;
  /** Values replaced by `[redacted]` in reported messages (the credentials). */
  secrets?: readonly (string | undefined)[];
  onUpstreamCall?: (action: string, outcome: string, ms: number) => void;
  /**
   * Why each kind's queue waits, as the leader recorded it (shared by replicas): refused credentials
   * make the gateway not ready on every replica, even before this one's own probe notices.
   */
  queueStates?: () => Promise<Partial<Record<string, QueueState>>>;
  now?: () => number;
}

/** A JobId no job has: a signed Query for it answers ResourceNotFound when all is well. */
const PROBE_JOB_ID = '0';

/**
 * Readiness: the store answers, and Tencent is reachable and accepts the gateway's credentials,
 * proven by a cheap signed Query for an impossible JobId (ResourceNotFound = signed and reachable,
 * AuthFailure* = credentials rejected, no answer = unreachable).
 */
export function createReadiness(opts: ReadinessOptions): Readiness {
  const now = opts.now ?? Date.now;
  const cacheMs = opts.cacheMs ?? 5000;
  const timeoutMs = opts.timeoutMs ?? 3000;
  const kind: JobKind = JOB_KINDS.PRO;
  const secrets = (opts.secrets ?? []).filter((s): s is string => typeof s === 'string' && s.length > 0);
  let shuttingDown = false;
  let last: { result: CheckResult; at: number } | undefined;
  let inflight: Promise<CheckResult> | undefined;

  const redact = (text: string) => secrets.reduce((t, s) => t.split(s).join('[redacted]'), text);

  async function probeUpstream(): Promise<CheckResult> {
    const signal = AbortSignal.timeout(timeoutMs);
    const checkedAt = new Date(now()).toISOString();
    try {
      await opts.limiter.acquire(kind.queryAction, signal);
    } catch {
      // The budget is busy for the whole timeout: that says nothing about Tencent.
      if (last) return last.result;
      return { ok: false, code: 'UPSTREAM_TIMEOUT', message: 'no Query grant within the timeout', checkedAt };
    }
    const started = performance.now();
    try {
      await opts.client.queryJob(kind, PROBE_JOB_ID, { signal });
      opts.onUpstreamCall?.(kind.queryAction, 'ok', performance.now() - started);
      return { ok: true, checkedAt };
    } catch (err) {
      const outcome = upstreamOutcome(err);
      opts.onUpstreamCall?.(kind.queryAction, outcome, performance.now() - started);
      if (err instanceof TencentApiError) {
        if (err.isRateLimited) opts.limiter.pause(kind.queryAction, 1000);
        // Signed and answered: the credentials were accepted.
        if (err.isJobNotFound || err.isRateLimited) return { ok: true, checkedAt };
        return { ok: false, code: err.tencentCode, message: redact(err.message), checkedAt };
      }
      if (err instanceof UpstreamAbortedError) {
        // Cut by this check's own budget: Tencent is too slow to call ready now. The client
        // typed it as the caller's abort, so the shared upstream health is left as it was: a slow
        // answer is not an outage, and submits must not start waiting for probes because of it.
        return {
          ok: false,
          code: 'UPSTREAM_TIMEOUT',
          message: `no answer within ${timeoutMs} ms`,
          checkedAt,
        };
      }
      const timedOut = err instanceof UpstreamTimeoutError || signal.aborted;
      return {
        ok: false,
        code: timedOut ? 'UPSTREAM_TIMEOUT' : 'UPSTREAM_UNAVAILABLE',
        message: redact(err instanceof Error ? err.message : String(err)),
        checkedAt,
      };
    }
  }

  function upstream(): Promise<CheckResult> {
    if (last && now() - last.at < cacheMs) return Promise.resolve(last.result);
    inflight ??= probeUpstream()
      .then((result) => {
        if (last && last.result.ok !== result.ok) {
          if (result.ok) opts.log.info('upstream reachable again; credentials accepted');
          else opts.log.warn({ code: result.code, message: result.message }, 'upstream not ready');
        } else if (!last && !result.ok) {
          opts.log.warn({ code: result.code, message: result.message }, 'upstream not ready');
        }
        last = { result, at: now() };
        return result;
      })
      .finally(() => {
        inflight = undefined;
      });
    return inflight;
  }

  async function store(): Promise<CheckResult> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        opts.store.ping(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
      return { ok: true };
    } catch (err) {
      return { ok: false, message: redact(err instanceof Error ? err.message : String(err)) };
    } finally {
      clearTimeout(timer);
    }
  }

  /** Not ready while the leader's submits are refused for the credentials. */
  async function queue(): Promise<CheckResult | undefined> {
    if (!opts.queueStates) return undefined;
    let states: Partial<Record<string, QueueState>>;
    try {
      states = await opts.queueStates();
    } catch {
      return undefined; // the store check reports a store that does not answer
    }
    const refused = Object.entries(states).filter(([, st]) => st?.reason === 'UPSTREAM_AUTH_FAILED');
    if (refused.length === 0) return { ok: true };
    return {
      ok: false,
      code: 'UPSTREAM_AUTH_FAILED',
      message: redact(
        `Tencent refuses the gateway's credentials for submits (${refused.map(([kind, st]) => `${kind}: ${st?.detail}`).join('; ')}); queued jobs wait`,
      ),
      checkedAt: new Date(Math.max(...refused.map(([, st]) => st?.since ?? 0))).toISOString(),
    };
  }

  return {
    async check() {
      if (shuttingDown) {
        return {
          status: 'not ready',
          checks: { shutdown: { ok: false, code: 'SHUTTING_DOWN', message: 'the gateway is shutting down' } },
        };
      }
      const [s, u, q] = await Promise.all([store(), upstream(), queue()]);
      const checks: Record<string, CheckResult> = { store: s, upstream: u, ...(q ? { queue: q } : {}) };
      return { status: s.ok && u.ok && (q?.ok ?? true) ? 'ready' : 'not ready', checks };
    },
    setShuttingDown() {
      shuttingDown = true;
    },
  };
}

/** `GET /ready`: 200 with the report when ready, else 503 naming the failing checks. */
export function useReadiness(readiness: Readiness, endpoint = '/ready'): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      // The string test first: most requests are /graphql and should not pay for a URL parse.
      if (!request.url.includes(endpoint) || url.pathname !== endpoint) return;
      return readiness.check().then((report) =>
        endResponse(
          new fetchAPI.Response(JSON.stringify(report), {
            status: report.status === 'ready' ? 200 : 503,
            headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
          }),
        ),
      );
    },
  };
}
