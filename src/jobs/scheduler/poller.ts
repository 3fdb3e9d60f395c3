import type { JobKind, JobKindName } from '../../tencent/job-kinds.ts';
import type { QueryJobResponse } from '../../tencent/types.ts';
import { backoffDelay } from '../../upstream/backoff.ts';
import type { RateLimiter } from '../../upstream/rate-limiter.ts';
import { type JobTrace, NO_JOB_TRACE } from '../job-trace.ts';
import type { UpstreamQuery } from './upstream-query.ts';

/**
 * One poller for every job running upstream. Per query action it sends at most what the rate
 * budget grants, always to the job that is most overdue, weighting jobs someone is subscribed to,
 * so the interval adapts by itself: every job every `intervalMs` while the budget allows, evenly
 * slower when it does not. Nothing is polled once a job is DONE or FAIL.
 *
 * `stop()` resolves only once every poll already sent has been answered and applied (or failed):
 * after it, no `onResult`/`onError` runs, and a grant the limiter gives late sends nothing.
 */
export interface Poller {
  /** `traceParent`: the job's trace context, so each Query adds a span to its trace. */
  follow(job: {
    id: string;
    kind: JobKindName;
    upstreamJobId: string;
    traceParent?: string | undefined;
  }): void;
  unfollow(id: string): void;
  /** Forget every followed job (leadership lost). */
  clear(): void;
  /** A subscriber is watching `id`: poll it first. Returns the function that stops watching. */
  watch(id: string): () => void;
  following(): number;
  followedIds(kind: JobKindName): string[];
  watched(): number;
  /** Current effective interval per followed job (ms), for metrics and estimates. */
  effectiveIntervalMs(kind: JobKindName): number;
  start(): void;
  /** Stops polling; resolves after the polls in flight have settled and their callbacks ran. */
  stop(): Promise<void>;
}

export interface PollerOptions {
  upstream: UpstreamQuery;
  limiter: RateLimiter;
  kinds: Readonly<Record<JobKindName, JobKind>>;
  /** Target time between two polls of one job. */
  intervalMs: number;
  /** Requests per second the limiter grants per action, to report the effective interval. */
  ratePerSecond: number;
  /** Applies an answer; resolves false when the job needs no more polling. */
  onResult: (id: string, res: QueryJobResponse) => Promise<boolean>;
  /**
   * Applies a failed Query; resolves false when the job needs no more polling. If it throws, the
   * job is kept.
   */
  onError: (id: string, err: unknown) => Promise<boolean>;
  /**
   * `onResult` threw (a store write failed, say). Tencent did answer, so this is not an upstream
   * failure and `onError` is not called: the job stays followed and is polled again after the same
   * back-off as a failed Query. For reporting only.
   */
  onResultError?: (id: string, err: unknown) => void;
  /** Parallel Query calls per action, so slow answers cannot pile up. @default 8 */
  maxInFlight?: number;
  /** Weight of a watched job's overdue time against an unwatched one's. @default 4 */
  watchedWeight?: number;
  now?: () => number;
  /** A span per Query sent. @default NO_JOB_TRACE */
  trace?: JobTrace;
}

interface Entry {
  id: string;
  kind: JobKindName;
  upstreamJobId: string;
  traceParent: string | undefined;
  nextPollAt: number;
  failures: number;
  inFlight: boolean;
}

interface Lane {
  kind: JobKind;
  entries: Map<string, Entry>;
  inFlight: number;
  wake: (() => void) | undefined;
  running: Promise<void> | undefined;
}

export function createPoller(opts: PollerOptions): Poller {
  const now = opts.now ?? Date.now;
  const maxInFlight = opts.maxInFlight ?? 8;
  const watchedWeight = opts.watchedWeight ?? 4;
  const trace = opts.trace ?? NO_JOB_TRACE;
  const watchers = new Map<string, number>();
  const lanes = new Map<JobKindName, Lane>();
  const laneOf = new Map<string, JobKindName>();
  let stopped = true;
  let stopSignal = new AbortController();
  /** Bumped by start() and stop(): a run loop of an earlier start ends even if start() came again. */
  let generation = 0;
  /** Polls sent and not yet settled, across generations: stop() waits for them. */
  const polls = new Set<Promise<void>>();

  for (const kind of Object.values(opts.kinds)) {
    lanes.set(kind.name, { kind, entries: new Map(), inFlight: 0, wake: undefined, running: undefined });
  }

  function lane(kind: JobKindName): Lane {
    const l = lanes.get(kind);
    if (!l) throw new Error(`no poller lane for job kind ${kind}`);
    return l;
  }

  function wake(l: Lane): void {
    const w = l.wake;
    l.wake = undefined;
    w?.();
  }

  function sleep(l: Lane, ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, Math.max(1, Math.min(ms, 60_000)));
      function done(): void {
        clearTimeout(timer);
        if (l.wake === done) l.wake = undefined;
        resolve();
      }
      l.wake = done;
    });
  }

  /** The most overdue entry, watched ones weighted; undefined when nothing is due. */
  function pick(l: Lane, t: number): { entry: Entry | undefined; nextDueAt: number } {
    let best: Entry | undefined;
    let bestScore = -1;
    let nextDueAt = Number.POSITIVE_INFINITY;
    for (const e of l.entries.values()) {
      if (e.inFlight) continue;
      if (e.nextPollAt > t) {
        nextDueAt = Math.min(nextDueAt, e.nextPollAt);
        continue;
      }
      const score = (t - e.nextPollAt + 1) * (watchers.has(e.id) ? watchedWeight : 1);
      if (score > bestScore) {
        best = e;
        bestScore = score;
      }
    }
    return { entry: best, nextDueAt };
  }

  function retryLater(e: Entry): void {
    // Errors are never cached: the job is tried again after a jittered, capped back-off.
    // Capped at 10 s: after an outage, work resumes within seconds of Tencent answering again.
    e.nextPollAt = now() + backoffDelay(e.failures, { baseMs: opts.intervalMs, capMs: 10_000 });
    e.failures += 1;
  }

  /** Never rejects: the callbacks' failures are contained here. */
  async function poll(l: Lane, e: Entry): Promise<void> {
    let res: QueryJobResponse;
    const span = trace.polling({ id: e.id, kind: e.kind, traceParent: e.traceParent }, l.kind.queryAction);
    try {
      res = await opts.upstream.query(l.kind, e.upstreamJobId, { granted: true });
      span.answered({ requestId: res.RequestId, upstreamJobId: e.upstreamJobId, status: res.Status });
    } catch (err) {
      span.failed(err);
      retryLater(e);
      let keep = true;
      try {
        keep = await opts.onError(e.id, err);
      } catch {
        keep = true;
      }
      if (!keep) removeEntry(e.id, e);
      return;
    }
    e.nextPollAt = now() + opts.intervalMs;
    let keep: boolean;
    try {
      keep = await opts.onResult(e.id, res);
    } catch (err) {
      // Tencent answered; the answer could not be applied. Not an upstream failure (onError is for
      // those): keep the job and poll it again after a back-off, so a broken store is not hammered.
      retryLater(e);
      try {
        opts.onResultError?.(e.id, err);
      } catch {
        // Reporting only.
      }
      return;
    }
    e.failures = 0;
    if (!keep) removeEntry(e.id, e);
  }

  async function run(l: Lane, gen: number, signal: AbortSignal): Promise<void> {
    const live = () => !stopped && gen === generation;
    let limiterFailures = 0;
    while (live()) {
      const t = now();
      const { entry: due, nextDueAt } = pick(l, t);
      if (!due) {
        await sleep(l, nextDueAt === Number.POSITIVE_INFINITY ? 60_000 : nextDueAt - t);
        continue;
      }
      if (l.inFlight >= maxInFlight) {
        await sleep(l, 60_000);
        continue;
      }
      // Wait for the budget first, then choose: the grant goes to whatever is most urgent by then
      // (a subscriber may have arrived while waiting). The limiter may be shared by replicas.
      try {
        await opts.limiter.acquire(l.kind.queryAction, signal);
        limiterFailures = 0;
      } catch {
        // Stopped, or the limiter cannot grant (closed, Redis away). Wait before asking again: a
        // limiter that rejects at once would otherwise spin this loop without yielding to timers/IO.
        if (live()) {
          const ms = backoffDelay(limiterFailures, {
            baseMs: Math.min(opts.intervalMs, 1000),
            capMs: 10_000,
          });
          limiterFailures += 1;
          await sleep(l, ms);
        }
        continue;
      }
      // A grant that comes after stop() (a limiter that does not watch the signal) sends nothing.
      if (!live()) break;
      const entry = pick(l, now()).entry ?? (l.entries.has(due.id) && !due.inFlight ? due : undefined);
      if (!entry) continue;
      entry.inFlight = true;
      l.inFlight += 1;
      const p: Promise<void> = poll(l, entry).finally(() => {
        entry.inFlight = false;
        l.inFlight -= 1;
        polls.delete(p);
        wake(l);
      });
      polls.add(p);
    }
  }

  /** With `only`: remove `id` only while it is still that entry (not unfollowed and followed again). */
  function removeEntry(id: string, only?: Entry): void {
    const kind = laneOf.get(id);
    if (!kind) return;
    const l = lane(kind);
    if (only && l.entries.get(id) !== only) return;
    l.entries.delete(id);
    laneOf.delete(id);
  }

  return {
    follow(job) {
      if (laneOf.has(job.id)) return;
      const l = lane(job.kind);
      l.entries.set(job.id, {
        id: job.id,
        kind: job.kind,
        upstreamJobId: job.upstreamJobId,
        traceParent: job.traceParent,
        nextPollAt: now() + Math.min(opts.intervalMs, 1000),
        failures: 0,
        inFlight: false,
      });
      laneOf.set(job.id, job.kind);
      wake(l);
    },
    unfollow: (id) => removeEntry(id),
    clear() {
      for (const l of lanes.values()) l.entries.clear();
      laneOf.clear();
    },
    watch(id) {
      watchers.set(id, (watchers.get(id) ?? 0) + 1);
      const kind = laneOf.get(id);
      if (kind) wake(lane(kind));
      let done = false;
      return () => {
        if (done) return;
        done = true;
        const n = (watchers.get(id) ?? 1) - 1;
        if (n <= 0) watchers.delete(id);
        else watchers.set(id, n);
      };
    },
    following: () => laneOf.size,
    followedIds: (kind) => [...lane(kind).entries.keys()],
    watched: () => watchers.size,
    effectiveIntervalMs(kind) {
      const n = lane(kind).entries.size;
      return Math.max(opts.intervalMs, Math.ceil((n / opts.ratePerSecond) * 1000));
    },
    start() {
      if (!stopped) return;
      stopped = false;
      generation += 1;
      stopSignal = new AbortController();
      for (const l of lanes.values()) l.running = run(l, generation, stopSignal.signal);
    },
    async stop() {
      stopped = true;
      generation += 1;
      stopSignal.abort();
      for (const l of lanes.values()) wake(l);
      await Promise.all([...lanes.values()].map((l) => l.running));
      // The loops have ended, so no poll starts any more; those already sent are answered and
      // applied before stop() resolves (the caller may be about to close the store or step down).
      await Promise.all([...polls]);
    },
  };
}
