import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkStartBy, MAX_START_BY_MS } from '../../../src/jobs/domain/deadline.ts';
import { InvalidJobInputError } from '../../../src/jobs/domain/errors.ts';
import { type JobRecord, newJobRecord } from '../../../src/jobs/domain/job.ts';
import {
  applyQueryAnswerOrRetry,
  linkRetry,
  MAX_RETRIES_PER_JOB,
  retriesAutomatically,
  retryability,
  retryInput,
  unlinkRetry,
} from '../../../src/jobs/domain/retry.ts';
import {
  failStalled,
  isStalled,
  markStalled,
  stallThresholdMs,
  UPSTREAM_STALLED,
} from '../../../src/jobs/domain/stall.ts';
import {
  applyQueryAnswer,
  cancelPastDeadline,
  cancelQueued,
  claimForSubmit,
  DEADLINE_EXCEEDED,
  recordSubmitted,
} from '../../../src/jobs/domain/transitions.ts';
import { createEstimator, progressAt } from '../../../src/jobs/read/estimator.ts';
import {
  createLeaderRole,
  type LeaderRole,
  type StallPolicy,
} from '../../../src/jobs/scheduler/leader-role.ts';
import { UpstreamTimeoutError } from '../../../src/tencent/errors.ts';
import { isTransientJobFailure } from '../../../src/tencent/submit-policy.ts';
import type { QueryJobResponse } from '../../../src/tencent/types.ts';
import {
  advance,
  type Core,
  createCore,
  type FakePoller,
  failOnUnhandledRejections,
  fakeLeadership,
  fakePoller,
  flush,
  queryAnswer,
  T0,
  useFakeClock,
} from '../../helpers/core-fakes.ts';
import { storedJob } from '../../helpers/job-records.ts';

/**
 * Issue 13 §3–4 algorithms on a controlled clock (vi fake timers, T0) with injected faults: the
 * startBy deadline (the transition, the dispatcher's check before a claim, the leader's timer),
 * stall detection and its hard limit, the progress estimate, and the automatic retry of transient
 * upstream failures. The same rules run through GraphQL in test/integration/deadlines-retries.test.ts.
 */

failOnUnhandledRejections();

const TERM = 'term-1';

/** A FAIL answer with Tencent's code and message. */
function failAnswer(code: string, message = 'failed'): QueryJobResponse {
  return { ...queryAnswer('FAIL'), ErrorCode: code, ErrorMessage: message, RequestId: `req-${code}` };
}

/** A job this gateway sent: WAIT with its JobId, accepted by Tencent at `at`. */
function upstreamJob(overrides: Partial<JobRecord> = {}, at = T0): JobRecord {
  return storedJob({
    status: 'WAIT',
    upstreamJobId: '9000000000000000001',
    submitAttemptAt: at - 100,
    upstreamSubmittedAt: at,
    refreshedAt: at,
    expiresAt: at + 86_400_000,
    version: 2,
    ...overrides,
  });
}

describe('startBy: the deadline transition', () => {
  const queued = (startBy: number | undefined, overrides: Partial<JobRecord> = {}) =>
    storedJob({ startBy, ...overrides });

  it('refuses to claim a job whose startBy has come, and claims one before it', () => {
    const job = queued(T0 + 1000);
    expect(claimForSubmit(T0 + 999)(job)).toMatchObject({ submitAttemptAt: T0 + 999 });
    expect(claimForSubmit(T0 + 1000)(job)).toBeUndefined();
    expect(claimForSubmit(T0 + 5000)(job)).toBeUndefined();
    // No startBy: no deadline.
    expect(claimForSubmit(T0 + 10 ** 9)(queued(undefined))).toMatchObject({ submitAttemptAt: T0 + 10 ** 9 });
  });

  it('cancels a job still QUEUED and unclaimed at its startBy with DEADLINE_EXCEEDED, and nothing else', () => {
    const job = queued(T0 + 1000);
    expect(cancelPastDeadline(T0 + 999)(job)).toBeUndefined();
    const canceled = cancelPastDeadline(T0 + 1000)(job);
    expect(canceled).toMatchObject({
      status: 'CANCELED',
      errorCode: DEADLINE_EXCEEDED,
      finishedAt: T0 + 1000,
      updatedAt: T0 + 1000,
      version: job.version + 1,
      upstreamJobId: undefined,
    });
    expect(canceled?.errorMessage).toContain(new Date(T0 + 1000).toISOString());
    expect(canceled?.errorMessage).toContain('never sent to Tencent');

    // Claimed (on its way to Tencent), already upstream, ended, or without a deadline: untouched.
    expect(cancelPastDeadline(T0 + 2000)(queued(T0 + 1000, { submitAttemptAt: T0 + 500 }))).toBeUndefined();
    expect(cancelPastDeadline(T0 + 2000)(upstreamJob({ startBy: T0 + 1000 }))).toBeUndefined();
    expect(cancelPastDeadline(T0 + 2000)(cancelQueued(T0)(job)!)).toBeUndefined();
    expect(cancelPastDeadline(T0 + 2000)(queued(undefined))).toBeUndefined();
  });

  it('says so when the job was waiting to be sent again after a transient failure', () => {
    const job = queued(T0 + 1000, {
      previousAttempts: [
        { upstreamJobId: '111', errorCode: 'X', errorMessage: 'x', submittedAt: T0 - 10, failedAt: T0 - 5 },
      ],
    });
    expect(cancelPastDeadline(T0 + 1000)(job)?.errorMessage).toMatch(/transient error \(111\)/);
  });

  it('accepts a startBy after now and at most 7 days ahead; anything else is BAD_USER_INPUT on startBy', () => {
    expect(() => checkStartBy(undefined, T0)).not.toThrow();
    expect(() => checkStartBy(T0 + 1, T0)).not.toThrow();
    expect(() => checkStartBy(T0 + MAX_START_BY_MS, T0)).not.toThrow();
    for (const bad of [T0, T0 - 1, T0 + MAX_START_BY_MS + 1, Number.NaN]) {
      let err: unknown;
      try {
        checkStartBy(bad, T0);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(InvalidJobInputError);
      expect(err).toMatchObject({ field: 'startBy', code: 'BAD_USER_INPUT' });
    }
  });
});

/** Stores a QUEUED PRO job with a deadline in the core's store. */
async function addWithDeadline(core: Core, prompt: string, startBy: number | undefined): Promise<JobRecord> {
  const record = newJobRecord({
    kind: 'PRO',
    status: 'QUEUED',
    input: { prompt },
    owner: '',
    idempotencyKey: undefined,
    external: false,
    upstreamJobId: undefined,
    submittedAt: Date.now(),
    expiresAt: undefined,
  });
  return (await core.faulty.inner.insert(startBy === undefined ? record : { ...record, startBy })).job;
}

describe('startBy: the dispatcher checks the deadline right before claiming', () => {
  let core: Core | undefined;
  const expired: JobRecord[] = [];

  function start(): Core {
    expired.length = 0;
    core = createCore({
      leaseHolder: () => TERM,
      capacity: { PRO: 1 },
      dispatcher: { onDeadlineExceeded: (job) => void expired.push(job) },
    });
    core.dispatcher.resume(TERM);
    return core;
  }

  beforeEach(() => useFakeClock());
  afterEach(async () => {
    if (core) {
      const stopped = core.dispatcher.stop();
      await vi.runOnlyPendingTimersAsync();
      await stopped;
      core = undefined;
    }
    vi.useRealTimers();
  });

  it('a job behind a busy slot whose startBy passes is canceled when the slot frees, never sent', async () => {
    const c = start();
    const busy = await addWithDeadline(c, 'takes the slot', undefined);
    c.dispatcher.enqueue(busy);
    await flush();
    expect(c.tencent.prompts()).toEqual(['takes the slot']);

    const late = await addWithDeadline(c, 'must start soon', T0 + 5000);
    const next = await addWithDeadline(c, 'no deadline', undefined);
    c.dispatcher.enqueue(late);
    c.dispatcher.enqueue(next);
    await advance(6000);
    // Still waiting for the slot: nothing else sent, and the dispatcher wrote nothing yet.
    expect(c.tencent.prompts()).toEqual(['takes the slot']);
    expect(await c.job(late.id)).toMatchObject({ status: 'QUEUED' });

    // The slot frees: the head of the queue is past its deadline, so it ends and the next goes.
    c.slots.release('PRO', busy.id);
    c.dispatcher.pump();
    await flush();
    expect(await c.job(late.id)).toMatchObject({ status: 'CANCELED', errorCode: DEADLINE_EXCEEDED });
    expect(expired.map((j) => j.id)).toEqual([late.id]);
    expect(c.tencent.prompts()).toEqual(['takes the slot', 'no deadline']);
    expect(
      c.lines.find((l) => l.jobId === late.id && String(l.msg).includes('DEADLINE_EXCEEDED')),
    ).toBeDefined();
  });

  it('a startBy that passes while the dispatcher waits for a rate grant: the claim is refused and the job ends', async () => {
    const c = start();
    const release = c.limiter.hold();
    const job = await addWithDeadline(c, 'waits for the grant', T0 + 1000);
    c.dispatcher.enqueue(job);
    await flush();
    await advance(2000);
    release();
    await flush();

    expect(c.tencent.submits).toEqual([]);
    expect(await c.job(job.id)).toMatchObject({ status: 'CANCELED', errorCode: DEADLINE_EXCEEDED });
    expect(c.faulty.written.some((w) => w.id === job.id && w.submitAttemptAt !== undefined)).toBe(false);
    expect(c.slots.held('PRO')).toBe(0);
  });

  it('a store failure on the way back leaves the job queued; it ends on the next attempt', async () => {
    const c = start();
    const job = await addWithDeadline(c, 'store hiccup', T0 + 1000);
    await advance(1500);
    c.faulty.fail({ op: 'transition' });
    c.dispatcher.enqueue(job);
    await flush();
    expect(await c.job(job.id)).toMatchObject({ status: 'QUEUED' });
    await advance(10_000);
    expect(await c.job(job.id)).toMatchObject({ status: 'CANCELED', errorCode: DEADLINE_EXCEEDED });
    expect(c.tencent.submits).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// The leader role: deadline timer, stall detection, automatic retries

interface LeaderSetup {
  core: Core;
  poll: FakePoller;
  role: LeaderRole;
  finished: JobRecord[];
  retried: JobRecord[];
}

let leader: LeaderSetup | undefined;

function startLeader(
  o: { stall?: StallPolicy; maxRetries?: number; rescanMs?: number; capacity?: number } = {},
): LeaderSetup {
  const lead = fakeLeadership(TERM);
  let role: LeaderRole | undefined;
  const poll = fakePoller(() => role?.activeTerm());
  const core = createCore({
    leaseHolder: () => lead.current(),
    capacity: { PRO: o.capacity ?? 3 },
    onSubmitted: (job) =>
      job.upstreamJobId &&
      poll.poller.follow({ id: job.id, kind: job.kind, upstreamJobId: job.upstreamJobId }),
    dispatcher: { onDeadlineExceeded: () => role?.nudge() },
  });
  const finished: JobRecord[] = [];
  const retried: JobRecord[] = [];
  role = createLeaderRole({
    leadership: lead.leadership,
    repo: core.repo,
    events: core.events,
    dispatcher: core.dispatcher,
    poller: poll.poller,
    slots: core.slots,
    log: core.log,
    now: () => Date.now(),
    rescanMs: o.rescanMs ?? 2000,
    claimTimeoutMs: 60_000,
    onJobFinished: (job) => void finished.push(job),
    onJobRetried: (job) => void retried.push(job),
    autoRetry: { maxRetries: o.maxRetries ?? 0 },
    stall: o.stall,
  });
  leader = { core, poll, role, finished, retried };
  return leader;
}

/** A job the dispatcher sent at `at`: WAIT with `upstreamJobId`, stored directly. */
async function runningJob(core: Core, prompt: string, upstreamJobId: string, at = T0): Promise<JobRecord> {
  const job = await addWithDeadline(core, prompt, undefined);
  await core.faulty.inner.transition(job.id, claimForSubmit(at - 100));
  const res = { upstreamJobId, requestId: 'req', at };
  return (await core.faulty.inner.transition(job.id, recordSubmitted(at - 100, res)))!.job;
}

describe('the leader role', () => {
  beforeEach(() => useFakeClock());
  afterEach(async () => {
    if (leader) {
      const stopped = leader.role.stop();
      await vi.runOnlyPendingTimersAsync();
      await stopped;
      leader = undefined;
    }
    vi.useRealTimers();
  });

  describe('startBy on a timer', () => {
    it('cancels a queued job at its startBy, between rescans, with no slot freeing', async () => {
      // Rescans far apart: only the deadline's own timer can be on time.
      const { core, role } = startLeader({ capacity: 1, rescanMs: 600_000 });
      await runningJob(core, 'holds the only slot', '7001');
      await role.start();
      await flush();
      expect(core.slots.held('PRO')).toBe(1);

      const job = await addWithDeadline(core, 'deadline in 3 s', T0 + 3000);
      role.offer(job);
      await advance(2999);
      expect(await core.job(job.id)).toMatchObject({ status: 'QUEUED' });
      await advance(2);
      expect(await core.job(job.id)).toMatchObject({ status: 'CANCELED', errorCode: DEADLINE_EXCEEDED });
      expect(core.dispatcher.depth('PRO')).toBe(0);
      expect(core.tencent.submits).toEqual([]);
    });

    it('becoming leader cancels jobs whose startBy passed meanwhile, and queues the others', async () => {
      const { core, role } = startLeader({ capacity: 1 });
      await runningJob(core, 'holds the only slot', '7002');
      const past = await addWithDeadline(core, 'deadline passed while nobody led', T0 + 10);
      const future = await addWithDeadline(core, 'deadline ahead', T0 + 60_000);
      await advance(100);
      await role.start();
      await flush();
      expect(await core.job(past.id)).toMatchObject({ status: 'CANCELED', errorCode: DEADLINE_EXCEEDED });
      expect(await core.job(future.id)).toMatchObject({ status: 'QUEUED' });
      expect(core.dispatcher.depth('PRO')).toBe(1);
    });
  });

  describe('stall detection', () => {
    const P90 = 10_000;
    const policy = (limitMs?: number): StallPolicy => ({ factor: 3, limitMs, p90Ms: async () => P90 });

    it('flags a job running 3 × p90 as stalled, once, as a visible change subscribers receive', async () => {
      const { core, role, poll } = startLeader({ stall: policy() });
      const job = await runningJob(core, 'slow', '8001');
      const other = await runningJob(core, 'recent', '8002', T0 + 20_000);
      await role.start();
      await flush();
      const events = core.events.subscribe('job:updated', job.id);
      const first = events.next();

      await advance(3 * P90 - 2001);
      expect((await core.job(job.id)).stalledAt).toBeUndefined();
      await advance(2001);
      const flagged = await core.job(job.id);
      expect(flagged).toMatchObject({ status: 'WAIT', stalledAt: T0 + 3 * P90, version: job.version + 1 });
      expect(isStalled(flagged)).toBe(true);
      expect((await first).value).toMatchObject({ id: job.id, version: job.version + 1 });
      // Still followed, still holding its slot; the other job is not late yet.
      expect(poll.followed.has(job.id)).toBe(true);
      expect(core.slots.held('PRO')).toBe(2);
      expect((await core.job(other.id)).stalledAt).toBeUndefined();

      // Flagged once: later rescans write nothing more.
      await advance(10_000);
      expect((await core.job(job.id)).version).toBe(job.version + 1);
      await events.return?.(undefined);

      // It finishes after all: no longer stalled.
      expect(await role.onPollResult(job.id, queryAnswer('DONE'))).toBe(false);
      expect(isStalled(await core.job(job.id))).toBe(false);
    });

    it('past UPSTREAM_STALL_LIMIT_MS the job ends FAIL UPSTREAM_STALLED, keeps its JobId, frees its slot; a later DONE is not taken', async () => {
      const { core, role, poll, finished } = startLeader({ stall: policy(60_000) });
      const job = await runningJob(core, 'hung', '8101');
      await role.start();
      await flush();

      await advance(60_000);
      const failed = await core.job(job.id);
      expect(failed).toMatchObject({
        status: 'FAIL',
        errorCode: UPSTREAM_STALLED,
        upstreamJobId: '8101',
        stalledAt: T0 + 3 * P90,
      });
      expect(failed.errorMessage).toMatch(/Tencent may still finish it/);
      expect(failed.errorMessage).toContain('8101');
      expect(isStalled(failed)).toBe(true);
      expect(core.slots.held('PRO')).toBe(0);
      expect(poll.followed.has(job.id)).toBe(false);
      expect(finished.map((j) => j.id)).toEqual([job.id]);

      // A poll that was in flight answers DONE: FAIL is final.
      expect(await role.onPollResult(job.id, queryAnswer('DONE'))).toBe(false);
      expect(await core.job(job.id)).toStrictEqual(failed);
    });

    it('judges only jobs this gateway submitted, from the time Tencent accepted them', () => {
      const at = T0 + 100_000;
      const threshold = stallThresholdMs(P90, 3);
      expect(threshold).toBe(30_000);
      expect(markStalled(threshold, at)(upstreamJob({}, T0))).toMatchObject({ stalledAt: at });
      expect(markStalled(threshold, at)(upstreamJob({}, at - threshold + 1))).toBeUndefined();
      // External (submit time unknown), queued, finished, or already flagged: not judged.
      expect(markStalled(threshold, at)(upstreamJob({ external: true }))).toBeUndefined();
      expect(markStalled(threshold, at)(storedJob())).toBeUndefined();
      expect(markStalled(threshold, at)(upstreamJob({ status: 'DONE' }))).toBeUndefined();
      expect(markStalled(threshold, at)(upstreamJob({ stalledAt: T0 + 1 }))).toBeUndefined();
      expect(failStalled(200_000, at)(upstreamJob())).toBeUndefined();
      expect(failStalled(100_000, at)(upstreamJob({ external: true }))).toBeUndefined();
    });

    it('uses the prior before anything is observed, then the 90th percentile of what was', () => {
      const est = createEstimator({ PRO: 100_000 });
      expect(est.quantileDurationMs('PRO', 0.9)).toBe(100_000);
      for (let i = 1; i <= 10; i++) {
        est.observe(upstreamJob({ status: 'DONE', upstreamSubmittedAt: T0, finishedAt: T0 + i * 1000 }));
      }
      expect(est.quantileDurationMs('PRO', 0.9)).toBe(9000);
      expect(est.quantileDurationMs('PRO', 0.5)).toBe(5000);
      expect(est.quantileDurationMs('RAPID', 0.9)).toBe(60_000);
    });
  });

  describe('automatic retry of transient upstream failures', () => {
    it('puts a transient FAIL back in the queue as the same job, sends it again, and a second one beyond the limit stays FAIL', async () => {
      const { core, role, poll, finished, retried } = startLeader({ maxRetries: 1 });
      await role.start();
      const job = await addWithDeadline(core, 'flaky engine', undefined);
      role.offer(job);
      await flush();
      const first = await core.job(job.id);
      expect(first).toMatchObject({ status: 'WAIT', upstreamJobId: '1000001' });

      // Tencent answers FAIL with an engine error: the job goes back to the queue, not to FAIL.
      expect(await role.onPollResult(job.id, failAnswer('FailedOperation.EngineServerError'))).toBe(false);
      await flush();
      expect(retried.map((j) => j.status)).toEqual(['QUEUED']);
      expect(finished).toEqual([]);
      const second = await core.job(job.id);
      expect(core.tencent.prompts()).toEqual(['flaky engine', 'flaky engine']);
      expect(second).toMatchObject({
        status: 'WAIT',
        upstreamJobId: '1000002',
        errorCode: undefined,
        previousAttempts: [
          {
            upstreamJobId: '1000001',
            errorCode: 'FailedOperation.EngineServerError',
            errorMessage: 'failed',
            submittedAt: first.upstreamSubmittedAt,
            failedAt: T0,
          },
        ],
      });
      expect(poll.followed.get(job.id)).toMatchObject({ upstreamJobId: '1000002' });
      expect(core.slots.held('PRO')).toBe(1);
      expect(await core.store.getByUpstreamId('1000001')).toBeUndefined();

      // The retry fails the same way: the limit (1) is used up, so FAIL is final.
      expect(await role.onPollResult(job.id, failAnswer('FailedOperation.EngineServerError'))).toBe(false);
      await flush();
      expect(await core.job(job.id)).toMatchObject({
        status: 'FAIL',
        errorCode: 'FailedOperation.EngineServerError',
        upstreamJobId: '1000002',
      });
      expect(core.tencent.submits).toHaveLength(2);
      expect(finished.map((j) => j.id)).toEqual([job.id]);
      expect(core.slots.held('PRO')).toBe(0);
    });

    it('never retries a failure that is not transient, nor a Submit whose outcome is unknown', async () => {
      const { core, role } = startLeader({ maxRetries: 3 });
      await role.start();
      const job = await addWithDeadline(core, 'bad input', undefined);
      role.offer(job);
      await flush();
      expect(await role.onPollResult(job.id, failAnswer('InvalidParameter', '参数错误。'))).toBe(false);
      expect(await core.job(job.id)).toMatchObject({ status: 'FAIL', errorCode: 'InvalidParameter' });

      // A Submit that timed out after sending: FAIL SUBMIT_OUTCOME_UNKNOWN, not sent again.
      core.tencent.script(
        new UpstreamTimeoutError({ action: 'SubmitHunyuanTo3DProJob', phase: 'headers', timeoutMs: 15_000 }),
      );
      const unknown = await addWithDeadline(core, 'unknown outcome', undefined);
      role.offer(unknown);
      await flush();
      await advance(10_000);
      expect(await core.job(unknown.id)).toMatchObject({
        status: 'FAIL',
        errorCode: 'SUBMIT_OUTCOME_UNKNOWN',
      });
      expect(core.tencent.prompts()).toEqual(['bad input', 'unknown outcome']);
    });
  });
});

describe('automatic retry: the decision', () => {
  it('knows which job-level failures Tencent marks as transient (docs/hunyuan-api.md §4)', () => {
    expect(isTransientJobFailure('FailedOperation.EngineServerError', '')).toBe(true);
    expect(isTransientJobFailure('FailedOperation.EngineRequestTimeout', undefined)).toBe(true);
    expect(isTransientJobFailure('FailedOperation.EngineServerLimitExceeded', 'busy')).toBe(true);
    expect(isTransientJobFailure('FailedOperation.InnerError', '服务内部错误，请重试。')).toBe(true);
    expect(isTransientJobFailure('FailedOperation.InnerError', 'Internal error, please retry.')).toBe(true);
    expect(isTransientJobFailure('FailedOperation.InnerError', '模型生成失败')).toBe(false);
    expect(isTransientJobFailure('FailedOperation.ServerError', '算法服务异常')).toBe(false);
    expect(isTransientJobFailure('InvalidParameter', 'please retry')).toBe(false);
    expect(isTransientJobFailure(undefined, undefined)).toBe(false);
  });

  const policy = { maxRetries: 1 };
  const engine = failAnswer('FailedOperation.EngineServerError', 'engine');

  it('a transient FAIL with retries left: QUEUED again, unclaimed, the attempt kept, no upstream state', () => {
    const job = upstreamJob({ stalledAt: T0 + 5, startedAt: T0 + 10, queueRound: 4 });
    const next = applyQueryAnswerOrRetry(engine, T0 + 60_000, policy)(job);
    const { stalledAt: _flag, ...kept } = job;
    expect(next).toStrictEqual({
      ...kept,
      status: 'QUEUED',
      previousAttempts: [
        {
          upstreamJobId: job.upstreamJobId as string,
          errorCode: 'FailedOperation.EngineServerError',
          errorMessage: 'engine',
          submittedAt: T0,
          failedAt: T0 + 60_000,
        },
      ],
      upstreamJobId: undefined,
      submitAttemptAt: undefined,
      upstreamSubmittedAt: undefined,
      startedAt: undefined,
      finishedAt: undefined,
      expiresAt: undefined,
      errorCode: undefined,
      errorMessage: undefined,
      resultFiles: [],
      refreshedAt: undefined,
      lastRequestId: engine.RequestId,
      updatedAt: T0 + 60_000,
      version: job.version + 1,
    });
    // The store keeps its fair-queue round: it goes back to the head of its kind's queue.
    expect(next?.queueRound).toBe(4);
  });

  it('applies the answer as it is otherwise: no retries left, not transient, external, past startBy, or not a FAIL', () => {
    const at = T0 + 60_000;
    const asIs = (job: JobRecord, res = engine) => applyQueryAnswer(res, at)(job);
    const cases: Array<[string, JobRecord, QueryJobResponse]> = [
      [
        'retries used up',
        upstreamJob({
          previousAttempts: [
            { upstreamJobId: '1', errorCode: 'E', errorMessage: 'e', submittedAt: T0, failedAt: T0 },
          ],
        }),
        engine,
      ],
      ['not transient', upstreamJob(), failAnswer('FailedOperation.ServerError')],
      ['external', upstreamJob({ external: true }), engine],
      ['past startBy', upstreamJob({ startBy: at }), engine],
      ['DONE', upstreamJob(), queryAnswer('DONE')],
    ];
    for (const [what, job, res] of cases) {
      expect(applyQueryAnswerOrRetry(res, at, policy)(job), what).toStrictEqual(asIs(job, res));
    }
    expect(applyQueryAnswerOrRetry(engine, at, { maxRetries: 0 })(upstreamJob())?.status).toBe('FAIL');
    expect(retriesAutomatically(asIs(upstreamJob()) as JobRecord, { maxRetries: 2 }, at)).toBe(true);
    // Not running upstream any more: nothing to apply.
    expect(applyQueryAnswerOrRetry(engine, at, policy)(storedJob())).toBeUndefined();
  });
});

describe('progress', () => {
  it('is an estimate from the kind’s typical duration while WAIT or RUN, 100 when DONE, null otherwise', () => {
    const est = createEstimator({ PRO: 100_000 });
    const at = (ms: number) => T0 + ms;
    const running = upstreamJob({ status: 'RUN' });
    expect(est.progress(running, at(0))).toBe(0);
    expect(est.progress(running, at(25_000))).toBe(25);
    expect(est.progress(upstreamJob({ status: 'WAIT' }), at(50_000))).toBe(50);
    expect(est.progress(running, at(90_000))).toBe(90);
    expect(est.progress(running, at(100_000))).toBe(92);
    expect(est.progress(running, at(10_000_000))).toBe(99);
    expect(est.progress(upstreamJob({ status: 'DONE' }), at(1))).toBe(100);
    for (const status of ['QUEUED', 'FAIL', 'CANCELED'] as const) {
      expect(est.progress(storedJob({ status }), at(50_000)), status).toBeUndefined();
    }
    // An external job's submit time is unknown: counted from first sight.
    const external = upstreamJob({ external: true, upstreamSubmittedAt: undefined, submittedAt: at(10_000) });
    expect(est.progress(external, at(60_000))).toBe(50);
  });

  it('follows what was observed, never reaches 100 before DONE and never goes back as time passes', () => {
    const est = createEstimator();
    for (const ms of [20_000, 20_000, 20_000]) {
      est.observe(upstreamJob({ status: 'DONE', upstreamSubmittedAt: T0, finishedAt: T0 + ms }));
    }
    expect(est.progress(upstreamJob({ status: 'RUN' }), T0 + 10_000)).toBe(50);
    let last = -1;
    for (let ms = 0; ms <= 200_000; ms += 500) {
      const p = progressAt(ms, 20_000);
      expect(p).toBeGreaterThanOrEqual(last);
      expect(p).toBeLessThanOrEqual(99);
      last = p;
    }
  });
});

describe('retryJob: the rules', () => {
  it('retries FAIL and CANCELED jobs of this gateway, with their input as a client would send it', () => {
    expect(retryability(storedJob({ status: 'FAIL' }))).toEqual({ ok: true });
    expect(retryability(storedJob({ status: 'CANCELED' }))).toEqual({ ok: true });
    for (const status of ['QUEUED', 'WAIT', 'RUN', 'DONE'] as const) {
      const verdict = retryability(storedJob({ status }));
      expect(verdict.ok, status).toBe(false);
      expect(!verdict.ok && verdict.reason).toContain(`it is ${status}`);
    }
    expect(retryability(storedJob({ status: 'FAIL', external: true })).ok).toBe(false);
    // A pipeline step canceled before it received its model has no input of its own.
    expect(retryability(storedJob({ status: 'CANCELED', input: { file: { fromStep: 1 } } })).ok).toBe(false);
    const full = Array.from({ length: MAX_RETRIES_PER_JOB }, (_, i) => `job_${i}`);
    expect(retryability(storedJob({ status: 'FAIL', retries: full })).ok).toBe(false);

    expect(retryInput({ prompt: 'p' })).toEqual({ prompt: 'p' });
    expect(
      retryInput({ file: { fromJob: 'job_src', url: 'https://cos/x.glb', type: 'GLB', fromStep: 1 } }),
    ).toEqual({ file: { fromJob: 'job_src', type: 'GLB' } });
    expect(retryInput({ file: { url: 'https://x/m.fbx', type: 'FBX' } })).toEqual({
      file: { url: 'https://x/m.fbx', type: 'FBX' },
    });
  });

  it('links a retry only while the job is FAIL or CANCELED, once, and can take the link back', () => {
    const failed = storedJob({ status: 'FAIL', version: 3 });
    const linked = linkRetry('job_r1', T0)(failed);
    expect(linked).toMatchObject({ retries: ['job_r1'], version: 4, updatedAt: T0 });
    expect(linkRetry('job_r1', T0)(linked!)).toBeUndefined();
    expect(linkRetry('job_r2', T0)(linked!)?.retries).toEqual(['job_r1', 'job_r2']);
    expect(linkRetry('job_r1', T0)(storedJob({ status: 'DONE' }))).toBeUndefined();
    expect(unlinkRetry('job_r1', T0 + 1)(linked!)).toMatchObject({ retries: [], version: 5 });
    expect(unlinkRetry('job_r9', T0)(linked!)).toBeUndefined();
  });
});
