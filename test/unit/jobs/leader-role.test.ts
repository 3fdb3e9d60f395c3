import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JobRecord } from '../../../src/jobs/domain/job.ts';
import {
  applyQueryAnswer,
  cancelQueued,
  claimForSubmit,
  recordSubmitted,
  releaseClaim,
  SUBMIT_OUTCOME_UNKNOWN,
} from '../../../src/jobs/domain/transitions.ts';
import { createLeaderRole, type LeaderRole } from '../../../src/jobs/scheduler/leader-role.ts';
import type { RetentionOptions } from '../../../src/jobs/scheduler/retention.ts';
import { FencedError } from '../../../src/jobs/store/store-errors.ts';
import { TencentApiError } from '../../../src/tencent/errors.ts';
import { JOB_KINDS } from '../../../src/tencent/job-kinds.ts';
import {
  advance,
  type Core,
  createCore,
  type FakeLeadership,
  type FakePoller,
  failOnUnhandledRejections,
  fakeLeadership,
  fakePoller,
  flush,
  queryAnswer,
  T0,
  useFakeClock,
} from '../../helpers/core-fakes.ts';

/**
 * The leader role on a fake clock: the real dispatcher, memory store (fenced by the fake
 * leadership's current term) and job slots; a fake leadership whose term the test changes and a
 * recording poller. Poll answers are fed to onPollResult by the test, as the poller would.
 */

failOnUnhandledRejections();

const RESCAN_MS = 2000;
const CLAIM_TIMEOUT_MS = 60_000;

interface Setup {
  core: Core;
  lead: FakeLeadership;
  poll: FakePoller;
  role: LeaderRole;
  finished: JobRecord[];
}

let current: Setup | undefined;

function setup(o: { term?: string; retention?: RetentionOptions } = {}): Setup {
  const lead = fakeLeadership(o.term);
  let role: LeaderRole | undefined;
  const poll = fakePoller(() => role?.activeTerm());
  const core = createCore({
    leaseHolder: () => lead.current(),
    // As gateway.ts wires it: a job stored WAIT with its JobId is followed.
    onSubmitted: (job) =>
      job.upstreamJobId &&
      poll.poller.follow({ id: job.id, kind: job.kind, upstreamJobId: job.upstreamJobId }),
  });
  const finished: JobRecord[] = [];
  role = createLeaderRole({
    leadership: lead.leadership,
    repo: core.repo,
    events: core.events,
    dispatcher: core.dispatcher,
    poller: poll.poller,
    slots: core.slots,
    log: core.log,
    now: () => Date.now(),
    rescanMs: RESCAN_MS,
    claimTimeoutMs: CLAIM_TIMEOUT_MS,
    onJobFinished: (job) => void finished.push(job),
    retention: o.retention,
  });
  current = { core, lead, poll, role, finished };
  return current;
}

/** Stores a job as a sender left it: claimed at `claimAt`, and answered with `upstreamJobId` if given. */
async function storedJob(
  core: Core,
  prompt: string,
  o: { claimAt?: number; upstreamJobId?: string; status?: 'RUN' } = {},
): Promise<JobRecord> {
  const store = core.faulty.inner;
  let job = await core.add(prompt);
  if (o.claimAt !== undefined) job = (await store.transition(job.id, claimForSubmit(o.claimAt)))!.job;
  if (o.claimAt !== undefined && o.upstreamJobId !== undefined) {
    const res = { upstreamJobId: o.upstreamJobId, requestId: 'req', at: o.claimAt + 500 };
    job = (await store.transition(job.id, recordSubmitted(o.claimAt, res)))!.job;
  }
  if (o.status === 'RUN') {
    job = (await store.transition(job.id, applyQueryAnswer(queryAnswer('RUN'), o.claimAt! + 1000)))!.job;
  }
  return job;
}

const listCalls = () => current?.core.faulty.calls.listByStatus ?? 0;

beforeEach(() => {
  useFakeClock();
});

afterEach(async () => {
  if (current) {
    const stopped = current.role.stop();
    await vi.runOnlyPendingTimersAsync();
    await stopped;
    current = undefined;
  }
  vi.useRealTimers();
});

describe('becoming leader recovers the work in the store', () => {
  it('queues QUEUED jobs, follows WAIT/RUN with a slot, fails old claims and leaves young ones holding a slot', async () => {
    const { core, poll, role, finished } = setup({ term: 't1' });
    const wait = await storedJob(core, 'waiting', { claimAt: T0 - 5000, upstreamJobId: '2001' });
    const run = await storedJob(core, 'running', {
      claimAt: T0 - 5000,
      upstreamJobId: '2002',
      status: 'RUN',
    });
    const old = await storedJob(core, 'old claim', { claimAt: T0 - CLAIM_TIMEOUT_MS - 1 });
    const young = await storedJob(core, 'young claim', { claimAt: T0 - 1000 });
    const queued = await core.add('queued');

    await role.start();
    await flush();

    expect(role.activeTerm()).toBe('t1');
    expect(poll.running).toBe(true);
    expect([...poll.followed.values()]).toEqual([
      { id: wait.id, kind: 'PRO', upstreamJobId: '2001' },
      { id: run.id, kind: 'PRO', upstreamJobId: '2002' },
    ]);
    expect(await core.job(old.id)).toMatchObject({ status: 'FAIL', errorCode: SUBMIT_OUTCOME_UNKNOWN });
    expect(core.lines.find((l) => l.jobId === old.id)).toMatchObject({ level: 50 });
    // Tencent may be running the young claim's job: it counts, and is left as it is.
    expect(await core.job(young.id)).toEqual(young);
    expect(core.slots.held('PRO')).toBe(3);
    // The queued job waits for a slot; nothing was sent.
    expect(core.dispatcher.depth('PRO')).toBe(1);
    expect(core.tencent.submits).toEqual([]);

    // The waiting job ends: its slot goes to the queued one.
    expect(await role.onPollResult(wait.id, queryAnswer('DONE'))).toBe(false);
    await flush();
    expect(finished.map((j) => [j.id, j.status])).toEqual([[wait.id, 'DONE']]);
    expect(core.tencent.prompts()).toEqual(['queued']);
    expect(await core.job(queued.id)).toMatchObject({ status: 'WAIT' });
    expect(poll.followed.has(queued.id)).toBe(true);
    expect(core.slots.held('PRO')).toBe(3);

    // Once old enough, the young claim gets the same verdict, and its slot back.
    await advance(CLAIM_TIMEOUT_MS);
    expect(await core.job(young.id)).toMatchObject({ status: 'FAIL', errorCode: SUBMIT_OUTCOME_UNKNOWN });
    expect(core.slots.held('PRO')).toBe(2);
  });

  it('a late Submit answer revives a job marked SUBMIT_OUTCOME_UNKNOWN, and the next rescan follows it (B4)', async () => {
    const { core, poll, role } = setup({ term: 't1' });
    const claimAt = T0 - CLAIM_TIMEOUT_MS - 1;
    const job = await storedJob(core, 'late', { claimAt });
    await role.start();
    await flush();
    const gaveUp = await core.job(job.id);
    expect(gaveUp).toMatchObject({ status: 'FAIL', errorCode: SUBMIT_OUTCOME_UNKNOWN });
    expect(core.slots.held('PRO')).toBe(0);

    // The old sender's Submit is answered after all (it writes unfenced: a JobId is never dropped).
    const late = await core.repo.transition(
      job.id,
      recordSubmitted(claimAt, { upstreamJobId: '3001', requestId: 'req-late', at: Date.now() }),
    );
    expect(late?.job).toMatchObject({ status: 'WAIT', upstreamJobId: '3001', errorCode: undefined });
    expect(late!.job.version).toBeGreaterThan(gaveUp.version);

    await advance(RESCAN_MS);
    expect(poll.followed.get(job.id)).toEqual({ id: job.id, kind: 'PRO', upstreamJobId: '3001' });
    expect(core.slots.held('PRO')).toBe(1);
  });

  it('a claim another process left, then released and canceled, gives its slot back (no leak)', async () => {
    const { core, role } = setup({ term: 't1' });
    const claimAt = T0 - 1000;
    const job = await storedJob(core, 'theirs', { claimAt });
    await role.start();
    await flush();
    expect(core.slots.held('PRO')).toBe(1);

    // Its sender learns Tencent refused it (JobNumExceed) and takes the claim back; the client cancels.
    await core.repo.transition(job.id, releaseClaim(claimAt));
    await core.repo.transition(job.id, cancelQueued(Date.now()));
    await advance(RESCAN_MS);

    expect(await core.job(job.id)).toMatchObject({ status: 'CANCELED' });
    expect(core.slots.held('PRO')).toBe(0);
  });
});

describe('poll answers', () => {
  it('an answer for a job that is no longer active releases its slot (B12)', async () => {
    const { core, role, finished } = setup({ term: 't1' });
    const job = await storedJob(core, 'done elsewhere', { claimAt: T0 - 5000, upstreamJobId: '4001' });
    await role.start();
    await flush();
    expect(core.slots.held('PRO')).toBe(1);

    // Another path recorded DONE meanwhile (a previous term's poll); this answer is stale.
    await core.faulty.inner.transition(job.id, applyQueryAnswer(queryAnswer('DONE'), Date.now()));
    expect(await role.onPollResult(job.id, queryAnswer('RUN'))).toBe(false);
    expect(core.slots.held('PRO')).toBe(0);
    expect(await core.job(job.id)).toMatchObject({ status: 'DONE' });
    expect(finished).toEqual([]);

    // An id the store does not know frees whatever it held too.
    core.slots.hold('PRO', 'job_gone');
    expect(await role.onPollResult('job_gone', queryAnswer('RUN'))).toBe(false);
    expect(core.slots.held('PRO')).toBe(0);
  });

  it('a JobId Tencent no longer knows fails the job and frees its slot', async () => {
    const { core, role } = setup({ term: 't1' });
    const job = await storedJob(core, 'expired', { claimAt: T0 - 5000, upstreamJobId: '5001' });
    await role.start();
    await flush();
    const err = new TencentApiError({
      action: JOB_KINDS.PRO.queryAction,
      tencentCode: 'ResourceNotFound.JobNotExist',
      message: 'no such job',
      requestId: 'req-nf',
    });
    expect(await role.onPollError(job.id, err)).toBe(false);
    expect(await core.job(job.id)).toMatchObject({ status: 'FAIL', errorCode: 'UPSTREAM_JOB_NOT_FOUND' });
    expect(core.slots.held('PRO')).toBe(0);
  });

  it('an answer applied after stepping down is refused: a former leader does not write', async () => {
    const { core, lead, role } = setup({ term: 't1' });
    const job = await storedJob(core, 'followed', { claimAt: T0 - 5000, upstreamJobId: '6001' });
    await role.start();
    await flush();

    // The lease went to another replica: this one is told it no longer leads.
    lead.set(undefined);
    await role.idle();
    expect(role.activeTerm()).toBeUndefined();
    await expect(role.onPollResult(job.id, queryAnswer('DONE'))).rejects.toBeInstanceOf(FencedError);
    expect(await core.job(job.id)).toMatchObject({ status: 'WAIT' });
  });
});

describe('leadership transitions are serialized (B7)', () => {
  it('true → false → true quickly: one active term, the poller started once per term, one rescan interval', async () => {
    const { core, lead, poll, role } = setup();
    const running = await storedJob(core, 'running', { claimAt: T0 - 5000, upstreamJobId: '7001' });
    const queued = await core.add('queued');
    core.faulty.slow('listByStatus', 50);
    await role.start();
    expect(role.activeTerm()).toBeUndefined();

    lead.set('t1');
    await advance(10); // becomeLeader(t1) is reading the store
    lead.set(undefined);
    lead.set('t2');
    // Less than one rescan period: what t2 knows, it learned when it became leader.
    await advance(500);

    expect(role.activeTerm()).toBe('t2');
    expect(poll.running).toBe(true);
    expect(new Set(poll.starts).size).toBe(poll.starts.length);
    expect(poll.starts.at(-1)).toBe('t2');
    // t2's state is whole: no step-down of t1 wiped it.
    expect(poll.followed.get(running.id)).toMatchObject({ upstreamJobId: '7001' });
    expect(core.tencent.prompts()).toEqual(['queued']);
    expect(await core.job(queued.id)).toMatchObject({ status: 'WAIT' });
    expect(core.slots.held('PRO')).toBe(2);

    // One interval: ten rescans in ten periods, not twenty.
    const before = listCalls();
    await advance(10 * RESCAN_MS);
    expect(listCalls() - before).toBe(10);
  });

  it('leadership lost while becoming leader, three times: nothing runs afterwards', async () => {
    const { core, lead, poll, role } = setup();
    core.faulty.slow('listByStatus', 50);
    await role.start();
    for (let i = 1; i <= 3; i++) {
      lead.set(`t${i}`);
      await advance(10);
      lead.set(undefined);
      await advance(300);
    }
    expect(role.activeTerm()).toBeUndefined();
    expect(poll.running).toBe(false);
    expect(vi.getTimerCount()).toBe(0);

    const before = listCalls();
    const job = await core.add('not now');
    role.offer(job);
    await advance(20 * RESCAN_MS);
    expect(listCalls()).toBe(before);
    expect(core.tencent.submits).toEqual([]);
  });

  it('stop() while becoming leader leaves nothing running', async () => {
    const { core, poll, role } = setup({ term: 't1' });
    core.faulty.slow('listByStatus', 50);
    await core.add('queued at stop');
    const starting = role.start();
    await flush(); // becomeLeader(t1) is reading the store
    const stopping = role.stop();
    await advance(100);
    await starting;
    await stopping;
    current = undefined;

    expect(role.activeTerm()).toBeUndefined();
    expect(poll.running).toBe(false);
    expect(core.tencent.submits).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
    const before = listCalls();
    await advance(20 * RESCAN_MS);
    expect(listCalls()).toBe(before);
    expect(core.tencent.submits).toEqual([]);
  });
});

describe('retention (leader only)', () => {
  const DAY = 24 * 60 * 60 * 1000;
  const HOUR = 60 * 60 * 1000;
  const retention = { maxAgeMs: 30 * DAY, everyMs: HOUR, batch: 100 };

  /** A job that ended `daysAgo` days before now (the fake clock). */
  async function finishedJob(core: Core, prompt: string, daysAgo: number): Promise<JobRecord> {
    const job = await core.add(prompt);
    return (await core.faulty.inner.transition(job.id, cancelQueued(Date.now() - daysAgo * DAY)))!.job;
  }

  it('deletes finished jobs past the retention once on becoming leader, then at every period', async () => {
    const { core, role } = setup({ term: 't1', retention });
    const old = await finishedJob(core, 'old', 31);
    const recent = await finishedJob(core, 'recent', 29.5);
    const live = await core.add('not finished');
    await core.repo.get(old.id); // cached: the sweep must drop it from the cache too

    await role.start();
    await flush();
    expect(await core.repo.get(old.id)).toBeUndefined();
    expect(await core.job(recent.id)).toEqual(recent);
    expect(core.lines.find((l) => l.msg?.toString().startsWith('retention'))).toMatchObject({ deleted: 1 });

    await advance(12 * HOUR);
    expect(await core.job(recent.id)).toEqual(recent);
    await advance(12 * HOUR);
    expect(await core.faulty.inner.get(recent.id)).toBeUndefined();
    // Sent and running meanwhile: never a candidate.
    expect(await core.job(live.id)).toMatchObject({ status: 'WAIT' });
  });

  it('goes through a backlog in batches, one store call each', async () => {
    const { core, role } = setup({ term: 't1', retention });
    for (let i = 0; i < 230; i++) await finishedJob(core, `old ${i}`, 40);
    await role.start();
    for (let i = 0; i < 10; i++) await flush();
    expect(await core.faulty.inner.listByStatus(['CANCELED'])).toEqual([]);
    expect(core.faulty.calls.deleteFinished).toBe(3);
  });

  it('a follower deletes nothing; a failed sweep is retried at the next period', async () => {
    const { core, lead, role } = setup({ retention });
    const old = await finishedJob(core, 'old', 31);
    await role.start();
    await advance(2 * HOUR);
    expect(core.faulty.calls.deleteFinished).toBeUndefined();
    expect(await core.job(old.id)).toEqual(old);

    core.faulty.fail({ op: 'deleteFinished' });
    lead.set('t2');
    await flush();
    expect(await core.job(old.id)).toEqual(old);
    expect(
      core.lines.find((l) => l.msg === 'retention sweep failed; retrying at the next one'),
    ).toBeDefined();

    await advance(HOUR);
    expect(await core.faulty.inner.get(old.id)).toBeUndefined();

    // Stepping down stops the sweeps.
    lead.set(undefined);
    await flush();
    const calls = core.faulty.calls.deleteFinished;
    await advance(3 * HOUR);
    expect(core.faulty.calls.deleteFinished).toBe(calls);
  });
});
