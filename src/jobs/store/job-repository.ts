import { LRUCache } from 'lru-cache';
import { isTerminal, type JobRecord } from '../domain/job.ts';
import type { JobEvents } from '../events/events.ts';
import type { JobStore } from './store.ts';

/**
 * The store behind one lru-cache of job snapshots. Reads of hot jobs never touch the store; every
 * write goes to the store first (durable), then the cache, then subscribers. Terminal snapshots stay
 * cached until their results expire; live ones only briefly, because another replica may write them.
 */
export interface JobRepository {
  get(id: string): Promise<JobRecord | undefined>;
  getByUpstreamId(upstreamJobId: string): Promise<JobRecord | undefined>;
  insert(job: Omit<JobRecord, 'seq'>): Promise<{ job: JobRecord; created: boolean }>;
  /** See JobStore.claimForSubmit; keeps the cache in step. */
  claimForSubmit(id: string, at: number): Promise<JobRecord | undefined>;
  /** See JobStore.cancelIfQueued; caches and tells subscribers when it canceled. */
  cancelIfQueued(id: string, at: number): Promise<{ job: JobRecord; canceled: boolean } | undefined>;
  /** Persists, caches and, when `publish` (default true), tells subscribers. */
  save(job: JobRecord, opts?: { publish?: boolean }): Promise<void>;
  readonly store: JobStore;
  cacheStats(): { hits: number; misses: number; size: number };
}

export interface JobRepositoryOptions {
  store: JobStore;
  events: JobEvents;
  /** TTL of a non-terminal snapshot. */
  liveTtlMs: number;
  /** @default 10000 */
  maxEntries?: number;
  now?: () => number;
}

export function createJobRepository(opts: JobRepositoryOptions): JobRepository {
  const now = opts.now ?? Date.now;
  const cache = new LRUCache<string, JobRecord>({
    max: opts.maxEntries ?? 10_000,
    ttl: opts.liveTtlMs,
    ttlAutopurge: false,
    // The same clock as everything else, so tests can move time.
    perf: { now: () => now() },
  });
  const byUpstream = new LRUCache<string, string>({ max: opts.maxEntries ?? 10_000 });
  let hits = 0;
  let misses = 0;

  function remember(job: JobRecord): void {
    const ttl = isTerminal(job.status)
      ? Math.max(opts.liveTtlMs, (job.expiresAt ?? now() + 3_600_000) - now())
      : opts.liveTtlMs;
    cache.set(job.id, job, { ttl });
    if (job.upstreamJobId) byUpstream.set(job.upstreamJobId, job.id);
  }

  async function get(id: string): Promise<JobRecord | undefined> {
    const cached = cache.get(id);
    if (cached) {
      hits += 1;
      return cached;
    }
    misses += 1;
    const job = await opts.store.get(id);
    if (job) remember(job);
    return job;
  }

  return {
    store: opts.store,
    get,
    async getByUpstreamId(upstreamJobId) {
      const id = byUpstream.get(upstreamJobId);
      if (id) {
        const job = await get(id);
        if (job) return job;
      }
      const job = await opts.store.getByUpstreamId(upstreamJobId);
      if (job) remember(job);
      return job;
    },
    async insert(job) {
      const result = await opts.store.insert(job);
      remember(result.job);
      return result;
    },
    async claimForSubmit(id, at) {
      const job = await opts.store.claimForSubmit(id, at);
      if (job) remember(job);
      else cache.delete(id);
      return job;
    },
    async cancelIfQueued(id, at) {
      const result = await opts.store.cancelIfQueued(id, at);
      if (result) remember(result.job);
      if (result?.canceled) opts.events.publish('job:updated', id, result.job);
      return result;
    },
    async save(job, saveOpts) {
      await opts.store.update(job);
      remember(job);
      if (saveOpts?.publish !== false) opts.events.publish('job:updated', job.id, job);
    },
    cacheStats: () => ({ hits, misses, size: cache.size }),
  };
}
