import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JobRecord } from '../../../src/jobs/domain/job.ts';
import { cancelQueued, claimForSubmit } from '../../../src/jobs/domain/transitions.ts';
import { createQueueView, type QueueView } from '../../../src/jobs/read/queue-view.ts';
import { createFairQueue } from '../../../src/jobs/scheduler/fair-queue.ts';
import type { JobStore } from '../../../src/jobs/store/store.ts';
import { createMemoryJobStore } from '../../../src/jobs/store/store-memory.ts';
import {
  addQueued,
  deferred,
  failOnUnhandledRejections,
  flush,
  useFakeClock,
} from '../../helpers/core-fakes.ts';

/**
 * Queue positions and reasons as every replica computes them: from the store alone (the memory
 * store's fair-queue rounds and queue states), on a fake clock.
 */

failOnUnhandledRejections();

const TTL_MS = 250;

function view(store: JobStore, ttlMs = TTL_MS): QueueView {
  return createQueueView({ store, capacity: () => 3, ttlMs, now: () => Date.now() });
}

async function positions(qv: QueueView, store: JobStore, jobs: JobRecord[]) {
  const out: Record<string, number | undefined> = {};
  for (const job of jobs) out[job.input.prompt!] = await qv.position((await store.get(job.id))!);
  return out;
}

beforeEach(() => {
  useFakeClock();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('queue view', () => {
  it('positions follow the fair rounds: owner A with 3 queued, B with 1 → B is second', async () => {
    const store = createMemoryJobStore();
    const jobs = [
      await addQueued(store, { prompt: 'a1', owner: 'A' }),
      await addQueued(store, { prompt: 'a2', owner: 'A' }),
      await addQueued(store, { prompt: 'a3', owner: 'A' }),
      await addQueued(store, { prompt: 'b1', owner: 'B' }),
    ];
    const qv = view(store);
    expect(await positions(qv, store, jobs)).toEqual({ a1: 1, b1: 2, a2: 3, a3: 4 });
    expect(await qv.depth('PRO')).toBe(4);
    expect(await qv.depth('RAPID')).toBe(0);

    // The leader takes jobs in exactly that order.
    const leaderQueue = createFairQueue();
    for (const job of jobs) leaderQueue.push(job);
    const taken: string[] = [];
    for (let item = leaderQueue.take(); item; item = leaderQueue.take()) {
      taken.push(jobs.find((j) => j.id === item!.id)!.input.prompt!);
    }
    expect(taken).toEqual(['a1', 'b1', 'a2', 'a3']);
  });

  it('a claimed job is position 0, SUBMITTING; the others move up, and a newcomer joins the next round', async () => {
    const store = createMemoryJobStore();
    const [a1, a2, a3, b1] = [
      await addQueued(store, { prompt: 'a1', owner: 'A' }),
      await addQueued(store, { prompt: 'a2', owner: 'A' }),
      await addQueued(store, { prompt: 'a3', owner: 'A' }),
      await addQueued(store, { prompt: 'b1', owner: 'B' }),
    ];
    const qv = view(store);
    await store.transition(a1!.id, claimForSubmit(Date.now()));
    const c1 = await addQueued(store, { prompt: 'c1', owner: 'C' });
    vi.advanceTimersByTime(TTL_MS);

    const claimed = (await store.get(a1!.id))!;
    expect(await qv.position(claimed)).toBe(0);
    expect(await qv.reason(claimed)).toBe('SUBMITTING');
    expect(await positions(qv, store, [b1!, a2!, c1, a3!])).toEqual({ b1: 1, a2: 2, c1: 3, a3: 4 });
    expect(await qv.depth('PRO')).toBe(4);
  });

  it('the queue state the leader recorded is the reason of unclaimed jobs only', async () => {
    const store = createMemoryJobStore();
    const waiting = await addQueued(store, { prompt: 'waiting' });
    const sending = await addQueued(store, { prompt: 'sending' });
    const rapid = await addQueued(store, { prompt: 'rapid', kind: 'RAPID' });
    await store.transition(sending.id, claimForSubmit(Date.now()));
    const qv = view(store);
    expect(await qv.reason(waiting)).toBe('SLOTS_BUSY');

    await store.setQueueState('PRO', {
      reason: 'UPSTREAM_AUTH_FAILED',
      detail: 'AuthFailure.SignatureFailure: The signature is wrong',
      since: Date.now(),
    });
    qv.invalidate();
    expect(await qv.reason(waiting)).toBe('UPSTREAM_AUTH_FAILED');
    expect(await qv.reason((await store.get(sending.id))!)).toBe('SUBMITTING');
    expect(await qv.reason(rapid)).toBe('SLOTS_BUSY');
    expect((await qv.states()).PRO).toMatchObject({ reason: 'UPSTREAM_AUTH_FAILED' });

    const canceled = (await store.transition(waiting.id, cancelQueued(Date.now())))!.job;
    expect(await qv.reason(canceled)).toBeUndefined();
    expect(await qv.position(canceled)).toBeUndefined();
  });

  it('two QueueView instances over one store give identical positions', async () => {
    const store = createMemoryJobStore();
    const jobs: JobRecord[] = [];
    const owners = ['A', 'A', 'B', 'C', 'A', 'B', 'C', 'C', 'D', 'A'];
    for (const [i, owner] of owners.entries()) jobs.push(await addQueued(store, { prompt: `j${i}`, owner }));
    await store.transition(jobs[0]!.id, claimForSubmit(Date.now()));
    await store.transition(jobs[3]!.id, cancelQueued(Date.now()));
    jobs.push(await addQueued(store, { prompt: 'late', owner: 'E' }));

    // Different caches, as on two replicas; each reads the store once.
    const leader = view(store, 250);
    const follower = view(store, 1000);
    const fromLeader = await positions(leader, store, jobs);
    expect(await positions(follower, store, jobs)).toEqual(fromLeader);
    const numbered = Object.values(fromLeader).filter((p): p is number => p !== undefined && p > 0);
    expect(numbered.sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('a read after invalidate() sees the write, even while an earlier load is still in flight', async () => {
    const inner = createMemoryJobStore();
    const first = await addQueued(inner, { prompt: 'first' });
    const second = await addQueued(inner, { prompt: 'second' });
    // The first load reads the store, then its answer is slow to arrive.
    const slow = deferred<void>();
    let loads = 0;
    const store: JobStore = {
      ...inner,
      async listByStatus(statuses) {
        const jobs = await inner.listByStatus(statuses);
        if (++loads === 1) await slow.promise;
        return jobs;
      },
    };
    const qv = view(store);
    const before = qv.position(second);
    await flush();

    // Canceled here, then the cache is dropped, as job-service does after a local write.
    await inner.transition(first.id, cancelQueued(Date.now()));
    qv.invalidate();
    const after = qv.position(second);
    slow.resolve();
    expect(await before).toBe(2);
    expect(await after).toBe(1);
    expect(await qv.position(second)).toBe(1);
  });
});
