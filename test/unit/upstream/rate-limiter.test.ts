import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRateLimiter } from '../../../src/upstream/rate-limiter.ts';

/** Highest number of timestamps in any half-open window [t, t + windowMs). */
function peakInWindow(times: number[], windowMs: number): number {
  let peak = 0;
  for (const t of times) peak = Math.max(peak, times.filter((u) => u >= t && u < t + windowMs).length);
  return peak;
}

describe('sliding-window rate limiter', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('never grants more than the limit in any window, whatever the demand', async () => {
    const limiter = createRateLimiter({ limit: 20, windowMs: 1100, now: Date.now });
    const grantedAt: number[] = [];
    const all = Array.from({ length: 100 }, () =>
      limiter.acquire('Query').then(() => grantedAt.push(Date.now())),
    );
    await vi.advanceTimersByTimeAsync(6000);
    await Promise.all(all);
    expect(grantedAt).toHaveLength(100);
    expect(peakInWindow(grantedAt, 1100)).toBe(20);
    // 100 grants at 20 per 1.1 s take 4 full windows after the first burst.
    expect(Math.max(...grantedAt) - Math.min(...grantedAt)).toBe(4400);
    limiter.close();
  });

  it('keeps actions independent', () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: 1000 });
    expect(limiter.tryAcquire('A')).toBe(true);
    expect(limiter.tryAcquire('A')).toBe(true);
    expect(limiter.tryAcquire('A')).toBe(false);
    expect(limiter.tryAcquire('B')).toBe(true);
    expect(limiter.nextFreeAt('A')).toBe(Date.now() + 1000);
    limiter.close();
  });

  it('serves waiters first-in first-out and does not let tryAcquire jump the queue', async () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000 });
    const order: string[] = [];
    await limiter.acquire('A');
    const p1 = limiter.acquire('A').then(() => order.push('first'));
    const p2 = limiter.acquire('A').then(() => order.push('second'));
    expect(limiter.tryAcquire('A')).toBe(false);
    await vi.advanceTimersByTimeAsync(2000);
    await Promise.all([p1, p2]);
    expect(order).toEqual(['first', 'second']);
    limiter.close();
  });

  it('pauses an action after RequestLimitExceeded', async () => {
    const limiter = createRateLimiter({ limit: 20, windowMs: 1000 });
    limiter.pause('A', 3000);
    expect(limiter.tryAcquire('A')).toBe(false);
    let granted = false;
    const p = limiter.acquire('A').then(() => {
      granted = true;
    });
    await vi.advanceTimersByTimeAsync(2999);
    expect(granted).toBe(false);
    await vi.advanceTimersByTimeAsync(2);
    await p;
    expect(granted).toBe(true);
    limiter.close();
  });

  it('drops an aborted waiter without using its grant', async () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000 });
    await limiter.acquire('A');
    const ac = new AbortController();
    const aborted = limiter.acquire('A', ac.signal).catch((e: unknown) => e);
    ac.abort(new Error('client went away'));
    expect(await aborted).toBeInstanceOf(Error);
    await vi.advanceTimersByTimeAsync(1000);
    expect(limiter.tryAcquire('A')).toBe(true);
    limiter.close();
  });
});
