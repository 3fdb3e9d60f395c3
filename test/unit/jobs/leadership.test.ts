import type { Redis } from 'ioredis';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRedisLeadership, type Leadership } from '../../../src/jobs/scheduler/leadership.ts';
import { arrayLog, failOnUnhandledRejections, T0, waitUntil } from '../../helpers/core-fakes.ts';
import { connectTestRedis, testKeyPrefix } from '../../helpers/redis-connection.ts';

/**
 * The Redis lease, against the real Redis at 127.0.0.1:6379 under a key prefix of the test's own.
 * The lease checks run on fake timers (one check every TTL/3, fired by the test), and the lease's
 * own clock is an injected `now`; only the Redis round trips are real.
 */

failOnUnhandledRejections();

const TTL_MS = 30_000;
const CHECK_MS = TTL_MS / 3;

let clock = T0;
const started: Leadership[] = [];

interface Replica {
  leadership: Leadership;
  redis: Redis;
  /** How many times its listeners were called. */
  changes: () => number;
  /** Resolves at the next listener call. */
  nextChange: () => Promise<void>;
}

async function replica(key: string): Promise<Replica> {
  const redis = await connectTestRedis();
  const leadership = createRedisLeadership({
    redis,
    key,
    ttlMs: TTL_MS,
    log: arrayLog().log,
    now: () => clock,
  });
  let changes = 0;
  let waiters: Array<() => void> = [];
  leadership.onChange(() => {
    changes += 1;
    const w = waiters;
    waiters = [];
    for (const resolve of w) resolve();
  });
  started.push(leadership);
  return {
    leadership,
    redis,
    changes: () => changes,
    nextChange: () => new Promise<void>((resolve) => void waiters.push(resolve)),
  };
}

/** Two replicas on one lease key; the schedule's timers are faked once both are connected. */
async function twoReplicas() {
  const key = `${testKeyPrefix()}leader`;
  const a = await replica(key);
  const b = await replica(key);
  const admin = await connectTestRedis();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  return { key, a, b, admin };
}

afterEach(async () => {
  vi.useRealTimers();
  await Promise.allSettled(started.splice(0).map((l) => l.stop()));
  clock = T0;
});

describe('Redis leadership', () => {
  it('one of two replicas on the same key leads', async () => {
    const { key, a, b, admin } = await twoReplicas();
    await Promise.all([a.leadership.start(), b.leadership.start()]);
    const leaders = [a, b].filter((r) => r.leadership.isLeader());
    expect(leaders).toHaveLength(1);
    const leader = leaders[0]!;
    expect(leader.leadership.term()).toEqual(expect.any(String));
    expect(await admin.get(key)).toBe(leader.leadership.term());
    expect([a, b].find((r) => r !== leader)!.leadership.term()).toBeUndefined();
  });

  it('each acquisition starts a new term; stop() releases the lease and the other takes over on its next check', async () => {
    const { key, a, b, admin } = await twoReplicas();
    await a.leadership.start();
    await b.leadership.start();
    const first = a.leadership.term();
    expect(first).toEqual(expect.any(String));
    expect(b.leadership.isLeader()).toBe(false);

    await a.leadership.stop();
    expect(a.leadership.isLeader()).toBe(false);
    expect(await admin.get(key)).toBeNull();

    const bLeads = b.nextChange();
    await vi.advanceTimersByTimeAsync(CHECK_MS);
    await bLeads;
    const second = b.leadership.term();
    expect(second).toEqual(expect.any(String));
    expect(second).not.toBe(first);
    expect(await admin.get(key)).toBe(second);

    // The same replica again: a term of its own, never an earlier one.
    await b.leadership.stop();
    await a.leadership.start();
    const third = a.leadership.term();
    expect(third).toEqual(expect.any(String));
    expect(new Set([first, second, third]).size).toBe(3);
  });

  it('stop() while an acquire is in flight does not end up leading, and leaves the lease free (B11)', async () => {
    const { key, a, b, admin } = await twoReplicas();
    const starting = a.leadership.start(); // the acquire is on the wire
    await a.leadership.stop();
    await starting;

    expect(a.leadership.isLeader()).toBe(false);
    expect(a.changes()).toBe(0);
    expect(await admin.get(key)).toBeNull();
    // Nothing scheduled: no later check takes the lease back.
    await vi.advanceTimersByTimeAsync(10 * CHECK_MS);
    expect(a.leadership.isLeader()).toBe(false);

    await b.leadership.start();
    expect(b.leadership.isLeader()).toBe(true);
  });

  it('a renew that finds another token loses leadership', async () => {
    const { key, a, b, admin } = await twoReplicas();
    await a.leadership.start();
    await b.leadership.start();
    expect(a.leadership.isLeader()).toBe(true);

    // The lease lapsed and another replica took it (a new token under the same key).
    await admin.set(key, 'replica-c:99', 'PX', TTL_MS);
    const lost = a.nextChange();
    await vi.advanceTimersByTimeAsync(CHECK_MS);
    await lost;
    expect(a.leadership.isLeader()).toBe(false);
    expect(a.leadership.term()).toBeUndefined();
    expect(b.leadership.isLeader()).toBe(false);
    // It did not delete or extend the other holder's lease.
    expect(await admin.get(key)).toBe('replica-c:99');
  });

  it('a renew that fails (Redis away) loses leadership', async () => {
    const { a } = await twoReplicas();
    await a.leadership.start();
    expect(a.leadership.isLeader()).toBe(true);
    a.redis.disconnect();
    const lost = a.nextChange();
    await vi.advanceTimersByTimeAsync(CHECK_MS);
    await lost;
    expect(a.leadership.isLeader()).toBe(false);
  });

  it('isLeader() turns false once the lease time has passed without a successful renew', async () => {
    const { a } = await twoReplicas();
    await a.leadership.start();
    const term = a.leadership.term();
    expect(a.leadership.isLeader()).toBe(true);

    // Frozen past the lease (no check ran): it must not act as leader, before anyone says so.
    clock += TTL_MS - 1;
    expect(a.leadership.isLeader()).toBe(true);
    clock += 1;
    expect(a.leadership.isLeader()).toBe(false);
    expect(a.leadership.term()).toBeUndefined();

    // A renew that succeeds proves the lease again: the same term.
    await vi.advanceTimersByTimeAsync(CHECK_MS);
    await waitUntil(() => a.leadership.isLeader(), 'the renew lands');
    expect(a.leadership.term()).toBe(term);
  });

  it('takes over a lease whose acquire was applied but whose reply was lost (Redis stalled past the timeout)', async () => {
    const { key, a, admin } = await twoReplicas();
    // The acquire lands in Redis, but the reply never reaches the replica.
    const realSet = a.redis.set.bind(a.redis);
    const setSpy = vi.spyOn(a.redis, 'set').mockImplementationOnce((async (
      ...args: Parameters<typeof realSet>
    ) => {
      await realSet(...args);
      throw new Error('Command timed out');
    }) as unknown as typeof a.redis.set);
    await a.leadership.start();
    expect(a.leadership.isLeader()).toBe(false);
    const orphan = await admin.get(key);
    expect(orphan).toEqual(expect.any(String));
    // The next check renews that token instead of waiting for it to lapse: no leaderless lease.
    const leads = a.nextChange();
    await vi.advanceTimersByTimeAsync(CHECK_MS);
    await leads;
    expect(a.leadership.term()).toBe(orphan);
    expect(setSpy).toHaveBeenCalledTimes(1);
  });

  it('takes its lease back after a renew whose reply was lost', async () => {
    const { key, a, admin } = await twoReplicas();
    await a.leadership.start();
    const term = a.leadership.term();
    const realEval = a.redis.eval.bind(a.redis);
    vi.spyOn(a.redis, 'eval').mockImplementationOnce((async (...args: Parameters<typeof realEval>) => {
      await realEval(...args);
      throw new Error('Command timed out');
    }) as unknown as typeof a.redis.eval);
    const lost = a.nextChange();
    await vi.advanceTimersByTimeAsync(CHECK_MS);
    await lost;
    expect(a.leadership.isLeader()).toBe(false);
    const back = a.nextChange();
    await vi.advanceTimersByTimeAsync(CHECK_MS);
    await back;
    expect(a.leadership.term()).toBe(term);
    expect(await admin.get(key)).toBe(term);
  });
});
