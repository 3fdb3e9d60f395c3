import type { Redis } from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RateLimiter } from '../../../src/upstream/rate-limiter.ts';
import {
  createRedisRateLimiter,
  type RedisRateLimiterOptions,
} from '../../../src/upstream/rate-limiter-redis.ts';
import { connectTestRedis, testKeyPrefix } from '../../helpers/redis-connection.ts';

// Real time, not fake timers: the window lives in Redis and is measured with Redis's clock.

/** Highest number of timestamps in any half-open window [t, t + windowMs). */
function peakInWindow(times: number[], windowMs: number): number {
  let peak = 0;
  for (const t of times) peak = Math.max(peak, times.filter((u) => u >= t && u < t + windowMs).length);
  return peak;
}

/**
 * The server time (µs) of every grant recorded in `key`: the acquire script scores its ZADD with
 * Redis TIME, and MONITOR reports the commands scripts run. Exact, unlike timing the resolved
 * promises on a busy machine.
 */
async function recordGrants(redis: Redis, key: string): Promise<{ grantsUs: number[]; stop: () => void }> {
  const monitor = await redis.monitor();
  const grantsUs: number[] = [];
  monitor.on('monitor', (_time: string, args: string[]) => {
    if (args[0]?.toUpperCase() === 'ZADD' && args[1] === key) grantsUs.push(Number(args[2]));
  });
  return { grantsUs, stop: () => monitor.disconnect() };
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  if (!condition()) throw new Error(`timed out waiting for ${what}`);
}

describe('Redis rate limiter shared by replicas', () => {
  let prefix: string;
  const limiters: RateLimiter[] = [];

  /** Two replicas: each its own connection and limiter, one shared window. */
  async function replicas(
    opts: Omit<RedisRateLimiterOptions, 'redis' | 'keyPrefix'> = {},
  ): Promise<[RateLimiter, RateLimiter]> {
    const [a, b] = await Promise.all([connectTestRedis(), connectTestRedis()]);
    const pair: [RateLimiter, RateLimiter] = [
      createRedisRateLimiter({ ...opts, redis: a, keyPrefix: prefix }),
      createRedisRateLimiter({ ...opts, redis: b, keyPrefix: prefix }),
    ];
    limiters.push(...pair);
    return pair;
  }

  beforeEach(() => {
    prefix = testKeyPrefix();
  });

  afterEach(() => {
    for (const limiter of limiters.splice(0)) limiter.close();
  });

  it('never grants more than the limit in any window across two replicas', async () => {
    const [a, b] = await replicas({ limit: 20, windowMs: 1100 });
    const action = 'SubmitHunyuanTo3DProJob';
    const grants = await recordGrants(await connectTestRedis(), `${prefix}rate:${action}`);
    try {
      await Promise.all(Array.from({ length: 60 }, (_, i) => (i % 2 === 0 ? a : b).acquire(action)));
      await until(() => grants.grantsUs.length >= 60, 'MONITOR to report 60 grants');
    } finally {
      grants.stop();
    }

    expect(grants.grantsUs).toHaveLength(60);
    const peak = peakInWindow(grants.grantsUs, 1100 * 1000);
    expect(peak).toBeLessThanOrEqual(20);
    // Spaced evenly (window / limit = 55 ms apart), never in a burst.
    const sorted = [...grants.grantsUs].sort((a, b) => a - b);
    const gapsMs = sorted.slice(1).map((t, i) => (t - (sorted[i] ?? t)) / 1000);
    expect(Math.min(...gapsMs)).toBeGreaterThanOrEqual(54);
    // 60 grants 55 ms apart: about 3.2 s, never less. How much more depends on the machine (timers
    // fire late on a busy one), so there is no upper bound here: the figure is printed instead.
    const spanMs = (Math.max(...grants.grantsUs) - Math.min(...grants.grantsUs)) / 1000;
    expect(spanMs).toBeGreaterThanOrEqual(59 * 54);
    console.info(
      `redis limiter: 60 grants over ${Math.round(spanMs)} ms (ideal ${59 * 55}), peak ${peak} in any 1.1 s`,
    );
    const [statsA, statsB] = [a.stats()[action]!, b.stats()[action]!];
    expect(statsA.waiting + statsB.waiting).toBe(0);
    expect(statsA.inWindow + statsB.inWindow).toBeLessThanOrEqual(20);
    expect(statsA.waitedMsTotal).toBeGreaterThan(1000);
    expect(statsB.waitedMsTotal).toBeGreaterThan(1000);
  });

  it('serves one process waiters first-in first-out', async () => {
    const [a] = await replicas({ limit: 1, windowMs: 200 });
    const order: number[] = [];

    await Promise.all([1, 2, 3, 4].map((n) => a.acquire('A').then(() => order.push(n))));

    expect(order).toEqual([1, 2, 3, 4]);
  });

  it('pauses an action on every replica, and a shorter pause does not lift a longer one', async () => {
    const [a, b] = await replicas();
    const started = Date.now();

    a.pause('A', 600);
    a.pause('A', 50);
    // The pause reached Redis once a later command on the same connection has answered.
    await a.acquire('B');
    const grantedAt = await Promise.all(
      [a.acquire('A'), b.acquire('A')].map((p) => p.then(() => Date.now())),
    );

    // Both replicas waited for the longer pause (a pause that never ended would time the test out).
    for (const t of grantedAt) expect(t - started).toBeGreaterThanOrEqual(590);
  });

  it('rejects with the abort reason and stops waiting', async () => {
    const [a, b] = await replicas({ limit: 1, windowMs: 5000 });
    await a.acquire('A');
    const controller = new AbortController();

    const waiting = b.acquire('A', controller.signal);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(b.stats().A?.waiting).toBe(1);
    controller.abort(new Error('client went away'));

    await expect(waiting).rejects.toThrow('client went away');
    expect(b.stats().A?.waiting).toBe(0);
    await expect(b.acquire('A', AbortSignal.abort(new Error('already gone')))).rejects.toThrow(
      'already gone',
    );
  });

  it('keeps actions independent', async () => {
    // A window far longer than the test: A stays exhausted throughout, whatever the machine's speed.
    const [a, b] = await replicas({ limit: 1, windowMs: 600_000 });
    await a.acquire('A');
    const blocked = new AbortController();
    let aGranted = false;
    const waitingForA = b.acquire('A', blocked.signal).then(() => {
      aGranted = true;
    });

    // B and C are granted on both replicas while A's waiter is still waiting.
    await Promise.all([a.acquire('B'), b.acquire('C')]);

    expect(aGranted).toBe(false);
    expect(b.stats().A?.waiting).toBe(1);
    blocked.abort(new Error('done waiting'));
    await expect(waitingForA).rejects.toThrow('done waiting');
  });

  it('rejects waiters on close, and acquires after it', async () => {
    const [a] = await replicas({ limit: 1, windowMs: 5000 });
    await a.acquire('A');
    const waiting = a.acquire('A');

    a.close();

    await expect(waiting).rejects.toThrow(/closed/);
    await expect(a.acquire('A')).rejects.toThrow(/closed/);
  });
});
