import { LRUCache } from 'lru-cache';
import { TencentApiError } from '../../tencent/errors.ts';
import { JOB_KINDS } from '../../tencent/job-kinds.ts';
import type { QueryJobResponse } from '../../tencent/types.ts';
import { type JobRecord, newJobRecord, UPSTREAM_TTL_MS } from '../domain/job.ts';
import { applyQueryResponse } from '../domain/snapshot.ts';
import type { UpstreamQuery } from '../scheduler/upstream-query.ts';
import type { JobRepository } from '../store/job-repository.ts';

/**
 * A raw Tencent JobId we did not submit: find which kind it is (Tencent's answer is per action),
 * then record it as an external job that is followed like our own. JobIds Tencent does not know are
 * remembered briefly, so a client asking again and again costs no more upstream calls.
 */
export interface ExternalLookup {
  /** Concurrent lookups of one JobId share one search, so it is recorded once. */
  lookup(upstreamJobId: string): Promise<JobRecord | undefined>;
}

export function createExternalLookup(deps: {
  upstream: UpstreamQuery;
  repo: JobRepository;
  now: () => number;
  /** How long an unknown JobId is remembered as unknown. @default 30000 */
  negativeTtlMs?: number;
}): ExternalLookup {
  const negative = new LRUCache<string, true>({ max: 10_000, ttl: deps.negativeTtlMs ?? 30_000 });
  const inflight = new Map<string, Promise<JobRecord | undefined>>();
  return {
    lookup(upstreamJobId) {
      if (negative.has(upstreamJobId)) return Promise.resolve(undefined);
      let p = inflight.get(upstreamJobId);
      if (!p) {
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
  deps: { upstream: UpstreamQuery; repo: JobRepository; now: () => number },
): Promise<JobRecord | undefined> {
  for (const kind of Object.values(JOB_KINDS)) {
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
