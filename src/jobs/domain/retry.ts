import { isTransientJobFailure } from '../../tencent/submit-policy.ts';
import type { QueryJobResponse } from '../../tencent/types.ts';
import { attemptCount, isUpstreamActive, type JobInput, type JobRecord } from './job.ts';
import { applyQueryResponse } from './snapshot.ts';
import { type JobChange, pastStartBy } from './transitions.ts';

/**
 * Retries, automatic and asked for.
 *
 * Automatic: a job whose Query answer is FAIL with an error Tencent marks as transient
 * (isTransientJobFailure) goes back to the queue as the same job, in the same write that would have
 * made it FAIL, up to `maxRetries` times: its attempt (JobId, error, times) moves to
 * `previousAttempts`, and it is sent again through the fair queue and the slots like any submit. It
 * keeps its fair-queue round, so it goes to the head of its kind's queue (it was admitted once
 * already). Subscribers see RUN → QUEUED → … rather than a FAIL that is not final. Only a Query
 * answer can trigger it: a Submit whose outcome is unknown (SUBMIT_OUTCOME_UNKNOWN) is never sent
 * again, external jobs (input unknown) are never retried, nor a job whose startBy has passed.
 *
 * Asked for (retryJob): a FAIL or CANCELED job's input is submitted again as a new job; the two are
 * linked both ways (`retryOf` on the new job, `retries` on the old one).
 */

export interface AutoRetryPolicy {
  /** Automatic retries per job after a transient upstream FAIL (UPSTREAM_FAIL_RETRIES); 0: none. */
  maxRetries: number;
}

/** `failed` (the job as the FAIL answer would leave it) is retried automatically at `at`. */
export function retriesAutomatically(failed: JobRecord, policy: AutoRetryPolicy, at: number): boolean {
  return (
    failed.status === 'FAIL' &&
    !failed.external &&
    failed.upstreamJobId !== undefined &&
    attemptCount(failed) <= policy.maxRetries &&
    isTransientJobFailure(failed.errorCode, failed.errorMessage) &&
    !pastStartBy(failed, at)
  );
}

/** The failed attempt moved to `previousAttempts`, the job QUEUED again with no upstream state. */
function requeued(failed: JobRecord, at: number, version: number): JobRecord {
  const { stalledAt: _stalled, partSegmentationInfo: _parts, ...rest } = failed;
  return {
    ...rest,
    status: 'QUEUED',
    previousAttempts: [
      ...(failed.previousAttempts ?? []),
      {
        upstreamJobId: failed.upstreamJobId as string,
        errorCode: failed.errorCode ?? 'FailedOperation',
        errorMessage: failed.errorMessage ?? '',
        submittedAt: failed.upstreamSubmittedAt,
        failedAt: at,
      },
    ],
    upstreamJobId: undefined,
    submitAttemptAt: undefined,
    upstreamSubmittedAt: undefined,
    startedAt: undefined,
    finishedAt: undefined,
    expiresAt: undefined,
    errorCode: undefined,
    errorMessage: undefined,
    resultFiles: [],
    refreshedAt: undefined,
    updatedAt: at,
    version: version + 1,
  };
}

/**
 * A Query answer for a job still running upstream (transitions.ts applyQueryAnswer), except that a
 * transient FAIL with retries left puts the job back in the queue instead (see above).
 */
export function applyQueryAnswerOrRetry(
  res: QueryJobResponse,
  at: number,
  policy: AutoRetryPolicy,
): JobChange {
  return (job) => {
    if (!isUpstreamActive(job)) return undefined;
    const answered = applyQueryResponse(job, res, at).job;
    return retriesAutomatically(answered, policy, at) ? requeued(answered, at, job.version) : answered;
  };
}

/** A job keeps at most this many retry links (retryJob refuses more: JOB_NOT_RETRYABLE). */
export const MAX_RETRIES_PER_JOB = 100;

/** Whether retryJob may submit this job's input again, and if not, why (for JOB_NOT_RETRYABLE). */
export function retryability(job: JobRecord): { ok: true } | { ok: false; reason: string } {
  if (job.status !== 'FAIL' && job.status !== 'CANCELED') {
    return { ok: false, reason: `it is ${job.status}; only FAIL and CANCELED jobs can be retried` };
  }
  if (job.external) {
    return {
      ok: false,
      reason: 'it was started outside this gateway (looked up by its Tencent JobId), so its input is unknown',
    };
  }
  const file = job.input.file;
  if (file?.fromStep !== undefined && file.url === undefined) {
    return {
      ok: false,
      reason:
        'it is a pipeline step that never received the model of the step before it; submit the pipeline again',
    };
  }
  if ((job.retries?.length ?? 0) >= MAX_RETRIES_PER_JOB) {
    return { ok: false, reason: `it was already retried ${MAX_RETRIES_PER_JOB} times` };
  }
  return { ok: true };
}

/**
 * The input to submit again, as a client would send it: a model file taken from a job goes back to
 * `{ fromJob, type }` (resolved again, so an expired source is refused), a pipeline step's
 * `fromStep` is dropped (the retry is a job of its own), a URL given by the client stays.
 */
export function retryInput(input: JobInput): JobInput {
  const file = input.file;
  if (file === undefined) return input;
  if (file.fromJob !== undefined) {
    return {
      ...input,
      file: { fromJob: file.fromJob, ...(file.type === undefined ? {} : { type: file.type }) },
    };
  }
  const { fromStep: _step, ...given } = file;
  return { ...input, file: given };
}

/**
 * Links a new retry to the job it retries, only while that job is FAIL or CANCELED: the atomic check
 * of retryJob, written before the retry is stored (a retry whose insert then fails is unlinked, and
 * `retries` skips ids that were never stored).
 */
export function linkRetry(retryId: string, at: number): JobChange {
  return (job) => {
    if (job.status !== 'FAIL' && job.status !== 'CANCELED') return undefined;
    const retries = job.retries ?? [];
    if (retries.includes(retryId) || retries.length >= MAX_RETRIES_PER_JOB) return undefined;
    return { ...job, retries: [...retries, retryId], updatedAt: at, version: job.version + 1 };
  };
}

/** Takes back a link whose retry could not be stored. */
export function unlinkRetry(retryId: string, at: number): JobChange {
  return (job) => {
    if (!job.retries?.includes(retryId)) return undefined;
    return {
      ...job,
      retries: job.retries.filter((id) => id !== retryId),
      updatedAt: at,
      version: job.version + 1,
    };
  };
}
