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

export interface BatchInsertOptions {
  /** As for insert, counting the whole batch: the owner's queued jobs plus the batch's must fit. */
  maxQueuedPerOwner?: number | undefined;
  /** Per job, at the same index: the input parts its record names in `inputBlobs`. */
  blobs?: ReadonlyArray<Readonly<InputBlobs> | undefined> | undefined;
}

/** insertBatch: every job created, or none because one's idempotency key or JobId is taken. */
export type BatchInsertResult =
  | { created: true; jobs: JobRecord[] }
  | { created: false; existing: JobRecord };

/** A batch the stores accept: distinct ids and idempotency keys (a caller's mistake otherwise). */
export function checkBatch(jobs: readonly NewJobRecord[]): void {
  const ids = new Set(jobs.map((job) => job.id));
  const keys = jobs.filter((job) => job.idempotencyKey !== undefined);
  const slots = new Set(keys.map((job) => `${job.owner}\u0000${job.idempotencyKey}`));
  if (ids.size !== jobs.length || slots.size !== keys.length) {
    throw new Error('insertBatch: the jobs of a batch need distinct ids and idempotency keys');
  }
}

/** How many QUEUED jobs of each owner a batch adds (the per-owner limit). */
export function queuedPerOwner(jobs: readonly NewJobRecord[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const job of jobs)
    if (job.status === 'QUEUED') counts.set(job.owner, (counts.get(job.owner) ?? 0) + 1);
  return counts;
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
   * Writes several new jobs in one atomic step (memory: synchronously; SQLite: one transaction;
   * Redis: one script): all of them or none. They get seq and rounds in array order, exactly as
   * inserted one after another. When any job's owner + idempotencyKey (or upstreamJobId) already
   * exists, nothing is written and that existing record is returned. The per-owner queue limit
   * counts the whole batch (TooManyQueuedJobsError, nothing written). Ids and keys must be distinct
   * within the batch (checkBatch).
   */
  insertBatch(jobs: readonly NewJobRecord[], opts?: BatchInsertOptions): Promise<BatchInsertResult>;
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
   * are kept until the job is DONE (holdsInputBlobs: it may be sent again until then): the write
   * that makes it DONE drops them in the same atomic step.
   */
  getInputBlobs(id: string): Promise<InputBlobs>;
  /**
   * Retention: deletes up to `limit` finished jobs (DONE, FAIL, CANCELED) whose finishedTime is
   * before `before` (ms), oldest first, with their blobs, history and every index entry, atomically
   * per call. Resolves the ids deleted; fewer than `limit` means none is left.
   */
  deleteFinished(before: number, limit: number): Promise<string[]>;
  /**
   * Finished jobs (DONE, FAIL, CANCELED) whose finishedTime is at or after `since` (ms), oldest
   * finish first (ties by seq), at most `limit` (checkPageLimit). Readers that must see every job
   * end (webhooks) page through it from a watermark.
   */
  listFinishedSince(since: number, limit: number): Promise<JobRecord[]>;
  /**
   * Deletes the blobs of (about) `limit` jobs that no longer hold them: gone, or DONE. A safety net
   * for retention: the stores drop blobs in the very write that makes a job DONE, so only a write
   * from outside this code leaves any. Resolves how many jobs' blobs went.
   */
  deleteOrphanBlobs(limit: number): Promise<number>;
  /**
   * Change history, for streams that resume (read/watch.ts): keeps `job` (the record as stored, so
   * without images) as the snapshot of its `version`, then only the `keep` highest versions of the
   * job. Idempotent by (id, version): a version already kept stays as it is. Writes nothing for a
   * job the store no longer has (deleted by retention meanwhile); `deleteFinished` drops a job's
   * history with it.
   */
  appendHistory(job: JobRecord, keep: number): Promise<void>;
  /** The kept snapshots of job `id` with a version above `afterVersion`, lowest version first. */
  history(id: string, afterVersion: number): Promise<JobRecord[]>;
  /** Sets (or with undefined clears) why the kind's queue waits. Fenced like `transition`. */
  setQueueState(kind: JobKindName, state: QueueState | undefined, opts?: TransitionOptions): Promise<void>;
  queueStates(): Promise<Partial<Record<JobKindName, QueueState>>>;
  /** Answers only when the backing storage works: readiness uses it. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
