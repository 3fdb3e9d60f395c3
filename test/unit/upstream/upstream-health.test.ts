import { describe, expect, it, vi } from 'vitest';
import type { TencentClient } from '../../../src/tencent/client.ts';
import {
  TencentApiError,
  UpstreamTimeoutError,
  UpstreamTransportError,
} from '../../../src/tencent/errors.ts';
import { JOB_KINDS } from '../../../src/tencent/job-kinds.ts';
import type { QueryJobResponse } from '../../../src/tencent/types.ts';
import type { RateLimiter } from '../../../src/upstream/rate-limiter.ts';
import { createUpstreamHealth } from '../../../src/upstream/upstream-health.ts';
import { deferred, failOnUnhandledRejections } from '../../helpers/core-fakes.ts';

/**
 * Upstream health and its probe, with a fake client (createUpstreamHealth only calls queryJob), a
 * fake limiter and an injected clock. No network.
 */

const QUERY = JOB_KINDS.PRO.queryAction;

const refused = () =>
  new UpstreamTransportError('connect ECONNREFUSED 127.0.0.1:443', { action: QUERY, mayHaveReached: false });

const notFound = () =>
  new TencentApiError({
    action: QUERY,
    tencentCode: 'ResourceNotFound',
    message: 'JobId 0 does not exist',
    requestId: 'req-1',
  });

function setup(o: { threshold?: number } = {}) {
  let clock = 5_000_000;
  const queryJob = vi.fn(async (): Promise<QueryJobResponse> => {
    throw notFound();
  });
  const client = { queryJob } as unknown as TencentClient;
  const acquire = vi.fn(async (_action: string, _signal?: AbortSignal): Promise<void> => {});
  const limiter: RateLimiter = { acquire, pause() {}, stats: () => ({}), close() {} };
  const health = createUpstreamHealth({
    client,
    limiter,
    now: () => clock,
    ...(o.threshold === undefined ? {} : { threshold: o.threshold }),
  });
  return {
    health,
    queryJob,
    acquire,
    now: () => clock,
    tick(ms: number) {
      clock += ms;
    },
  };
}

failOnUnhandledRejections();

describe('upstream health: record', () => {
  it('is healthy at start, and ensure() then answers true without probing', async () => {
    const { health, queryJob, acquire } = setup();
    expect(health.healthy()).toBe(true);
    expect(health.lastFailure()).toBeUndefined();
    await expect(health.ensure()).resolves.toBe(true);
    expect(queryJob).not.toHaveBeenCalled();
    expect(acquire).not.toHaveBeenCalled();
  });

  it('one transport failure makes it unhealthy by default; an answer makes it healthy again', () => {
    const t = setup();
    t.health.record(false, refused());
    expect(t.health.healthy()).toBe(false);
    expect(t.health.lastFailure()).toEqual({ at: t.now(), message: 'connect ECONNREFUSED 127.0.0.1:443' });
    t.tick(1000);
    t.health.record(true);
    expect(t.health.healthy()).toBe(true);
    // The last failure is kept for diagnostics.
    expect(t.health.lastFailure()?.at).toBe(t.now() - 1000);
    t.health.record(false, 'socket hang up');
    expect(t.health.lastFailure()).toEqual({ at: t.now(), message: 'socket hang up' });
  });

  it('with a threshold, needs that many failures in a row', () => {
    const { health } = setup({ threshold: 3 });
    health.record(false, refused());
    health.record(false, refused());
    expect(health.healthy()).toBe(true);
    health.record(true);
    health.record(false, refused());
    health.record(false, refused());
    expect(health.healthy()).toBe(true);
    health.record(false, refused());
    expect(health.healthy()).toBe(false);
  });
});

describe('upstream health: ensure() probe', () => {
  it('probes once for concurrent callers, with a rate grant, and all learn the answer', async () => {
    const t = setup();
    t.health.record(false, refused());
    const answer = deferred<QueryJobResponse>();
    t.queryJob.mockImplementationOnce(() => answer.promise);
    const callers = [t.health.ensure(), t.health.ensure(), t.health.ensure()];
    await Promise.resolve();
    await Promise.resolve();
    expect(t.acquire).toHaveBeenCalledTimes(1);
    expect(t.acquire).toHaveBeenCalledWith(QUERY);
    expect(t.queryJob).toHaveBeenCalledTimes(1);
    expect(t.queryJob).toHaveBeenCalledWith(JOB_KINDS.PRO, '0');
    answer.reject(notFound());
    await expect(Promise.all(callers)).resolves.toEqual([true, true, true]);
    expect(t.health.healthy()).toBe(true);
  });

  it('a Tencent API error is an answer: healthy again', async () => {
    const t = setup();
    t.health.record(false, refused());
    await expect(t.health.ensure()).resolves.toBe(true);
    expect(t.health.healthy()).toBe(true);
  });

  it('a successful Query is an answer too', async () => {
    const t = setup();
    t.health.record(false, refused());
    t.queryJob.mockResolvedValueOnce({
      Status: 'FAIL',
      ErrorCode: '',
      ErrorMessage: '',
      ResultFile3Ds: [],
      RequestId: 'r',
    });
    await expect(t.health.ensure()).resolves.toBe(true);
  });

  it.each([
    ['a transport failure', refused],
    ['a timeout', () => new UpstreamTimeoutError({ action: QUERY, phase: 'connect', timeoutMs: 5000 })],
  ])('%s resolves false and is recorded; the next ensure() probes again', async (_name, failure) => {
    const t = setup();
    t.health.record(false, refused());
    t.tick(500);
    const err = failure();
    t.queryJob.mockRejectedValueOnce(err);
    await expect(t.health.ensure()).resolves.toBe(false);
    expect(t.health.healthy()).toBe(false);
    expect(t.health.lastFailure()).toEqual({ at: t.now(), message: err.message });
    // Failures are not cached: a later caller probes anew, and Tencent answers this time.
    await expect(t.health.ensure()).resolves.toBe(true);
    expect(t.queryJob).toHaveBeenCalledTimes(2);
  });

  it('waits for the rate budget before probing', async () => {
    const t = setup();
    t.health.record(false, refused());
    const grant = deferred<void>();
    t.acquire.mockImplementationOnce(() => grant.promise);
    const ok = t.health.ensure();
    await Promise.resolve();
    expect(t.queryJob).not.toHaveBeenCalled();
    grant.resolve();
    await expect(ok).resolves.toBe(true);
    expect(t.queryJob).toHaveBeenCalledTimes(1);
  });

  it.each([
    [
      'rejects',
      async () => {
        throw new Error('rate limiter closed');
      },
    ],
    [
      'throws synchronously',
      () => {
        throw new Error('rate limiter closed');
      },
    ],
  ])(
    'a limiter that %s during the probe: ensure() resolves false for every caller, recorded, nothing sent',
    async (_how, impl) => {
      const t = setup();
      t.health.record(false, refused());
      t.tick(250);
      t.acquire.mockImplementationOnce(impl as (action: string) => Promise<void>);
      await expect(Promise.all([t.health.ensure(), t.health.ensure()])).resolves.toEqual([false, false]);
      expect(t.acquire).toHaveBeenCalledTimes(1);
      expect(t.queryJob).not.toHaveBeenCalled();
      expect(t.health.healthy()).toBe(false);
      expect(t.health.lastFailure()).toEqual({ at: t.now(), message: 'rate limiter closed' });
      // The next caller probes again once the limiter grants.
      await expect(t.health.ensure()).resolves.toBe(true);
    },
  );

  it('a client that throws synchronously resolves false', async () => {
    const t = setup();
    t.health.record(false, refused());
    t.queryJob.mockImplementationOnce(() => {
      throw refused();
    });
    await expect(t.health.ensure()).resolves.toBe(false);
  });

  it('with a threshold above one, a failed probe stays unhealthy until an answer', async () => {
    const t = setup({ threshold: 2 });
    t.health.record(false, refused());
    t.health.record(false, refused());
    t.queryJob.mockRejectedValueOnce(refused());
    await expect(t.health.ensure()).resolves.toBe(false);
    await expect(t.health.ensure()).resolves.toBe(true);
    t.health.record(false, refused());
    // One failure after an answer is under the threshold: no probe.
    await expect(t.health.ensure()).resolves.toBe(true);
    expect(t.queryJob).toHaveBeenCalledTimes(2);
  });
});
