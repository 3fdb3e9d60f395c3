import { LRUCache } from 'lru-cache';
import type { Logger } from 'pino';
import { detachInputImages, isTerminal, type JobRecord } from '../domain/job.ts';
import type { JobChange } from '../domain/transitions.ts';
import type { JobEvents } from '../events/events.ts';
import type { JobTrace } from '../job-trace.ts';
import { estimateJsonBytes } from './record-codec.ts';
import type {
  BatchInsertOptions,
  BatchInsertResult,
  InsertOptions,
  JobStore,
  NewJobRecord,
  TransitionOptions,
} from './store.ts';

/**
 * The store behind one lru-cache of job snapshots. Reads of hot jobs never touch the store; every
 * write goes to the store first (durable, conditional), then the cache, then subscribers. Terminal
 * snapshots stay cached until their results expire; live ones only briefly, because another replica
 * may write them.
 */
export interface JobRepository {
  get(id: string): Promise<JobRecord | undefined>;
  getByUpstreamId(upstreamJobId: string): Promise<JobRecord | undefined>;
  /**
   * See JobStore.insert. The input's inline images are stored beside the record
   * (detachInputImages): the record stored, cached and returned names them in `inputBlobs`.
   */
  insert(job: NewJobRecord, opts?: InsertOptions): Promise<{ job: JobRecord; created: boolean }>;
  /** See JobStore.insertBatch; each job's inline images are stored beside it, as for `insert`. */
  insertBatch(
    jobs: readonly NewJobRecord[],
    opts?: Omit<BatchInsertOptions, 'blobs'>,
  ): Promise<BatchInsertResult>;
  /**
   * See JobStore.transition. Keeps the cache in step and tells subscribers when the version moved
   * (a visible change). When the store fails, the cached copy is dropped: the write may or may not
   * have landed. A visible change (and a created job, by `insert`) is also kept in the job's change
   * history (`history`); that write is best effort: when it fails, the transition still stands,
   * the failure is logged, and a stream resuming across that version starts from the snapshot.
   */
  transition(
    id: string,
    change: JobChange,
    opts?: TransitionOptions,
  ): Promise<{ job: JobRecord; changed: boolean } | undefined>;
  /**
   * The job's kept snapshots with a version above `afterVersion`, lowest first (JobStore.history),
   * straight from the store: what a resuming stream replays.
   */
  history(id: string, afterVersion: number): Promise<JobRecord[]>;
  readonly store: JobStore;
  /** Drops jobs from the cache (deleted by retention). */
  forget(ids: readonly string[]): void;
  cacheStats(): { hits: number; misses: number; size: number; bytes: number };
}

export interface JobRepositoryOptions {
  store: JobStore;
  events: JobEvents;
  /** TTL of a non-terminal snapshot. */
  liveTtlMs: number;
  /** @default 10000 */
  maxEntries?: number;
  /**
   * Bound of the cache in bytes, records sized by estimateJsonBytes, whatever their number; a
   * record above 1/64 of it is not cached (records written before images moved out of them).
   * @default 64 MiB
   */
  maxBytes?: number;
  now?: () => number;
  /** Versions kept per job in its change history (JobStore.appendHistory). @default DEFAULT_HISTORY_KEEP */
  historyKeep?: number;
  /** Where a failed history write is reported. @default not reported */
  log?: Logger;
  /**
   * Told of every write that ends a job (DONE, FAIL, CANCELED): every way a job ends is a
   * transition, so this one place sees them all, once each.
   */
  trace?: Pick<JobTrace, 'ended'>;
}

export const DEFAULT_CACHE_BYTES = 64 * 1024 * 1024;
/** A job makes a handful of visible changes; 50 covers any client that was away for a while. */
export const DEFAULT_HISTORY_KEEP = 50;

export function createJobRepository(opts: JobRepositoryOptions): JobRepository {
  const now = opts.now ?? Date.now;
  const maxBytes = opts.maxBytes ?? DEFAULT_CACHE_BYTES;
  const cache = new LRUCache<string, JobRecord>({
    max: opts.maxEntries ?? 10_000,
    maxSize: maxBytes,
    maxEntrySize: Math.max(1, Math.floor(maxBytes / 64)),
    sizeCalculation: (job) => Math.max(1, estimateJsonBytes(job)),
    ttl: opts.liveTtlMs,
    ttlAutopurge: false,
    // The same clock as everything else, so tests can move time.
    perf: { now: () => now() },
  });
  const byUpstream = new LRUCache<string, string>({ max: opts.maxEntries ?? 10_000 });
  let hits = 0;
  let misses = 0;
  const historyKeep = Math.max(1, opts.historyKeep ?? DEFAULT_HISTORY_KEEP);

  /** Never throws: a lost history entry only makes a resume fall back to the snapshot. */
  async function keepHistory(job: JobRecord): Promise<void> {
    try {
      await opts.store.appendHistory(job, historyKeep);
    } catch (err) {
      opts.log?.warn(
        { jobId: job.id, version: job.version, err },
        'job history not written; a stream resuming across this version starts from the snapshot',
      );
    }
  }

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
    async insert(job, insertOpts) {
      const { job: record, blobs } = detachInputImages(job);
      const result = await opts.store.insert(
        record,
        Object.keys(blobs).length > 0 ? { ...insertOpts, blobs } : insertOpts,
      );
      remember(result.job);
      if (result.created) await keepHistory(result.job);
      return result;
    },
    async insertBatch(jobs, batchOpts = {}) {
      const detached = jobs.map((job) => detachInputImages(job));
      const result = await opts.store.insertBatch(
        detached.map((d) => d.job),
        { ...batchOpts, blobs: detached.map((d) => (Object.keys(d.blobs).length > 0 ? d.blobs : undefined)) },
      );
      if (!result.created) {
        remember(result.existing);
        return result;
      }
      for (const job of result.jobs) remember(job);
      for (const job of result.jobs) await keepHistory(job);
      return result;
    },
    async transition(id, change, transitionOpts) {
      // The version and status `change` last saw: the store may ask again after a conflict.
      let before: number | undefined;
      let wasTerminal = false;
      const seen: JobChange = (job) => {
        before = job.version;
        wasTerminal = isTerminal(job.status);
        return change(job);
      };
      let result: { job: JobRecord; changed: boolean } | undefined;
      try {
        result = await opts.store.transition(id, seen, transitionOpts);
      } catch (err) {
        cache.delete(id);
        throw err;
      }
      if (!result) {
        cache.delete(id);
        return result;
      }
      remember(result.job);
      // Subscribers drop what they have seen by version; only a visible change is news.
      if (result.changed && result.job.version !== before) {
        opts.events.publish('job:updated', id, result.job);
        await keepHistory(result.job);
      }
      if (result.changed && !wasTerminal && isTerminal(result.job.status)) opts.trace?.ended(result.job);
      return result;
    },
    history: (id, afterVersion) => opts.store.history(id, afterVersion),
    forget(ids) {
      for (const id of ids) cache.delete(id);
    },
    cacheStats: () => ({ hits, misses, size: cache.size, bytes: cache.calculatedSize }),
  };
}
