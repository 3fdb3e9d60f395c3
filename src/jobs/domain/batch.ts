import { createHash } from 'node:crypto';
import type { JobKindName } from '../../tencent/job-kinds.ts';
import { hashInput, type JobInput } from './job.ts';

/**
 * submitJobs: up to MAX_BATCH_JOBS ordinary jobs validated together and stored in one atomic write
 * (JobStore.insertBatch), then drained through the fair queue like any others. The batch has no
 * record of its own: its first job holds the batch's idempotency key (in a namespace of its own) and
 * every job's id (`batchJobIds`), so the same key returns the same jobs.
 */

export const MAX_BATCH_JOBS = 100;

/** A job of a batch as the client sent it. */
export interface BatchJobInput {
  kind: JobKindName;
  input: JobInput;
}

/** The batch's idempotency key, apart from single jobs' and pipelines' keys. */
export function batchIdempotencyKey(key: string): string {
  return `\u0002batch:${key}`;
}

/** What a batch's idempotency key is compared on: every job, in order, as the client sent it. */
export function hashBatch(jobs: readonly BatchJobInput[]): string {
  const hash = createHash('sha256');
  hash.update('batch\n');
  for (const job of jobs) hash.update(`${hashInput(job.kind, job.input)}\n`);
  return hash.digest('hex');
}
