import type { JobKindName } from '../tencent/job-kinds.ts';
import { backoffDelay } from './backoff.ts';

/**
 * The account's running-job slots per kind. A slot is held from Submit until the job is seen DONE
 * or FAIL. Jobs started elsewhere on the same account also occupy slots, so they can be `hold`-ed
 * beyond capacity; and when Tencent answers JobNumExceed anyway (the account is busier than we
 * know, or a slot lingers after DONE), submits of that kind pause with growing back-off until one
 * succeeds.
 */
export interface JobSlots {
  tryAcquire(kind: JobKindName, jobId: string): boolean;
  /** Counts a job that is running upstream, whatever the capacity (restart, external jobs). */
  hold(kind: JobKindName, jobId: string): void;
  /** Idempotent. */
  release(kind: JobKindName, jobId: string): void;
  held(kind: JobKindName): number;
  capacity(kind: JobKindName): number;
  /** Tencent said JobNumExceed: returns how long submits of `kind` now wait (ms). */
  onJobLimit(kind: JobKindName): number;
  /** A submit succeeded: the learned back-off is over. */
  onSubmitted(kind: JobKindName): void;
  /** Until when (ms) submits of `kind` wait; <= now means they may go. */
  blockedUntil(kind: JobKindName): number;
  /** Forget every holder (leadership lost: the next leader recounts from the store). */
  clear(): void;
}

export interface JobSlotsOptions {
  capacity: Readonly<Record<JobKindName, number>>;
  now?: () => number;
  random?: () => number;
  /** First wait after JobNumExceed. @default 1000 */
  baseBackoffMs?: number;
  /** @default 30000 */
  maxBackoffMs?: number;
}

export function createJobSlots(opts: JobSlotsOptions): JobSlots {
  const now = opts.now ?? Date.now;
  const holders = new Map<JobKindName, Set<string>>();
  const limitHits = new Map<JobKindName, number>();
  const blocked = new Map<JobKindName, number>();

  const set = (kind: JobKindName): Set<string> => {
    let s = holders.get(kind);
    if (!s) {
      s = new Set();
      holders.set(kind, s);
    }
    return s;
  };

  return {
    tryAcquire(kind, jobId) {
      const s = set(kind);
      if (s.has(jobId)) return true;
      if (s.size >= opts.capacity[kind] || (blocked.get(kind) ?? 0) > now()) return false;
      s.add(jobId);
      return true;
    },
    hold(kind, jobId) {
      set(kind).add(jobId);
    },
    release(kind, jobId) {
      set(kind).delete(jobId);
    },
    held: (kind) => set(kind).size,
    capacity: (kind) => opts.capacity[kind],
    onJobLimit(kind) {
      const hits = limitHits.get(kind) ?? 0;
      limitHits.set(kind, hits + 1);
      const wait = backoffDelay(hits, {
        baseMs: opts.baseBackoffMs ?? 1000,
        capMs: opts.maxBackoffMs ?? 30_000,
        ...(opts.random ? { random: opts.random } : {}),
      });
      blocked.set(kind, now() + wait);
      return wait;
    },
    onSubmitted(kind) {
      limitHits.delete(kind);
      blocked.delete(kind);
    },
    blockedUntil: (kind) => blocked.get(kind) ?? 0,
    clear() {
      holders.clear();
      limitHits.clear();
      blocked.clear();
    },
  };
}
