import { randomBytes } from 'node:crypto';
import type { Redis, Result } from 'ioredis';
import type { RateLimiter } from './rate-limiter.ts';

export interface RedisRateLimiterOptions {
  /** Shared with the other replicas; the caller closes it. */
  redis: Redis;
  /** Requests per window and action, across all replicas. @default 20 */
  limit?: number;
  /** @default 1100 (1 s plus 100 ms margin for arrival jitter) */
  windowMs?: number;
  /** Prepended to every key; replicas sharing one account use the same one. @default 'h3dgw:' */
  keyPrefix?: string;
}

declare module 'ioredis' {
  interface RedisCommander<Context> {
    h3dgwRateAcquire(
      windowKey: string,
      pauseKey: string,
      limit: string,
      windowMs: string,
      member: string,
    ): Result<number, Context>;
    h3dgwRatePause(pauseKey: string, ms: string): Result<number, Context>;
  }
}

/**
 * One sliding window per action for every replica: a zset of grants scored by Redis server time
 * (µs), so replica clocks do not matter, with grants at least window/limit apart. Answers 0 when it
 * recorded a grant, else the ms until one could be given: the pause's remaining time, the spacing,
 * or when enough grants leave the window.
 */
const LUA_ACQUIRE = `
local pausedMs = redis.call('PTTL', KEYS[2])
if pausedMs > 0 then return pausedMs end
local limit, windowUs = tonumber(ARGV[1]), tonumber(ARGV[2]) * 1000
local time = redis.call('TIME')
local nowUs = tonumber(time[1]) * 1000000 + tonumber(time[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', nowUs - windowUs)
-- Grants are spaced evenly over the window: a burst of 20 followed by network jitter is what lets a
-- 21st request land inside Tencent's one-second window.
local spacingUs = math.floor(windowUs / limit)
local newest = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')
if newest[2] and nowUs - tonumber(newest[2]) < spacingUs then
  return math.max(1, math.ceil((tonumber(newest[2]) + spacingUs - nowUs) / 1000))
end
local count = redis.call('ZCARD', KEYS[1])
if count < limit then
  redis.call('ZADD', KEYS[1], nowUs, ARGV[3])
  redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2]) + 1000)
  return 0
end
local freeing = redis.call('ZRANGE', KEYS[1], count - limit, count - limit, 'WITHSCORES')
return math.max(1, math.ceil((tonumber(freeing[2]) + windowUs - nowUs) / 1000))
`;

/** Extends the pause, never shortens it (a shorter Retry-After must not lift a longer one). */
const LUA_PAUSE = `
if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[1]) then
  redis.call('SET', KEYS[1], '1', 'PX', ARGV[1])
end
return 0
`;

/** Sleep a little past the moment Redis named, so the retry lands after it rather than just before. */
const WAKE_MARGIN_MS = 3;

interface Waiter {
  resolve: () => void;
  reject: (err: unknown) => void;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
  since: number;
}

interface ActionState {
  waiters: Waiter[];
  /** Local times of this process's grants in the last window, for stats. */
  grants: number[];
  waitedMsTotal: number;
  /** A loop is asking Redis for the head waiter. */
  pumping: boolean;
  timer: NodeJS.Timeout | undefined;
  wake: (() => void) | undefined;
}

/**
 * The rate limit shared by replicas through Redis. In each process, waiters queue FIFO per action
 * and only the head asks Redis, sleeping for as long as Redis says between tries, so a backlog
 * costs one Redis call per window per replica rather than one per waiter.
 */
export function createRedisRateLimiter(opts: RedisRateLimiterOptions): RateLimiter {
  const { redis } = opts;
  const limit = opts.limit ?? 20;
  const windowMs = opts.windowMs ?? 1100;
  const prefix = opts.keyPrefix ?? 'h3dgw:';
  if (!Number.isInteger(limit) || limit < 1) {
    throw new RangeError(`rate limiter limit must be a positive integer, got ${limit}`);
  }
  if (!Number.isInteger(windowMs) || windowMs < 1) {
    throw new RangeError(`rate limiter windowMs must be a positive integer of ms, got ${windowMs}`);
  }
  redis.defineCommand('h3dgwRateAcquire', { numberOfKeys: 2, lua: LUA_ACQUIRE });
  redis.defineCommand('h3dgwRatePause', { numberOfKeys: 1, lua: LUA_PAUSE });

  // Members must be unique across replicas, or two grants in one microsecond would count once.
  const instanceId = randomBytes(8).toString('base64url');
  let grantCounter = 0;
  const states = new Map<string, ActionState>();
  let closed = false;

  const windowKey = (action: string): string => `${prefix}rate:${action}`;
  const pauseKey = (action: string): string => `${prefix}rate-pause:${action}`;

  function state(action: string): ActionState {
    let s = states.get(action);
    if (!s) {
      s = { waiters: [], grants: [], waitedMsTotal: 0, pumping: false, timer: undefined, wake: undefined };
      states.set(action, s);
    }
    return s;
  }

  function prune(s: ActionState, t: number): void {
    let drop = 0;
    while (drop < s.grants.length && (s.grants[drop] ?? 0) <= t - windowMs) drop++;
    if (drop > 0) s.grants.splice(0, drop);
  }

  function sleep(s: ActionState, ms: number): Promise<void> {
    return new Promise((resolve) => {
      s.wake = resolve;
      s.timer = setTimeout(() => {
        s.timer = undefined;
        s.wake = undefined;
        resolve();
      }, ms);
    });
  }

  async function pump(action: string, s: ActionState): Promise<void> {
    s.pumping = true;
    try {
      while (!closed && s.waiters.length > 0) {
        let waitMs: number;
        try {
          grantCounter += 1;
          waitMs = await redis.h3dgwRateAcquire(
            windowKey(action),
            pauseKey(action),
            String(limit),
            String(windowMs),
            `${instanceId}:${grantCounter}`,
          );
        } catch (error) {
          // Without Redis the shared limit cannot be kept: fail everyone waiting now, together,
          // rather than each in turn after its own timeout.
          const failure = new Error(
            `rate limiter: Redis did not answer for action ${action}, so no request may be sent: ` +
              (error as Error).message,
            { cause: error },
          );
          for (const w of s.waiters.splice(0)) settle(w, failure);
          continue;
        }
        if (closed) return;
        if (waitMs > 0) {
          await sleep(s, waitMs + WAKE_MARGIN_MS);
          continue;
        }
        // The grant is recorded in Redis; if its asker aborted meanwhile, the next waiter takes it.
        const w = s.waiters.shift();
        if (!w) return;
        const t = Date.now();
        s.grants.push(t);
        s.waitedMsTotal += t - w.since;
        settle(w, undefined);
      }
    } finally {
      s.pumping = false;
    }
  }

  function settle(w: Waiter, error: unknown): void {
    if (w.signal && w.onAbort) w.signal.removeEventListener('abort', w.onAbort);
    if (error === undefined) w.resolve();
    else w.reject(error);
  }

  return {
    acquire(action, signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      if (closed) return Promise.reject(new Error('rate limiter closed'));
      const s = state(action);
      return new Promise<void>((resolve, reject) => {
        const w: Waiter = { resolve, reject, signal, onAbort: undefined, since: Date.now() };
        if (signal) {
          w.onAbort = () => {
            const i = s.waiters.indexOf(w);
            if (i >= 0) s.waiters.splice(i, 1);
            reject(signal.reason);
          };
          signal.addEventListener('abort', w.onAbort, { once: true });
        }
        s.waiters.push(w);
        if (!s.pumping) void pump(action, s);
      });
    },

    pause(action, ms) {
      if (closed || !(ms > 0)) return;
      // Fire and forget, as the interface is synchronous. Commands on one connection run in order,
      // so this process's next acquire already sees the pause; if Redis is away, that acquire fails.
      redis.h3dgwRatePause(pauseKey(action), String(Math.ceil(ms))).catch(() => {});
    },

    stats() {
      const out: ReturnType<RateLimiter['stats']> = {};
      const t = Date.now();
      for (const [action, s] of states) {
        prune(s, t);
        out[action] = {
          inWindow: s.grants.length,
          waiting: s.waiters.length,
          waitedMsTotal: s.waitedMsTotal,
        };
      }
      return out;
    },

    close() {
      closed = true;
      for (const s of states.values()) {
        if (s.timer) clearTimeout(s.timer);
        s.timer = undefined;
        s.wake?.();
        s.wake = undefined;
        for (const w of s.waiters.splice(0)) settle(w, new Error('rate limiter closed'));
      }
    },
  };
}
