import type { JobRecord } from '../../src/jobs/domain/job.ts';
import type { NewJobRecord } from '../../src/jobs/store/store.ts';

/**
 * Job records for unit tests, with every field written out: a QUEUED PRO job nobody has sent
 * upstream yet, as `submitJob` first writes it. Tests pass what they care about as overrides.
 */

/** When a job built here was submitted (and last updated), unless overridden. */
export const JOB_SUBMITTED_AT = Date.UTC(2026, 0, 1);

// Numbers the ids (and a stored job's seq) within one test file: vitest isolates modules per file.
let count = 0;

/**
 * A record as the store holds it. Unless overridden, its id is `job_` and a counter padded to 16
 * digits (unique and ordered within a test file) and its seq is that counter.
 */
export function storedJob(overrides: Partial<JobRecord> = {}): JobRecord {
  count += 1;
  return {
    id: `job_${String(count).padStart(16, '0')}`,
    kind: 'PRO',
    status: 'QUEUED',
    input: { prompt: 'a small teapot' },
    inputHash: 'f'.repeat(64),
    owner: '',
    idempotencyKey: undefined,
    external: false,
    upstreamJobId: undefined,
    seq: count,
    queueRound: undefined,
    version: 1,
    submittedAt: JOB_SUBMITTED_AT,
    submitAttemptAt: undefined,
    upstreamSubmittedAt: undefined,
    startedAt: undefined,
    finishedAt: undefined,
    expiresAt: undefined,
    errorCode: undefined,
    errorMessage: undefined,
    resultFiles: [],
    lastRequestId: undefined,
    refreshedAt: undefined,
    updatedAt: JOB_SUBMITTED_AT,
    ...overrides,
  };
}

/** A record to insert: `storedJob` without the `seq` and `queueRound` the store assigns. */
export function newJob(overrides: Partial<NewJobRecord> = {}): NewJobRecord {
  const { seq: _seq, queueRound: _queueRound, ...job } = storedJob(overrides);
  return job;
}
