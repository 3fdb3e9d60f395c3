import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ReplyError } from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TooManyQueuedJobsError } from '../../../src/jobs/domain/errors.ts';
import { detachInputImages, type JobRecord } from '../../../src/jobs/domain/job.ts';
import {
  applyQueryAnswer,
  cancelQueued,
  claimForSubmit,
  compareQueueOrder,
  type JobChange,
  markOutcomeUnknown,
  recordSubmitted,
  releaseClaim,
  SUBMIT_OUTCOME_UNKNOWN,
} from '../../../src/jobs/domain/transitions.ts';
import { decodeJobRecord, encodeJobRecord } from '../../../src/jobs/store/record-codec.ts';
import type { JobStore, NewJobRecord, QueueState } from '../../../src/jobs/store/store.ts';
import { FencedError, StoreUnavailableError, withStoreErrors } from '../../../src/jobs/store/store-errors.ts';
import { createMemoryJobStore } from '../../../src/jobs/store/store-memory.ts';
import { createRedisJobStore } from '../../../src/jobs/store/store-redis.ts';
import { createSqliteJobStore } from '../../../src/jobs/store/store-sqlite.ts';
import type { QueryJobResponse } from '../../../src/tencent/types.ts';
import { newJob } from '../../helpers/job-records.ts';
import { connectTestRedis, testKeyPrefix } from '../../helpers/redis-connection.ts';

type NewJob = NewJobRecord;

/** A QUEUED job with every optional field unset, as `submitJob` would first write it. */
function makeJob(overrides: Partial<NewJob> = {}): NewJob {
  return newJob({
    owner: 'alice',
    submittedAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    ...overrides,
  });
}

/** A finished job exercising nested input, explicit undefineds at every depth, and result files. */
function makeDoneJob(job: JobRecord): JobRecord {
  return {
    ...job,
    status: 'DONE',
    input: {
      prompt: undefined,
      imageUrl: 'https://example.com/front.png',
      multiViewImages: [
        { viewType: 'back', imageUrl: 'https://example.com/back.png', imageBase64: undefined },
        { viewType: 'left', imageBase64: 'aGVsbG8=' },
      ],
      enablePBR: true,
      faceCount: 40_000,
      generateType: 'LowPoly',
    },
    upstreamJobId: '1357924680',
    version: 4,
    upstreamSubmittedAt: 1_700_000_001_000,
    startedAt: 1_700_000_002_000,
    finishedAt: 1_700_000_060_000,
    expiresAt: 1_700_086_401_000,
    resultFiles: [
      { type: 'GLB', url: 'https://cos.example.com/a.glb', previewImageUrl: 'https://cos.example.com/a.png' },
      { type: 'OBJ', url: 'https://cos.example.com/a.obj', previewImageUrl: undefined },
    ],
    lastRequestId: 'req-1',
    refreshedAt: 1_700_000_060_000,
    updatedAt: 1_700_000_060_000,
  };
}

/** Tencent's answer for a finished job. */
const doneAnswer = (): QueryJobResponse => ({
  Status: 'DONE',
  ErrorCode: '',
  ErrorMessage: '',
  ResultFile3Ds: [{ Type: 'GLB', Url: 'https://cos.example.com/m.glb', PreviewImageUrl: '' }],
  RequestId: 'req-done',
});

/** A change that applies unconditionally: test setup, not a domain rule. */
const patch =
  (fields: Partial<JobRecord>): JobChange =>
  (job) => ({ ...job, ...fields });

/** A change that replaces the record whole (its seq and queueRound stay the store's anyway). */
const replaceWith =
  (next: JobRecord): JobChange =>
  () =>
    structuredClone(next);

async function insertAll(store: JobStore, jobs: NewJob[]): Promise<JobRecord[]> {
  const inserted: JobRecord[] = [];
  // One at a time, so seq follows array order.
  for (const job of jobs) inserted.push((await store.insert(job)).job);
  return inserted;
}

const ids = (jobs: JobRecord[]): string[] => jobs.map((job) => job.id);
const MISSING = 'job_missing0000000000';
const AT = 1_700_000_000_500;

const queuedState = (since: number): QueueState => ({
  reason: 'UPSTREAM_UNREACHABLE',
  detail: 'RequestLimitExceeded: too many requests',
  since,
});

interface Opened {
  store: JobStore;
  /** Makes `token` the current leader term (undefined: nobody leads); needs `lease: true`. */
  setLease: (token: string | undefined) => Promise<void>;
  /** Runs after the store is closed. */
  cleanup: () => void;
}

interface StoreCase {
  name: string;
  /** Reads, decides and writes in separate steps, retrying (calling change again) on a conflict. */
  optimistic: boolean;
  /** With `lease`, fenced writes are checked against a lease the test sets with `setLease`. */
  open: (opts: { lease: boolean }) => Opened | Promise<Opened>;
}

/** Fence checks for the in-process stores: the lease holder is a variable of the test's. */
function inProcessLease(lease: boolean) {
  let holder: string | undefined;
  return {
    leaseHolder: lease ? () => holder : undefined,
    setLease: async (token: string | undefined) => {
      holder = token;
    },
  };
}

const cases: StoreCase[] = [
  {
    name: 'memory',
    optimistic: false,
    open: ({ lease }) => {
      const { leaseHolder, setLease } = inProcessLease(lease);
      return { store: createMemoryJobStore({ leaseHolder }), setLease, cleanup: () => {} };
    },
  },
  {
    name: 'sqlite :memory:',
    optimistic: false,
    open: ({ lease }) => {
      const { leaseHolder, setLease } = inProcessLease(lease);
      return { store: createSqliteJobStore({ path: ':memory:', leaseHolder }), setLease, cleanup: () => {} };
    },
  },
  {
    name: 'sqlite file',
    optimistic: false,
    open: ({ lease }) => {
      const dir = mkdtempSync(join(tmpdir(), 'job-store-'));
      const { leaseHolder, setLease } = inProcessLease(lease);
      return {
        store: createSqliteJobStore({ path: join(dir, 'jobs.db'), leaseHolder }),
        setLease,
        cleanup: () => rmSync(dir, { recursive: true }),
      };
    },
  },
  {
    // The helper deletes the prefix's keys and closes the connection after each test.
    name: 'redis',
    optimistic: true,
    open: async ({ lease }) => {
      const redis = await connectTestRedis();
      const keyPrefix = testKeyPrefix();
      const leaseKey = `${keyPrefix}leader`;
      return {
        store: createRedisJobStore({ redis, keyPrefix, ...(lease ? { leaseKey } : {}) }),
        setLease: async (token) => {
          if (token === undefined) await redis.del(leaseKey);
          else await redis.set(leaseKey, token);
        },
        cleanup: () => {},
      };
    },
  },
];

describe.each(cases)('JobStore contract: $name', ({ name, optimistic, open }) => {
  let store: JobStore;
  let opened: Opened[] = [];

  /** Another store of this kind (own database or prefix), closed after the test. */
  async function openStore(opts: { lease: boolean }): Promise<Opened> {
    const result = await open(opts);
    opened.push(result);
    return result;
  }

  beforeEach(async () => {
    opened = [];
    ({ store } = await openStore({ lease: false }));
  });

  afterEach(async () => {
    // Nothing to close when opening failed (Redis not reachable): that failure is the report.
    for (const { store: s, cleanup } of opened) {
      await s.close();
      cleanup();
    }
  });

  describe('insert and lookups', () => {
    it('assigns strictly increasing seq on insert and returns the record with it', async () => {
      const first = makeJob();
      const results = [
        await store.insert(first),
        await store.insert(makeJob()),
        await store.insert(makeJob()),
      ];

      expect(results.map((r) => r.created)).toEqual([true, true, true]);
      const seqs = results.map((r) => r.job.seq);
      expect(seqs[0]).toBeGreaterThan(0);
      expect(seqs[1]).toBeGreaterThan(seqs[0]!);
      expect(seqs[2]).toBeGreaterThan(seqs[1]!);
      expect(results[0]!.job).toStrictEqual({ ...first, seq: seqs[0], queueRound: 1 });
    });

    it("ignores the caller's seq and queueRound", async () => {
      const queued = { ...makeJob(), seq: 500, queueRound: 77 } as NewJob;
      const running = {
        ...makeJob({ status: 'WAIT', upstreamJobId: '3131' }),
        seq: 501,
        queueRound: 78,
      } as NewJob;

      const a = (await store.insert(queued)).job;
      const b = (await store.insert(running)).job;

      expect(a.seq).not.toBe(500);
      expect(a.queueRound).toBe(1);
      expect(b.seq).toBeGreaterThan(a.seq);
      expect(b.queueRound).toBeUndefined();
      expect(await store.get(b.id)).toStrictEqual(b);
    });

    it('finds jobs by id, upstream id and idempotency key', async () => {
      const [plain, keyed] = await insertAll(store, [
        makeJob({ upstreamJobId: '1111' }),
        makeJob({ owner: 'bob', idempotencyKey: 'k-1', upstreamJobId: '2222' }),
      ]);

      expect(await store.get(plain!.id)).toStrictEqual(plain);
      expect(await store.get(MISSING)).toBeUndefined();
      expect(await store.getByUpstreamId('2222')).toStrictEqual(keyed);
      expect(await store.getByUpstreamId('9999')).toBeUndefined();
      expect(await store.getByIdempotencyKey('bob', 'k-1')).toStrictEqual(keyed);
      expect(await store.getByIdempotencyKey('alice', 'k-1')).toBeUndefined();
      expect(await store.getByIdempotencyKey('bob', 'k-2')).toBeUndefined();
    });

    it('creates one job when two inserts race with one owner and key', async () => {
      const first = makeJob({ idempotencyKey: 'same' });
      const second = makeJob({ idempotencyKey: 'same' });

      const [a, b] = await Promise.all([store.insert(first), store.insert(second)]);

      expect([a.created, b.created].sort()).toEqual([false, true]);
      expect(b.job).toStrictEqual(a.job);
      const winner = a.created ? first : second;
      const loser = a.created ? second : first;
      expect(a.job.id).toBe(winner.id);
      expect(await store.get(loser.id)).toBeUndefined();
      expect(await store.getByIdempotencyKey('alice', 'same')).toStrictEqual(a.job);
    });

    it('scopes idempotency keys to their owner', async () => {
      const alice = await store.insert(makeJob({ idempotencyKey: 'same' }));
      const bob = await store.insert(makeJob({ owner: 'bob', idempotencyKey: 'same' }));

      expect(bob.created).toBe(true);
      expect(bob.job.id).not.toBe(alice.job.id);
      expect(await store.getByIdempotencyKey('bob', 'same')).toStrictEqual(bob.job);
    });

    it('returns the existing job when an insert repeats an upstreamJobId', async () => {
      const first = await store.insert(makeJob({ external: true, owner: '', upstreamJobId: '4242' }));
      const again = await store.insert(makeJob({ external: true, owner: '', upstreamJobId: '4242' }));
      const [a, b] = await Promise.all([
        store.insert(makeJob({ upstreamJobId: '4343' })),
        store.insert(makeJob({ upstreamJobId: '4343' })),
      ]);

      expect(first.created).toBe(true);
      expect(again).toStrictEqual({ job: first.job, created: false });
      expect([a.created, b.created].sort()).toEqual([false, true]);
      expect(b.job).toStrictEqual(a.job);
      expect(await store.getByUpstreamId('4343')).toStrictEqual(a.job);
      expect(ids(await store.listByStatus(['QUEUED']))).toEqual([first.job.id, a.job.id]);
    });
  });

  describe('lists and pages', () => {
    it('lists jobs in any of the statuses oldest first (seq ascending)', async () => {
      const [a, b, c, d] = await insertAll(store, [makeJob(), makeJob(), makeJob(), makeJob()]);
      await store.transition(a!.id, patch({ status: 'RUN' }));
      await store.transition(c!.id, patch({ status: 'DONE' }));
      await store.transition(d!.id, patch({ status: 'WAIT' }));

      expect(ids(await store.listByStatus(['QUEUED']))).toEqual([b!.id]);
      expect(ids(await store.listByStatus(['WAIT', 'RUN']))).toEqual([a!.id, d!.id]);
      expect(ids(await store.listByStatus(['RUN', 'WAIT', 'QUEUED']))).toEqual([a!.id, b!.id, d!.id]);
      expect(await store.listByStatus(['FAIL'])).toEqual([]);
      expect(await store.listByStatus([])).toEqual([]);
    });

    it('pages newest first with a beforeSeq cursor, leaving out external jobs', async () => {
      const jobs = await insertAll(store, [
        makeJob(),
        makeJob(),
        makeJob({ external: true, owner: '' }),
        makeJob(),
        makeJob(),
        makeJob(),
      ]);
      const visible = ids(jobs.filter((job) => !job.external).reverse());

      const first = await store.page({ limit: 2 });
      const second = await store.page({ limit: 2, beforeSeq: first.at(-1)!.seq });
      const third = await store.page({ limit: 2, beforeSeq: second.at(-1)!.seq });
      const rest = await store.page({ limit: 2, beforeSeq: third.at(-1)!.seq });

      expect([...ids(first), ...ids(second), ...ids(third)]).toEqual(visible);
      expect(ids(third)).toEqual(visible.slice(4));
      expect(rest).toEqual([]);
      expect(ids(await store.page({ limit: 10 }))).toEqual(visible);
      expect(await store.page({ limit: 0 })).toEqual([]);
      await expect(store.page({ limit: -1 })).rejects.toThrow(RangeError);
      await expect(store.page({ limit: 1.5 })).rejects.toThrow(RangeError);
    });

    it('filters pages by owner and status', async () => {
      const [a1, b1, a2, a3] = await insertAll(store, [
        makeJob({ owner: 'alice' }),
        makeJob({ owner: 'bob' }),
        makeJob({ owner: 'alice' }),
        makeJob({ owner: 'alice' }),
        makeJob({ owner: 'alice', external: true }),
      ]);
      await store.transition(a2!.id, patch({ status: 'FAIL' }));

      expect(ids(await store.page({ limit: 10, owner: 'alice' }))).toEqual([a3!.id, a2!.id, a1!.id]);
      expect(ids(await store.page({ limit: 10, owner: 'bob' }))).toEqual([b1!.id]);
      expect(ids(await store.page({ limit: 10, status: 'QUEUED' }))).toEqual([a3!.id, b1!.id, a1!.id]);
      expect(ids(await store.page({ limit: 10, owner: 'alice', status: 'QUEUED' }))).toEqual([
        a3!.id,
        a1!.id,
      ]);
      expect(ids(await store.page({ limit: 10, owner: 'alice', status: 'FAIL' }))).toEqual([a2!.id]);
      expect(ids(await store.page({ limit: 1, owner: 'alice', beforeSeq: a3!.seq }))).toEqual([a2!.id]);
      expect(await store.page({ limit: 10, owner: 'carol' })).toEqual([]);
    });
  });

  describe('transition', () => {
    it('writes what the change returns, strictly equal, undefined fields included', async () => {
      const { job } = await store.insert(makeJob());
      const done = makeDoneJob(job);

      const result = await store.transition(job.id, replaceWith(done));

      expect(result).toStrictEqual({ job: done, changed: true });
      expect(await store.get(job.id)).toStrictEqual(done);
      expect(await store.getByUpstreamId('1357924680')).toStrictEqual(done);
      expect(await store.listByStatus(['QUEUED'])).toEqual([]);
      expect(ids(await store.listByStatus(['DONE']))).toEqual([job.id]);
    });

    it('keeps a job’s trace context (traceParent) from insert through transitions and lists', async () => {
      const traceParent = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
      const { job } = await store.insert(makeJob({ traceParent }));
      expect(job.traceParent).toBe(traceParent);

      const claimed = await store.transition(job.id, claimForSubmit(AT));
      expect(claimed?.job.traceParent).toBe(traceParent);
      const done = await store.transition(job.id, replaceWith(makeDoneJob(claimed!.job)));

      expect(done?.job.traceParent).toBe(traceParent);
      expect((await store.get(job.id))?.traceParent).toBe(traceParent);
      expect((await store.listByStatus(['DONE'])).map((j) => j.traceParent)).toEqual([traceParent]);
      // A job stored without one (tracing off) reads back without the field at all.
      const { job: untraced } = await store.insert(makeJob());
      expect(await store.get(untraced.id)).not.toHaveProperty('traceParent');
    });

    it('keeps seq and queueRound whatever the change returns', async () => {
      const { job } = await store.insert(makeJob());

      const result = await store.transition(job.id, (j) => ({
        ...j,
        seq: j.seq + 100,
        queueRound: 42,
        version: 2,
      }));

      expect(result).toStrictEqual({ job: { ...job, version: 2 }, changed: true });
      expect(await store.get(job.id)).toStrictEqual({ ...job, version: 2 });
      expect(ids(await store.page({ limit: 10, beforeSeq: job.seq + 1 }))).toEqual([job.id]);
    });

    it('writes nothing when the change returns undefined, and answers undefined for an unknown id', async () => {
      const { job } = await store.insert(makeJob());
      const seen: JobRecord[] = [];

      const result = await store.transition(job.id, (j) => {
        seen.push(structuredClone(j));
        return undefined;
      });

      expect(seen).toStrictEqual([job]);
      expect(result).toStrictEqual({ job, changed: false });
      expect(await store.get(job.id)).toStrictEqual(job);
      let called = false;
      expect(
        await store.transition(MISSING, (j) => {
          called = true;
          return j;
        }),
      ).toBeUndefined();
      expect(called).toBe(false);
    });

    it("rejects a change that takes another job's upstreamJobId, and frees an id it gives up", async () => {
      const [a, b] = await insertAll(store, [makeJob({ upstreamJobId: '5555' }), makeJob()]);

      await expect(store.transition(b!.id, patch({ upstreamJobId: '5555' }))).rejects.toThrow();
      expect(await store.getByUpstreamId('5555')).toStrictEqual(a);
      expect(await store.get(b!.id)).toStrictEqual(b);

      await store.transition(a!.id, patch({ upstreamJobId: '6666' }));
      await store.transition(b!.id, patch({ upstreamJobId: '5555' }));
      expect((await store.getByUpstreamId('5555'))?.id).toBe(b!.id);
      expect((await store.getByUpstreamId('6666'))?.id).toBe(a!.id);
    });

    it('hands out copies: mutating a record it was given or returned does not change the store', async () => {
      const input = makeJob({ idempotencyKey: 'k', input: { multiViewImages: [{ viewType: 'back' }] } });
      const { job: inserted } = await store.insert(input);
      const stored = structuredClone(inserted);

      input.status = 'FAIL';
      input.input.multiViewImages![0]!.viewType = 'input mutated';
      inserted.status = 'RUN';
      inserted.input.prompt = 'inserted mutated';
      const got = (await store.get(inserted.id))!;
      got.resultFiles.push({ type: 'GLB', url: 'x', previewImageUrl: undefined });
      (await store.listByStatus(['QUEUED']))[0]!.input.multiViewImages![0]!.viewType = 'listed mutated';
      (await store.page({ limit: 1 }))[0]!.owner = 'mallory';
      (await store.getByIdempotencyKey('alice', 'k'))!.version = 99;
      await store.transition(inserted.id, (job) => {
        job.status = 'RUN';
        job.input.prompt = 'mutated by a change';
        return undefined;
      });
      expect(await store.get(inserted.id)).toStrictEqual(stored);

      const done = makeDoneJob(stored);
      const result = await store.transition(inserted.id, () => done);
      done.resultFiles[0]!.url = 'change result mutated';
      result!.job.resultFiles[1]!.url = 'returned mutated';

      expect(await store.get(inserted.id)).toStrictEqual(makeDoneJob(stored));
    });
  });

  describe('domain transitions', () => {
    it('claims a queued job for submit once, and only that field changes', async () => {
      const { job } = await store.insert(makeJob());

      const claimed = await store.transition(job.id, claimForSubmit(AT));

      expect(claimed).toStrictEqual({ job: { ...job, submitAttemptAt: AT }, changed: true });
      expect(await store.get(job.id)).toStrictEqual(claimed!.job);
      expect(await store.transition(job.id, claimForSubmit(AT + 100))).toStrictEqual({
        job: claimed!.job,
        changed: false,
      });
      expect(await store.get(job.id)).toStrictEqual(claimed!.job);
      expect(await store.transition(MISSING, claimForSubmit(1))).toBeUndefined();
    });

    it('does not claim a canceled job, or one that is not queued', async () => {
      const [queued, waiting] = await insertAll(store, [makeJob(), makeJob()]);
      await store.transition(waiting!.id, patch({ status: 'WAIT', upstreamJobId: '7777' }));
      expect((await store.transition(queued!.id, cancelQueued(AT)))?.changed).toBe(true);

      expect((await store.transition(queued!.id, claimForSubmit(AT + 100)))?.changed).toBe(false);
      expect((await store.transition(waiting!.id, claimForSubmit(AT + 100)))?.changed).toBe(false);
      expect((await store.get(queued!.id))?.submitAttemptAt).toBeUndefined();
      expect((await store.get(waiting!.id))?.submitAttemptAt).toBeUndefined();
    });

    it('cancels a queued job and moves it between status lists and pages', async () => {
      const [job, other] = await insertAll(store, [makeJob(), makeJob()]);

      const result = await store.transition(job!.id, cancelQueued(AT));

      const canceled: JobRecord = {
        ...job!,
        status: 'CANCELED',
        finishedAt: AT,
        updatedAt: AT,
        version: job!.version + 1,
      };
      expect(result).toStrictEqual({ job: canceled, changed: true });
      expect(await store.get(job!.id)).toStrictEqual(canceled);
      expect(ids(await store.listByStatus(['QUEUED']))).toEqual([other!.id]);
      expect(ids(await store.listByStatus(['CANCELED']))).toEqual([job!.id]);
      expect(ids(await store.page({ limit: 10, status: 'CANCELED' }))).toEqual([job!.id]);
      expect(ids(await store.page({ limit: 10, owner: 'alice', status: 'QUEUED' }))).toEqual([other!.id]);
      // Already canceled: reported as it is, not canceled again.
      expect(await store.transition(job!.id, cancelQueued(AT + 100))).toStrictEqual({
        job: canceled,
        changed: false,
      });
    });

    it('does not cancel a job being sent or already upstream', async () => {
      const [sending, waiting] = await insertAll(store, [makeJob(), makeJob()]);
      const claimed = (await store.transition(sending!.id, claimForSubmit(AT)))!.job;
      const upstream = (await store.transition(
        waiting!.id,
        patch({ status: 'WAIT', upstreamJobId: '8888' }),
      ))!.job;

      expect(await store.transition(sending!.id, cancelQueued(AT + 100))).toStrictEqual({
        job: claimed,
        changed: false,
      });
      expect(await store.transition(waiting!.id, cancelQueued(AT + 100))).toStrictEqual({
        job: upstream,
        changed: false,
      });
      expect(await store.get(sending!.id)).toStrictEqual(claimed);
      expect(await store.get(waiting!.id)).toStrictEqual(upstream);
      expect(await store.transition(MISSING, cancelQueued(1))).toBeUndefined();
    });

    it('releases a claim (the job waits again, keeping its place) and records a submission', async () => {
      const [job] = await insertAll(store, [makeJob(), makeJob()]);
      await store.transition(job!.id, claimForSubmit(AT));

      // Another claim's release does not apply.
      expect((await store.transition(job!.id, releaseClaim(AT + 1)))?.changed).toBe(false);
      const released = await store.transition(job!.id, releaseClaim(AT));
      expect(released).toStrictEqual({ job: job, changed: true });

      await store.transition(job!.id, claimForSubmit(AT + 10));
      const submitted = await store.transition(
        job!.id,
        recordSubmitted(AT + 10, { upstreamJobId: '424242', requestId: 'req-9', at: AT + 20 }),
      );
      expect(submitted?.changed).toBe(true);
      expect(submitted?.job).toMatchObject({
        status: 'WAIT',
        upstreamJobId: '424242',
        submitAttemptAt: AT + 10,
        version: job!.version + 1,
        seq: job!.seq,
        queueRound: job!.queueRound,
      });
      expect(await store.getByUpstreamId('424242')).toStrictEqual(submitted!.job);
      expect(ids(await store.listByStatus(['WAIT']))).toEqual([job!.id]);
      expect(ids(await store.page({ limit: 10, status: 'WAIT' }))).toEqual([job!.id]);
      // Idempotent: recording it again writes nothing.
      expect(
        (
          await store.transition(
            job!.id,
            recordSubmitted(AT + 10, { upstreamJobId: '424242', requestId: 'req-9', at: AT + 20 }),
          )
        )?.changed,
      ).toBe(false);
    });

    it('marks a stale claim outcome-unknown, and a late answer still resumes the job', async () => {
      const [stale, fresh] = await insertAll(store, [makeJob(), makeJob()]);
      await store.transition(stale!.id, claimForSubmit(AT));
      await store.transition(fresh!.id, claimForSubmit(AT + 1_000));

      const failed = await store.transition(stale!.id, markOutcomeUnknown(AT + 500, AT + 2_000));
      expect((await store.transition(fresh!.id, markOutcomeUnknown(AT + 500, AT + 2_000)))?.changed).toBe(
        false,
      );

      expect(failed?.job).toMatchObject({
        status: 'FAIL',
        errorCode: SUBMIT_OUTCOME_UNKNOWN,
        finishedAt: AT + 2_000,
      });
      expect(ids(await store.listByStatus(['FAIL']))).toEqual([stale!.id]);
      expect(ids(await store.listByStatus(['QUEUED']))).toEqual([fresh!.id]);

      const resumed = await store.transition(
        stale!.id,
        recordSubmitted(AT, { upstreamJobId: '515151', requestId: 'req-late', at: AT + 3_000 }),
      );
      expect(resumed?.job).toMatchObject({ status: 'WAIT', upstreamJobId: '515151', errorCode: undefined });
      expect(ids(await store.listByStatus(['WAIT']))).toEqual([stale!.id]);
    });

    it('lets exactly one of several concurrent claims win', async () => {
      const { job } = await store.insert(makeJob());

      const results = await Promise.all(
        [1, 2, 3, 4].map((i) => store.transition(job.id, claimForSubmit(AT + i))),
      );

      const winners = results.filter((r) => r!.changed);
      expect(winners).toHaveLength(1);
      const stored = await store.get(job.id);
      expect(stored).toStrictEqual(winners[0]!.job);
      // Every loser saw the winner's claim.
      for (const r of results) expect(r!.job).toStrictEqual(stored);
    });

    it('lets exactly one of a concurrent cancel and claim win', async () => {
      for (let round = 0; round < 6; round++) {
        const { job } = await store.insert(makeJob());
        const claim = () => store.transition(job.id, claimForSubmit(AT));
        const cancel = () => store.transition(job.id, cancelQueued(AT + 1));
        // Alternate who starts first, so neither order is the only one exercised.
        const [claimed, canceled] =
          round % 2 === 0
            ? await Promise.all([claim(), cancel()])
            : await Promise.all([cancel(), claim()]).then(([c, k]) => [k, c] as const);

        expect(Number(claimed!.changed) + Number(canceled!.changed)).toBe(1);
        const stored = (await store.get(job.id))!;
        if (claimed!.changed) {
          expect(stored).toStrictEqual(claimed!.job);
          expect(canceled!.job).toStrictEqual(claimed!.job);
        } else {
          expect(stored.status).toBe('CANCELED');
          expect(stored.submitAttemptAt).toBeUndefined();
          expect(stored).toStrictEqual(canceled!.job);
          expect(claimed!.job).toStrictEqual(stored);
        }
      }
    });

    it('never writes a change decided on a stale read: a cancel landing meanwhile stands', async () => {
      const { job } = await store.insert(makeJob());
      const seen: JobRecord[] = [];
      const claim = claimForSubmit(AT);
      const watchedClaim: JobChange = (current) => {
        seen.push(structuredClone(current));
        return claim(current);
      };

      // The cancel starts first. In memory and SQLite it completes before the claim reads; in Redis
      // both reads go out before either write (one connection answers in order), so the claim
      // decides on the record before the cancel, its write conflicts, and it decides again.
      const [canceled, claimed] = await Promise.all([
        store.transition(job.id, cancelQueued(AT + 1)),
        store.transition(job.id, watchedClaim),
      ]);

      expect(canceled?.changed).toBe(true);
      expect(claimed).toStrictEqual({ job: canceled!.job, changed: false });
      expect(await store.get(job.id)).toStrictEqual(canceled!.job);
      // The decision that counted was taken on the current record.
      expect(seen.at(-1)).toStrictEqual(canceled!.job);
      expect(seen.map((j) => j.status)).toEqual(optimistic ? ['QUEUED', 'CANCELED'] : ['CANCELED']);
    });
  });

  describe('fencing', () => {
    it('writes under the lease holder term, and refuses another term without writing', async () => {
      const { store: fenced, setLease } = await openStore({ lease: true });
      const { job } = await fenced.insert(makeJob());
      await setLease('term-2');

      await expect(fenced.transition(job.id, claimForSubmit(AT), { fence: 'term-1' })).rejects.toThrow(
        FencedError,
      );
      await expect(fenced.transition(job.id, cancelQueued(AT), { fence: 'term-1' })).rejects.toMatchObject({
        name: 'FencedError',
        code: 'FENCED',
        message: expect.stringMatching(/leader term is over/),
      });
      expect(await fenced.get(job.id)).toStrictEqual(job);

      const claimed = await fenced.transition(job.id, claimForSubmit(AT), { fence: 'term-2' });
      expect(claimed).toStrictEqual({ job: { ...job, submitAttemptAt: AT }, changed: true });

      // Nobody holds the lease: every fenced write is refused; an unfenced one is not checked.
      await setLease(undefined);
      await expect(fenced.transition(job.id, releaseClaim(AT), { fence: 'term-2' })).rejects.toThrow(
        FencedError,
      );
      expect(await fenced.get(job.id)).toStrictEqual(claimed!.job);
      expect((await fenced.transition(job.id, releaseClaim(AT)))?.changed).toBe(true);
    });

    it('fences the queue state the same way', async () => {
      const { store: fenced, setLease } = await openStore({ lease: true });
      await setLease('term-2');
      await fenced.setQueueState('PRO', queuedState(1), { fence: 'term-2' });

      await expect(fenced.setQueueState('PRO', undefined, { fence: 'term-1' })).rejects.toThrow(FencedError);
      await expect(fenced.setQueueState('RAPID', queuedState(2), { fence: 'term-1' })).rejects.toThrow(
        FencedError,
      );

      expect(await fenced.queueStates()).toStrictEqual({ PRO: queuedState(1) });
    });

    it('does not check fences when no lease is configured', async () => {
      const { job } = await store.insert(makeJob());

      const claimed = await store.transition(job.id, claimForSubmit(AT), { fence: 'any-term' });
      await store.setQueueState('PRO', queuedState(1), { fence: 'any-term' });

      expect(claimed?.changed).toBe(true);
      expect(await store.queueStates()).toStrictEqual({ PRO: queuedState(1) });
    });
  });

  describe('per-owner queue limit', () => {
    it('counts only the owner’s QUEUED jobs, of every kind', async () => {
      const limit = { maxQueuedPerOwner: 3 };
      const [pro, rapid] = await insertAll(store, [makeJob(), makeJob({ kind: 'RAPID' })]);
      await store.insert(makeJob({ owner: 'bob' }), limit);
      await store.insert(makeJob({ status: 'WAIT', upstreamJobId: '1212' }), limit);
      const third = await store.insert(makeJob(), limit);
      expect(third.created).toBe(true);

      const over = store.insert(makeJob({ kind: 'RAPID' }), limit);
      await expect(over).rejects.toThrow(TooManyQueuedJobsError);
      await expect(store.insert(makeJob(), limit)).rejects.toMatchObject({ owner: 'alice', limit: 3 });
      // Not QUEUED: never limited. Another owner, or no limit: not limited.
      expect((await store.insert(makeJob({ status: 'WAIT', upstreamJobId: '1313' }), limit)).created).toBe(
        true,
      );
      expect((await store.insert(makeJob({ owner: 'bob' }), limit)).created).toBe(true);
      expect((await store.insert(makeJob())).created).toBe(true);
      expect((await store.listByStatus(['QUEUED'])).filter((j) => j.owner === 'alice')).toHaveLength(4);

      // A claimed job is still QUEUED; leaving the queue frees a place.
      await store.transition(pro!.id, claimForSubmit(AT));
      await expect(store.insert(makeJob(), { maxQueuedPerOwner: 4 })).rejects.toThrow(TooManyQueuedJobsError);
      await store.transition(rapid!.id, cancelQueued(AT));
      await store.transition(pro!.id, patch({ status: 'WAIT', upstreamJobId: '1414' }));
      expect((await store.insert(makeJob(), { maxQueuedPerOwner: 4 })).created).toBe(true);
    });

    it('returns the existing job to an idempotent retry at the limit', async () => {
      const first = await store.insert(makeJob({ idempotencyKey: 'k' }), { maxQueuedPerOwner: 1 });

      const retry = await store.insert(makeJob({ idempotencyKey: 'k' }), { maxQueuedPerOwner: 1 });
      const zero = await store.insert(makeJob({ idempotencyKey: 'k' }), { maxQueuedPerOwner: 0 });

      expect(retry).toStrictEqual({ job: first.job, created: false });
      expect(zero).toStrictEqual({ job: first.job, created: false });
      await expect(
        store.insert(makeJob({ idempotencyKey: 'other' }), { maxQueuedPerOwner: 1 }),
      ).rejects.toThrow(TooManyQueuedJobsError);
      expect(await store.getByIdempotencyKey('alice', 'other')).toBeUndefined();
    });

    it('creates exactly one of several racing inserts at limit - 1', async () => {
      await insertAll(store, [makeJob(), makeJob()]);

      const results = await Promise.allSettled(
        [1, 2, 3, 4, 5].map(() => store.insert(makeJob(), { maxQueuedPerOwner: 3 })),
      );

      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      for (const r of results.filter((r) => r.status === 'rejected')) {
        expect(r.reason).toBeInstanceOf(TooManyQueuedJobsError);
      }
      expect(await store.listByStatus(['QUEUED'])).toHaveLength(3);
    });
  });

  describe('batch insert (submitJobs: all or none)', () => {
    it('stores every job in one step, in order, with seq, rounds, lookups and blobs as one insert each would', async () => {
      const [before] = await insertAll(store, [makeJob({ owner: 'bob' })]);
      const batch = [
        makeJob({ idempotencyKey: 'batch-1', inputBlobs: ['image'] }),
        makeJob({ kind: 'RAPID' }),
        makeJob(),
        makeJob({ owner: 'bob' }),
      ];
      const result = await store.insertBatch(batch, {
        maxQueuedPerOwner: 10,
        blobs: [{ image: 'aW1n' }, undefined, undefined, undefined],
      });

      expect(result.created).toBe(true);
      const jobs = result.created ? result.jobs : [];
      expect(ids(jobs)).toEqual(ids(batch as JobRecord[]));
      expect(jobs.map((j) => j.seq)).toEqual([2, 3, 4, 5].map((n) => before!.seq + n - 1));
      // Rounds as if inserted one after another: per kind and owner, after bob's earlier job.
      expect(jobs.map((j) => j.queueRound)).toEqual([1, 1, 2, 2]);
      for (const job of jobs) expect(await store.get(job.id)).toStrictEqual(job);
      expect(await store.getByIdempotencyKey('alice', 'batch-1')).toStrictEqual(jobs[0]);
      expect(await store.getInputBlobs(jobs[0]!.id)).toStrictEqual({ image: 'aW1n' });
      expect(await store.getInputBlobs(jobs[1]!.id)).toStrictEqual({});
      expect(ids(await store.listByStatus(['QUEUED']))).toEqual([before!.id, ...ids(jobs)]);
      expect(ids(await store.page({ limit: 10, owner: 'alice' }))).toEqual(ids(jobs.slice(0, 3)).reverse());
    });

    it('writes nothing when a job’s idempotency key is taken, and answers that job', async () => {
      const { job: first } = await store.insert(makeJob({ idempotencyKey: 'k' }));
      const batch = [makeJob(), makeJob({ idempotencyKey: 'k' }), makeJob()];

      const again = await store.insertBatch(batch);

      expect(again).toStrictEqual({ created: false, existing: first });
      for (const job of batch) expect(await store.get(job.id)).toBeUndefined();
      expect(await store.listByStatus(['QUEUED'])).toHaveLength(1);
      // Another owner's key of the same name is theirs.
      expect((await store.insertBatch([makeJob({ owner: 'bob', idempotencyKey: 'k' })])).created).toBe(true);
    });

    it('counts the whole batch against the per-owner limit: over it, nothing is written', async () => {
      await insertAll(store, [makeJob(), makeJob()]);
      const batch = [makeJob(), makeJob({ owner: 'bob' }), makeJob()];

      await expect(store.insertBatch(batch, { maxQueuedPerOwner: 3 })).rejects.toMatchObject({
        name: 'TooManyQueuedJobsError',
        owner: 'alice',
        limit: 3,
      });
      for (const job of batch) expect(await store.get(job.id)).toBeUndefined();
      expect(await store.listByStatus(['QUEUED'])).toHaveLength(2);

      // Exactly at the limit: fits; jobs that are not QUEUED never count.
      const fits = await store.insertBatch(
        [makeJob(), makeJob({ status: 'WAIT', upstreamJobId: '515' }), makeJob()],
        { maxQueuedPerOwner: 4 },
      );
      expect(fits.created).toBe(true);
      expect(await store.listByStatus(['QUEUED'])).toHaveLength(4);
    });

    it('rolls back every job when one cannot be written (its id exists), and refuses duplicates within the batch', async () => {
      const { job: taken } = await store.insert(makeJob());
      const batch = [makeJob({ idempotencyKey: 'rolled-back' }), { ...makeJob(), id: taken.id }];

      await expect(store.insertBatch(batch)).rejects.toThrow(/already exists/);
      expect(await store.get(batch[0]!.id)).toBeUndefined();
      expect(await store.getByIdempotencyKey('alice', 'rolled-back')).toBeUndefined();
      expect(await store.get(taken.id)).toStrictEqual(taken);

      const twice = makeJob();
      await expect(store.insertBatch([twice, twice])).rejects.toThrow(/distinct/);
      await expect(
        store.insertBatch([makeJob({ idempotencyKey: 'same' }), makeJob({ idempotencyKey: 'same' })]),
      ).rejects.toThrow(/distinct/);
      expect(await store.listByStatus(['QUEUED'])).toStrictEqual([taken]);
      // The next seq follows the last stored job: nothing was half written.
      const { job: next } = await store.insert(makeJob());
      expect(next.seq).toBeGreaterThan(taken.seq);
    });

    it('creates exactly one of two racing batches under one key', async () => {
      const a = [makeJob({ idempotencyKey: 'race' }), makeJob()];
      const b = [makeJob({ idempotencyKey: 'race' }), makeJob()];

      const [ra, rb] = await Promise.all([store.insertBatch(a), store.insertBatch(b)]);

      expect([ra.created, rb.created].sort()).toEqual([false, true]);
      const winner = ra.created ? ra.jobs : rb.created ? rb.jobs : [];
      const loser = ra.created ? rb : ra;
      expect(loser).toStrictEqual({ created: false, existing: winner[0] });
      expect(ids(await store.listByStatus(['QUEUED']))).toEqual(ids(winner));
    });
  });

  describe('fair-queue rounds', () => {
    it('gives each owner one job per round, a newcomer joining at the next round', async () => {
      const [a1, a2, a3, b1] = await insertAll(store, [
        makeJob({ owner: 'a' }),
        makeJob({ owner: 'a' }),
        makeJob({ owner: 'a' }),
        makeJob({ owner: 'b' }),
      ]);
      const other = await store.insert(makeJob({ owner: 'a', kind: 'RAPID' }));
      const external = await store.insert(makeJob({ status: 'WAIT', upstreamJobId: '6060' }));
      expect([a1, a2, a3, b1].map((j) => j!.queueRound)).toEqual([1, 2, 3, 1]);
      expect(other.job.queueRound).toBe(1);
      expect(external.job.queueRound).toBeUndefined();

      await store.transition(a1!.id, claimForSubmit(AT));
      const c1 = (await store.insert(makeJob({ owner: 'c' }))).job;
      expect(c1.queueRound).toBe(2);
      // A claim of an earlier round does not move the served round back.
      await store.transition(b1!.id, claimForSubmit(AT));
      expect((await store.insert(makeJob({ owner: 'd' }))).job.queueRound).toBe(2);
      // Only claims serve a round: canceling a later one does not.
      await store.transition(a3!.id, cancelQueued(AT));
      expect((await store.insert(makeJob({ owner: 'e' }))).job.queueRound).toBe(2);
      // Rounds are per kind.
      expect((await store.insert(makeJob({ owner: 'c', kind: 'RAPID' }))).job.queueRound).toBe(1);
      // The owner's next job comes after its last one, even one that left the queue.
      expect((await store.insert(makeJob({ owner: 'a' }))).job.queueRound).toBe(4);
      // A released claim keeps its round.
      expect((await store.transition(a1!.id, releaseClaim(AT)))?.job.queueRound).toBe(1);
    });

    it('orders the queue the same way on every store (compareQueueOrder)', async () => {
      const [a1, a2, a3, b1] = await insertAll(store, [
        makeJob({ owner: 'a' }),
        makeJob({ owner: 'a' }),
        makeJob({ owner: 'a' }),
        makeJob({ owner: 'b' }),
      ]);
      await store.transition(a1!.id, claimForSubmit(AT));
      const c1 = (await store.insert(makeJob({ owner: 'c' }))).job;
      const b2 = (await store.insert(makeJob({ owner: 'b' }))).job;

      const queue = (await store.listByStatus(['QUEUED'])).sort(compareQueueOrder);

      expect(queue.map((j) => [j.id, j.queueRound])).toEqual([
        [a1!.id, 1],
        [b1!.id, 1],
        [a2!.id, 2],
        [c1.id, 2],
        [b2.id, 2],
        [a3!.id, 3],
      ]);
    });
  });

  describe('queue state', () => {
    it('sets, replaces and clears a kind’s queue state', async () => {
      expect(await store.queueStates()).toStrictEqual({});

      await store.setQueueState('PRO', queuedState(1));
      await store.setQueueState('RAPID', { reason: 'UPSTREAM_AUTH_FAILED', detail: 'AuthFailure', since: 2 });
      await store.setQueueState('PRO', { reason: 'RATE_LIMITED', detail: 'LimitExceeded', since: 3 });
      expect(await store.queueStates()).toStrictEqual({
        PRO: { reason: 'RATE_LIMITED', detail: 'LimitExceeded', since: 3 },
        RAPID: { reason: 'UPSTREAM_AUTH_FAILED', detail: 'AuthFailure', since: 2 },
      });

      await store.setQueueState('RAPID', undefined);
      await store.setQueueState('RAPID', undefined);
      const states = await store.queueStates();
      expect(states).toStrictEqual({ PRO: { reason: 'RATE_LIMITED', detail: 'LimitExceeded', since: 3 } });
      states.PRO!.detail = 'mutated';
      expect((await store.queueStates()).PRO?.detail).toBe('LimitExceeded');
    });
  });

  describe('input blobs', () => {
    const blobs = { image: 'iVBORw0KGgo=', 'view:0': 'UklGRg==' };
    /** A record as the repository stores one: images out of the input, named in inputBlobs. */
    const withBlobs = (overrides: Partial<NewJob> = {}): NewJob =>
      makeJob({
        input: { multiViewImages: [{ viewType: 'left' }] },
        inputBlobs: Object.keys(blobs),
        ...overrides,
      });

    it('stores the blobs with a created job only: an idempotent retry keeps the first ones', async () => {
      const { job } = await store.insert(withBlobs({ idempotencyKey: 'k' }), { blobs });
      expect(job.inputBlobs).toEqual(['image', 'view:0']);
      expect(await store.getInputBlobs(job.id)).toStrictEqual(blobs);

      const retry = await store.insert(withBlobs({ idempotencyKey: 'k' }), { blobs: { image: 'other' } });
      expect(retry).toStrictEqual({ job, created: false });
      expect(await store.getInputBlobs(job.id)).toStrictEqual(blobs);
      expect(await store.getInputBlobs(MISSING)).toStrictEqual({});
      expect(await store.getInputBlobs((await store.insert(makeJob())).job.id)).toStrictEqual({});
    });

    it('keeps the blobs until the job is DONE (it may be sent again until then), and drops them with the write that makes it DONE', async () => {
      const [sent, canceled, lost] = await Promise.all(
        [0, 1, 2].map(async () => (await store.insert(withBlobs(), { blobs })).job),
      );
      await store.transition(sent!.id, claimForSubmit(AT));
      await store.transition(sent!.id, releaseClaim(AT));
      await store.transition(sent!.id, claimForSubmit(AT + 1));
      expect(await store.getInputBlobs(sent!.id)).toStrictEqual(blobs);
      const res = { upstreamJobId: '424242', requestId: 'req', at: AT + 2 };
      const written = await store.transition(sent!.id, recordSubmitted(AT + 1, res));
      expect(written?.job).toMatchObject({ status: 'WAIT', inputBlobs: ['image', 'view:0'] });
      // A transient failure at Tencent sends it again: the images are still needed.
      expect(await store.getInputBlobs(sent!.id)).toStrictEqual(blobs);
      const done = await store.transition(sent!.id, applyQueryAnswer(doneAnswer(), AT + 3));
      expect(done?.job.status).toBe('DONE');
      expect(await store.getInputBlobs(sent!.id)).toStrictEqual({});

      // A canceled or failed job may be retried (retryJob): it keeps them.
      await store.transition(canceled!.id, cancelQueued(AT));
      await store.transition(lost!.id, claimForSubmit(AT));
      await store.transition(lost!.id, markOutcomeUnknown(AT, AT + 1));
      expect(await store.getInputBlobs(canceled!.id)).toStrictEqual(blobs);
      expect(await store.getInputBlobs(lost!.id)).toStrictEqual(blobs);
      // Nothing is left over for the orphan sweep: every job that still has blobs holds them.
      const queued = (await store.insert(withBlobs(), { blobs })).job;
      expect(await store.deleteOrphanBlobs(10)).toBe(0);
      expect(await store.getInputBlobs(queued.id)).toStrictEqual(blobs);
    });
  });

  describe('retention', () => {
    const DAY = 24 * 60 * 60 * 1000;
    /** The sweep's clock: jobs finished before NOW - 30 days are past retention. */
    const NOW = AT + 100 * DAY;
    const CUTOFF = NOW - 30 * DAY;

    /** Stores a job and moves it to `status`, finished at `finishedAt`. */
    async function finished(
      status: 'DONE' | 'FAIL' | 'CANCELED',
      finishedAt: number,
      overrides: Partial<NewJob> = {},
    ): Promise<JobRecord> {
      const { job } = await store.insert(makeJob(overrides));
      return (await store.transition(job.id, patch({ status, finishedAt, updatedAt: finishedAt })))!.job;
    }

    it('deletes finished jobs past the cutoff, oldest first and at most `limit` per call, with every lookup', async () => {
      const oldDone = await finished('DONE', CUTOFF - 2 * DAY, {
        idempotencyKey: 'k1',
        upstreamJobId: '1001',
      });
      const oldFail = await finished('FAIL', CUTOFF - 3 * DAY, { idempotencyKey: 'k2' });
      const oldCanceled = await finished('CANCELED', CUTOFF - 1, { owner: 'bob' });
      const recentDone = await finished('DONE', CUTOFF + 1, { upstreamJobId: '1002' });
      const queued = (await store.insert(makeJob({ idempotencyKey: 'k3' }))).job;
      const running = (await store.insert(makeJob({ status: 'WAIT', upstreamJobId: '1003' }))).job;

      expect(await store.deleteFinished(CUTOFF, 2)).toEqual([oldFail.id, oldDone.id]);
      expect(await store.deleteFinished(CUTOFF, 2)).toEqual([oldCanceled.id]);
      expect(await store.deleteFinished(CUTOFF, 2)).toEqual([]);

      for (const gone of [oldDone, oldFail, oldCanceled]) expect(await store.get(gone.id)).toBeUndefined();
      expect(await store.getByIdempotencyKey('alice', 'k1')).toBeUndefined();
      expect(await store.getByIdempotencyKey('alice', 'k2')).toBeUndefined();
      expect(await store.getByUpstreamId('1001')).toBeUndefined();
      expect(ids(await store.page({ limit: 10 }))).toEqual([running.id, queued.id, recentDone.id]);
      expect(ids(await store.page({ limit: 10, owner: 'bob' }))).toEqual([]);
      expect(ids(await store.page({ limit: 10, status: 'DONE' }))).toEqual([recentDone.id]);
      expect(ids(await store.listByStatus(['DONE', 'FAIL', 'CANCELED']))).toEqual([recentDone.id]);
      expect(await store.getByUpstreamId('1002')).toStrictEqual(recentDone);
      expect(await store.getByIdempotencyKey('alice', 'k3')).toStrictEqual(queued);

      // A deleted job's key and JobId are free again; seq keeps growing past every deleted job.
      const again = await store.insert(makeJob({ idempotencyKey: 'k1' }));
      expect(again.created).toBe(true);
      expect(again.job.seq).toBeGreaterThan(running.seq);
      const external = await store.insert(makeJob({ external: true, status: 'DONE', upstreamJobId: '1001' }));
      expect(external.created).toBe(true);
    });

    it('counts a finished job without finishedAt from its last update, and never deletes unfinished jobs', async () => {
      const { job } = await store.insert(makeJob());
      const noFinish = (await store.transition(
        job.id,
        patch({ status: 'FAIL', finishedAt: undefined, updatedAt: CUTOFF - DAY }),
      ))!.job;
      const oldQueued = (await store.insert(makeJob({ submittedAt: CUTOFF - 50 * DAY }))).job;
      const oldRunning = (await store.insert(makeJob({ status: 'RUN', upstreamJobId: '77' }))).job;
      await store.transition(oldRunning.id, patch({ updatedAt: CUTOFF - 50 * DAY }));

      expect(await store.deleteFinished(CUTOFF, 10)).toEqual([noFinish.id]);
      expect(ids(await store.listByStatus(['QUEUED', 'RUN']))).toEqual([oldQueued.id, oldRunning.id]);
    });

    it('never reuses the seq of a deleted newest job', async () => {
      await store.insert(makeJob());
      const newest = await finished('CANCELED', CUTOFF - DAY);
      expect(await store.deleteFinished(CUTOFF, 10)).toEqual([newest.id]);

      const next = (await store.insert(makeJob())).job;
      expect(next.seq).toBeGreaterThan(newest.seq);
      expect(ids(await store.page({ limit: 10, beforeSeq: newest.seq + 1 }))).not.toContain(next.id);
    });

    it('follows a job that left the finished states (a late JobId) and came back', async () => {
      const { job } = await store.insert(makeJob());
      await store.transition(job.id, claimForSubmit(AT));
      await store.transition(job.id, markOutcomeUnknown(AT, CUTOFF - 5 * DAY));
      const res = { upstreamJobId: '5150', requestId: 'req', at: CUTOFF - 4 * DAY };
      await store.transition(job.id, recordSubmitted(AT, res));
      expect(await store.deleteFinished(CUTOFF, 10)).toEqual([]);
      await store.transition(job.id, patch({ status: 'DONE', finishedAt: CUTOFF + DAY }));
      expect(await store.deleteFinished(CUTOFF, 10)).toEqual([]);
      expect(await store.deleteFinished(CUTOFF + 2 * DAY, 10)).toEqual([job.id]);
    });

    it('deletes a finished job together with any blobs it still had', async () => {
      const { job } = await store.insert(makeJob({ inputBlobs: ['image'] }), { blobs: { image: 'aGk=' } });
      await store.transition(job.id, cancelQueued(CUTOFF - DAY));
      expect(await store.deleteFinished(CUTOFF, 10)).toEqual([job.id]);
      expect(await store.getInputBlobs(job.id)).toStrictEqual({});
      expect(await store.deleteOrphanBlobs(10)).toBe(0);
    });

    it('lists finished jobs from a time on, oldest finish first, for readers that follow every end (webhooks)', async () => {
      const late = await finished('DONE', CUTOFF + 3);
      const early = await finished('FAIL', CUTOFF + 1);
      const before = await finished('CANCELED', CUTOFF - 1);
      const tie = await finished('CANCELED', CUTOFF + 3);
      await store.insert(makeJob({ status: 'RUN', upstreamJobId: '88' }));

      expect(ids(await store.listFinishedSince(CUTOFF, 10))).toEqual([early.id, late.id, tie.id]);
      expect(ids(await store.listFinishedSince(CUTOFF, 2))).toEqual([early.id, late.id]);
      expect(ids(await store.listFinishedSince(CUTOFF + 3, 10))).toEqual([late.id, tie.id]);
      expect(ids(await store.listFinishedSince(0, 1))).toEqual([before.id]);
      expect(await store.listFinishedSince(CUTOFF, 0)).toEqual([]);
      await expect(store.listFinishedSince(CUTOFF, -1)).rejects.toThrow(RangeError);
    });

    it('validates the limit', async () => {
      await expect(store.deleteFinished(CUTOFF, -1)).rejects.toThrow(RangeError);
      await expect(store.deleteOrphanBlobs(1.5)).rejects.toThrow(RangeError);
      expect(await store.deleteFinished(CUTOFF, 0)).toEqual([]);
    });
  });

  it('answers ping and closes more than once', async () => {
    await expect(store.ping()).resolves.toBeUndefined();
    await store.close();
    await expect(store.close()).resolves.toBeUndefined();
  });

  it.runIf(name !== 'redis')('refuses a change that writes to the store itself', async () => {
    const { job } = await store.insert(makeJob());
    let inner: Promise<unknown> = Promise.resolve();

    const outer = await store.transition(job.id, (current) => {
      inner = store.transition(job.id, cancelQueued(AT)).catch((err: unknown) => err);
      return claimForSubmit(AT)(current);
    });

    expect(await inner).toMatchObject({ message: expect.stringMatching(/must not write to the store/) });
    expect(outer?.job.submitAttemptAt).toBe(AT);
    expect(await store.get(job.id)).toStrictEqual(outer!.job);
  });
});

describe('withStoreErrors', () => {
  /** A store whose every method rejects with `err`. */
  function failingStore(err: unknown): JobStore {
    const fail = async (): Promise<never> => {
      throw err;
    };
    return {
      insert: fail,
      insertBatch: fail,
      transition: fail,
      get: fail,
      getByUpstreamId: fail,
      getByIdempotencyKey: fail,
      listByStatus: fail,
      page: fail,
      setQueueState: fail,
      queueStates: fail,
      getInputBlobs: fail,
      deleteFinished: fail,
      deleteOrphanBlobs: fail,
      listFinishedSince: fail,
      appendHistory: fail,
      history: fail,
      ping: fail,
      close: async () => {},
    };
  }

  const calls: [string, (s: JobStore) => Promise<unknown>][] = [
    ['insert', (s) => s.insert(makeJob())],
    ['insertBatch', (s) => s.insertBatch([makeJob()])],
    ['transition', (s) => s.transition('job_x', claimForSubmit(1))],
    ['get', (s) => s.get('job_x')],
    ['getByUpstreamId', (s) => s.getByUpstreamId('1')],
    ['getByIdempotencyKey', (s) => s.getByIdempotencyKey('a', 'k')],
    ['listByStatus', (s) => s.listByStatus(['QUEUED'])],
    ['page', (s) => s.page({ limit: 1 })],
    ['setQueueState', (s) => s.setQueueState('PRO', undefined)],
    ['queueStates', (s) => s.queueStates()],
    ['getInputBlobs', (s) => s.getInputBlobs('job_x')],
    ['deleteFinished', (s) => s.deleteFinished(1, 10)],
    ['deleteOrphanBlobs', (s) => s.deleteOrphanBlobs(10)],
    ['listFinishedSince', (s) => s.listFinishedSince(1, 10)],
    ['appendHistory', (s) => s.appendHistory(makeJob() as JobRecord, 50)],
    ['history', (s) => s.history('job_x', 0)],
    ['ping', (s) => s.ping()],
  ];

  it.each(calls)('types storage failures of %s', async (method, call) => {
    const cause = new Database.SqliteError('database is locked', 'SQLITE_BUSY');
    const err = await call(withStoreErrors(failingStore(cause))).catch((e: unknown) => e);

    expect(err).toBeInstanceOf(StoreUnavailableError);
    expect((err as Error).cause).toBe(cause);
    expect((err as Error).message).toContain(
      method === 'insert' || method === 'insertBatch' ? 'same idempotencyKey' : `(${method})`,
    );
  });

  it.each([
    ['FencedError', new FencedError('transition')],
    ['TooManyQueuedJobsError', new TooManyQueuedJobsError('alice', 3)],
    [
      'a constraint violation',
      new Database.SqliteError('UNIQUE constraint failed', 'SQLITE_CONSTRAINT_UNIQUE'),
    ],
    ['a Redis reply error', new ReplyError('ERR Error running script')],
    ['a Node programming error', Object.assign(new TypeError('bad arg'), { code: 'ERR_INVALID_ARG_TYPE' })],
    ['a RangeError', new RangeError('page limit must be a non-negative integer, got -1')],
  ])('passes %s through untouched', async (_, cause) => {
    for (const [, call] of calls) {
      await expect(call(withStoreErrors(failingStore(cause)))).rejects.toBe(cause);
    }
  });

  it.each([
    ['disk I/O', new Database.SqliteError('disk I/O error', 'SQLITE_IOERR_WRITE')],
    ['a full disk', new Database.SqliteError('database or disk is full', 'SQLITE_FULL')],
    ['a closed Redis connection', new Error('Connection is closed.')],
    ['a Redis command timeout', new Error('Command timed out')],
    [
      'a refused connection',
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6379'), { code: 'ECONNREFUSED' }),
    ],
    [
      'ioredis giving up',
      Object.assign(new Error('Reached the max retries'), { name: 'MaxRetriesPerRequestError' }),
    ],
  ])('types %s as unavailable', async (_, cause) => {
    await expect(withStoreErrors(failingStore(cause)).get('job_x')).rejects.toBeInstanceOf(
      StoreUnavailableError,
    );
  });
});

describe('Redis job store', () => {
  it('leaves the connection open unless told it owns it', async () => {
    const shared = await connectTestRedis();
    await createRedisJobStore({ redis: shared, keyPrefix: testKeyPrefix() }).close();
    expect(await shared.ping()).toBe('PONG');

    const owned = await connectTestRedis();
    const store = createRedisJobStore({ redis: owned, keyPrefix: testKeyPrefix(), ownsConnection: true });
    const ended = once(owned, 'end');
    await store.close();
    await store.close();
    await ended;
    await expect(owned.ping()).rejects.toThrow(/closed/);
  });

  it('keeps two prefixes on one Redis apart', async () => {
    const redis = await connectTestRedis();
    const a = createRedisJobStore({ redis, keyPrefix: testKeyPrefix() });
    const b = createRedisJobStore({ redis, keyPrefix: testKeyPrefix() });
    const job = makeJob({ idempotencyKey: 'k', upstreamJobId: '9090' });

    expect((await a.insert(job)).created).toBe(true);
    expect((await a.insert(makeJob())).job.queueRound).toBe(2);
    await a.setQueueState('PRO', queuedState(1));
    expect((await b.insert(job)).created).toBe(true);
    expect((await b.insert(job)).job.queueRound).toBe(1);
    expect(ids(await b.page({ limit: 10 }))).toEqual([job.id]);
    expect(await b.queueStates()).toStrictEqual({});
  });

  it('shares limits, rounds and fences between replicas on separate connections', async () => {
    const keyPrefix = testKeyPrefix();
    const leaseKey = `${keyPrefix}leader`;
    const [r1, r2] = [await connectTestRedis(), await connectTestRedis()];
    const one = createRedisJobStore({ redis: r1, keyPrefix, leaseKey });
    const two = createRedisJobStore({ redis: r2, keyPrefix, leaseKey });
    await insertAll(one, [makeJob(), makeJob()]);

    const racing = await Promise.allSettled(
      [one, two, one, two].map((s) => s.insert(makeJob(), { maxQueuedPerOwner: 3 })),
    );
    expect(racing.filter((r) => r.status === 'fulfilled')).toHaveLength(1);

    const first = (await one.listByStatus(['QUEUED']))[0]!;
    await r1.set(leaseKey, 'term-9');
    await expect(two.transition(first.id, claimForSubmit(AT), { fence: 'term-8' })).rejects.toThrow(
      FencedError,
    );
    expect((await two.transition(first.id, claimForSubmit(AT), { fence: 'term-9' }))?.changed).toBe(true);
    expect((await one.insert(makeJob({ owner: 'bob' }))).job.queueRound).toBe(2);
  });

  it('reads records written before rounds existed as queueRound undefined', async () => {
    const redis = await connectTestRedis();
    const keyPrefix = testKeyPrefix();
    const store = createRedisJobStore({ redis, keyPrefix });
    const { job } = await store.insert(makeJob());
    const { queueRound: _, ...old } = job;
    await redis.hset(`${keyPrefix}job:${job.id}`, 'json', encodeJobRecord(old as JobRecord));

    expect(await store.get(job.id)).toStrictEqual({ ...job, queueRound: undefined });
    const claimed = await store.transition(job.id, claimForSubmit(AT));
    expect(claimed?.job).toStrictEqual({ ...job, queueRound: undefined, submitAttemptAt: AT });
  });

  it('leaves no key of a deleted job behind', async () => {
    const redis = await connectTestRedis();
    const keyPrefix = testKeyPrefix();
    const store = createRedisJobStore({ redis, keyPrefix });
    const before = new Set(await redis.keys(`${keyPrefix}*`));
    const { job } = await store.insert(makeJob({ idempotencyKey: 'k', inputBlobs: ['image'] }), {
      blobs: { image: 'aGk=' },
    });
    await store.transition(job.id, claimForSubmit(AT));
    const res = { upstreamJobId: '8080', requestId: 'req', at: AT + 1 };
    await store.transition(job.id, recordSubmitted(AT, res));
    await store.transition(job.id, patch({ status: 'DONE', finishedAt: AT + 2 }));

    expect(await store.deleteFinished(AT + 3, 10)).toEqual([job.id]);
    // What stays is the store's own bookkeeping: counters, rounds, the marker of the finished index.
    const left = (await redis.keys(`${keyPrefix}*`)).filter((key) => !before.has(key)).sort();
    expect(left).toEqual(
      ['finished:indexed', 'round:owner:PRO', 'round:served:PRO', 'seq'].map((k) => keyPrefix + k),
    );
    for (const hash of ['idem', 'upstream']) expect(await redis.hlen(`${keyPrefix}${hash}`)).toBe(0);
  });

  it('puts finished jobs written before the retention index into it, once', async () => {
    const redis = await connectTestRedis();
    const keyPrefix = testKeyPrefix();
    const store = createRedisJobStore({ redis, keyPrefix });
    // The finish time is read from the record text: text in the input that looks like it is not.
    const { job: old } = await store.insert(makeJob({ input: { prompt: 'a ,"finishedAt":99999999999999' } }));
    await store.transition(old.id, patch({ status: 'DONE', finishedAt: AT + 5, updatedAt: AT + 6 }));
    const { job: noFinish } = await store.insert(makeJob());
    await store.transition(
      noFinish.id,
      patch({ status: 'CANCELED', finishedAt: undefined, updatedAt: AT + 7 }),
    );
    const { job: queued } = await store.insert(makeJob());
    // As an older version left them: no retention index at all.
    await redis.del(`${keyPrefix}finished`);

    expect(await store.deleteFinished(AT + 7, 10)).toEqual([old.id]);
    expect(await redis.get(`${keyPrefix}finished:indexed`)).toBe('1');
    expect(await store.deleteFinished(AT + 8, 10)).toEqual([noFinish.id]);
    expect(ids(await store.page({ limit: 10 }))).toEqual([queued.id]);
  });

  it('deletes blobs no job holds (gone, or DONE), scanning a batch at a time', async () => {
    const redis = await connectTestRedis();
    const keyPrefix = testKeyPrefix();
    const store = createRedisJobStore({ redis, keyPrefix });
    const { job: queued } = await store.insert(makeJob({ inputBlobs: ['image'] }), {
      blobs: { image: 'cQ==' },
    });
    const { job: running } = await store.insert(makeJob({ status: 'DONE', upstreamJobId: '31' }));
    await redis.hset(`${keyPrefix}blob:${running.id}`, 'image', 'cg==');
    await redis.hset(`${keyPrefix}blob:${MISSING}`, 'image', 'bQ==');

    let deleted = 0;
    for (let i = 0; i < 20 && deleted < 2; i++) deleted += await store.deleteOrphanBlobs(1);
    expect(deleted).toBe(2);
    expect(await store.getInputBlobs(queued.id)).toStrictEqual({ image: 'cQ==' });
    expect(await redis.exists(`${keyPrefix}blob:${running.id}`, `${keyPrefix}blob:${MISSING}`)).toBe(0);
  });
});

describe('SQLite job store', () => {
  const SCHEMA_VERSION = 6;
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'job-store-'));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates the parent directory and keeps jobs, rounds and queue states across close and reopen', async () => {
    const path = join(dir, 'nested', 'deeper', 'jobs.db');
    const first = createSqliteJobStore({ path });
    const { job } = await first.insert(makeJob({ idempotencyKey: 'k' }));
    const queued = (await first.insert(makeJob())).job;
    await first.transition(queued.id, claimForSubmit(AT));
    const done = makeDoneJob(job);
    await first.transition(job.id, replaceWith(done));
    await first.setQueueState('PRO', queuedState(1));
    await first.close();
    expect(existsSync(path)).toBe(true);

    const reopened = createSqliteJobStore({ path });
    try {
      expect(await reopened.get(job.id)).toStrictEqual(done);
      expect((await reopened.insert(makeJob({ idempotencyKey: 'k' }))).created).toBe(false);
      const next = (await reopened.insert(makeJob())).job;
      expect(next.seq).toBeGreaterThan(job.seq);
      expect(next.queueRound).toBe(3);
      expect((await reopened.insert(makeJob({ owner: 'bob' }))).job.queueRound).toBe(3);
      expect(await reopened.queueStates()).toStrictEqual({ PRO: queuedState(1) });
    } finally {
      await reopened.close();
    }
  });

  it('enforces one job per owner and key, and the queue limit, across two connections to one file', async () => {
    const path = join(dir, 'jobs.db');
    const a = createSqliteJobStore({ path });
    const b = createSqliteJobStore({ path });
    try {
      const first = await a.insert(makeJob({ idempotencyKey: 'k' }));
      const second = await b.insert(makeJob({ idempotencyKey: 'k' }));
      expect(second).toStrictEqual({ job: first.job, created: false });
      const next = (await b.insert(makeJob())).job;
      expect(next.seq).toBeGreaterThan(first.job.seq);
      expect(next.queueRound).toBe(2);

      const racing = await Promise.allSettled(
        [a, b, a, b].map((s) => s.insert(makeJob(), { maxQueuedPerOwner: 3 })),
      );
      expect(racing.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(await a.listByStatus(['QUEUED'])).toHaveLength(3);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('records schema version 6 in WAL mode and refuses a database from a newer version', async () => {
    const path = join(dir, 'jobs.db');
    await createSqliteJobStore({ path }).close();
    const db = new Database(path);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.pragma('user_version = 7');
    db.close();

    expect(() => createSqliteJobStore({ path })).toThrow(/schema version 7, newer than this gateway's 6/);
  });

  /** The jobs table as versions 1 and 2 wrote it. */
  const V1_SCHEMA = `
    CREATE TABLE jobs (
      id TEXT PRIMARY KEY,
      seq INTEGER NOT NULL UNIQUE,
      owner TEXT NOT NULL,
      idempotency_key TEXT,
      upstream_job_id TEXT,
      status TEXT NOT NULL,
      external INTEGER NOT NULL CHECK (external IN (0, 1)),
      data TEXT NOT NULL
    ) STRICT;
    CREATE UNIQUE INDEX jobs_owner_idempotency_key ON jobs (owner, idempotency_key)
      WHERE idempotency_key IS NOT NULL;
    CREATE INDEX jobs_status_seq ON jobs (status, seq);
    CREATE INDEX jobs_upstream_job_id ON jobs (upstream_job_id) WHERE upstream_job_id IS NOT NULL;
    CREATE INDEX jobs_owner_seq ON jobs (owner, seq);
  `;
  const V2_STEP = `
    DROP INDEX jobs_upstream_job_id;
    CREATE UNIQUE INDEX jobs_upstream_job_id_unique ON jobs (upstream_job_id)
      WHERE upstream_job_id IS NOT NULL;
  `;

  /** Rows as an older gateway wrote them: records without queueRound. */
  function writeOldRows(db: Database.Database, rows: Omit<JobRecord, 'queueRound'>[]): void {
    const insertRow = db.prepare(
      `INSERT INTO jobs (id, seq, owner, idempotency_key, upstream_job_id, status, external, data)
       VALUES (@id, @seq, @owner, @idempotencyKey, @upstreamJobId, @status, @external, @data)`,
    );
    for (const job of rows) {
      insertRow.run({
        id: job.id,
        seq: job.seq,
        owner: job.owner,
        idempotencyKey: job.idempotencyKey ?? null,
        upstreamJobId: job.upstreamJobId ?? null,
        status: job.status,
        external: job.external ? 1 : 0,
        data: encodeJobRecord(job as JobRecord),
      });
    }
  }

  const withoutRound = (job: JobRecord): Omit<JobRecord, 'queueRound'> => {
    const { queueRound: _, ...rest } = job;
    return rest;
  };

  it('migrates a version 1 file, keeping the oldest of jobs that share an upstreamJobId', async () => {
    const path = join(dir, 'jobs.db');
    const v1 = new Database(path);
    v1.exec(V1_SCHEMA);
    v1.pragma('user_version = 1');
    const rows = [
      {
        ...withoutRound(makeDoneJob({ ...makeJob(), seq: 1, queueRound: undefined })),
        upstreamJobId: '1001',
      },
      { ...makeJob({ status: 'WAIT', upstreamJobId: '1002' }), seq: 2 },
      { ...makeJob({ external: true, owner: '', status: 'DONE', upstreamJobId: '1001' }), seq: 3 },
      { ...makeJob(), seq: 4 },
      { ...makeJob({ external: true, owner: '', status: 'WAIT', upstreamJobId: '1002' }), seq: 5 },
      { ...makeJob({ external: true, owner: '', status: 'WAIT', upstreamJobId: '1001' }), seq: 6 },
    ];
    writeOldRows(v1, rows);
    v1.close();
    // Version 4 moves inline images out of records: a finished job keeps only the marker.
    const decoded = rows.map((row): JobRecord => detachInputImages({ ...row, queueRound: undefined }).job);
    expect(decoded[0]?.inputBlobs).toEqual(['view:1']);

    const store = createSqliteJobStore({ path });
    try {
      const [oldest1001, oldest1002, , plain] = decoded;
      expect(await store.getByUpstreamId('1001')).toStrictEqual(oldest1001);
      expect(await store.getByUpstreamId('1002')).toStrictEqual(oldest1002);
      for (const dropped of [decoded[2]!, decoded[4]!, decoded[5]!])
        expect(await store.get(dropped.id)).toBeUndefined();
      expect(await store.get(plain!.id)).toStrictEqual(plain);
      expect(await store.insert(makeJob({ external: true, upstreamJobId: '1002' }))).toStrictEqual({
        job: oldest1002,
        created: false,
      });
    } finally {
      await store.close();
    }
    const db = new Database(path);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      expect(() =>
        db
          .prepare(
            `INSERT INTO jobs (id, seq, owner, upstream_job_id, status, external, data)
             VALUES ('job_x', 99, '', '1001', 'WAIT', 1, '{}')`,
          )
          .run(),
      ).toThrow(/UNIQUE constraint failed: jobs.upstream_job_id/);
    } finally {
      db.close();
    }
  });

  it('migrates a version 2 file: old queued jobs have no round and leave the queue first', async () => {
    const path = join(dir, 'jobs.db');
    const v2 = new Database(path);
    v2.exec(V1_SCHEMA);
    v2.exec(V2_STEP);
    v2.pragma('user_version = 2');
    const rows = [
      { ...makeJob({ owner: 'bob' }), seq: 1 },
      { ...makeJob({ status: 'WAIT', upstreamJobId: '2001' }), seq: 2 },
      { ...makeJob(), seq: 3 },
    ];
    writeOldRows(v2, rows);
    v2.close();

    const store = createSqliteJobStore({ path });
    try {
      const [oldBob, running, oldAlice] = rows.map((row): JobRecord => ({ ...row, queueRound: undefined }));
      expect(await store.get(oldBob!.id)).toStrictEqual(oldBob);
      expect(await store.getByUpstreamId('2001')).toStrictEqual(running);

      const newer = (await store.insert(makeJob({ owner: 'carol' }))).job;
      expect(newer.seq).toBe(4);
      expect(newer.queueRound).toBe(1);
      const queue = (await store.listByStatus(['QUEUED'])).sort(compareQueueOrder);
      expect(ids(queue)).toEqual([oldBob!.id, oldAlice!.id, newer.id]);

      // An old job keeps no round when claimed, and the served round stays where it was.
      const claimed = await store.transition(oldBob!.id, claimForSubmit(AT));
      expect(claimed?.job).toStrictEqual({ ...oldBob, submitAttemptAt: AT });
      expect((await store.insert(makeJob({ owner: 'dave' }))).job.queueRound).toBe(1);
      await expect(store.insert(makeJob(), { maxQueuedPerOwner: 1 })).rejects.toThrow(TooManyQueuedJobsError);
    } finally {
      await store.close();
    }
    const db = new Database(path);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    } finally {
      db.close();
    }
  });

  it('deletes blobs no job holds (gone, or DONE)', async () => {
    const path = join(dir, 'jobs.db');
    const store = createSqliteJobStore({ path });
    try {
      const { job: queued } = await store.insert(makeJob({ inputBlobs: ['image'] }), {
        blobs: { image: 'cQ==' },
      });
      const { job: running } = await store.insert(makeJob({ status: 'DONE', upstreamJobId: '31' }));
      const db = new Database(path);
      const put = db.prepare('INSERT INTO job_blobs (job_id, part, data) VALUES (?, ?, ?)');
      put.run(running.id, 'image', 'cg==');
      put.run(MISSING, 'image', 'bQ==');
      put.run(MISSING, 'view:0', 'bQ==');
      db.close();

      expect(await store.deleteOrphanBlobs(1)).toBe(1);
      expect(await store.deleteOrphanBlobs(10)).toBe(1);
      expect(await store.deleteOrphanBlobs(10)).toBe(0);
      expect(await store.getInputBlobs(queued.id)).toStrictEqual({ image: 'cQ==' });
      expect(await store.getInputBlobs(running.id)).toStrictEqual({});
      expect(await store.getInputBlobs(MISSING)).toStrictEqual({});
    } finally {
      await store.close();
    }
  });

  /** Version 3's step: fair-queue rounds and queue states. */
  const V3_STEP = `
    CREATE TABLE queue_rounds (kind TEXT NOT NULL, owner TEXT NOT NULL, last_round INTEGER NOT NULL,
      PRIMARY KEY (kind, owner)) STRICT;
    CREATE TABLE served_rounds (kind TEXT PRIMARY KEY, round INTEGER NOT NULL) STRICT;
    CREATE TABLE queue_states (kind TEXT PRIMARY KEY, data TEXT NOT NULL) STRICT;
  `;

  it('migrates a version 3 file: inline images leave the records, queued jobs keep theirs as blobs, finished jobs can expire', async () => {
    const path = join(dir, 'jobs.db');
    const v3 = new Database(path);
    v3.exec(V1_SCHEMA);
    v3.exec(V2_STEP);
    v3.exec(V3_STEP);
    v3.pragma('user_version = 3');
    const image = 'iVBORw0KGgoAAAANSUhEUg==';
    const views = [
      { viewType: 'left', imageBase64: 'UklGRg==' },
      { viewType: 'back', imageUrl: 'https://x/b.png' },
    ];
    const queuedRow = { ...makeJob({ input: { imageBase64: image, multiViewImages: views } }), seq: 1 };
    const doneRow = {
      ...makeJob({ status: 'DONE', input: { imageBase64: image }, upstreamJobId: '42' }),
      seq: 2,
      finishedAt: AT,
      updatedAt: AT,
    };
    const promptRow = { ...makeJob({ status: 'CANCELED', updatedAt: AT + 10 }), seq: 3 };
    writeOldRows(v3, [queuedRow, doneRow, promptRow]);
    v3.close();

    const store = createSqliteJobStore({ path });
    try {
      const queued = await store.get(queuedRow.id);
      expect(queued).toStrictEqual({
        ...queuedRow,
        queueRound: undefined,
        input: { multiViewImages: [{ viewType: 'left' }, views[1]] },
        inputBlobs: ['image', 'view:0'],
      });
      expect(await store.getInputBlobs(queuedRow.id)).toStrictEqual({ image, 'view:0': 'UklGRg==' });
      const done = await store.get(doneRow.id);
      expect(done).toMatchObject({ input: {}, inputBlobs: ['image'], status: 'DONE' });
      expect(await store.getInputBlobs(doneRow.id)).toStrictEqual({});
      expect(await store.get(promptRow.id)).toStrictEqual({ ...promptRow, queueRound: undefined });

      expect(await store.deleteFinished(AT + 5, 10)).toEqual([doneRow.id]);
      expect(await store.deleteFinished(AT + 11, 10)).toEqual([promptRow.id]);
      expect((await store.insert(makeJob())).job.seq).toBe(4);
    } finally {
      await store.close();
    }
  });

  it('encodes records so decoding gives back a strictly equal object', () => {
    const job: JobRecord = makeDoneJob({ ...makeJob(), seq: 7, queueRound: 2 });
    const text = encodeJobRecord(job);

    expect(decodeJobRecord(text)).toStrictEqual(job);
    expect(decodeJobRecord(encodeJobRecord({ ...job, queueRound: undefined }))).toStrictEqual({
      ...job,
      queueRound: undefined,
    });
    // The column stays readable JSON of the record, for whoever inspects the file.
    expect(JSON.parse(text)).toMatchObject({ id: job.id, seq: 7, queueRound: 2, status: 'DONE' });
  });
});
