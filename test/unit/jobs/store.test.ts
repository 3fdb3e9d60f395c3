import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JobRecord } from '../../../src/jobs/domain/job.ts';
import { decodeJobRecord, encodeJobRecord } from '../../../src/jobs/store/record-codec.ts';
import type { JobStore } from '../../../src/jobs/store/store.ts';
import { createMemoryJobStore } from '../../../src/jobs/store/store-memory.ts';
import { createRedisJobStore } from '../../../src/jobs/store/store-redis.ts';
import { createSqliteJobStore } from '../../../src/jobs/store/store-sqlite.ts';
import { connectTestRedis, testKeyPrefix } from '../../helpers/redis-connection.ts';

type NewJob = Omit<JobRecord, 'seq'>;

let nextId = 0;

/** A QUEUED job with every optional field unset, as `submitJob` would first write it. */
function makeJob(overrides: Partial<NewJob> = {}): NewJob {
  nextId += 1;
  return {
    id: `job_${String(nextId).padStart(16, '0')}`,
    kind: 'PRO',
    status: 'QUEUED',
    input: { prompt: 'a small teapot' },
    inputHash: 'f'.repeat(64),
    owner: 'alice',
    idempotencyKey: undefined,
    external: false,
    upstreamJobId: undefined,
    version: 1,
    submittedAt: 1_700_000_000_000,
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
    updatedAt: 1_700_000_000_000,
    ...overrides,
  };
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

async function insertAll(store: JobStore, jobs: NewJob[]): Promise<JobRecord[]> {
  const inserted: JobRecord[] = [];
  // One at a time, so seq follows array order.
  for (const job of jobs) inserted.push((await store.insert(job)).job);
  return inserted;
}

const ids = (jobs: JobRecord[]): string[] => jobs.map((job) => job.id);

interface StoreCase {
  name: string;
  /** Returns the store and a cleanup that runs after it is closed. */
  open: () => [JobStore, () => void] | Promise<[JobStore, () => void]>;
}

const cases: StoreCase[] = [
  { name: 'memory', open: () => [createMemoryJobStore(), () => {}] },
  { name: 'sqlite :memory:', open: () => [createSqliteJobStore({ path: ':memory:' }), () => {}] },
  {
    name: 'sqlite file',
    open: () => {
      const dir = mkdtempSync(join(tmpdir(), 'job-store-'));
      return [createSqliteJobStore({ path: join(dir, 'jobs.db') }), () => rmSync(dir, { recursive: true })];
    },
  },
  {
    // The helper deletes the prefix's keys and closes the connection after each test.
    name: 'redis',
    open: async () => [
      createRedisJobStore({ redis: await connectTestRedis(), keyPrefix: testKeyPrefix() }),
      () => {},
    ],
  },
];

describe.each(cases)('JobStore contract: $name', ({ open }) => {
  let store: JobStore;
  let cleanup: (() => void) | undefined;

  beforeEach(async () => {
    cleanup = undefined;
    [store, cleanup] = await open();
  });

  afterEach(async () => {
    // Nothing to close when opening failed (Redis not reachable): that failure is the report.
    if (!cleanup) return;
    await store.close();
    cleanup();
  });

  it('assigns strictly increasing seq on insert and returns the record with it', async () => {
    const first = makeJob();
    const results = [await store.insert(first), await store.insert(makeJob()), await store.insert(makeJob())];

    expect(results.map((r) => r.created)).toEqual([true, true, true]);
    const seqs = results.map((r) => r.job.seq);
    expect(seqs[0]).toBeGreaterThan(0);
    expect(seqs[1]).toBeGreaterThan(seqs[0]!);
    expect(seqs[2]).toBeGreaterThan(seqs[1]!);
    expect(results[0]!.job).toStrictEqual({ ...first, seq: seqs[0] });
  });

  it('finds jobs by id, upstream id and idempotency key', async () => {
    const [plain, keyed] = await insertAll(store, [
      makeJob({ upstreamJobId: '1111' }),
      makeJob({ owner: 'bob', idempotencyKey: 'k-1', upstreamJobId: '2222' }),
    ]);

    expect(await store.get(plain!.id)).toStrictEqual(plain);
    expect(await store.get('job_missing0000000000')).toBeUndefined();
    expect(await store.getByUpstreamId('2222')).toStrictEqual(keyed);
    expect(await store.getByUpstreamId('9999')).toBeUndefined();
    expect(await store.getByIdempotencyKey('bob', 'k-1')).toStrictEqual(keyed);
    expect(await store.getByIdempotencyKey('alice', 'k-1')).toBeUndefined();
    expect(await store.getByIdempotencyKey('bob', 'k-2')).toBeUndefined();
  });

  it('replaces the record on update and returns it strictly equal, undefined fields included', async () => {
    const { job } = await store.insert(makeJob());
    const done = makeDoneJob(job);

    await store.update(done);

    expect(await store.get(job.id)).toStrictEqual(done);
    expect(await store.getByUpstreamId('1357924680')).toStrictEqual(done);
    expect(await store.listByStatus(['QUEUED'])).toEqual([]);
  });

  it('keeps seq when an update carries another one, and rejects an unknown id', async () => {
    const { job } = await store.insert(makeJob());

    await store.update({ ...job, seq: job.seq + 100, version: 2 });

    expect(await store.get(job.id)).toStrictEqual({ ...job, version: 2 });
    await expect(store.update({ ...job, id: 'job_missing0000000000' })).rejects.toThrow(/no job/);
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

  it('lists jobs in any of the statuses in queue order (seq ascending)', async () => {
    const [a, b, c, d] = await insertAll(store, [makeJob(), makeJob(), makeJob(), makeJob()]);
    await store.update({ ...a!, status: 'RUN' });
    await store.update({ ...c!, status: 'DONE' });
    await store.update({ ...d!, status: 'WAIT' });

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
  });

  it('filters pages by owner and status', async () => {
    const [a1, b1, a2, a3] = await insertAll(store, [
      makeJob({ owner: 'alice' }),
      makeJob({ owner: 'bob' }),
      makeJob({ owner: 'alice' }),
      makeJob({ owner: 'alice' }),
      makeJob({ owner: 'alice', external: true }),
    ]);
    await store.update({ ...a2!, status: 'FAIL' });

    expect(ids(await store.page({ limit: 10, owner: 'alice' }))).toEqual([a3!.id, a2!.id, a1!.id]);
    expect(ids(await store.page({ limit: 10, owner: 'bob' }))).toEqual([b1!.id]);
    expect(ids(await store.page({ limit: 10, status: 'QUEUED' }))).toEqual([a3!.id, b1!.id, a1!.id]);
    expect(ids(await store.page({ limit: 10, owner: 'alice', status: 'QUEUED' }))).toEqual([a3!.id, a1!.id]);
    expect(ids(await store.page({ limit: 10, owner: 'alice', status: 'FAIL' }))).toEqual([a2!.id]);
    expect(ids(await store.page({ limit: 1, owner: 'alice', beforeSeq: a3!.seq }))).toEqual([a2!.id]);
    expect(await store.page({ limit: 10, owner: 'carol' })).toEqual([]);
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
    expect(await store.get(inserted.id)).toStrictEqual(stored);

    const update = makeDoneJob(stored);
    await store.update(update);
    update.resultFiles[0]!.url = 'update mutated';

    expect(await store.get(inserted.id)).toStrictEqual(makeDoneJob(stored));
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

  it("rejects an update that takes another job's upstreamJobId, and frees an id it gives up", async () => {
    const [a, b] = await insertAll(store, [makeJob({ upstreamJobId: '5555' }), makeJob()]);

    await expect(store.update({ ...b!, upstreamJobId: '5555' })).rejects.toThrow();
    expect(await store.getByUpstreamId('5555')).toStrictEqual(a);

    await store.update({ ...a!, upstreamJobId: '6666' });
    await store.update({ ...b!, upstreamJobId: '5555' });
    expect((await store.getByUpstreamId('5555'))?.id).toBe(b!.id);
    expect((await store.getByUpstreamId('6666'))?.id).toBe(a!.id);
  });

  it('claims a queued job for submit once, and only that field changes', async () => {
    const { job } = await store.insert(makeJob());

    const claimed = await store.claimForSubmit(job.id, 1_700_000_000_500);

    expect(claimed).toStrictEqual({ ...job, submitAttemptAt: 1_700_000_000_500 });
    expect(await store.get(job.id)).toStrictEqual(claimed);
    expect(await store.claimForSubmit(job.id, 1_700_000_000_600)).toBeUndefined();
    expect(await store.get(job.id)).toStrictEqual(claimed);
    expect(await store.claimForSubmit('job_missing0000000000', 1)).toBeUndefined();
  });

  it('does not claim a canceled job, or one that is not queued', async () => {
    const [queued, waiting] = await insertAll(store, [makeJob(), makeJob()]);
    await store.update({ ...waiting!, status: 'WAIT', upstreamJobId: '7777' });
    await store.cancelIfQueued(queued!.id, 1_700_000_000_900);

    expect(await store.claimForSubmit(queued!.id, 1_700_000_001_000)).toBeUndefined();
    expect(await store.claimForSubmit(waiting!.id, 1_700_000_001_000)).toBeUndefined();
    expect((await store.get(queued!.id))?.submitAttemptAt).toBeUndefined();
    expect((await store.get(waiting!.id))?.submitAttemptAt).toBeUndefined();
  });

  it('lets exactly one of several concurrent claims win', async () => {
    const { job } = await store.insert(makeJob());

    const results = await Promise.all(
      [1, 2, 3, 4].map((i) => store.claimForSubmit(job.id, 1_700_000_000_000 + i)),
    );

    const winners = results.filter((r) => r !== undefined);
    expect(winners).toHaveLength(1);
    expect(await store.get(job.id)).toStrictEqual(winners[0]);
  });

  it('cancels a queued job and moves it between status lists', async () => {
    const [job, other] = await insertAll(store, [makeJob(), makeJob()]);

    const result = await store.cancelIfQueued(job!.id, 1_700_000_000_700);

    const canceled: JobRecord = {
      ...job!,
      status: 'CANCELED',
      finishedAt: 1_700_000_000_700,
      updatedAt: 1_700_000_000_700,
      version: job!.version + 1,
    };
    expect(result).toStrictEqual({ job: canceled, canceled: true });
    expect(await store.get(job!.id)).toStrictEqual(canceled);
    expect(ids(await store.listByStatus(['QUEUED']))).toEqual([other!.id]);
    expect(ids(await store.listByStatus(['CANCELED']))).toEqual([job!.id]);
    expect(ids(await store.page({ limit: 10, status: 'CANCELED' }))).toEqual([job!.id]);
    expect(ids(await store.page({ limit: 10, owner: 'alice', status: 'QUEUED' }))).toEqual([other!.id]);
    // Already canceled: reported as it is, not canceled again.
    expect(await store.cancelIfQueued(job!.id, 1_700_000_000_800)).toStrictEqual({
      job: canceled,
      canceled: false,
    });
  });

  it('does not cancel a job being sent or already upstream, and answers undefined for an unknown id', async () => {
    const [sending, waiting] = await insertAll(store, [makeJob(), makeJob()]);
    const claimed = (await store.claimForSubmit(sending!.id, 1_700_000_000_500))!;
    const upstream: JobRecord = { ...waiting!, status: 'WAIT', upstreamJobId: '8888', version: 2 };
    await store.update(upstream);

    expect(await store.cancelIfQueued(sending!.id, 1_700_000_000_600)).toStrictEqual({
      job: claimed,
      canceled: false,
    });
    expect(await store.cancelIfQueued(waiting!.id, 1_700_000_000_600)).toStrictEqual({
      job: upstream,
      canceled: false,
    });
    expect(await store.get(sending!.id)).toStrictEqual(claimed);
    expect(await store.get(waiting!.id)).toStrictEqual(upstream);
    expect(await store.cancelIfQueued('job_missing0000000000', 1)).toBeUndefined();
  });

  it('lets exactly one of a concurrent cancel and claim win', async () => {
    for (let round = 0; round < 5; round++) {
      const { job } = await store.insert(makeJob());
      // Alternate who starts first, so neither order is the only one exercised.
      const [claimed, canceled] =
        round % 2 === 0
          ? await Promise.all([store.claimForSubmit(job.id, 2), store.cancelIfQueued(job.id, 3)])
          : await Promise.all([store.cancelIfQueued(job.id, 3), store.claimForSubmit(job.id, 2)]).then(
              ([c, k]) => [k, c] as const,
            );

      expect(Number(claimed !== undefined) + Number(canceled!.canceled)).toBe(1);
      const stored = (await store.get(job.id))!;
      if (claimed) {
        expect(stored).toStrictEqual(claimed);
        expect(canceled!.job).toStrictEqual(claimed);
      } else {
        expect(stored.status).toBe('CANCELED');
        expect(stored.submitAttemptAt).toBeUndefined();
        expect(stored).toStrictEqual(canceled!.job);
      }
    }
  });

  it('answers ping and closes more than once', async () => {
    await expect(store.ping()).resolves.toBeUndefined();
    await store.close();
    await expect(store.close()).resolves.toBeUndefined();
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
    expect((await b.insert(job)).created).toBe(true);
    expect(ids(await b.page({ limit: 10 }))).toEqual([job.id]);
  });
});

describe('SQLite job store', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'job-store-'));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates the parent directory and keeps jobs across close and reopen', async () => {
    const path = join(dir, 'nested', 'deeper', 'jobs.db');
    const first = createSqliteJobStore({ path });
    const { job } = await first.insert(makeJob({ idempotencyKey: 'k' }));
    const done = makeDoneJob(job);
    await first.update(done);
    await first.close();
    expect(existsSync(path)).toBe(true);

    const reopened = createSqliteJobStore({ path });
    try {
      expect(await reopened.get(job.id)).toStrictEqual(done);
      expect((await reopened.insert(makeJob({ idempotencyKey: 'k' }))).created).toBe(false);
      expect((await reopened.insert(makeJob())).job.seq).toBeGreaterThan(job.seq);
    } finally {
      await reopened.close();
    }
  });

  it('enforces one job per owner and key across two connections to one file', async () => {
    const path = join(dir, 'jobs.db');
    const a = createSqliteJobStore({ path });
    const b = createSqliteJobStore({ path });
    try {
      const first = await a.insert(makeJob({ idempotencyKey: 'k' }));
      const second = await b.insert(makeJob({ idempotencyKey: 'k' }));
      expect(second).toStrictEqual({ job: first.job, created: false });
      expect((await b.insert(makeJob())).job.seq).toBeGreaterThan(first.job.seq);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('records schema version 2 in WAL mode and refuses a database from a newer version', async () => {
    const path = join(dir, 'jobs.db');
    await createSqliteJobStore({ path }).close();
    const db = new Database(path);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.pragma('user_version = 3');
    db.close();

    expect(() => createSqliteJobStore({ path })).toThrow(/schema version 3, newer than this gateway's 2/);
  });

  it('migrates a version 1 file, keeping the oldest of jobs that share an upstreamJobId', async () => {
    const path = join(dir, 'jobs.db');
    const v1 = new Database(path);
    // The schema as version 1 wrote it.
    v1.exec(`
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
    `);
    v1.pragma('user_version = 1');
    const insertRow = v1.prepare(
      `INSERT INTO jobs (id, seq, owner, idempotency_key, upstream_job_id, status, external, data)
       VALUES (@id, @seq, @owner, @idempotencyKey, @upstreamJobId, @status, @external, @data)`,
    );
    const rows = [
      { ...makeDoneJob({ ...makeJob(), seq: 1 }), upstreamJobId: '1001' },
      { ...makeJob({ status: 'WAIT', upstreamJobId: '1002' }), seq: 2 },
      { ...makeJob({ external: true, owner: '', status: 'DONE', upstreamJobId: '1001' }), seq: 3 },
      { ...makeJob(), seq: 4 },
      { ...makeJob({ external: true, owner: '', status: 'WAIT', upstreamJobId: '1002' }), seq: 5 },
      { ...makeJob({ external: true, owner: '', status: 'WAIT', upstreamJobId: '1001' }), seq: 6 },
    ];
    for (const job of rows) {
      insertRow.run({
        id: job.id,
        seq: job.seq,
        owner: job.owner,
        idempotencyKey: job.idempotencyKey ?? null,
        upstreamJobId: job.upstreamJobId ?? null,
        status: job.status,
        external: job.external ? 1 : 0,
        data: encodeJobRecord(job),
      });
    }
    v1.close();

    const store = createSqliteJobStore({ path });
    try {
      const [oldest1001, oldest1002, , plain] = rows;
      expect(await store.getByUpstreamId('1001')).toStrictEqual(oldest1001);
      expect(await store.getByUpstreamId('1002')).toStrictEqual(oldest1002);
      for (const dropped of [rows[2]!, rows[4]!, rows[5]!])
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
      expect(db.pragma('user_version', { simple: true })).toBe(2);
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

  it('encodes records so decoding gives back a strictly equal object', () => {
    const job: JobRecord = makeDoneJob({ ...makeJob(), seq: 7 });
    const text = encodeJobRecord(job);

    expect(decodeJobRecord(text)).toStrictEqual(job);
    // The column stays readable JSON of the record, for whoever inspects the file.
    expect(JSON.parse(text)).toMatchObject({ id: job.id, seq: 7, status: 'DONE' });
  });
});
