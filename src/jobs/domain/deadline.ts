import { InvalidJobInputError } from './errors.ts';

/** How far ahead a startBy may be: a job waiting longer than this in the gateway's queue is absurd. */
export const MAX_START_BY_MS = 7 * 24 * 60 * 60 * 1000;

const iso = (ms: number) => (Number.isFinite(ms) ? new Date(ms).toISOString() : String(ms));

/**
 * A startBy (submitJob, submitJobs, submitPipeline, retryJob) must be after `now` and at most
 * MAX_START_BY_MS ahead; otherwise BAD_USER_INPUT naming `startBy`. The deadline itself is applied
 * by transitions.ts (claimForSubmit refuses, cancelPastDeadline ends the job).
 */
export function checkStartBy(startBy: number | undefined, now: number): void {
  if (startBy === undefined) return;
  if (!Number.isFinite(startBy) || startBy <= now) {
    throw new InvalidJobInputError(
      'startBy',
      `startBy: ${iso(startBy)} is not in the future (now is ${iso(now)}); give the latest time the job may still be sent to Tencent`,
      undefined,
    );
  }
  if (startBy > now + MAX_START_BY_MS) {
    throw new InvalidJobInputError(
      'startBy',
      `startBy: ${iso(startBy)} is more than ${MAX_START_BY_MS / 86_400_000} days ahead (at most ${iso(now + MAX_START_BY_MS)})`,
      undefined,
    );
  }
}
