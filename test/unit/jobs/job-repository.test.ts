import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  attachInputImages,
  hashInput,
  hasInlineImage,
  type JobRecord,
} from '../../../src/jobs/domain/job.ts';
import { claimForSubmit, recordSubmitted } from '../../../src/jobs/domain/transitions.ts';
import { createJobEvents } from '../../../src/jobs/events/events.ts';
import { createJobRepository } from '../../../src/jobs/store/job-repository.ts';
import type { JobStore } from '../../../src/jobs/store/store.ts';
import { createMemoryJobStore } from '../../../src/jobs/store/store-memory.ts';
import { newJob } from '../../helpers/job-records.ts';

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
 * One clock for the repository's `now`, which it also hands to its LRUCache as `perf`, so cache
 * TTLs follow it. lru-cache memoises its clock for 1 ms with a setTimeout, so timers are faked and
 * advanced with the clock.
 */
function testClock() {
  const dateBase = Date.UTC(2026, 0, 1);
  let elapsed = 0;
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
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
      newJob({ status: 'RUN', upstreamJobId: '1234567890123456789', startedAt: clock.now() }),
    );
    // Another replica records a newer snapshot behind this repository's back.
    await store.transition(job.id, (j) => ({ ...j, status: 'DONE', version: 2 }));

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
    const { job } = await repo.insert(newJob({ status: 'RUN', upstreamJobId: '2234567890123456789' }));
    const done: JobRecord = {
      ...job,
      status: 'DONE',
      version: 2,
      finishedAt: clock.now(),
      expiresAt: clock.now() + 24 * HOUR_MS,
      resultFiles: [{ type: 'GLB', url: 'http://127.0.0.1:1/files/model.glb', previewImageUrl: undefined }],
    };
    await repo.transition(job.id, () => done);

    clock.advance(HOUR_MS); // 3600 × liveTtlMs
    expect(await repo.get(job.id)).toEqual(done);
    clock.advance(22 * HOUR_MS);
    expect(await repo.getByUpstreamId('2234567890123456789')).toEqual(done);
    expect(recorder.reads).toEqual([]);

    clock.advance(HOUR_MS + 1); // past expiresAt
    expect(await repo.get(job.id)).toEqual(done);
    expect(recorder.reads).toEqual([job.id]);
  });

  it('publishes a change to subscribers only when its version moved', async () => {
    const [store] = recordingStore();
    const events = createJobEvents();
    const repo = createJobRepository({ store, events, liveTtlMs: LIVE_TTL_MS });
    const { job } = await repo.insert(newJob());
    const updates = events.subscribe('job:updated', job.id)[Symbol.asyncIterator]();
    const first = updates.next();

    const claimAt = Date.UTC(2026, 0, 1, 0, 0, 1);
    const claimed = await repo.transition(job.id, claimForSubmit(claimAt));
    // Not published (no visible change), yet durable and served.
    expect(claimed?.changed).toBe(true);
    expect((await store.get(job.id))?.submitAttemptAt).toBe(claimAt);
    expect((await repo.get(job.id))?.submitAttemptAt).toBe(claimAt);

    const waiting = await repo.transition(
      job.id,
      recordSubmitted(claimAt, { upstreamJobId: '3234567890123456789', requestId: 'r1', at: claimAt + 5 }),
    );
    const running = await repo.transition(job.id, (j) => ({ ...j, status: 'RUN', version: j.version + 1 }));
    // A change that does not apply writes nothing and publishes nothing.
    expect((await repo.transition(job.id, () => undefined))?.changed).toBe(false);

    expect((await first).value).toEqual(waiting?.job);
    expect((await updates.next()).value).toEqual(running?.job);
    await updates.return?.();
  });

  it('drops its cached copy when a write fails, since the write may or may not have landed', async () => {
    const clock = testClock();
    const [inner, recorder] = recordingStore();
    let fail = false;
    const store: JobStore = {
      ...inner,
      async transition(id, change, opts) {
        if (fail) {
          await inner.transition(id, change, opts);
          throw new Error('Command timed out');
        }
        return inner.transition(id, change, opts);
      },
    };
    const repo = createJobRepository({
      store,
      events: createJobEvents(),
      liveTtlMs: LIVE_TTL_MS,
      now: clock.now,
    });
    const { job } = await repo.insert(newJob());
    fail = true;
    await expect(repo.transition(job.id, claimForSubmit(clock.now()))).rejects.toThrow('Command timed out');
    // The next read goes to the store and sees the write that landed.
    expect((await repo.get(job.id))?.submitAttemptAt).toBe(clock.now());
    expect(recorder.reads).toEqual([job.id]);
  });
});

describe('job repository: inline images and the cache bound', () => {
  const image = 'iVBORw0KGgo'.padEnd(40_000, 'A');

  it('stores inline images beside the record: the record, cache and store copy carry only their names', async () => {
    const [store, recorder] = recordingStore();
    const repo = createJobRepository({ store, events: createJobEvents(), liveTtlMs: LIVE_TTL_MS });
    const input = {
      imageBase64: image,
      multiViewImages: [
        { viewType: 'left', imageBase64: `${image}L` },
        { viewType: 'back', imageUrl: 'https://example.com/back.png' },
      ],
    };
    const full = newJob({ input, inputHash: hashInput('PRO', input) });

    const { job } = await repo.insert(full);
    expect(job.input).toStrictEqual({
      multiViewImages: [{ viewType: 'left' }, { viewType: 'back', imageUrl: 'https://example.com/back.png' }],
    });
    expect(job.inputBlobs).toEqual(['image', 'view:0']);
    // The hash stays the full input's, so an idempotent retry with other images is still a conflict.
    expect(job.inputHash).toBe(full.inputHash);
    expect(hasInlineImage(job)).toBe(true);
    expect(await store.get(job.id)).toStrictEqual(job);
    expect(await store.getInputBlobs(job.id)).toStrictEqual({ image, 'view:0': `${image}L` });
    expect(attachInputImages(job, await store.getInputBlobs(job.id))).toStrictEqual(input);
    recorder.reads.length = 0;
    expect(await repo.get(job.id)).toStrictEqual(job);
    expect(recorder.reads).toEqual([]);
    expect(repo.cacheStats().bytes).toBeLessThan(2_000);

    // A job without inline images is stored as given.
    const plain = newJob({ input: { imageUrl: 'https://example.com/a.png' } });
    expect((await repo.insert(plain)).job).toStrictEqual({ ...plain, seq: 2, queueRound: 2 });
    expect(hasInlineImage(plain)).toBe(false);
  });

  it('stays within its byte bound whatever the records weigh, and does not cache a record above 1/64 of it', async () => {
    const [store, recorder] = recordingStore();
    const maxBytes = 1024 * 1024;
    const repo = createJobRepository({ store, events: createJobEvents(), liveTtlMs: HOUR_MS, maxBytes });
    // Records written before images moved out still hold them: insert them as an old version did.
    const heavy = [];
    for (let i = 0; i < 150; i++) {
      const { job } = await store.insert(newJob({ input: { imageBase64: image.slice(0, 8_000 + i * 50) } }));
      heavy.push(job);
    }
    for (const job of heavy) {
      await repo.get(job.id);
      expect(repo.cacheStats().bytes).toBeLessThanOrEqual(maxBytes);
    }
    expect(repo.cacheStats().size).toBeLessThan(heavy.length);
    expect(repo.cacheStats().bytes).toBeGreaterThan(maxBytes / 2);

    const huge = (await store.insert(newJob({ input: { imageBase64: image } }))).job;
    recorder.reads.length = 0;
    expect((await repo.get(huge.id))?.input.imageBase64).toBe(image);
    expect((await repo.get(huge.id))?.input.imageBase64).toBe(image);
    expect(recorder.reads).toEqual([huge.id, huge.id]);
    expect(repo.cacheStats().bytes).toBeLessThanOrEqual(maxBytes);
  });

  it('forgets jobs deleted by retention', async () => {
    const [store, recorder] = recordingStore();
    const repo = createJobRepository({ store, events: createJobEvents(), liveTtlMs: HOUR_MS });
    const { job } = await repo.insert(
      newJob({ status: 'DONE', finishedAt: 1, expiresAt: Date.now() + HOUR_MS }),
    );
    expect(await store.deleteFinished(2, 10)).toEqual([job.id]);
    expect(await repo.get(job.id)).toStrictEqual(job);

    repo.forget([job.id]);
    expect(await repo.get(job.id)).toBeUndefined();
    expect(recorder.reads).toEqual([job.id]);
  });
});
