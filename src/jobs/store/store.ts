import type { JobKindName } from '../../tencent/job-kinds.ts';
import type { InputBlobs, JobRecord, JobStatus, QueueReason } from '../domain/job.ts';
import type { JobChange } from '../domain/transitions.ts';

/** A new record: the store assigns `seq` and, for a QUEUED job, `queueRound`. */
export type NewJobRecord = Omit<JobRecord, 'seq' | 'queueRound'>;

export interface InsertOptions {
  /**
   * QUEUED jobs (all kinds) one owner may have. Checked after the idempotency lookup (a retry with a
   * known key always gets its job back) and atomically with the write, so racing submits on any
   * replica cannot overshoot it. Over the limit the store throws TooManyQueuedJobsError.
   */
  maxQueuedPerOwner?: number | undefined;
  /**
   * The input parts the record names in `inputBlobs` (detachInputImages), stored beside it in the
   * same atomic write, and only when the record is created: a record never names a blob that was
   * not stored with it.
   */
  blobs?: Readonly<InputBlobs> | undefined;
}

export interface TransitionOptions {
  /**
   * The writer's leader-term token (Leadership.term()). When given, the write happens only while
   * that term still holds the lease; otherwise the store throws FencedError and writes nothing, so a
   * replica that lost the lease without noticing cannot overwrite what the new leader decided.
   */
  fence?: string | undefined;
}

/** Why a kind's queued jobs are waiting, as decided by the leader; identical on every replica. */
export interface QueueState {
  reason: Exclude<QueueReason, 'SLOTS_BUSY' | 'SUBMITTING' | 'PREVIOUS_STEP'>;
  /** What the upstream said (a Tencent code and message), for operators; never a secret. */
  detail: string;
  since: number;
}

/**
 * Durable job state. Async so the SQLite (default), memory (tests) and Redis (replicas) stores are
 * interchangeable. The store applies the domain's rules (domain/transitions.ts) atomically; it never
 * decides a transition itself. Every write after the insert is conditional: `transition` reads,
 * asks `change`, and writes only over the record `change` saw.
 */
export interface JobStore {
  /**
   * Writes a new job and assigns its `seq` (strictly increasing) and, when QUEUED, its fair-queue
   * round (nextQueueRound). Resolves only once durable. When `owner` + `idempotencyKey` already
   * exist, or (for jobs with an `upstreamJobId`) a job with the same `upstreamJobId` exists, nothing
   * is written and the existing record is returned with `created: false`.
   */
  insert(job: NewJobRecord, opts?: InsertOptions): Promise<{ job: JobRecord; created: boolean }>;
  /**
   * Atomically: reads the record, calls `change` with it, and writes what it returns unless the
   * record changed in between (then it reads again and asks again). `change` returning undefined
   * writes nothing. `seq` and `queueRound` stay the store's whatever `change` returns. A write that
   * claims a job (submitAttemptAt set on a QUEUED job) moves the kind's served round to the job's
   * round. Resolves undefined for an unknown id.
   */
  transition(
    id: string,
    change: JobChange,
    opts?: TransitionOptions,
  ): Promise<{ job: JobRecord; changed: boolean } | undefined>;
  get(id: string): Promise<JobRecord | undefined>;
  getByUpstreamId(upstreamJobId: string): Promise<JobRecord | undefined>;
  getByIdempotencyKey(owner: string, key: string): Promise<JobRecord | undefined>;
  /** Jobs in any of the statuses, oldest first (seq ascending). */
  listByStatus(statuses: readonly JobStatus[]): Promise<JobRecord[]>;
  /**
   * Newest first (seq descending), jobs with `seq < beforeSeq` when given, only non-external jobs,
   * optionally one owner and one status. Returns at most `limit` (checkPageLimit).
   */
  page(opts: {
    limit: number;
    beforeSeq?: number | undefined;
    owner?: string | undefined;
    status?: JobStatus | undefined;
  }): Promise<JobRecord[]>;
  /**
   * The input blobs stored with the job (InsertOptions.blobs), by part; {} when it has none. They
   * are kept while the job is QUEUED (holdsInputBlobs): the write that moves a job out of QUEUED
   * drops them in the same atomic step.
   */
  getInputBlobs(id: string): Promise<InputBlobs>;
  /**
   * Retention: deletes up to `limit` finished jobs (DONE, FAIL, CANCELED) whose finishedTime is
   * before `before` (ms), oldest first, with their blobs and every index entry, atomically per
   * call. Resolves the ids deleted; fewer than `limit` means none is left.
   */
  deleteFinished(before: number, limit: number): Promise<string[]>;
  /**
   * Deletes the blobs of (about) `limit` jobs that no longer hold them: gone, or not QUEUED. A
   * safety net for retention: the stores drop blobs in the very write that leaves QUEUED, so only a
   * write from outside this code leaves any. Resolves how many jobs' blobs went.
   */
  deleteOrphanBlobs(limit: number): Promise<number>;
  /** Sets (or with undefined clears) why the kind's queue waits. Fenced like `transition`. */
  setQueueState(kind: JobKindName, state: QueueState | undefined, opts?: TransitionOptions): Promise<void>;
  queueStates(): Promise<Partial<Record<JobKindName, QueueState>>>;
  /** Answers only when the backing storage works: readiness uses it. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
