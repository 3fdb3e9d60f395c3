import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newJobRecord } from '../../../src/jobs/domain/job.ts';
import { cancelQueued, SUBMIT_OUTCOME_UNKNOWN } from '../../../src/jobs/domain/transitions.ts';
import {
  TencentApiError,
  UpstreamTimeoutError,
  UpstreamTransportError,
} from '../../../src/tencent/errors.ts';
import { JOB_KINDS } from '../../../src/tencent/job-kinds.ts';
import {
  advance,
  type Core,
  createCore,
  failOnUnhandledRejections,
  flush,
  isClaim,
  isRecordSubmitted,
  useFakeClock,
} from '../../helpers/core-fakes.ts';

/**
 * The dispatcher on a fake clock, over the real memory store (fenced, with injected failures), the
 * real job slots, and a Tencent client, limiter and upstream health the test drives. Every test
 * ends with no unhandled rejection (failOnUnhandledRejections).
 */

failOnUnhandledRejections();

const SUBMIT = JOB_KINDS.PRO.submitAction;
const TERM = 'replica-a:1';

const apiError = (tencentCode: string, message = 'refused') =>
  new TencentApiError({ action: SUBMIT, tencentCode, message, requestId: 'req-refused' });

let core: Core | undefined;
/** Who holds the lease, as the store sees it (fences are checked against it). */
let lease: string | undefined;

/** A leader's dispatcher, resumed under TERM, which holds the lease. */
function start(o: Parameters<typeof createCore>[0] = {}): Core {
  core = createCore({ leaseHolder: () => lease, ...o });
  core.dispatcher.resume(TERM);
  return core;
}

/** Adds QUEUED jobs to the store and offers them to the dispatcher, in order. */
async function enqueue(c: Core, ...prompts: string[]) {
  const jobs = [];
  for (const prompt of prompts) {
    const job = await c.add(prompt);
    jobs.push(job);
    c.dispatcher.enqueue(job);
  }
  return jobs;
}

beforeEach(() => {
  useFakeClock();
  lease = TERM;
});

afterEach(async () => {
  if (core) {
    const stopped = core.dispatcher.stop();
    await vi.runOnlyPendingTimersAsync();
    await stopped;
    core = undefined;
  }
  vi.useRealTimers();
});

describe('cancel while waiting (B1)', () => {
  it.each([
    ['succeeds', true],
    ['fails', false],
  ])(
    'a job canceled while the dispatcher waits in health.ensure() is never submitted (the probe %s)',
    async (_, probeOk) => {
      const c = start();
      c.health.mode = 'hold';
      const [job] = await enqueue(c, 'cancel me');
      await flush();
      expect(c.health.probes).toHaveLength(1);
      expect(c.slots.held('PRO')).toBe(1);

      const canceled = await c.repo.transition(job!.id, cancelQueued(Date.now()));
      expect(canceled).toMatchObject({ changed: true, job: { status: 'CANCELED' } });
      c.health.mode = 'up';
      c.health.probes[0]!.resolve(probeOk);
      await advance(120_000);

      expect(c.tencent.submits).toEqual([]);
      expect(await c.job(job!.id)).toMatchObject({ status: 'CANCELED', submitAttemptAt: undefined });
      // Nothing was written over the cancel.
      expect(c.faulty.written.at(-1)).toMatchObject({ id: job!.id, status: 'CANCELED' });
      expect(c.slots.held('PRO')).toBe(0);
      expect(c.dispatcher.depth()).toBe(0);

      // The lane is not stuck: the next job goes.
      await enqueue(c, 'next');
      await advance(10_000);
      expect(c.tencent.prompts()).toEqual(['next']);
    },
  );
});

describe('a JobId Tencent gave is never lost (B2)', () => {
  it.each([
    ['fails', false],
    ['lands but its reply is lost', true],
  ])('the store write of the WAIT record %s twice after Tencent accepted the Submit', async (_, applied) => {
    const c = start();
    c.faulty.fail({ op: 'transition', when: isRecordSubmitted, times: 2, applied });
    const [job] = await enqueue(c, 'paid');
    await flush();

    expect(c.tencent.submits).toHaveLength(1);
    const { JobId } = await c.tencent.submits[0]!.answer.promise;
    // Logged at once, before the store took it.
    expect(c.lines.find((l) => l.upstreamJobId === JobId)).toMatchObject({ jobId: job!.id, level: 30 });
    // Tencent runs it: the slot stays held while the write is retried.
    expect(c.slots.held('PRO')).toBe(1);
    expect(c.faulty.fired).toBe(1);
    if (!applied) {
      expect(await c.job(job!.id)).toMatchObject({ status: 'QUEUED', upstreamJobId: undefined });
      expect(c.dispatcher.isSubmitting(job!.id)).toBe(true);
    }

    await advance(10_000);
    expect(await c.job(job!.id)).toMatchObject({ status: 'WAIT', upstreamJobId: JobId });
    expect(c.submitted.map((j) => [j.id, j.upstreamJobId])).toEqual([[job!.id, JobId]]);
    expect(c.slots.held('PRO')).toBe(1);
    expect(c.faulty.written.filter((j) => j.status === 'FAIL')).toEqual([]);
    expect(c.tencent.submits).toHaveLength(1);
    expect(c.lines.filter((l) => (l.level as number) >= 50)).toEqual([]);
  });
});

describe('failures before sending (B3)', () => {
  const faults: Record<string, (c: Core) => void> = {
    'the first read': (c) => c.faulty.fail({ op: 'get' }),
    'the claim (not written)': (c) => c.faulty.fail({ op: 'transition', when: isClaim }),
    'the claim (written, reply lost)': (c) =>
      c.faulty.fail({ op: 'transition', when: isClaim, applied: true }),
    'limiter.acquire': (c) => c.limiter.failNext(1),
  };

  it.each(Object.keys(faults))(
    'a failure at %s returns the slot and the job is sent once later',
    async (name) => {
      const c = start();
      faults[name]!(c);
      const [job] = await enqueue(c, 'once');
      await flush();

      expect(c.tencent.submits).toEqual([]);
      expect(c.slots.held('PRO')).toBe(0);
      // Nothing was sent, so nothing is claimed: the job can still be canceled.
      expect(await c.job(job!.id)).toMatchObject({ status: 'QUEUED', submitAttemptAt: undefined });

      await advance(10_000);
      expect(c.tencent.prompts()).toEqual(['once']);
      expect(await c.job(job!.id)).toMatchObject({ status: 'WAIT' });
      await advance(300_000);
      expect(c.tencent.prompts()).toEqual(['once']);
      expect(c.slots.held('PRO')).toBe(1);
    },
  );

  it('three failures in a row do not wedge PRO: 4 jobs are all sent through 3 slots', async () => {
    const c = start();
    c.faulty.fail({ op: 'transition', when: isClaim, applied: true, times: 2 });
    c.limiter.failNext(1);
    const jobs = await enqueue(c, 'j1', 'j2', 'j3', 'j4');
    await flush();
    expect(c.tencent.submits).toEqual([]);
    expect(c.slots.held('PRO')).toBe(0);

    await advance(30_000);
    expect(c.tencent.prompts()).toEqual(['j1', 'j2', 'j3']);
    expect(c.slots.held('PRO')).toBe(3);
    expect(c.dispatcher.depth('PRO')).toBe(1);

    // j1 ends upstream: the poller releases its slot, and the fourth goes.
    c.slots.release('PRO', jobs[0]!.id);
    c.dispatcher.pump();
    await advance(10_000);
    expect(c.tencent.prompts()).toEqual(['j1', 'j2', 'j3', 'j4']);
    for (const job of jobs) expect((await c.job(job.id)).status).toBe('WAIT');
  });
});

describe('what a refused or failed Submit does', () => {
  it('RequestLimitExceeded.JobNumExceed puts the job back at the head, after a back-off', async () => {
    const c = start({ capacity: { PRO: 1 } });
    c.tencent.script(apiError('RequestLimitExceeded.JobNumExceed'));
    const [a, b] = await enqueue(c, 'A', 'B', 'C');
    await flush();
    expect(c.tencent.prompts()).toEqual(['A']);
    expect(await c.job(a!.id)).toMatchObject({ status: 'QUEUED', submitAttemptAt: undefined });
    expect(c.slots.held('PRO')).toBe(0);
    expect(c.dispatcher.depth('PRO')).toBe(3);

    // job-slots' first JobNumExceed back-off is 1000 ms, 500 with random 0.
    await advance(499);
    expect(c.tencent.prompts()).toEqual(['A']);
    await advance(1);
    expect(c.tencent.prompts()).toEqual(['A', 'A']);
    expect(await c.job(a!.id)).toMatchObject({ status: 'WAIT' });

    c.slots.release('PRO', a!.id);
    c.dispatcher.pump();
    await flush();
    expect(c.tencent.prompts()).toEqual(['A', 'A', 'B']);
    expect(await c.job(b!.id)).toMatchObject({ status: 'WAIT' });
  });

  it('InvalidParameterValue fails the job with that code and never resends it', async () => {
    const c = start();
    c.tencent.script(apiError('InvalidParameterValue', 'Prompt is too long'));
    const [job] = await enqueue(c, 'bad');
    await flush();
    expect(await c.job(job!.id)).toMatchObject({
      status: 'FAIL',
      errorCode: 'InvalidParameterValue',
      errorMessage: expect.stringContaining('Prompt is too long'),
      upstreamJobId: undefined,
    });
    expect(c.slots.held('PRO')).toBe(0);
    await advance(300_000);
    expect(c.tencent.prompts()).toEqual(['bad']);
  });

  it('AuthFailure keeps the job QUEUED, logs an error and records UPSTREAM_AUTH_FAILED until a Submit succeeds', async () => {
    const c = start();
    c.tencent.script(apiError('AuthFailure.SignatureFailure', 'The signature is wrong'));
    const [job] = await enqueue(c, 'creds');
    await flush();

    expect(await c.job(job!.id)).toMatchObject({ status: 'QUEUED', submitAttemptAt: undefined });
    expect(c.lines.find((l) => l.code === 'AuthFailure.SignatureFailure')).toMatchObject({
      level: 50,
      jobId: job!.id,
    });
    expect((await c.store.queueStates()).PRO).toMatchObject({
      reason: 'UPSTREAM_AUTH_FAILED',
      detail: expect.stringContaining('AuthFailure.SignatureFailure'),
    });
    expect(c.slots.held('PRO')).toBe(0);

    // The back-off for refusals starts at 1000 ms, 500 with random 0.
    await advance(500);
    expect(c.tencent.prompts()).toEqual(['creds', 'creds']);
    expect(await c.job(job!.id)).toMatchObject({ status: 'WAIT' });
    expect((await c.store.queueStates()).PRO).toBeUndefined();
  });

  it("clears a queue state a previous leader left behind at this term's first successful submit", async () => {
    const c = createCore({ leaseHolder: () => lease });
    core = c;
    await c.store.setQueueState('PRO', { reason: 'UPSTREAM_AUTH_FAILED', detail: 'old term', since: 1 });
    c.dispatcher.resume(TERM);
    await enqueue(c, 'fine now');
    await flush();
    expect(c.tencent.prompts()).toEqual(['fine now']);
    expect((await c.store.queueStates()).PRO).toBeUndefined();
  });

  it('a transport error that provably did not reach Tencent is retried', async () => {
    const c = start();
    c.tencent.script(
      new UpstreamTransportError('connect ECONNREFUSED', { action: SUBMIT, mayHaveReached: false }),
    );
    const [job] = await enqueue(c, 'retry me');
    await flush();
    expect(await c.job(job!.id)).toMatchObject({ status: 'QUEUED', submitAttemptAt: undefined });
    expect((await c.store.queueStates()).PRO).toMatchObject({ reason: 'UPSTREAM_UNREACHABLE' });

    await advance(500);
    expect(c.tencent.prompts()).toEqual(['retry me', 'retry me']);
    expect(await c.job(job!.id)).toMatchObject({ status: 'WAIT' });
    expect((await c.store.queueStates()).PRO).toBeUndefined();
  });

  it.each([
    [
      'a transport error after sending',
      new UpstreamTransportError('socket hang up', { action: SUBMIT, mayHaveReached: true }),
    ],
    ['a timeout', new UpstreamTimeoutError({ action: SUBMIT, phase: 'headers', timeoutMs: 15_000 })],
  ])('%s fails the job SUBMIT_OUTCOME_UNKNOWN and never resends it', async (_, err) => {
    const c = start();
    c.tencent.script(err);
    const [job, other] = await enqueue(c, 'unknown', 'other');
    await flush();
    expect(await c.job(job!.id)).toMatchObject({ status: 'FAIL', errorCode: SUBMIT_OUTCOME_UNKNOWN });
    await advance(600_000);
    expect(c.tencent.prompts().filter((p) => p === 'unknown')).toHaveLength(1);
    expect(c.slots.held('PRO')).toBe(1); // only `other`, which Tencent runs
    expect(await c.job(other!.id)).toMatchObject({ status: 'WAIT' });
  });
});

describe('inline images (stored beside the record)', () => {
  const IMAGE = 'iVBORw0KGgoAAAANSUhEUgAAAIAAAACA';
  const VIEW = 'UklGRiQAAABXRUJQVlA4';

  /** Submits a job with inline images as the service does (through the repository), and queues it. */
  async function enqueueWithImages(c: Core) {
    const input = { imageBase64: IMAGE, multiViewImages: [{ viewType: 'left', imageBase64: VIEW }] };
    const { job } = await c.repo.insert(
      newJobRecord({
        kind: 'PRO',
        status: 'QUEUED',
        input,
        owner: '',
        idempotencyKey: undefined,
        external: false,
        upstreamJobId: undefined,
        submittedAt: Date.now(),
        expiresAt: undefined,
      }),
    );
    expect(job.input.imageBase64).toBeUndefined();
    c.dispatcher.enqueue(job);
    return job;
  }

  it('reads the images only to send the Submit and sends them intact; the store keeps them for a retry', async () => {
    const c = start();
    const job = await enqueueWithImages(c);
    await flush();

    expect(c.tencent.submits).toHaveLength(1);
    expect(c.tencent.submits[0]!.body).toMatchObject({
      ImageBase64: IMAGE,
      MultiViewImages: [{ ViewType: 'left', ViewImageBase64: VIEW }],
    });
    expect(c.faulty.calls.getInputBlobs).toBe(1);
    expect(await c.job(job.id)).toMatchObject({ status: 'WAIT', inputBlobs: ['image', 'view:0'] });
    // Kept until the job is DONE: a transient failure at Tencent sends it again (domain/retry.ts).
    expect(await c.store.getInputBlobs(job.id)).toStrictEqual({ image: IMAGE, 'view:0': VIEW });
    // No record written on the way carried an image.
    expect(JSON.stringify(c.faulty.written)).not.toContain(IMAGE);
  });

  it('a failure to read them is a store failure before sending: the claim is released, the slot returned, the job sent later', async () => {
    const c = start();
    c.faulty.fail({ op: 'getInputBlobs' });
    const job = await enqueueWithImages(c);
    await flush();

    expect(c.tencent.submits).toEqual([]);
    expect(await c.job(job.id)).toMatchObject({ status: 'QUEUED', submitAttemptAt: undefined });
    expect(c.slots.held('PRO')).toBe(0);
    expect(await c.store.getInputBlobs(job.id)).toStrictEqual({ image: IMAGE, 'view:0': VIEW });

    await advance(10_000);
    expect(c.tencent.submits).toHaveLength(1);
    expect(c.tencent.submits[0]!.body).toMatchObject({ ImageBase64: IMAGE });
    expect(await c.job(job.id)).toMatchObject({ status: 'WAIT' });
  });

  it('leadership lost while the images are read: nothing is sent and the claim goes back', async () => {
    const c = start();
    c.faulty.slow('getInputBlobs', 1_000);
    const job = await enqueueWithImages(c);
    await flush();
    expect(await c.job(job.id)).toMatchObject({ submitAttemptAt: Date.now() });

    c.dispatcher.pause();
    await advance(1_000);
    await c.dispatcher.settled();
    expect(c.tencent.submits).toEqual([]);
    expect(await c.job(job.id)).toMatchObject({ status: 'QUEUED', submitAttemptAt: undefined });
    expect(c.slots.held('PRO')).toBe(0);
    expect(await c.faulty.inner.getInputBlobs(job.id)).toStrictEqual({ image: IMAGE, 'view:0': VIEW });
  });

  it('an image the store lost fails the job (never sent without it) and frees the slot', async () => {
    const c = start();
    c.faulty.store.getInputBlobs = async () => ({ image: IMAGE });
    const job = await enqueueWithImages(c);
    await flush();

    expect(c.tencent.submits).toEqual([]);
    expect(await c.job(job.id)).toMatchObject({ status: 'FAIL', errorCode: 'INPUT_IMAGE_MISSING' });
    expect(c.slots.held('PRO')).toBe(0);
  });

  it('sends the images of a record written before they moved out (still in its input)', async () => {
    const c = start();
    const old = await c.faulty.inner.insert(
      newJobRecord({
        kind: 'PRO',
        status: 'QUEUED',
        input: { imageBase64: IMAGE },
        owner: '',
        idempotencyKey: undefined,
        external: false,
        upstreamJobId: undefined,
        submittedAt: Date.now(),
        expiresAt: undefined,
      }),
    );
    c.dispatcher.enqueue(old.job);
    await flush();
    expect(c.tencent.submits[0]!.body).toMatchObject({ ImageBase64: IMAGE });
    expect(c.faulty.calls.getInputBlobs).toBeUndefined();
  });
});

describe('fencing', () => {
  it('a dispatcher resumed with a term that no longer holds the lease cannot claim: nothing is sent', async () => {
    const c = start();
    lease = 'replica-b:2';
    const [job] = await enqueue(c, 'not yours');
    await advance(120_000);
    expect(c.tencent.submits).toEqual([]);
    expect(await c.job(job!.id)).toMatchObject({ status: 'QUEUED', submitAttemptAt: undefined });
    expect(c.slots.held('PRO')).toBe(0);
  });

  it('the lease lost while waiting for a Submit grant: the claim is refused, nothing is sent', async () => {
    const c = start();
    const grant = c.limiter.hold();
    const [job] = await enqueue(c, 'late grant');
    await flush();
    lease = 'replica-b:2';
    grant();
    await advance(60_000);
    expect(c.tencent.submits).toEqual([]);
    expect(await c.job(job!.id)).toMatchObject({ status: 'QUEUED', submitAttemptAt: undefined });
    expect(c.slots.held('PRO')).toBe(0);

    // The same process leads again under a new term: the job goes, once.
    lease = 'replica-a:3';
    c.dispatcher.resume('replica-a:3');
    await advance(60_000);
    expect(c.tencent.prompts()).toEqual(['late grant']);
  });
});

describe('stop', () => {
  it('stop() while a submit waits for the health probe leaves no timer and sends nothing', async () => {
    const c = start();
    c.health.mode = 'hold';
    const [job] = await enqueue(c, 'at shutdown');
    await flush();
    const stopped = c.dispatcher.stop();
    // The probe fails after stop() began: the submit is deferred on its way out.
    c.health.probes[0]!.resolve(false);
    await stopped;
    core = undefined;

    expect(vi.getTimerCount()).toBe(0);
    await advance(120_000);
    expect(c.tencent.submits).toEqual([]);
    expect(await c.job(job!.id)).toMatchObject({ status: 'QUEUED', submitAttemptAt: undefined });
    expect(c.slots.held('PRO')).toBe(0);
  });
});
