import type { PubSubEventTarget } from '@graphql-yoga/subscription';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JobRecord, JobStatus } from '../../../src/jobs/domain/job.ts';
import { createJobEvents, type JobEvents, type JobTopics } from '../../../src/jobs/events/events.ts';
import { watchJob } from '../../../src/jobs/read/watch.ts';
import type { Poller } from '../../../src/jobs/scheduler/poller.ts';
import type { JobRepository } from '../../../src/jobs/store/job-repository.ts';
import { storedJob } from '../../helpers/job-records.ts';

/**
 * One subscriber's stream of a job, with the real in-process events, a fake repository (the two
 * reads watchJob makes: `get` through the snapshot cache, `store.get` straight from the store) and
 * a fake poller (`watch`). Re-read timers run on vi.useFakeTimers.
 */

const JOB_ID = 'job_AAAAAAAAAAAAAAAA';
const TOPIC = `job:updated:${JOB_ID}`;

/** The watched job at `version`: sent upstream (JobId 1234) at 1000. */
function record(version: number, status: JobStatus = 'RUN'): JobRecord {
  return storedJob({
    id: JOB_ID,
    status,
    input: { prompt: 'a cat' },
    inputHash: 'hash',
    upstreamJobId: '1234',
    seq: 1,
    version,
    submittedAt: 1000,
    submitAttemptAt: 1000,
    upstreamSubmittedAt: 1000,
    startedAt: 1000,
    refreshedAt: 1000,
    updatedAt: 1000 + version,
  });
}

function setup(o: { stored?: JobRecord | undefined; recheckMs?: number; signal?: AbortSignal } = {}) {
  // The subscriber's own signal unless the test brings one: end() stops the stream with it.
  const ac = new AbortController();
  const signal = o.signal ?? ac.signal;
  // The events' own EventTarget, so a test sees the subscription's listener come and go.
  const target = new EventTarget();
  const add = vi.spyOn(target, 'addEventListener');
  const remove = vi.spyOn(target, 'removeEventListener');
  const events: JobEvents = createJobEvents(target as PubSubEventTarget<JobTopics>);
  const listening = () =>
    add.mock.calls.filter(([type]) => type === TOPIC).length -
    remove.mock.calls.filter(([type]) => type === TOPIC).length;

  let stored: JobRecord | undefined = 'stored' in o ? o.stored : record(1);
  const repoGet = vi.fn(async (_id: string) => stored);
  const storeGet = vi.fn(async (_id: string) => stored);
  // watchJob reads nothing else from the repository.
  const repo = { get: repoGet, store: { get: storeGet } } as unknown as JobRepository;

  const unwatch = vi.fn();
  const watch = vi.fn((_id: string) => unwatch);
  const poller = { watch } as unknown as Poller;

  const stream = watchJob(record(1), {
    repo,
    events,
    poller,
    signal,
    ...(o.recheckMs === undefined ? {} : { recheckMs: o.recheckMs }),
  });
  return {
    stream,
    events,
    publish: (job: JobRecord) => events.publish('job:updated', JOB_ID, job),
    /** Changes the stored job without an event: an event lost in between. */
    store: (job: JobRecord | undefined) => {
      stored = job;
    },
    repoGet,
    storeGet,
    watch,
    unwatch,
    listening,
    /**
     * Ends a stream that is waiting. Not with return(): an async generator queues return() behind a
     * pending next(), which here waits for the next new version (see the test below).
     */
    async end(pending?: Promise<IteratorResult<JobRecord>>) {
      ac.abort();
      if (pending) expect(await pending).toEqual({ done: true, value: undefined });
      await flush();
      expect(unwatch).toHaveBeenCalledTimes(1);
      expect(listening()).toBe(0);
    },
  };
}

/** Lets settled promises run, without moving the clock. */
async function flush(): Promise<void> {
  for (let i = 0; i < 5; i++) await vi.advanceTimersByTimeAsync(0);
}

/** A next() that has not settled yet is 'pending'. */
async function state<T>(p: Promise<T>): Promise<T | 'pending'> {
  return Promise.race([p, flush().then(() => 'pending' as const)]);
}

const versions = (items: IteratorResult<JobRecord>[]) => items.map((r) => (r.done ? 'end' : r.value.version));

beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 });
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('watchJob', () => {
  it('yields the stored snapshot first, then every newer version in order', async () => {
    const w = setup({ stored: record(3) });
    const first = await w.stream.next();
    expect(first.done ? undefined : first.value.version).toBe(3);
    expect(w.storeGet).toHaveBeenCalledWith(JOB_ID);
    expect(w.watch).toHaveBeenCalledWith(JOB_ID);
    expect(w.listening()).toBe(1);
    w.publish(record(4));
    w.publish(record(5, 'RUN'));
    w.publish(record(6));
    const got = [await w.stream.next(), await w.stream.next(), await w.stream.next()];
    expect(versions(got)).toEqual([4, 5, 6]);
    await w.stream.return(undefined);
  });

  it('yields the job it was given when the store does not have it', async () => {
    const w = setup({ stored: undefined });
    const first = await w.stream.next();
    expect(first).toEqual({ done: false, value: record(1) });
    await w.stream.return(undefined);
  });

  it('drops duplicate and stale versions', async () => {
    const w = setup({ stored: record(2) });
    await w.stream.next();
    for (const v of [1, 2, 3, 3, 2, 5, 4, 5, 6]) w.publish(record(v));
    const got = [await w.stream.next(), await w.stream.next(), await w.stream.next()];
    expect(versions(got)).toEqual([3, 5, 6]);
    const next = w.stream.next();
    expect(await state(next)).toBe('pending');
    await w.end(next);
  });

  it('ends after a terminal status, unwatching and unsubscribing', async () => {
    const w = setup();
    await w.stream.next();
    w.publish(record(2));
    w.publish(record(3, 'DONE'));
    w.publish(record(4, 'DONE'));
    const got = [await w.stream.next(), await w.stream.next(), await w.stream.next()];
    expect(versions(got)).toEqual([2, 3, 'end']);
    await flush();
    expect(w.unwatch).toHaveBeenCalledTimes(1);
    expect(w.listening()).toBe(0);
  });

  it('ends right after the snapshot when the job is already terminal', async () => {
    for (const status of ['DONE', 'FAIL', 'CANCELED'] as const) {
      const w = setup({ stored: record(7, status) });
      const got = [await w.stream.next(), await w.stream.next()];
      expect(versions(got)).toEqual([7, 'end']);
      await flush();
      expect(w.unwatch).toHaveBeenCalledTimes(1);
      expect(w.listening()).toBe(0);
    }
  });

  it('re-reads through the repository every recheckMs, catching a change whose event was missed', async () => {
    const w = setup({ recheckMs: 500 });
    await w.stream.next();
    const next = w.stream.next();
    w.store(record(2)); // no event
    await vi.advanceTimersByTimeAsync(499);
    expect(w.repoGet).not.toHaveBeenCalled();
    expect(await state(next)).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(w.repoGet).toHaveBeenCalledTimes(1);
    expect(versions([await next])).toEqual([2]);
    // Nothing new: the next re-reads find version 2 again and yield nothing.
    const after = w.stream.next();
    await vi.advanceTimersByTimeAsync(1500);
    expect(w.repoGet).toHaveBeenCalledTimes(4);
    expect(await state(after)).toBe('pending');
    // The event that was missed arrives late: stale now, dropped; a re-read finds the end.
    w.publish(record(2));
    w.store(record(3, 'FAIL'));
    await vi.advanceTimersByTimeAsync(500);
    expect(versions([await after, await w.stream.next()])).toEqual([3, 'end']);
    // Fresh snapshots come from the store itself only once, at the start.
    expect(w.storeGet).toHaveBeenCalledTimes(1);
  });

  it('does not re-read without recheckMs (in-process events miss nothing)', async () => {
    const w = setup();
    await w.stream.next();
    const next = w.stream.next();
    w.store(record(2));
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(w.repoGet).not.toHaveBeenCalled();
    expect(await state(next)).toBe('pending');
    w.publish(record(2));
    expect(versions([await next])).toEqual([2]);
    await w.stream.return(undefined);
  });

  it('an event and a re-read of the same version yield it once', async () => {
    const w = setup({ recheckMs: 100 });
    await w.stream.next();
    w.store(record(2));
    w.publish(record(2));
    const got = [await w.stream.next()];
    const next = w.stream.next();
    await vi.advanceTimersByTimeAsync(1000);
    expect(w.repoGet.mock.calls.length).toBeGreaterThanOrEqual(9);
    expect(await state(next)).toBe('pending');
    expect(versions(got)).toEqual([2]);
    await w.end(next);
  });

  it('stops when aborted while waiting, unwatching and unsubscribing', async () => {
    const ac = new AbortController();
    const w = setup({ recheckMs: 60_000, signal: ac.signal });
    await w.stream.next();
    const next = w.stream.next();
    expect(await state(next)).toBe('pending');
    ac.abort();
    expect(await next).toEqual({ done: true, value: undefined });
    await flush();
    expect(w.unwatch).toHaveBeenCalledTimes(1);
    expect(w.listening()).toBe(0);
    // Nothing is read after the abort.
    await vi.advanceTimersByTimeAsync(120_000);
    expect(w.repoGet).not.toHaveBeenCalled();
  });

  it('stops when aborted without recheckMs (no timer to wake it)', async () => {
    const ac = new AbortController();
    const w = setup({ signal: ac.signal });
    await w.stream.next();
    const next = w.stream.next();
    ac.abort();
    expect(await next).toEqual({ done: true, value: undefined });
    await flush();
    expect(w.unwatch).toHaveBeenCalledTimes(1);
    expect(w.listening()).toBe(0);
  });

  it('yields nothing when the signal is already aborted', async () => {
    const ac = new AbortController();
    ac.abort();
    const w = setup({ signal: ac.signal });
    expect(await w.stream.next()).toEqual({ done: true, value: undefined });
    expect(w.storeGet).not.toHaveBeenCalled();
    await flush();
    expect(w.unwatch).toHaveBeenCalledTimes(1);
    expect(w.listening()).toBe(0);
  });

  it('cleans up when the consumer stops early', async () => {
    const w = setup({ recheckMs: 1000 });
    for await (const job of w.stream) {
      expect(job.version).toBe(1);
      break;
    }
    await flush();
    expect(w.unwatch).toHaveBeenCalledTimes(1);
    expect(w.listening()).toBe(0);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(w.repoGet).not.toHaveBeenCalled();
  });

  it('stays open when a re-read fails (store stalled) and carries on at the next tick', async () => {
    const w = setup({ recheckMs: 1000 });
    await w.stream.next();
    w.repoGet.mockRejectedValueOnce(new Error('Command timed out'));
    const next = w.stream.next();
    await vi.advanceTimersByTimeAsync(1000);
    expect(w.repoGet).toHaveBeenCalledTimes(1);
    expect(await state(next)).toBe('pending');
    w.store(record(2, 'DONE'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(versions([await next, await w.stream.next()])).toEqual([2, 'end']);
    await flush();
    expect(w.unwatch).toHaveBeenCalledTimes(1);
    expect(w.listening()).toBe(0);
  });

  // An async generator queues return() behind a pending next(), and a waiting stream only resumes
  // on a new version or its signal: JobService.watch aborts the signal before calling return(), so a
  // subscriber that goes away ends at once (test/integration/consistency.test.ts).

  it('watches and subscribes once per stream; unwatches once, whatever ends it', async () => {
    const ac = new AbortController();
    const w = setup({ recheckMs: 1000, signal: ac.signal });
    await w.stream.next();
    w.publish(record(2, 'DONE'));
    await w.stream.next();
    ac.abort();
    expect((await w.stream.next()).done).toBe(true);
    await w.stream.return(undefined);
    await flush();
    expect(w.watch).toHaveBeenCalledTimes(1);
    expect(w.unwatch).toHaveBeenCalledTimes(1);
    expect(w.listening()).toBe(0);
  });
});
