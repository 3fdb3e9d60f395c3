import type { JobRecord, JobStatus } from '../domain/job.ts';

/**
 * Durable job state. Async so the SQLite (default), memory (tests) and Redis (replicas) stores are
 * interchangeable. Records are stored whole; the store never interprets them beyond its indexes.
 */
export interface JobStore {
  /**
   * Writes a new job and assigns its `seq` (strictly increasing). Resolves only once durable.
   * When `owner` + `idempotencyKey` already exist, or (for jobs with an `upstreamJobId`) a job with
   * the same `upstreamJobId` exists, nothing is written and the existing record is returned with
   * `created: false`, so two racing submits (or two replicas recording one external job) cannot
   * both create a job.
   */
  insert(job: Omit<JobRecord, 'seq'>): Promise<{ job: JobRecord; created: boolean }>;
  /**
   * Atomically marks a job as being sent to Tencent: only when it is QUEUED and not already being
   * sent, sets `submitAttemptAt = at` and returns the updated record; otherwise (canceled, taken by
   * another dispatcher, unknown) returns undefined and writes nothing.
   */
  claimForSubmit(id: string, at: number): Promise<JobRecord | undefined>;
  /**
   * Atomically cancels a job that is QUEUED and not being sent: status CANCELED, `finishedAt` and
   * `updatedAt` = at, version + 1. Returns the record after the call with `canceled` telling whether
   * this call canceled it; undefined for an unknown id.
   */
  cancelIfQueued(id: string, at: number): Promise<{ job: JobRecord; canceled: boolean } | undefined>;
  /** Replaces the record with the same id. Resolves once durable. */
  update(job: JobRecord): Promise<void>;
  get(id: string): Promise<JobRecord | undefined>;
  getByUpstreamId(upstreamJobId: string): Promise<JobRecord | undefined>;
  getByIdempotencyKey(owner: string, key: string): Promise<JobRecord | undefined>;
  /** Jobs in any of the statuses, oldest first (seq ascending): the queue order. */
  listByStatus(statuses: readonly JobStatus[]): Promise<JobRecord[]>;
  /**
   * Newest first (seq descending), jobs with `seq < beforeSeq` when given, only non-external jobs,
   * optionally one owner and one status. Returns at most `limit`.
   */
  page(opts: {
    limit: number;
    beforeSeq?: number | undefined;
    owner?: string | undefined;
    status?: JobStatus | undefined;
  }): Promise<JobRecord[]>;
  /** Answers only when the backing storage works: readiness uses it. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
