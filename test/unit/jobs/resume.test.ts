import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JobRecord, JobStatus } from '../../../src/jobs/domain/job.ts';
import type { PipelineView } from '../../../src/jobs/domain/pipeline.ts';
import type { JobChange } from '../../../src/jobs/domain/transitions.ts';
import { createJobEvents } from '../../../src/jobs/events/events.ts';
import { createPipelineService } from '../../../src/jobs/pipelines/pipeline-service.ts';
import { firstEvents, replayPipeline, versionsFrom } from '../../../src/jobs/read/resume.ts';
import { watchJob } from '../../../src/jobs/read/watch.ts';
import type { Poller } from '../../../src/jobs/scheduler/poller.ts';
import { createJobRepository } from '../../../src/jobs/store/job-repository.ts';
import { createMemoryJobStore } from '../../../src/jobs/store/store-memory.ts';
import { faultyStore } from '../../helpers/core-fakes.ts';
import { newJob, storedJob } from '../../helpers/job-records.ts';

/**
 * What a subscriber that comes back is sent (issue 13 §2): the versions it missed from the job's
 * history, in order, then the live ones; the snapshot when the history no longer covers them.
 * The clock is the test's: records carry its times, and watchJob's re-reads run on fake timers.
 */

const T0 = Date.UTC(2026, 0, 1);

/** Versions `from`..`to` of one job (its id fixed by the first call), `updatedAt` T0 + version. */
function versionsOf(job: JobRecord, from: number, to: number, at = (v: number) => T0 + v): JobRecord[] {
  return Array.from({ length: to - from + 1 }, (_, i) => ({
    ...job,
    version: from + i,
    updatedAt: at(from + i),
  }));
}

describe('versionsFrom and firstEvents', () => {
  const job = storedJob({ status: 'RUN' });
  const all = versionsOf(job, 1, 6);
  const current = all[5] as JobRecord;

  it('gives from..current, the last being current itself, from a history in any order', () => {
    expect(versionsFrom(3, current, [...all].reverse())).toEqual(all.slice(2));
    // The newest version is current even when its history entry is not written yet.
    expect(versionsFrom(3, current, all.slice(0, 5))?.at(-1)).toBe(current);
    expect(versionsFrom(6, current, [])).toEqual([current]);
  });

  it('is undefined when a version in between is missing, or from is no version of the job', () => {
    expect(versionsFrom(2, current, [all[1]!, all[3]!, all[4]!])).toBeUndefined();
    expect(versionsFrom(0, current, all)).toBeUndefined();
    expect(versionsFrom(7, current, all)).toBeUndefined();
    // Another job's records never fill a gap.
    const other = versionsOf(storedJob(), 1, 6);
    expect(versionsFrom(2, current, other)).toBeUndefined();
  });

  it('sends the snapshot, what was missed, or nothing at all', () => {
    expect(firstEvents(current, undefined, undefined)).toEqual([current]);
    expect(firstEvents(current, 3, all)).toEqual(all.slice(3));
    expect(firstEvents(current, 6, undefined)).toEqual([]);
    // History gone (trimmed, unreadable) or a position the job never had: the snapshot.
    expect(firstEvents(current, 3, all.slice(4))).toEqual([current]);
    expect(firstEvents(current, 3, undefined)).toEqual([current]);
    expect(firstEvents(current, 7, all)).toEqual([current]);
    expect(firstEvents(current, 0, all)).toEqual([current]);
  });
});

describe('replayPipeline', () => {
  const one = storedJob({ status: 'RUN' });
  const two = storedJob();
  const pipeline: PipelineView = { id: 'pl_AAAAAAAAAAAAAAAA', owner: '', steps: [one, two] };
  const at = (view: PipelineView) => view.steps.map((s) => s.version).join('.');

  it('applies one change per view, across steps in the order they were made', () => {
    // Step 1 from 2 to 4 (3 at T0+10, 4 at T0+30), step 2 from 1 to 2 (at T0+20).
    const runs = [
      versionsOf(one, 2, 4, (v) => (v === 3 ? T0 + 10 : T0 + 30)),
      versionsOf(two, 1, 2, () => T0 + 20),
    ];
    expect(replayPipeline(pipeline, runs).map(at)).toEqual(['3.1', '3.2', '4.2']);
  });

  it("keeps each step's own order whatever its clock says, and takes ties in step order", () => {
    // Step 1's later version has an earlier time (written by a replica whose clock is behind).
    const runs = [versionsOf(one, 1, 3, (v) => (v === 3 ? T0 : T0 + 5)), versionsOf(two, 1, 2, () => T0 + 5)];
    expect(replayPipeline(pipeline, runs).map(at)).toEqual(['2.1', '3.1', '3.2']);
  });

  it('gives nothing when no step changed', () => {
    expect(replayPipeline(pipeline, [[one], [two]])).toEqual([]);
  });
});

describe('watchJob resuming', () => {
  let now = T0;
  beforeEach(() => {
    now = T0;
    vi.useFakeTimers({ now: T0, toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A visible change made now, then the clock moves on. */
  const change =
    (status: JobStatus): JobChange =>
    (job) => ({ ...job, status, version: job.version + 1, updatedAt: now });

  function setup(store = createMemoryJobStore(), historyKeep?: number) {
    const events = createJobEvents();
    const repo = createJobRepository({
      store,
      events,
      liveTtlMs: 1000,
      now: () => now,
      ...(historyKeep === undefined ? {} : { historyKeep }),
    });
    const poller = { watch: () => () => {} } as unknown as Poller;
    const ac = new AbortController();
    const watch = (job: JobRecord, after?: number) =>
      watchJob(job, { repo, events, poller, signal: ac.signal, recheckMs: 500, after });
    const step = async (id: string, status: JobStatus) => {
      now += 1000;
      return (await repo.transition(id, change(status)))!.job;
    };
    return { repo, watch, step, stop: () => ac.abort() };
  }

  const statuses = async (stream: AsyncGenerator<JobRecord>, n: number) => {
    const out: string[] = [];
    for (let i = 0; i < n; i++) {
      const r = await stream.next();
      out.push(r.done ? 'end' : `${r.value.status}@${r.value.version}`);
    }
    return out;
  };

  it('sends the changes after the version the subscriber has, then live ones, then ends', async () => {
    const w = setup();
    const { job } = await w.repo.insert(newJob({ submittedAt: now, updatedAt: now }));
    await w.step(job.id, 'WAIT');
    await w.step(job.id, 'RUN');

    const stream = w.watch(job, 1);
    expect(await statuses(stream, 2)).toEqual(['WAIT@2', 'RUN@3']);
    await w.step(job.id, 'DONE');
    expect(await statuses(stream, 2)).toEqual(['DONE@4', 'end']);
  });

  it('sends nothing the subscriber has: a finished job it saw end just ends', async () => {
    const w = setup();
    const { job } = await w.repo.insert(newJob());
    await w.step(job.id, 'WAIT');
    const live = w.watch(job, 2);
    const next = live.next();
    await w.step(job.id, 'RUN');
    expect((await next).value?.version).toBe(3);
    await live.return(undefined);
    await w.step(job.id, 'DONE');
    expect(await statuses(w.watch(job, 4), 1)).toEqual(['end']);
  });

  it('sends the snapshot when the history no longer reaches back that far', async () => {
    const w = setup(createMemoryJobStore(), 2);
    const { job } = await w.repo.insert(newJob());
    for (const status of ['WAIT', 'RUN', 'RUN', 'RUN'] as const) await w.step(job.id, status);
    // Kept: 4 and 5; a subscriber at 2 missed 3, which is gone.
    expect(await statuses(w.watch(job, 2), 1)).toEqual(['RUN@5']);
    // One at 3 missed only what is kept.
    expect(await statuses(w.watch(job, 3), 2)).toEqual(['RUN@4', 'RUN@5']);
    w.stop();
  });

  it('sends the snapshot when the history cannot be read, and when a version was never kept', async () => {
    const faulty = faultyStore();
    const w = setup(faulty.store);
    const { job } = await w.repo.insert(newJob());
    await w.step(job.id, 'WAIT');
    faulty.fail({ op: 'appendHistory' });
    await w.step(job.id, 'RUN'); // version 3 not kept
    await w.step(job.id, 'RUN');
    expect(await statuses(w.watch(job, 2), 1)).toEqual(['RUN@4']);
    expect(await statuses(w.watch(job, 1), 1)).toEqual(['RUN@4']);

    faulty.fail({ op: 'history' });
    expect(await statuses(w.watch(job, 1), 1)).toEqual(['RUN@4']);
    w.stop();
  });
});

describe('watchPipeline resuming', () => {
  let now = T0;
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Two stored steps and the pipeline service's stream over them, on the real job streams. */
  async function setup(historyKeep?: number) {
    vi.useFakeTimers({ now: T0, toFake: ['setTimeout', 'clearTimeout'] });
    now = T0;
    const store = createMemoryJobStore();
    const events = createJobEvents();
    const repo = createJobRepository({
      store,
      events,
      liveTtlMs: 1000,
      now: () => now,
      ...(historyKeep === undefined ? {} : { historyKeep }),
    });
    const poller = { watch: () => () => {} } as unknown as Poller;
    const jobs = {
      watch: (job: JobRecord, signal?: AbortSignal, opts: { after?: number | undefined } = {}) =>
        watchJob(job, { repo, events, poller, ...(signal ? { signal } : {}), after: opts.after }),
    };
    const service = createPipelineService({ jobs, repo } as never);
    const one = (await repo.insert(newJob({ status: 'WAIT' }))).job;
    const two = (await repo.insert(newJob())).job;
    const pipeline: PipelineView = { id: 'pl_AAAAAAAAAAAAAAAA', owner: '', steps: [one, two] };
    const step = async (id: string, status: JobStatus) => {
      now += 1000;
      await repo.transition(id, (job) => ({ ...job, status, version: job.version + 1, updatedAt: now }));
    };
    const ac = new AbortController();
    const watch = (after?: number[]) => service.watchPipeline(pipeline, ac.signal, { after });
    return { one, two, step, watch, stop: () => ac.abort() };
  }

  const views = async (stream: AsyncGenerator<PipelineView>, n: number) => {
    const out: string[] = [];
    for (let i = 0; i < n; i++) {
      const r = await stream.next();
      out.push(r.done ? 'end' : r.value.steps.map((s) => `${s.status}@${s.version}`).join(' '));
    }
    return out;
  };

  it('replays each step change missed, in the order made, then goes on live to the end', async () => {
    const p = await setup();
    await p.step(p.one.id, 'RUN');
    await p.step(p.one.id, 'DONE');
    await p.step(p.two.id, 'WAIT');
    const stream = p.watch([1, 1]);
    expect(await views(stream, 3)).toEqual(['RUN@2 QUEUED@1', 'DONE@3 QUEUED@1', 'DONE@3 WAIT@2']);
    const next = stream.next();
    await p.step(p.two.id, 'DONE');
    expect((await next).value?.steps.map((s: JobRecord) => s.status)).toEqual(['DONE', 'DONE']);
    expect(await views(stream, 1)).toEqual(['end']);
  });

  it('sends the pipeline as it is when a step history no longer covers the position', async () => {
    const p = await setup(1);
    await p.step(p.one.id, 'RUN');
    await p.step(p.one.id, 'RUN');
    // Step 1 at version 1 is gone from its history (only 3 is kept).
    expect(await views(p.watch([1, 1]), 1)).toEqual(['RUN@3 QUEUED@1']);
    // A position of another shape (three steps) is no position of this pipeline either.
    expect(await views(p.watch([3, 1, 1]), 1)).toEqual(['RUN@3 QUEUED@1']);
    // Up to date: nothing until the next change.
    const upToDate = p.watch([3, 1]);
    const next = upToDate.next();
    await p.step(p.two.id, 'WAIT');
    expect((await next).value?.steps.map((s: JobRecord) => s.version)).toEqual([3, 2]);
    p.stop();
  });
});
