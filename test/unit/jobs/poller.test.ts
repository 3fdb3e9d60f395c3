import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPoller, type Poller, type PollerOptions } from '../../../src/jobs/scheduler/poller.ts';
import type { UpstreamQuery } from '../../../src/jobs/scheduler/upstream-query.ts';
import { UpstreamTransportError } from '../../../src/tencent/errors.ts';
import { JOB_KINDS, type JobKindName } from '../../../src/tencent/job-kinds.ts';
import type { QueryJobResponse } from '../../../src/tencent/types.ts';
import { createRateLimiter, type RateLimiter } from '../../../src/upstream/rate-limiter.ts';
import { type Deferred, deferred, failOnUnhandledRejections } from '../../helpers/core-fakes.ts';

/**
 * The poller's scheduling, on a fake clock: every timer and `now` come from vi.useFakeTimers, the
 * upstream and the limiter are plain objects the test drives. No network, no real sleeps.
 */

const T0 = 1_000_000;

function answer(status: QueryJobResponse['Status'] = 'RUN'): QueryJobResponse {
  return { Status: status, ErrorCode: '', ErrorMessage: '', ResultFile3Ds: [], RequestId: 'req' };
}

function transportError(): UpstreamTransportError {
  return new UpstreamTransportError('connect ECONNREFUSED', {
    action: JOB_KINDS.PRO.queryAction,
    mayHaveReached: false,
  });
}

/** A callback failing with `message` both ways one can: named for the test title, then the callback. */
function failingCallbacks(message: string): Array<[how: string, fail: () => unknown]> {
  return [
    [
      'rejects',
      async () => {
        throw new Error(message);
      },
    ],
    [
      'throws synchronously',
      () => {
        throw new Error(message);
      },
    ],
  ];
}

/** Time between consecutive entries. */
const gapsOf = (times: number[]) => times.slice(1).map((t, i) => t - (times[i] ?? 0));

const job = (id: string, kind: JobKindName = 'PRO') => ({ id, kind, upstreamJobId: `up-${id}` });

interface Call {
  /** The gateway id the poll was for (upstream id without its `up-` prefix). */
  id: string;
  kind: JobKindName;
  /** Offset from T0 (ms, fake clock). */
  at: number;
  granted: boolean | undefined;
}

/**
 * A fake UpstreamQuery recording every call. By default each call is answered at once with RUN;
 * `answer` decides otherwise (a rejection, or a promise the test settles later).
 */
function fakeUpstream(
  respond: (id: string, call: number) => Promise<QueryJobResponse> = async () => answer(),
) {
  const calls: Call[] = [];
  let inFlight = 0;
  let peak = 0;
  const upstream: UpstreamQuery = {
    async query(kind, upstreamJobId, o) {
      const id = upstreamJobId.replace(/^up-/, '');
      calls.push({ id, kind: kind.name, at: Date.now() - T0, granted: o?.granted });
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      try {
        return await respond(id, calls.length);
      } finally {
        inFlight -= 1;
      }
    },
    inFlight: () => inFlight,
  };
  return {
    upstream,
    calls,
    peak: () => peak,
    ids: () => calls.map((c) => c.id),
    timesOf: (id: string) => calls.filter((c) => c.id === id).map((c) => c.at),
  };
}

/** Grants at once and counts the asks. */
function openLimiter() {
  const asked: string[] = [];
  const limiter: RateLimiter = {
    acquire: async (action) => {
      asked.push(action);
    },
    pause() {},
    stats: () => ({}),
    close() {},
  };
  return { limiter, asked };
}

/**
 * Grants only when the test says so (`grant`), first come first served; or at once while `open`.
 * Rejects a waiter whose signal aborts, unless `ignoreAbort` (a limiter that does not watch it).
 */
function gatedLimiter(o: { ignoreAbort?: boolean; open?: boolean } = {}) {
  const waiters: { resolve: () => void }[] = [];
  let open = o.open ?? false;
  let asks = 0;
  const limiter: RateLimiter = {
    acquire(_action, signal) {
      asks += 1;
      if (signal?.aborted && !o.ignoreAbort) return Promise.reject(signal.reason);
      if (open) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const w = { resolve };
        waiters.push(w);
        if (signal && !o.ignoreAbort) {
          signal.addEventListener(
            'abort',
            () => {
              waiters.splice(waiters.indexOf(w), 1);
              reject(signal.reason);
            },
            { once: true },
          );
        }
      });
    },
    pause() {},
    stats: () => ({}),
    close() {},
  };
  return {
    limiter,
    waiting: () => waiters.length,
    asks: () => asks,
    grant() {
      const w = waiters.shift();
      if (!w) throw new Error('nobody is waiting for a grant');
      w.resolve();
    },
    open() {
      open = true;
      for (const w of waiters.splice(0)) w.resolve();
    },
    close() {
      open = false;
    },
  };
}

const pollers: Poller[] = [];

function makePoller(
  o: Partial<PollerOptions> & Pick<PollerOptions, 'upstream' | 'limiter'>,
): PollerOptions & { poller: Poller } {
  const options: PollerOptions = {
    kinds: JOB_KINDS,
    intervalMs: 1000,
    ratePerSecond: 20,
    onResult: vi.fn(async () => true),
    onError: vi.fn(async () => true),
    now: () => Date.now(),
    ...o,
  };
  const poller = createPoller(options);
  pollers.push(poller);
  return { ...options, poller };
}

/** Lets every settled promise chain run, without moving the clock. */
async function flush(): Promise<void> {
  for (let i = 0; i < 5; i++) await vi.advanceTimersByTimeAsync(0);
}

/** Moves the fake clock to T0 + `ms`. */
async function advanceTo(ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(T0 + ms - Date.now());
}

// Registered first, so its afterEach runs last: once the pollers are stopped and timers are real.
failOnUnhandledRejections();

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
});

afterEach(() => {
  // Not awaited: a test may leave a Query unanswered on purpose.
  for (const p of pollers.splice(0)) void p.stop();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('poller: cadence', () => {
  it('polls every followed job every intervalMs while the budget allows, with its grant', async () => {
    const up = fakeUpstream();
    const { poller, onResult } = makePoller({ upstream: up.upstream, limiter: openLimiter().limiter });
    for (const id of ['a', 'b', 'c']) poller.follow(job(id));
    poller.start();
    await advanceTo(5500);
    for (const id of ['a', 'b', 'c']) expect(up.timesOf(id)).toEqual([1000, 2000, 3000, 4000, 5000]);
    expect(up.calls.every((c) => c.granted === true && c.kind === 'PRO')).toBe(true);
    expect(onResult).toHaveBeenCalledTimes(15);
    expect(onResult).toHaveBeenCalledWith('a', answer());
  });

  it('polls a new job within min(intervalMs, 1 s), then every intervalMs', async () => {
    const up = fakeUpstream();
    const { poller } = makePoller({
      upstream: up.upstream,
      limiter: openLimiter().limiter,
      intervalMs: 5000,
    });
    poller.start();
    await advanceTo(300);
    poller.follow(job('a'));
    await advanceTo(12_000);
    expect(up.timesOf('a')).toEqual([1300, 6300, 11_300]);
  });

  it('measures the interval from the answer, not from the send', async () => {
    const up = fakeUpstream(async () => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      return answer();
    });
    const { poller } = makePoller({ upstream: up.upstream, limiter: openLimiter().limiter });
    poller.follow(job('a'));
    poller.start();
    await advanceTo(4000);
    expect(up.timesOf('a')).toEqual([1000, 2400, 3800]);
  });

  it('keeps the kinds in separate lanes, each asking for its own query action', async () => {
    const up = fakeUpstream();
    const { limiter, asked } = openLimiter();
    const { poller } = makePoller({ upstream: up.upstream, limiter });
    poller.follow(job('p', 'PRO'));
    poller.follow(job('r', 'RAPID'));
    poller.start();
    await advanceTo(1500);
    expect(up.calls.map((c) => [c.id, c.kind]).sort()).toEqual([
      ['p', 'PRO'],
      ['r', 'RAPID'],
    ]);
    expect([...asked].sort()).toEqual([JOB_KINDS.PRO.queryAction, JOB_KINDS.RAPID.queryAction].sort());
  });

  it('under a tight budget polls every job evenly slower, at about effectiveIntervalMs', async () => {
    const up = fakeUpstream();
    const limiter = createRateLimiter({ limit: 2, windowMs: 1000, now: () => Date.now() });
    const { poller } = makePoller({ upstream: up.upstream, limiter, intervalMs: 500, ratePerSecond: 2 });
    const ids = Array.from({ length: 8 }, (_, i) => `j${i}`);
    for (const id of ids) poller.follow(job(id));
    poller.start();
    await advanceTo(60_000);
    expect(poller.effectiveIntervalMs('PRO')).toBe(4000);
    // 2 grants per second over 59 s (the first poll is due at 500 ms).
    expect(up.calls.length).toBeGreaterThanOrEqual(116);
    expect(up.calls.length).toBeLessThanOrEqual(120);
    const counts = ids.map((id) => up.timesOf(id).length);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    for (const id of ids) expect(Math.max(...gapsOf(up.timesOf(id)))).toBeLessThanOrEqual(4000);
    limiter.close();
  });
});

describe('poller: in-flight limit', () => {
  it('never has more than maxInFlight Queries of one action out; an answer frees a place at once', async () => {
    const pending: Deferred<QueryJobResponse>[] = [];
    const up = fakeUpstream(() => {
      const d = deferred<QueryJobResponse>();
      pending.push(d);
      return d.promise;
    });
    const { poller } = makePoller({ upstream: up.upstream, limiter: openLimiter().limiter, maxInFlight: 3 });
    for (let i = 0; i < 10; i++) poller.follow(job(`p${i}`));
    poller.start();
    await advanceTo(20_000);
    expect(up.calls).toHaveLength(3);

    // The other action has its own places.
    poller.follow(job('r1', 'RAPID'));
    poller.follow(job('r2', 'RAPID'));
    await advanceTo(22_000);
    expect(up.calls.filter((c) => c.kind === 'RAPID')).toHaveLength(2);

    pending[0]?.resolve(answer());
    await flush();
    expect(up.calls).toHaveLength(6);
    expect(up.calls[5]?.at).toBe(22_000);
    expect(up.calls.filter((c) => c.kind === 'PRO')).toHaveLength(4);
    for (const d of pending) d.resolve(answer());
    await advanceTo(40_000);
    expect(up.peak()).toBe(5);
  });
});

describe('poller: who goes first', () => {
  it('grants go to the most overdue job, whatever the order jobs were followed in', async () => {
    let hold = true;
    const pending = new Map<string, Deferred<QueryJobResponse>>();
    const up = fakeUpstream(async (id) => {
      if (!hold) return answer();
      const d = deferred<QueryJobResponse>();
      pending.set(id, d);
      return d.promise;
    });
    const gate = gatedLimiter({ open: true });
    const { poller } = makePoller({ upstream: up.upstream, limiter: gate.limiter });
    for (const id of ['a', 'b', 'c']) poller.follow(job(id));
    poller.start();
    await advanceTo(1000);
    expect(up.ids()).toEqual(['a', 'b', 'c']);
    // Answers come back c, b, a: c is due again first, a last.
    hold = false;
    for (const [i, id] of ['c', 'b', 'a'].entries()) {
      await advanceTo(1100 + i * 100);
      pending.get(id)?.resolve(answer());
    }
    gate.close();
    await advanceTo(3000);
    expect(gate.waiting()).toBe(1);
    for (let i = 0; i < 3; i++) {
      gate.grant();
      await flush();
    }
    expect(up.ids().slice(3)).toEqual(['c', 'b', 'a']);
  });

  it.each([
    { at: 1400, watched: true, weight: undefined, first: 'w' },
    { at: 1400, watched: false, weight: undefined, first: 'a' },
    { at: 1300, watched: true, weight: undefined, first: 'a' },
    { at: 1300, watched: true, weight: 10, first: 'w' },
  ])(
    'a watched job weighs its overdue time by watchedWeight (at $at ms, watched $watched, weight $weight: $first first)',
    async ({ at, watched, weight, first }) => {
      const up = fakeUpstream();
      const gate = gatedLimiter();
      const { poller } = makePoller({
        upstream: up.upstream,
        limiter: gate.limiter,
        ...(weight === undefined ? {} : { watchedWeight: weight }),
      });
      poller.start();
      poller.follow(job('a')); // due at 1000
      await advanceTo(250);
      poller.follow(job('w')); // due at 1250
      if (watched) poller.watch('w');
      await advanceTo(at);
      // a has been due since 1000: the loop waits for the budget meanwhile.
      expect(gate.waiting()).toBe(1);
      gate.grant();
      await flush();
      gate.grant();
      await flush();
      expect(up.ids()).toEqual(first === 'w' ? ['w', 'a'] : ['a', 'w']);
    },
  );

  it('chooses when the grant arrives: a subscriber arriving during a slow grant gets it', async () => {
    const up = fakeUpstream();
    const gate = gatedLimiter();
    const { poller } = makePoller({ upstream: up.upstream, limiter: gate.limiter });
    poller.follow(job('a'));
    await advanceTo(100);
    poller.follow(job('b'));
    poller.start();
    await advanceTo(3000); // a is due since 1000 and asked for the budget then
    expect(gate.waiting()).toBe(1);
    poller.watch('b');
    gate.grant();
    await flush();
    expect(up.ids()).toEqual(['b']);
  });

  it('under a tight budget a watched job is polled more often than the others', async () => {
    const up = fakeUpstream();
    const limiter = createRateLimiter({ limit: 2, windowMs: 1000, now: () => Date.now() });
    const { poller } = makePoller({ upstream: up.upstream, limiter, intervalMs: 500, ratePerSecond: 2 });
    const ids = Array.from({ length: 8 }, (_, i) => `j${i}`);
    for (const id of ids) poller.follow(job(id));
    poller.watch('j5');
    poller.start();
    await advanceTo(60_000);
    const watchedCount = up.timesOf('j5').length;
    const others = ids.filter((id) => id !== 'j5').map((id) => up.timesOf(id).length);
    // Watched: every 2 s; the others share what is left, about every 5 s instead of every 4 s.
    expect(watchedCount).toBeGreaterThanOrEqual(2 * Math.max(...others));
    expect(Math.max(...gapsOf(up.timesOf('j5')))).toBeLessThanOrEqual(2000);
    // No starvation: every other job is still polled at a steady, only a little slower pace.
    for (const id of ids.filter((i) => i !== 'j5')) {
      expect(Math.max(...gapsOf(up.timesOf(id)))).toBeLessThanOrEqual(5000);
    }
    limiter.close();
  });
});

describe('poller: failures', () => {
  it('backs off exponentially after failed Queries, capped at 10 s, and returns to intervalMs after a success', async () => {
    // Every jittered delay at the top of its range [d/2, d].
    vi.spyOn(Math, 'random').mockReturnValue(0.999_999);
    const failing = new Set([1, 2, 3, 4, 5, 6, 7, 9]);
    const up = fakeUpstream(async (_id, n) => {
      if (failing.has(n)) throw transportError();
      return answer();
    });
    const onResult = vi.fn(async () => true);
    const { poller, onError } = makePoller({
      upstream: up.upstream,
      limiter: openLimiter().limiter,
      onResult,
    });
    poller.follow(job('a'));
    poller.start();
    await advanceTo(60_000);
    const gaps = gapsOf(up.timesOf('a').slice(0, 11));
    // 7 failures: 1, 2, 4, 8, then 10 s (capped); a success: the interval; one failure after a
    // success starts again at 1 s; then the interval.
    expect(gaps).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000, 10_000, 1000, 1000, 1000]);
    expect(onError).toHaveBeenCalledTimes(8);
    expect(onError).toHaveBeenCalledWith('a', expect.any(UpstreamTransportError));
    expect(onResult.mock.calls.length).toBe(up.calls.length - 8);
  });

  it('never waits more than about 10 s between two tries, whatever the jitter', async () => {
    const up = fakeUpstream(async () => {
      throw transportError();
    });
    const { poller } = makePoller({ upstream: up.upstream, limiter: openLimiter().limiter });
    poller.follow(job('a'));
    poller.start();
    await advanceTo(300_000);
    const gaps = gapsOf(up.timesOf('a'));
    expect(Math.max(...gaps)).toBeLessThanOrEqual(10_000);
    expect(Math.min(...gaps.slice(5))).toBeGreaterThanOrEqual(5000);
  });

  it('stops polling a job when onResult resolves false', async () => {
    const up = fakeUpstream(async () => answer('DONE'));
    const { poller } = makePoller({
      upstream: up.upstream,
      limiter: openLimiter().limiter,
      onResult: vi.fn(async (id: string) => id !== 'done'),
    });
    poller.follow(job('done'));
    poller.follow(job('running'));
    poller.start();
    await advanceTo(5500);
    expect(up.timesOf('done')).toEqual([1000]);
    expect(up.timesOf('running')).toHaveLength(5);
    expect(poller.following()).toBe(1);
    expect(poller.followedIds('PRO')).toEqual(['running']);
  });

  it('stops polling a job when onError resolves false', async () => {
    const up = fakeUpstream(async () => {
      throw transportError();
    });
    const { poller } = makePoller({
      upstream: up.upstream,
      limiter: openLimiter().limiter,
      onError: vi.fn(async () => false),
    });
    poller.follow(job('a'));
    poller.start();
    await advanceTo(30_000);
    expect(up.timesOf('a')).toEqual([1000]);
    expect(poller.following()).toBe(0);
  });

  it.each(failingCallbacks('store closed'))(
    'keeps the job when onError %s, without an unhandled rejection',
    async (_how, onErrorImpl) => {
      vi.spyOn(Math, 'random').mockReturnValue(0.999_999);
      const up = fakeUpstream(async () => {
        throw transportError();
      });
      const onError = vi.fn(onErrorImpl as PollerOptions['onError']);
      const { poller } = makePoller({ upstream: up.upstream, limiter: openLimiter().limiter, onError });
      poller.follow(job('a'));
      poller.start();
      await advanceTo(3000);
      expect(up.timesOf('a')).toEqual([1000, 2000]);
      expect(onError).toHaveBeenCalledTimes(2);
      expect(poller.following()).toBe(1);
      const stopped = poller.stop();
      await flush();
      await expect(stopped).resolves.toBeUndefined();
    },
  );

  it.each(failingCallbacks('store write failed'))(
    'when onResult %s: not an upstream failure (no onError), job kept, tried again after a back-off',
    async (_how, failImpl) => {
      // Every jittered delay at the bottom of its range [d/2, d], to tell a back-off from the interval.
      vi.spyOn(Math, 'random').mockReturnValue(0);
      const up = fakeUpstream();
      let failures = 3;
      const onResult = vi.fn((id: string, res: QueryJobResponse) => {
        if (failures-- > 0) return (failImpl as PollerOptions['onResult'])(id, res);
        return Promise.resolve(true);
      });
      const onResultError = vi.fn();
      const { poller, onError } = makePoller({
        upstream: up.upstream,
        limiter: openLimiter().limiter,
        onResult,
        onResultError,
      });
      poller.follow(job('a'));
      poller.start();
      await advanceTo(8000);
      // Back-off 0.5, 1, 2 s after each failed apply, then the interval once applied.
      expect(up.timesOf('a')).toEqual([1000, 1500, 2500, 4500, 5500, 6500, 7500]);
      expect(onError).not.toHaveBeenCalled();
      expect(onResultError).toHaveBeenCalledTimes(3);
      expect(onResultError).toHaveBeenCalledWith('a', new Error('store write failed'));
      expect(poller.following()).toBe(1);
    },
  );

  it('a throwing onResultError changes nothing', async () => {
    const up = fakeUpstream();
    const { poller } = makePoller({
      upstream: up.upstream,
      limiter: openLimiter().limiter,
      onResult: async () => {
        throw new Error('store write failed');
      },
      onResultError: () => {
        throw new Error('logger broken');
      },
    });
    poller.follow(job('a'));
    poller.start();
    await advanceTo(10_000);
    expect(up.timesOf('a').length).toBeGreaterThan(2);
    expect(poller.following()).toBe(1);
  });
});

describe('poller: following', () => {
  it('counts followed and watched jobs; following twice changes nothing', async () => {
    const up = fakeUpstream();
    const { poller } = makePoller({ upstream: up.upstream, limiter: openLimiter().limiter });
    poller.start();
    poller.follow(job('a'));
    await advanceTo(600);
    poller.follow(job('a')); // does not push its first poll back
    poller.follow(job('r', 'RAPID'));
    expect(poller.following()).toBe(2);
    expect(poller.followedIds('PRO')).toEqual(['a']);
    expect(poller.followedIds('RAPID')).toEqual(['r']);
    await advanceTo(1000);
    expect(up.timesOf('a')).toEqual([1000]);

    const stop1 = poller.watch('a');
    const stop2 = poller.watch('a');
    poller.watch('not-followed');
    expect(poller.watched()).toBe(2);
    stop1();
    stop1(); // idempotent: the second watcher still counts
    expect(poller.watched()).toBe(2);
    stop2();
    expect(poller.watched()).toBe(1);
  });

  it('unfollow stops polling a job; a poll already out still reports', async () => {
    const pending: Deferred<QueryJobResponse>[] = [];
    const up = fakeUpstream(() => {
      const d = deferred<QueryJobResponse>();
      pending.push(d);
      return d.promise;
    });
    const { poller, onResult } = makePoller({ upstream: up.upstream, limiter: openLimiter().limiter });
    poller.follow(job('a'));
    poller.follow(job('b'));
    poller.start();
    await advanceTo(1000);
    expect(up.ids()).toEqual(['a', 'b']);
    poller.unfollow('a');
    poller.unfollow('unknown');
    expect(poller.following()).toBe(1);
    for (const d of pending.splice(0)) d.resolve(answer());
    await flush();
    expect(onResult).toHaveBeenCalledWith('a', answer());
    for (const d of pending.splice(0)) d.resolve(answer());
    await advanceTo(2500);
    for (const d of pending.splice(0)) d.resolve(answer());
    expect(up.ids()).toEqual(['a', 'b', 'b']);
  });

  it('a job followed again while its old poll is out is not dropped by that poll', async () => {
    let hold = true;
    const pending: Deferred<QueryJobResponse>[] = [];
    const up = fakeUpstream(async () => {
      if (!hold) return answer();
      const d = deferred<QueryJobResponse>();
      pending.push(d);
      return d.promise;
    });
    // The old poll's answer says: done with this job; later ones say: keep polling.
    let answers = 0;
    const onResult = vi.fn(async () => ++answers > 1);
    const { poller } = makePoller({ upstream: up.upstream, limiter: openLimiter().limiter, onResult });
    poller.follow(job('a'));
    poller.start();
    await advanceTo(1000);
    poller.unfollow('a');
    poller.follow(job('a'));
    hold = false;
    pending[0]?.resolve(answer());
    await flush();
    expect(onResult).toHaveBeenCalledTimes(1);
    expect(poller.following()).toBe(1);
    await advanceTo(3500);
    expect(up.timesOf('a')).toEqual([1000, 2000, 3000]);
  });

  it('clear() forgets every job', async () => {
    const up = fakeUpstream();
    const { poller } = makePoller({ upstream: up.upstream, limiter: openLimiter().limiter });
    poller.follow(job('a'));
    poller.follow(job('r', 'RAPID'));
    poller.start();
    await advanceTo(1500);
    expect(up.calls).toHaveLength(2);
    poller.clear();
    expect(poller.following()).toBe(0);
    expect(poller.followedIds('PRO')).toEqual([]);
    await advanceTo(10_000);
    expect(up.calls).toHaveLength(2);
    poller.follow(job('a'));
    await advanceTo(11_000);
    expect(up.timesOf('a')).toEqual([1000, 11_000]);
  });

  it('reports the effective interval per kind: intervalMs, or slower when the budget cannot cover every job', () => {
    const up = fakeUpstream();
    const { poller } = makePoller({
      upstream: up.upstream,
      limiter: openLimiter().limiter,
      intervalMs: 1000,
      ratePerSecond: 2,
    });
    expect(poller.effectiveIntervalMs('PRO')).toBe(1000);
    for (let i = 0; i < 2; i++) poller.follow(job(`p${i}`));
    expect(poller.effectiveIntervalMs('PRO')).toBe(1000);
    poller.follow(job('p2'));
    expect(poller.effectiveIntervalMs('PRO')).toBe(1500);
    for (let i = 3; i < 10; i++) poller.follow(job(`p${i}`));
    expect(poller.effectiveIntervalMs('PRO')).toBe(5000);
    expect(poller.effectiveIntervalMs('RAPID')).toBe(1000);
  });
});

describe('poller: limiter trouble', () => {
  it('a limiter that rejects is asked again after a back-off, not in a tight loop; polling resumes when it grants', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.999_999);
    let failing = true;
    let asks = 0;
    const limiter: RateLimiter = {
      acquire: () => {
        asks += 1;
        return failing ? Promise.reject(new Error('rate limiter closed')) : Promise.resolve();
      },
      pause() {},
      stats: () => ({}),
      close() {},
    };
    const up = fakeUpstream();
    const { poller } = makePoller({ upstream: up.upstream, limiter });
    poller.follow(job('a'));
    poller.start();
    await advanceTo(30_000);
    // Asked at 1, 2, 4, 8, 16 (+10 s cap from there), 26 s.
    expect(asks).toBe(6);
    expect(up.calls).toEqual([]);
    failing = false;
    await advanceTo(36_000);
    expect(up.timesOf('a')).toEqual([36_000]);
    await advanceTo(38_000);
    expect(up.timesOf('a')).toEqual([36_000, 37_000, 38_000]);
  });

  it('stop() ends a wait for a slow grant, and nothing is sent', async () => {
    const up = fakeUpstream();
    const gate = gatedLimiter();
    const { poller } = makePoller({ upstream: up.upstream, limiter: gate.limiter });
    poller.follow(job('a'));
    poller.start();
    await advanceTo(5000);
    expect(gate.waiting()).toBe(1);
    await poller.stop();
    expect(gate.waiting()).toBe(0);
    await advanceTo(20_000);
    expect(up.calls).toEqual([]);
  });
});

describe('poller: stop()', () => {
  it('waits for the polls in flight and their onResult before resolving', async () => {
    const query = deferred<QueryJobResponse>();
    const applied = deferred<boolean>();
    const log: string[] = [];
    const up = fakeUpstream(() => query.promise);
    const { poller } = makePoller({
      upstream: up.upstream,
      limiter: openLimiter().limiter,
      onResult: async () => {
        log.push('onResult');
        const keep = await applied.promise;
        log.push('applied');
        return keep;
      },
    });
    poller.follow(job('a'));
    poller.start();
    await advanceTo(1000);
    expect(up.calls).toHaveLength(1);
    const stopping = poller.stop().then(() => log.push('stopped'));
    await flush();
    expect(log).toEqual([]);
    query.resolve(answer());
    await flush();
    expect(log).toEqual(['onResult']);
    applied.resolve(true);
    await stopping;
    expect(log).toEqual(['onResult', 'applied', 'stopped']);
  });

  it('waits for the onError of a poll that fails while stopping', async () => {
    const query = deferred<QueryJobResponse>();
    const log: string[] = [];
    const up = fakeUpstream(() => query.promise);
    const { poller } = makePoller({
      upstream: up.upstream,
      limiter: openLimiter().limiter,
      onError: async () => {
        await new Promise((resolve) => setTimeout(resolve, 50));
        log.push('onError');
        return true;
      },
    });
    poller.follow(job('a'));
    poller.start();
    await advanceTo(1000);
    const stopping = poller.stop().then(() => log.push('stopped'));
    query.reject(transportError());
    await vi.advanceTimersByTimeAsync(100);
    await stopping;
    expect(log).toEqual(['onError', 'stopped']);
  });

  it('a grant that arrives after stop() sends nothing (a limiter that ignores the signal)', async () => {
    const up = fakeUpstream();
    const gate = gatedLimiter({ ignoreAbort: true });
    const { poller } = makePoller({ upstream: up.upstream, limiter: gate.limiter });
    poller.follow(job('a'));
    poller.start();
    await advanceTo(1000);
    expect(gate.waiting()).toBe(1);
    const stopping = poller.stop();
    gate.grant();
    await stopping;
    await advanceTo(10_000);
    expect(up.calls).toEqual([]);
  });

  it('stop() then start() at once leaves a single loop per lane', async () => {
    const up = fakeUpstream();
    const gate = gatedLimiter();
    const { poller } = makePoller({ upstream: up.upstream, limiter: gate.limiter });
    poller.follow(job('a'));
    poller.start();
    await advanceTo(1000);
    expect(gate.asks()).toBe(1);
    void poller.stop();
    poller.start();
    await flush();
    expect(gate.waiting()).toBe(1);
    expect(gate.asks()).toBe(2);
    gate.grant();
    await flush();
    expect(up.calls).toHaveLength(1);
  });

  it('resolves when never started or stopped twice, and polls again after start()', async () => {
    const up = fakeUpstream();
    const { poller } = makePoller({ upstream: up.upstream, limiter: openLimiter().limiter });
    await poller.stop();
    poller.follow(job('a'));
    poller.start();
    poller.start();
    await advanceTo(2500);
    expect(up.timesOf('a')).toEqual([1000, 2000]);
    await poller.stop();
    await poller.stop();
    await advanceTo(10_000);
    expect(up.timesOf('a')).toEqual([1000, 2000]);
    expect(poller.following()).toBe(1);
    poller.start();
    await advanceTo(10_500);
    expect(up.timesOf('a')).toEqual([1000, 2000, 10_000]);
  });
});
