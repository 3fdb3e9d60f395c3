/**
 * Per-action sliding-window limiter: at most `limit` grants in any window of `windowMs`. Tencent
 * counts arrivals per 1-second window, and jitter can bring requests sent 1 s apart closer, so the
 * window is a little longer than a second by default. Waiters are served FIFO.
 */
export interface RateLimiter {
  /** Resolves when one request for `action` may be sent. Rejects if `signal` aborts first. */
  acquire(action: string, signal?: AbortSignal): Promise<void>;
  /** Upstream said RequestLimitExceeded: grant nothing more for `action` during `ms`. */
  pause(action: string, ms: number): void;
  /** This process's view: grants in the current window, requests waiting, total wait, per action. */
  stats(): Record<string, { inWindow: number; waiting: number; waitedMsTotal: number }>;
  close(): void;
}

/** The in-process limiter also answers synchronously (tests, and callers that must not wait). */
export interface LocalRateLimiter extends RateLimiter {
  /** Grants at once or answers false without waiting. */
  tryAcquire(action: string): boolean;
  /** Earliest time (ms, limiter clock) at which a grant could be given; <= now means now. */
  nextFreeAt(action: string): number;
}

export interface RateLimiterOptions {
  /** Requests per window and action. @default 20 */
  limit?: number;
  /** @default 1100 (1 s plus 100 ms margin for arrival jitter) */
  windowMs?: number;
  /**
   * Average least time between two grants of one action, in ms: at most `burst` grants in any
   * `burst × minIntervalMs`. Without it a full window is granted in one burst, and a burst whose
   * first requests leave late (a busy event loop, a store write between grant and send) arrives at
   * Tencent bunched with the next window's: the poll-storm and fan-out benchmarks saw 22–31
   * arrivals in one second that way. `burst` lets a late timer catch up a little instead of losing
   * budget. @default 0 (no pacing)
   */
  minIntervalMs?: number;
  /** @default 3 */
  burst?: number;
  /** @default Date.now */
  now?: () => number;
}

interface Waiter {
  resolve: () => void;
  reject: (err: unknown) => void;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
  since: number;
}

interface ActionState {
  grants: number[];
  waiters: Waiter[];
  pausedUntil: number;
  timer: NodeJS.Timeout | undefined;
  waitedMsTotal: number;
}

export function createRateLimiter(opts: RateLimiterOptions = {}): LocalRateLimiter {
  const limit = opts.limit ?? 20;
  const windowMs = opts.windowMs ?? 1100;
  const minIntervalMs = opts.minIntervalMs ?? 0;
  const burst = Math.max(1, opts.burst ?? 3);
  const now = opts.now ?? Date.now;
  const states = new Map<string, ActionState>();
  let closed = false;

  function state(action: string): ActionState {
    let s = states.get(action);
    if (!s) {
      s = { grants: [], waiters: [], pausedUntil: 0, timer: undefined, waitedMsTotal: 0 };
      states.set(action, s);
    }
    return s;
  }

  function prune(s: ActionState, t: number): void {
    let drop = 0;
    while (drop < s.grants.length && (s.grants[drop] ?? 0) <= t - windowMs) drop++;
    if (drop > 0) s.grants.splice(0, drop);
  }

  function freeAt(s: ActionState, t: number): number {
    prune(s, t);
    const byWindow = s.grants.length < limit ? t : (s.grants[s.grants.length - limit] ?? t) + windowMs;
    const paced =
      minIntervalMs > 0 && s.grants.length >= burst
        ? (s.grants[s.grants.length - burst] ?? t) + burst * minIntervalMs
        : t;
    return Math.max(byWindow, paced, s.pausedUntil);
  }

  function pump(action: string): void {
    const s = state(action);
    const t = now();
    while (s.waiters.length > 0 && freeAt(s, t) <= t) {
      const w = s.waiters.shift();
      if (!w) break;
      s.grants.push(t);
      s.waitedMsTotal += t - w.since;
      if (w.signal && w.onAbort) w.signal.removeEventListener('abort', w.onAbort);
      w.resolve();
    }
    if (s.waiters.length > 0 && !s.timer && !closed) {
      s.timer = setTimeout(
        () => {
          s.timer = undefined;
          pump(action);
        },
        Math.max(1, freeAt(s, t) - t),
      );
    }
  }

  return {
    acquire(action, signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      const s = state(action);
      const t = now();
      if (s.waiters.length === 0 && freeAt(s, t) <= t) {
        s.grants.push(t);
        return Promise.resolve();
      }
      return new Promise<void>((resolve, reject) => {
        const w: Waiter = { resolve, reject, signal, onAbort: undefined, since: t };
        if (signal) {
          w.onAbort = () => {
            const i = s.waiters.indexOf(w);
            if (i >= 0) s.waiters.splice(i, 1);
            reject(signal.reason);
          };
          signal.addEventListener('abort', w.onAbort, { once: true });
        }
        s.waiters.push(w);
        pump(action);
      });
    },
    tryAcquire(action) {
      const s = state(action);
      const t = now();
      if (s.waiters.length > 0 || freeAt(s, t) > t) return false;
      s.grants.push(t);
      return true;
    },
    nextFreeAt(action) {
      return freeAt(state(action), now());
    },
    pause(action, ms) {
      const s = state(action);
      s.pausedUntil = Math.max(s.pausedUntil, now() + ms);
      if (s.timer) {
        clearTimeout(s.timer);
        s.timer = undefined;
      }
      pump(action);
    },
    stats() {
      const out: Record<string, { inWindow: number; waiting: number; waitedMsTotal: number }> = {};
      const t = now();
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
        for (const w of s.waiters.splice(0)) w.reject(new Error('rate limiter closed'));
      }
    },
  };
}
