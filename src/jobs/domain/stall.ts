import { failedJob, isUpstreamActive, type JobRecord } from './job.ts';
import type { JobChange } from './transitions.ts';

/**
 * Jobs that "look hung": Tencent reports no progress, so a job in WAIT or RUN much longer than its
 * kind usually takes is flagged (`stalledAt`, a visible change: version + 1, so subscribers get an
 * event), and, past an optional hard limit, ended as FAIL with UPSTREAM_STALLED. Both are leader
 * writes, decided on the record as it is now, like every transition.
 *
 * Only the gateway's own jobs are judged (an external job's submit time is unknown), and only from
 * the time Tencent accepted the Submit (`upstreamSubmittedAt`).
 */

export const UPSTREAM_STALLED = 'UPSTREAM_STALLED';

/**
 * How long a kind's job may run upstream before it counts as stalled: `factor` times the 90th
 * percentile of the kind's observed durations (the prior while nothing was observed).
 */
export function stallThresholdMs(p90Ms: number, factor: number): number {
  return Math.max(1, Math.round(p90Ms * factor));
}

/** A job this gateway submitted, running upstream, and for how long (ms) at `at`. */
function upstreamFor(job: JobRecord, at: number): number | undefined {
  if (!isUpstreamActive(job) || job.external || job.upstreamSubmittedAt === undefined) return undefined;
  return at - job.upstreamSubmittedAt;
}

/** Flagged as stalled and still at Tencent, or ended for it (UPSTREAM_STALLED). */
export function isStalled(
  job: Pick<JobRecord, 'stalledAt' | 'status' | 'upstreamJobId' | 'errorCode'>,
): boolean {
  return job.stalledAt !== undefined && (isUpstreamActive(job) || job.errorCode === UPSTREAM_STALLED);
}

/** Upstream for `thresholdMs` or longer and not flagged yet: flagged now (once). */
export function markStalled(thresholdMs: number, at: number): JobChange {
  return (job) => {
    const running = upstreamFor(job, at);
    if (running === undefined || running < thresholdMs || job.stalledAt !== undefined) return undefined;
    return { ...job, stalledAt: at, updatedAt: at, version: job.version + 1 };
  };
}

function minutes(ms: number): string {
  const m = ms / 60_000;
  return m >= 10 ? `${Math.round(m)} min` : `${m.toFixed(1)} min`;
}

/**
 * Upstream for `limitMs` (UPSTREAM_STALL_LIMIT_MS) or longer: FAIL with UPSTREAM_STALLED. The JobId
 * is kept; the gateway stops following it, so a result Tencent may still produce is not picked up
 * (the FAIL is final) and its slot is given back (a Submit refused for the account's job limit
 * waits, as always).
 */
export function failStalled(limitMs: number, at: number): JobChange {
  return (job) => {
    const running = upstreamFor(job, at);
    if (running === undefined || running < limitMs) return undefined;
    return failedJob(
      { ...job, stalledAt: job.stalledAt ?? at },
      {
        code: UPSTREAM_STALLED,
        message:
          `Tencent had not finished JobId ${job.upstreamJobId} after ${minutes(running)} ` +
          `(UPSTREAM_STALL_LIMIT_MS is ${limitMs} ms), so the gateway stopped waiting for it. ` +
          'Tencent may still finish it (and bill it); its JobId stays on this job, but a later result is not picked up. ' +
          'Submit again (retryJob) if needed.',
        at,
      },
    );
  };
}
