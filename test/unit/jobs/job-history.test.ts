import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JobRecord, JobStatus } from '../../../src/jobs/domain/job.ts';
import { claimForSubmit, type JobChange } from '../../../src/jobs/domain/transitions.ts';
import { createJobEvents } from '../../../src/jobs/events/events.ts';
import { createJobRepository, DEFAULT_HISTORY_KEEP } from '../../../src/jobs/store/job-repository.ts';
import type { JobStore } from '../../../src/jobs/store/store.ts';
import { createMemoryJobStore } from '../../../src/jobs/store/store-memory.ts';
import { createRedisJobStore } from '../../../src/jobs/store/store-redis.ts';
import { createSqliteJobStore } from '../../../src/jobs/store/store-sqlite.ts';
import { arrayLog, faultyStore } from '../../helpers/core-fakes.ts';
import { newJob } from '../../helpers/job-records.ts';
import { connectTestRedis, testKeyPrefix } from '../../helpers/redis-connection.ts';

/**
 * The per-job change history behind streams that resume (issue 13 §2): kept in the same store as
 * the jobs, bounded, idempotent by (job, version), dropped with the job by retention, and written
 * by the repository after each visible change without ever failing it.
 */

const AT = Date.UTC(2026, 0, 1);

/** A visible change: `status` (the same if not given), one version up, at `at`. */
function bump(at: number, status?: JobStatus): JobChange {
  return (job) => ({ ...job, status: status ?? job.status, version: job.version + 1, updatedAt: at });
}

const stores: Array<{ name: string; open: () => Promise<JobStore> }> = [
  { name: 'memory', open: async () => createMemoryJobStore() },
  { name: 'sqlite', open: async () => createSqliteJobStore({ path: ':memory:' }) },
  {
    // The helper deletes the prefix's keys and closes the connection after each test.
    name: 'redis',
    open: async () => createRedisJobStore({ redis: await connectTestRedis(), keyPrefix: testKeyPrefix() }),
  },
];

describe.each(stores)('JobStore history: $name', ({ open }) => {
  /** A stored job moved to `version` by visible changes, each kept in the history. */
  async function jobAt(store: JobStore, version: number, keep = 50): Promise<JobRecord[]> {
    const { job } = await store.insert(newJob({ submittedAt: AT, updatedAt: AT }));
    const written = [job];
    await store.appendHistory(job, keep);
    for (let v = 2; v <= version; v++) {
      const r = await store.transition(job.id, bump(AT + v));
      written.push(r!.job);
      await store.appendHistory(r!.job, keep);
    }
    return written;
  }

  it('gives the kept versions above afterVersion, lowest first, as they were stored', async () => {
    const store = await open();
    const written = await jobAt(store, 4);
    const id = written[0]!.id;
    expect(await store.history(id, 0)).toStrictEqual(written);
    expect(await store.history(id, 2)).toStrictEqual(written.slice(2));
    expect(await store.history(id, 4)).toEqual([]);
    expect(await store.history('job_unknown0000000', 0)).toEqual([]);
    await store.close();
  });

  it('keeps only the `keep` highest versions', async () => {
    const store = await open();
    const written = await jobAt(store, 8, 3);
    const id = written[0]!.id;
    expect((await store.history(id, 0)).map((j) => j.version)).toEqual([6, 7, 8]);
    // A late write of a version below them is dropped by the same bound.
    await store.appendHistory(written[1]!, 3);
    expect((await store.history(id, 0)).map((j) => j.version)).toEqual([6, 7, 8]);
    await store.close();
  });

  it('is idempotent by (job, version): a retried write keeps what was first written', async () => {
    const store = await open();
    const written = await jobAt(store, 2);
    const v2 = written[1]!;
    await store.appendHistory({ ...v2, status: 'FAIL' }, 50);
    await store.appendHistory(v2, 50);
    expect(await store.history(v2.id, 0)).toStrictEqual(written);
    await store.close();
  });

  it('writes nothing for a job it does not have, and deletes the history with the job', async () => {
    const store = await open();
    const ghost = { ...newJob(), seq: 1, queueRound: undefined } as JobRecord;
    await store.appendHistory(ghost, 50);
    expect(await store.history(ghost.id, 0)).toEqual([]);

    const written = await jobAt(store, 2);
    const id = written[0]!.id;
    const done = await store.transition(id, (job) => ({
      ...bump(AT + 10, 'DONE')(job)!,
      finishedAt: AT + 10,
    }));
    await store.appendHistory(done!.job, 50);
    expect(await store.history(id, 0)).toHaveLength(3);
    expect(await store.deleteFinished(AT + 11, 10)).toEqual([id]);
    expect(await store.history(id, 0)).toEqual([]);
    // A write arriving after retention deleted the job leaves nothing behind.
    await store.appendHistory(done!.job, 50);
    expect(await store.history(id, 0)).toEqual([]);
    await store.close();
  });
});

describe('job repository history', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  function repoOver(store: JobStore, opts: { historyKeep?: number } = {}) {
    const events = createJobEvents();
    const { log, lines } = arrayLog();
    const repo = createJobRepository({ store, events, liveTtlMs: 1000, now: () => AT, log, ...opts });
    return { repo, events, lines };
  }

  it('keeps a created job and each visible change, not a change nobody sees, nor an existing job', async () => {
    const store = createMemoryJobStore();
    const { repo } = repoOver(store);
    const { job } = await repo.insert(newJob({ idempotencyKey: 'k' }));
    // The same key again: the existing job, nothing new to keep.
    expect((await repo.insert(newJob({ idempotencyKey: 'k' }))).created).toBe(false);
    // A claim changes no version (clients see nothing): not kept.
    await repo.transition(job.id, claimForSubmit(AT + 1));
    await repo.transition(job.id, bump(AT + 2, 'WAIT'));
    const kept = await repo.history(job.id, 0);
    expect(kept.map((j) => [j.version, j.status])).toEqual([
      [1, 'QUEUED'],
      [2, 'WAIT'],
    ]);
    expect(kept[1]).toStrictEqual(await store.get(job.id));
  });

  it(`keeps ${DEFAULT_HISTORY_KEEP} versions by default, historyKeep when given`, async () => {
    for (const [opts, kept] of [
      [{}, DEFAULT_HISTORY_KEEP],
      [{ historyKeep: 5 }, 5],
    ] as const) {
      const { repo } = repoOver(createMemoryJobStore(), opts);
      const { job } = await repo.insert(newJob());
      for (let i = 0; i < 60; i++) await repo.transition(job.id, bump(AT + i));
      const versions = (await repo.history(job.id, 0)).map((j) => j.version);
      expect(versions).toEqual(Array.from({ length: kept }, (_, i) => 61 - kept + 1 + i));
    }
  });

  it('a failed history write fails nothing: the change stands, subscribers hear of it, a warning says so', async () => {
    const faulty = faultyStore();
    const { repo, events, lines } = repoOver(faulty.store);
    const { job } = await repo.insert(newJob());
    const updates = events.subscribe('job:updated', job.id);
    const heard = updates.next();

    faulty.fail({ op: 'appendHistory' });
    const result = await repo.transition(job.id, bump(AT + 1, 'WAIT'));
    expect(result?.changed).toBe(true);
    expect(result?.job.version).toBe(2);
    expect((await heard).value?.version).toBe(2);
    expect(await faulty.inner.get(job.id)).toStrictEqual(result?.job);
    expect(lines).toContainEqual(
      expect.objectContaining({
        level: 40,
        jobId: job.id,
        version: 2,
        msg: expect.stringMatching(/job history not written/),
      }),
    );
    // Later changes are kept again; the gap shows as a missing version.
    await repo.transition(job.id, bump(AT + 2, 'RUN'));
    expect((await repo.history(job.id, 0)).map((j) => j.version)).toEqual([1, 3]);
    expect(faulty.fired).toBe(1);
    await updates.return?.();
  });
});
