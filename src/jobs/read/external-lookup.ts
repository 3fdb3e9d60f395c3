import { LRUCache } from 'lru-cache';
import { TencentApiError } from '../../tencent/errors.ts';
import { JOB_KINDS, type JobKind } from '../../tencent/job-kinds.ts';
import type { QueryJobResponse } from '../../tencent/types.ts';
import { type JobRecord, newJobRecord, UPSTREAM_TTL_MS } from '../domain/job.ts';
import { applyQueryResponse } from '../domain/snapshot.ts';
import type { UpstreamQuery } from '../scheduler/upstream-query.ts';
import type { JobRepository } from '../store/job-repository.ts';

/**
 * A raw Tencent JobId we did not submit: find which kind it is (Tencent's answer is per action),
 * then record it as an external job that is followed like our own. JobIds Tencent does not know are
 * remembered briefly, so a client asking again and again costs no more upstream calls.
 *
 * Lookups get a bounded share of the Query budget, which they share with the polling of running
 * jobs: every new JobId costs up to one Query per kind, and fresh random ids miss every cache, so
 * unbounded they queue ahead of the poller and starve it (audit F15). At most `maxInFlight` searches
 * run at once and at most `perSecond` start in any second (each costs at most one Query per action);
 * beyond that a lookup is refused at once with UpstreamBusyError, without an upstream call.
 */
export interface ExternalLookup {
  /** Concurrent lookups of one JobId share one search, so it is recorded once. */
  lookup(upstreamJobId: string): Promise<JobRecord | undefined>;
}

/** The lookup share of the upstream budget is used up: retry later. */
export class UpstreamBusyError extends Error {
  override readonly name = 'UpstreamBusyError';
  readonly code = 'UPSTREAM_BUSY' as const;
  constructor(
    message: string,
    /** A hint: when a lookup could start again. */
    readonly retryAfterMs: number,
  ) {
    super(message);
  }
}

export interface ExternalLookupBudget {
  /** Searches running at once (EXTERNAL_LOOKUP_CONCURRENCY). @default 2 */
  maxInFlight?: number;
  /** Searches started in any sliding second (EXTERNAL_LOOKUP_QPS). @default 4 */
  perSecond?: number;
}

export function createExternalLookup(
  deps: {
    upstream: UpstreamQuery;
    repo: JobRepository;
    now: () => number;
    /** How long an unknown JobId is remembered as unknown. @default 30000 */
    negativeTtlMs?: number;
    /** The kinds whose Query actions are asked, in order: the configured product's. @default every kind */
    kinds?: readonly JobKind[];
  } & ExternalLookupBudget,
): ExternalLookup {
  const negative = new LRUCache<string, true>({ max: 10_000, ttl: deps.negativeTtlMs ?? 30_000 });
  const inflight = new Map<string, Promise<JobRecord | undefined>>();
  const maxInFlight = deps.maxInFlight ?? 2;
  const perSecond = deps.perSecond ?? 4;
  /** Start times of the searches of the last second, oldest first. */
  const started: number[] = [];

  /** Throws UpstreamBusyError when no search may start now; else counts this one. */
  function admit(): void {
    const t = deps.now();
    while (started.length > 0 && (started[0] ?? 0) <= t - 1000) started.shift();
    if (inflight.size >= maxInFlight) {
      throw new UpstreamBusyError(
        `Too many lookups of Tencent JobIds unknown to the gateway: at most ${maxInFlight} at a time, so ` +
          'running jobs keep their polling budget; retry shortly',
        Math.ceil(1000 / perSecond),
      );
    }
    if (started.length >= perSecond) {
      throw new UpstreamBusyError(
        `Too many lookups of Tencent JobIds unknown to the gateway: at most ${perSecond} per second, so ` +
          'running jobs keep their polling budget; retry shortly',
        Math.max(1, (started[0] ?? t) + 1000 - t),
      );
    }
    started.push(t);
  }

  return {
    lookup(upstreamJobId) {
      if (negative.has(upstreamJobId)) return Promise.resolve(undefined);
      let p = inflight.get(upstreamJobId);
      if (!p) {
        try {
          admit();
        } catch (err) {
          return Promise.reject(err);
        }
        p = search(upstreamJobId, deps)
          .then((job) => {
            if (!job) negative.set(upstreamJobId, true);
            return job;
          })
          .finally(() => inflight.delete(upstreamJobId));
        inflight.set(upstreamJobId, p);
      }
      return p;
    },
  };
}

async function search(
  upstreamJobId: string,
  deps: { upstream: UpstreamQuery; repo: JobRepository; now: () => number; kinds?: readonly JobKind[] },
): Promise<JobRecord | undefined> {
  for (const kind of deps.kinds ?? Object.values(JOB_KINDS)) {
    let res: QueryJobResponse;
    try {
      res = await deps.upstream.query(kind, upstreamJobId);
    } catch (err) {
      if (err instanceof TencentApiError && err.isJobNotFound) continue;
      throw err;
    }
    const t = deps.now();
    const base: JobRecord = {
      ...newJobRecord({
        kind: kind.name,
        status: 'WAIT',
        input: {},
        owner: '',
        idempotencyKey: undefined,
        external: true,
        upstreamJobId,
        // Tencent does not say when it was submitted: first sight stands in, and expiry is an upper bound.
        submittedAt: t,
        expiresAt: t + UPSTREAM_TTL_MS,
      }),
      seq: 0,
      queueRound: undefined,
    };
    const { job } = applyQueryResponse(base, res, t);
    const { seq: _seq, queueRound: _round, ...fresh } = job;
    const existing = await deps.repo.getByUpstreamId(upstreamJobId);
    if (existing) return existing;
    return (await deps.repo.insert(fresh)).job;
  }
  return undefined;
}
