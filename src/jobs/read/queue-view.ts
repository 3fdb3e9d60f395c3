import type { JobKindName } from '../../tencent/job-kinds.ts';
import type { JobRecord, QueueReason } from '../domain/job.ts';
import { compareQueueOrder } from '../domain/transitions.ts';
import type { JobStore, QueueState } from '../store/store.ts';
import { createEstimator } from './estimator.ts';

/**
 * The queue as every replica sees it: positions, reasons and estimates computed from the shared
 * store alone (the queued jobs with their fair-queue rounds, the running jobs, the leader's queue
 * states, recent durations), never from one process's memory. So the leader and its followers give
 * the same answer for the same job. One store read serves every question for `ttlMs`.
 */
export interface QueueView {
  /**
   * 1-based among the kind's waiting jobs; 0 while being sent; undefined when not QUEUED or a
   * pipeline step waiting for its source step (its reason is then PREVIOUS_STEP).
   */
  position(job: JobRecord): Promise<number | undefined>;
  reason(job: JobRecord): Promise<QueueReason | undefined>;
  /** When the job should be DONE; undefined once it ended. */
  estimatedCompletionAt(job: JobRecord): Promise<number | undefined>;
  /** 0–100 (Estimator.progress): an estimate while WAIT or RUN, 100 once DONE, else undefined. */
  progress(job: JobRecord): Promise<number | undefined>;
  /** The `q` quantile of the kind's recently observed upstream durations (ms), or the prior. */
  quantileDurationMs(kind: JobKindName, q: number): Promise<number>;
  /** Jobs waiting per kind (metrics). */
  depth(kind?: JobKindName): Promise<number>;
  /** Queue states per kind, as the leader last recorded them (readiness). */
  states(): Promise<Partial<Record<JobKindName, QueueState>>>;
  /** Forget the cached snapshot (after a local write). */
  invalidate(): void;
}

export interface QueueViewOptions {
  store: JobStore;
  /** Account slots per kind. */
  capacity: (kind: JobKindName) => number;
  /** How long one snapshot answers. @default 250 */
  ttlMs?: number;
  /** How long observed durations are reused. @default 30000 */
  samplesTtlMs?: number;
  now?: () => number;
}

interface Snapshot {
  at: number;
  /** Unclaimed queued jobs per kind, in queue order. */
  waiting: Map<JobKindName, JobRecord[]>;
  /** Queued jobs being sent (claimed) when the snapshot was read. */
  claimed: Set<string>;
  running: Map<JobKindName, JobRecord[]>;
  states: Partial<Record<JobKindName, QueueState>>;
}

export function createQueueView(opts: QueueViewOptions): QueueView {
  const now = opts.now ?? Date.now;
  const ttlMs = opts.ttlMs ?? 250;
  const samplesTtlMs = opts.samplesTtlMs ?? 30_000;
  let snapshot: Snapshot | undefined;
  /**
   * Fix: invalidate() used to drop only the snapshot, so a read right after a local write joined a
   * load that had read the store before the write, and cached that stale answer for ttlMs. Loads
   * now belong to an invalidation generation: a later generation neither joins nor keeps them.
   */
  let generation = 0;
  let loading: { generation: number; promise: Promise<Snapshot> } | undefined;
  let estimator = createEstimator();
  let samplesAt = Number.NEGATIVE_INFINITY;
  let samplesLoading: Promise<void> | undefined;

  async function load(): Promise<Snapshot> {
    const [jobs, states] = await Promise.all([
      opts.store.listByStatus(['QUEUED', 'WAIT', 'RUN']),
      opts.store.queueStates(),
    ]);
    const waiting = new Map<JobKindName, JobRecord[]>();
    const running = new Map<JobKindName, JobRecord[]>();
    const claimed = new Set<string>();
    for (const job of jobs) {
      // A pipeline step waiting for its source step is not in the queue yet.
      if (job.waitsFor !== undefined) continue;
      if (job.status === 'QUEUED' && job.submitAttemptAt !== undefined) claimed.add(job.id);
      const into =
        job.status === 'QUEUED' ? (job.submitAttemptAt === undefined ? waiting : undefined) : running;
      if (!into) continue;
      const list = into.get(job.kind) ?? [];
      list.push(job);
      into.set(job.kind, list);
    }
    for (const list of waiting.values()) list.sort(compareQueueOrder);
    return { at: now(), waiting, running, claimed, states };
  }

  async function current(): Promise<Snapshot> {
    if (snapshot && now() - snapshot.at < ttlMs) return snapshot;
    if (loading?.generation === generation) return loading.promise;
    const gen = generation;
    const promise: Promise<Snapshot> = load()
      .then((s) => {
        if (gen === generation) snapshot = s;
        return s;
      })
      .finally(() => {
        if (loading?.promise === promise) loading = undefined;
      });
    loading = { generation: gen, promise };
    return promise;
  }

  /** Durations from the store's recent DONE jobs, so every replica estimates alike. */
  async function samples(): Promise<void> {
    if (now() - samplesAt < samplesTtlMs) return;
    samplesLoading ??= opts.store
      .page({ limit: 100, status: 'DONE' })
      .then((done) => {
        const next = createEstimator();
        for (const job of [...done].reverse()) next.observe(job);
        estimator = next;
        samplesAt = now();
      })
      .finally(() => {
        samplesLoading = undefined;
      });
    await samplesLoading;
  }

  /**
   * Positions of the jobs one snapshot knows come from that snapshot alone, so the positions a client
   * reads in one response are consistent (1..n, no two jobs at one place) even while the queue moves
   * under a slightly older snapshot. Only a job the snapshot does not know yet is placed by its own record.
   */
  function positionIn(s: Snapshot, job: JobRecord): number | undefined {
    if (job.status !== 'QUEUED' || job.waitsFor !== undefined) return undefined;
    if (s.claimed.has(job.id)) return 0;
    const list = s.waiting.get(job.kind) ?? [];
    const at = list.findIndex((other) => other.id === job.id);
    if (at >= 0) return at + 1;
    if (job.submitAttemptAt !== undefined) return 0;
    let ahead = 0;
    for (const other of list) if (other.id !== job.id && compareQueueOrder(other, job) < 0) ahead += 1;
    return ahead + 1;
  }

  return {
    async position(job) {
      if (job.status !== 'QUEUED') return undefined;
      return positionIn(await current(), job);
    },
    async reason(job) {
      if (job.status !== 'QUEUED') return undefined;
      if (job.waitsFor !== undefined) return 'PREVIOUS_STEP';
      const s = await current();
      // In step with position: 0 is SUBMITTING.
      if (positionIn(s, job) === 0) return 'SUBMITTING';
      return s.states[job.kind]?.reason ?? 'SLOTS_BUSY';
    },
    async estimatedCompletionAt(job) {
      if (job.status === 'DONE' || job.status === 'FAIL' || job.status === 'CANCELED') return undefined;
      const [s] = await Promise.all([current(), samples()]);
      return estimator.estimate(job, {
        running: job.status === 'QUEUED' ? (s.running.get(job.kind) ?? []) : [],
        slots: opts.capacity(job.kind),
        position: positionIn(s, job) || undefined,
        now: now(),
      });
    },
    async progress(job) {
      if (job.status !== 'WAIT' && job.status !== 'RUN') return estimator.progress(job, now());
      await samples();
      return estimator.progress(job, now());
    },
    async quantileDurationMs(kind, q) {
      await samples();
      return estimator.quantileDurationMs(kind, q);
    },
    async depth(kind) {
      const s = await current();
      if (kind) return s.waiting.get(kind)?.length ?? 0;
      let n = 0;
      for (const list of s.waiting.values()) n += list.length;
      return n;
    },
    async states() {
      return (await current()).states;
    },
    invalidate() {
      snapshot = undefined;
      generation += 1;
    },
  };
}
