import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JobRecord } from '../../../src/jobs/domain/job.ts';
import { createJobEvents } from '../../../src/jobs/events/events.ts';
import { createJobRepository } from '../../../src/jobs/store/job-repository.ts';
import type { JobStore } from '../../../src/jobs/store/store.ts';
import { createMemoryJobStore } from '../../../src/jobs/store/store-memory.ts';

type NewJob = Omit<JobRecord, 'seq'>;

const HOUR_MS = 60 * 60 * 1000;
const LIVE_TTL_MS = 1000;

/** The memory store, recording every read, so a test sees which reads the cache absorbed. */
function recordingStore(): readonly [JobStore, { reads: string[] }] {
  const inner = createMemoryJobStore();
  const recorder = { reads: [] as string[] };
  const store: JobStore = {
    ...inner,
    async get(id) {
      recorder.reads.push(id);
      return inner.get(id);
    },
    async getByUpstreamId(upstreamJobId) {
      recorder.reads.push(`upstream:${upstreamJobId}`);
      return inner.getByUpstreamId(upstreamJobId);
    },
  };
  return [store, recorder] as const;
}

/**
 * One clock for the repository's `now` and for lru-cache's TTLs. The repository does not pass
 * `perf` to its LRUCache, and lru-cache captures the global `performance` object when it is
 * imported, so `vi.useFakeTimers({ toFake: ['performance'] })` (which swaps the global object)
 * does not reach it: `performance.now` itself is stubbed instead. lru-cache also memoises its clock
 * for 1 ms with a setTimeout, so timers are faked and advanced with the clock.
 */
function testClock() {
  const perfBase = performance.now();
  const dateBase = Date.UTC(2026, 0, 1);
  let elapsed = 0;
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  vi.spyOn(performance, 'now').mockImplementation(() => perfBase + elapsed);
  return {
    now: () => dateBase + elapsed,
    advance(ms: number) {
      elapsed += ms;
      vi.advanceTimersByTime(ms);
    },
  };
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

let nextId = 0;

function makeJob(overrides: Partial<NewJob> = {}): NewJob {
  nextId += 1;
  return {
    id: `job_${String(nextId).padStart(16, '0')}`,
    kind: 'PRO',
    status: 'QUEUED',
    input: { prompt: 'a small teapot' },
    inputHash: 'f'.repeat(64),
    owner: '',
    idempotencyKey: undefined,
    external: false,
    upstreamJobId: undefined,
    version: 1,
    submittedAt: Date.UTC(2026, 0, 1),
    submitAttemptAt: undefined,
    upstreamSubmittedAt: undefined,
    startedAt: undefined,
    finishedAt: undefined,
    expiresAt: undefined,
    errorCode: undefined,
    errorMessage: undefined,
    resultFiles: [],
    lastRequestId: undefined,
    refreshedAt: undefined,
    updatedAt: Date.UTC(2026, 0, 1),
    ...overrides,
  };
}

describe('job repository cache', () => {
  it('serves a running job from the cache within liveTtlMs, then reads the store again', async () => {
    const clock = testClock();
    const [store, recorder] = recordingStore();
    const repo = createJobRepository({
      store,
      events: createJobEvents(),
      liveTtlMs: LIVE_TTL_MS,
      now: clock.now,
    });
    const { job } = await repo.insert(
      makeJob({ status: 'RUN', upstreamJobId: '1234567890123456789', startedAt: clock.now() }),
    );
    // Another replica records a newer snapshot behind this repository's back.
    await store.update({ ...job, status: 'DONE', version: 2 });

    clock.advance(LIVE_TTL_MS - 1);
    expect((await repo.get(job.id))?.status).toBe('RUN');
    expect((await repo.getByUpstreamId('1234567890123456789'))?.status).toBe('RUN');
    expect(recorder.reads).toEqual([]);

    clock.advance(2);
    expect((await repo.get(job.id))?.status).toBe('DONE');
    expect(recorder.reads).toEqual([job.id]);
    expect(repo.cacheStats()).toMatchObject({ hits: 2, misses: 1 });
  });

  it('keeps a finished job cached until its results expire, long after liveTtlMs', async () => {
    const clock = testClock();
    const [store, recorder] = recordingStore();
    const repo = createJobRepository({
      store,
      events: createJobEvents(),
      liveTtlMs: LIVE_TTL_MS,
      now: clock.now,
    });
    const { job } = await repo.insert(makeJob({ status: 'RUN', upstreamJobId: '2234567890123456789' }));
    const done: JobRecord = {
      ...job,
      status: 'DONE',
      version: 2,
      finishedAt: clock.now(),
      expiresAt: clock.now() + 24 * HOUR_MS,
      resultFiles: [{ type: 'GLB', url: 'http://127.0.0.1:1/files/model.glb', previewImageUrl: undefined }],
    };
    await repo.save(done);

    clock.advance(HOUR_MS); // 3600 × liveTtlMs
    expect(await repo.get(job.id)).toEqual(done);
    clock.advance(22 * HOUR_MS);
    expect(await repo.getByUpstreamId('2234567890123456789')).toEqual(done);
    expect(recorder.reads).toEqual([]);

    clock.advance(HOUR_MS + 1); // past expiresAt
    expect(await repo.get(job.id)).toEqual(done);
    expect(recorder.reads).toEqual([job.id]);
  });

  it('publishes a saved job to subscribers unless publish is false', async () => {
    const [store] = recordingStore();
    const events = createJobEvents();
    const repo = createJobRepository({ store, events, liveTtlMs: LIVE_TTL_MS });
    const { job } = await repo.insert(makeJob());
    const updates = events.subscribe('job:updated', job.id)[Symbol.asyncIterator]();
    const first = updates.next();

    const attempt: JobRecord = { ...job, submitAttemptAt: Date.UTC(2026, 0, 1, 0, 0, 1) };
    await repo.save(attempt, { publish: false });
    // Not published, yet durable and served.
    expect(await store.get(job.id)).toEqual(attempt);
    expect(await repo.get(job.id)).toEqual(attempt);

    const waiting: JobRecord = {
      ...attempt,
      status: 'WAIT',
      upstreamJobId: '3234567890123456789',
      version: 2,
    };
    await repo.save(waiting);
    const running: JobRecord = { ...waiting, status: 'RUN', version: 3 };
    await repo.save(running, { publish: true });

    expect((await first).value).toEqual(waiting);
    expect((await updates.next()).value).toEqual(running);
    await updates.return?.();
  });
});
