/**
 * Retry schedules: the delay before each attempt of a delivery, the first usually 0 (at once). Like
 * Svix's: at once, then 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h (8 attempts over about 28 h).
 * WEBHOOK_RETRY_SCHEDULE takes the same form, so tests can use short delays.
 */

export const DEFAULT_RETRY_SCHEDULE = '0,5s,5m,30m,2h,5h,10h,10h';

const UNIT_MS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const DURATION_RE = /^(\d{1,9})(ms|s|m|h|d)?$/;

/** `0`, `250ms`, `5s`, `5m`, `2h`, `1d` → milliseconds; undefined when it is none of those. */
export function parseDuration(text: string): number | undefined {
  const m = DURATION_RE.exec(text.trim());
  if (!m?.[1]) return undefined;
  const value = Number(m[1]);
  if (m[2] === undefined) return value === 0 ? 0 : undefined;
  return value * (UNIT_MS[m[2]] ?? Number.NaN);
}

/** Attempts in one schedule at most. */
export const MAX_SCHEDULE_ATTEMPTS = 50;

/**
 * `0,5s,5m,…` → delays in ms, one per attempt. Undefined when an entry is not a duration, the list
 * is empty or longer than MAX_SCHEDULE_ATTEMPTS, or a delay is over 7 days.
 */
export function parseSchedule(text: string): number[] | undefined {
  const parts = text.split(',');
  if (parts.length === 0 || parts.length > MAX_SCHEDULE_ATTEMPTS) return undefined;
  const delays: number[] = [];
  for (const part of parts) {
    const ms = parseDuration(part);
    if (ms === undefined || ms > 7 * UNIT_MS.d!) return undefined;
    delays.push(ms);
  }
  return delays;
}

/**
 * When the attempt after the one at schedule index `step` is due, given the time that one ended;
 * undefined when the schedule has no more attempts.
 */
export function nextAttemptAt(
  schedule: readonly number[],
  step: number,
  endedAt: number,
): number | undefined {
  const delay = schedule[step + 1];
  return delay === undefined ? undefined : endedAt + delay;
}
