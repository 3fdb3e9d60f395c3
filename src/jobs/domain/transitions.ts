import type { QueryJobResponse } from '../../tencent/types.ts';
import { failedJob, isUpstreamActive, type JobRecord, UPSTREAM_TTL_MS } from './job.ts';
import { applyQueryResponse } from './snapshot.ts';

/**
 * Every change a job can go through after it is stored, as pure functions of the current record.
 * Stores apply them atomically (read, decide, compare-and-set), so a decision is always taken on
 * the record it replaces: a cancel that lands while a dispatcher waits cannot be overwritten, and
 * two writers that disagree (a stale leader and a new one) cannot both win. A change returns
 * undefined when it does not apply to the record as it now is; nothing is written then.
 */
export type JobChange = (job: JobRecord) => JobRecord | undefined;

export const SUBMIT_OUTCOME_UNKNOWN = 'SUBMIT_OUTCOME_UNKNOWN';

/**
 * QUEUED, not being sent, and not a pipeline step waiting for its source (`waitsFor`): the only
 * state a dispatcher may claim.
 */
export function claimable(job: Pick<JobRecord, 'status' | 'submitAttemptAt' | 'waitsFor'>): boolean {
  return job.status === 'QUEUED' && job.submitAttemptAt === undefined && job.waitsFor === undefined;
}

/** QUEUED and not being sent (waiting for a source step or not): what a client may cancel. */
export function cancelable(job: Pick<JobRecord, 'status' | 'submitAttemptAt'>): boolean {
  return job.status === 'QUEUED' && job.submitAttemptAt === undefined;
}

/**
 * Marks the job as being sent at `at`. Durable before sending: after a crash, a set
 * submitAttemptAt without a JobId means the outcome is unknown. `at` identifies the claim. A job
 * whose startBy has come is never claimed (cancelPastDeadline ends it instead).
 */
export function claimForSubmit(at: number): JobChange {
  return (job) => (claimable(job) && !pastStartBy(job, at) ? { ...job, submitAttemptAt: at } : undefined);
}

export const DEADLINE_EXCEEDED = 'DEADLINE_EXCEEDED';

/** The job's startBy (if any) has come at `at`: it may no longer leave the queue. */
export function pastStartBy(job: Pick<JobRecord, 'startBy'>, at: number): boolean {
  return job.startBy !== undefined && at >= job.startBy;
}

/**
 * The job is still waiting here (QUEUED and unclaimed, cancelable) at or after its startBy: it is
 * CANCELED with DEADLINE_EXCEEDED and never sent. Applied by the leader (on a timer and every
 * rescan) and by the dispatcher right before a claim; a claimed job is past the point of no return.
 */
export function cancelPastDeadline(at: number): JobChange {
  return (job) => {
    if (!cancelable(job) || !pastStartBy(job, at)) return undefined;
    const retried = job.previousAttempts?.length
      ? ` It had failed at Tencent with a transient error (${job.previousAttempts.map((a) => a.upstreamJobId).join(', ')}) and was waiting to be sent again.`
      : '';
    return {
      ...withoutWaitsFor(job),
      status: 'CANCELED',
      errorCode: DEADLINE_EXCEEDED,
      errorMessage:
        `The job was still waiting in the gateway's queue at its startBy deadline (${new Date(job.startBy ?? at).toISOString()}), ` +
        `so it was canceled and never sent to Tencent.${retried}`,
      finishedAt: at,
      updatedAt: at,
      version: job.version + 1,
    };
  };
}

/** The record without `waitsFor` (a pipeline step no longer waiting), so records that never had it stay alike. */
export function withoutWaitsFor(job: JobRecord): JobRecord {
  const { waitsFor: _, ...rest } = job;
  return rest;
}

/** The client cancels: only a job still waiting here, never one on its way to Tencent. */
export function cancelQueued(at: number): JobChange {
  return (job) =>
    cancelable(job)
      ? {
          ...withoutWaitsFor(job),
          status: 'CANCELED',
          finishedAt: at,
          updatedAt: at,
          version: job.version + 1,
        }
      : undefined;
}

/** Ours and still unanswered: the claim taken at `claimAt` is still the job's. */
function heldClaim(job: JobRecord, claimAt: number): boolean {
  return job.status === 'QUEUED' && job.submitAttemptAt === claimAt && job.upstreamJobId === undefined;
}

/** The Submit provably did not run (refused, not sent): the job waits again, keeping its place. */
export function releaseClaim(claimAt: number): JobChange {
  return (job) => (heldClaim(job, claimAt) ? { ...job, submitAttemptAt: undefined } : undefined);
}

/** Tencent refused this submission for good (bad input, moderation): FAIL with its answer. */
export function failClaimed(
  claimAt: number,
  failure: { code: string; message: string; at: number; requestId?: string | undefined },
): JobChange {
  return (job) => (heldClaim(job, claimAt) ? failedJob(job, failure) : undefined);
}

/**
 * Tencent accepted the Submit sent under the claim `claimAt`: the job is WAIT with its JobId. Also
 * applies when the job was meanwhile marked SUBMIT_OUTCOME_UNKNOWN (a new leader gave up on the
 * answer): a JobId Tencent gave us is never thrown away, the job is followed again. Idempotent, so
 * persisting it can be retried.
 */
export function recordSubmitted(
  claimAt: number,
  res: { upstreamJobId: string; requestId: string; at: number },
): JobChange {
  return (job) => {
    if (job.upstreamJobId !== undefined || job.submitAttemptAt !== claimAt) return undefined;
    const gaveUp = job.status === 'FAIL' && job.errorCode === SUBMIT_OUTCOME_UNKNOWN;
    if (job.status !== 'QUEUED' && !gaveUp) return undefined;
    return {
      ...job,
      status: 'WAIT',
      upstreamJobId: res.upstreamJobId,
      upstreamSubmittedAt: res.at,
      expiresAt: res.at + UPSTREAM_TTL_MS,
      lastRequestId: res.requestId,
      refreshedAt: res.at,
      updatedAt: res.at,
      finishedAt: undefined,
      errorCode: undefined,
      errorMessage: undefined,
      version: job.version + 1,
    };
  };
}

/**
 * A claim older than `claimedBefore` never got its answer recorded: the process that sent it is
 * gone (crash, lost lease) and Tencent may or may not have started the job. It is not sent again.
 */
export function markOutcomeUnknown(claimedBefore: number, at: number): JobChange {
  return (job) =>
    job.status === 'QUEUED' &&
    job.submitAttemptAt !== undefined &&
    job.submitAttemptAt <= claimedBefore &&
    job.upstreamJobId === undefined
      ? failedJob(job, {
          code: SUBMIT_OUTCOME_UNKNOWN,
          message:
            'The gateway stopped while sending this job to Tencent, so whether Tencent started it is unknown. ' +
            'It was not sent again, to avoid a second paid job. If Tencent answers late, the job resumes by itself; ' +
            'otherwise submit again.',
          at,
        })
      : undefined;
}

/** The Submit's answer never came back (timeout or reset after sending): see markOutcomeUnknown. */
export function failOutcomeUnknown(claimAt: number, cause: string, at: number): JobChange {
  return failClaimed(claimAt, {
    code: SUBMIT_OUTCOME_UNKNOWN,
    message:
      `The submit request was sent to Tencent but no answer came back (${cause}). ` +
      'Tencent may or may not have started the job; it was not sent again, to avoid a second paid job. Submit again if needed.',
    at,
  });
}

/** A Query answer: only for a job still running upstream (terminal states are final). */
export function applyQueryAnswer(res: QueryJobResponse, at: number): JobChange {
  return (job) => (isUpstreamActive(job) ? applyQueryResponse(job, res, at).job : undefined);
}

/** Tencent no longer knows the JobId (it expires 24 h after submission). */
export function failUpstreamNotFound(
  err: { tencentCode: string; requestId?: string | undefined },
  at: number,
): JobChange {
  return (job) =>
    isUpstreamActive(job)
      ? failedJob(job, {
          code: 'UPSTREAM_JOB_NOT_FOUND',
          message: `Tencent no longer knows JobId ${job.upstreamJobId} (${err.tencentCode}): JobIds expire 24 h after submission`,
          at,
          requestId: err.requestId,
        })
      : undefined;
}

/**
 * The fair queue as data. Each QUEUED job gets a round when stored: one past both its owner's last
 * round and the round being served, so an owner with fifty queued jobs holds rounds 1..50 while a
 * newcomer joins at the next round, at most one turn behind. Jobs leave by (round, seq). Because
 * the rounds are in the records, every replica derives the same order and positions.
 */
export function nextQueueRound(ownerLastRound: number, servedRound: number): number {
  return Math.max(ownerLastRound, servedRound) + 1;
}

/** Queue order: round, then arrival. */
export function compareQueueOrder(
  a: Pick<JobRecord, 'queueRound' | 'seq'>,
  b: Pick<JobRecord, 'queueRound' | 'seq'>,
): number {
  return (a.queueRound ?? 0) - (b.queueRound ?? 0) || a.seq - b.seq;
}

/** Page sizes are validated once, for every store. */
export function checkPageLimit(limit: number): void {
  if (!Number.isInteger(limit) || limit < 0) {
    throw new RangeError(`page limit must be a non-negative integer, got ${limit}`);
  }
}

/** `\u0000` cannot appear in an API key name, so owner + key never collide across owners. */
export function idempotencySlot(owner: string, key: string): string {
  return `${owner}\u0000${key}`;
}
