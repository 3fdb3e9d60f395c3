import { createHash, randomFillSync } from 'node:crypto';
import { createClient as createSseClient } from 'graphql-sse';
import { describe, expect, it, vi } from 'vitest';
import { encodePng } from '../../src/simulator/files/png.ts';
import { JOB_KIND_NAMES, type JobKindName } from '../../src/tencent/job-kinds.ts';
import { listen, startTestGateway, type TestGateway } from '../helpers/gateway.ts';
import { startTestSimulator } from '../helpers/simulator.ts';

/**
 * Issue 13 §3–4 through GraphQL against the simulator: startBy deadlines, stalled jobs past the hard
 * limit, retryJob, automatic retries of transient upstream failures, submitJobs and the
 * Idempotency-Key header. Every wait is on an observable condition (a job's status, what the
 * simulator holds), never on elapsed time.
 */

const ALICE = { authorization: 'Bearer alice-key-1' };
const BOB = { authorization: 'Bearer bob-key-22' };
const KEYS = { GATEWAY_API_KEYS: 'alice:alice-key-1,bob:bob-key-22', JOB_REFRESH_MS: '100' };

const durations = (waitMs: number, runMs: number) =>
  Object.fromEntries(JOB_KIND_NAMES.map((k) => [k, { waitMs, runMs }])) as Record<
    JobKindName,
    { waitMs: number; runMs: number }
  >;

const FIELDS = `id status errorCode errorMessage upstreamJobId prompt startBy progress progressIsEstimate
  stalled attempts previousUpstreamJobIds queuePosition hasImageBase64
  retryOf { id status } retries { id status }`;

interface Job {
  id: string;
  status: string;
  errorCode: string | null;
  errorMessage: string | null;
  upstreamJobId: string | null;
  prompt: string | null;
  startBy: string | null;
  progress: number | null;
  progressIsEstimate: boolean;
  stalled: boolean;
  attempts: number;
  previousUpstreamJobIds: string[];
  queuePosition: number | null;
  hasImageBase64: boolean;
  retryOf: { id: string; status: string } | null;
  retries: Array<{ id: string; status: string }>;
}

type GqlError = { message: string; extensions?: Record<string, unknown> };

const SUBMIT = `mutation ($input: SubmitJobInput!, $key: String, $startBy: DateTime) {
  submitJob(input: $input, idempotencyKey: $key, startBy: $startBy) { ${FIELDS} } }`;
const SUBMIT_MANY = `mutation ($inputs: [SubmitJobInput!]!, $key: String, $startBy: DateTime) {
  submitJobs(inputs: $inputs, idempotencyKey: $key, startBy: $startBy) { ${FIELDS} } }`;
const RETRY = `mutation ($id: ID!) { retryJob(id: $id) { ${FIELDS} } }`;
const CANCEL = `mutation ($id: ID!) { cancelJob(id: $id) { ${FIELDS} } }`;
const GET = `query ($id: ID!) { job(id: $id) { ${FIELDS} } }`;
const LIST = 'query { jobs(first: 100) { nodes { id } pageInfo { hasNextPage } } }';

function client(t: TestGateway) {
  const submit = async (
    input: Record<string, unknown>,
    o: { key?: string; startBy?: string; headers?: Record<string, string> } = {},
  ) => {
    const res = await t.gql<{ submitJob: Job }>(
      SUBMIT,
      { input, key: o.key ?? null, startBy: o.startBy ?? null },
      { ...ALICE, ...o.headers },
    );
    return { job: res.data?.submitJob, errors: res.errors as GqlError[] | undefined };
  };
  const submitOk = async (input: Record<string, unknown>, o: Parameters<typeof submit>[1] = {}) => {
    const { job, errors } = await submit(input, o);
    expect(errors, JSON.stringify(errors)).toBeUndefined();
    return job as Job;
  };
  const submitMany = async (
    inputs: Array<Record<string, unknown>>,
    o: { key?: string; headers?: Record<string, string> } = {},
  ) => {
    const res = await t.gql<{ submitJobs: Job[] }>(
      SUBMIT_MANY,
      { inputs, key: o.key ?? null },
      { ...ALICE, ...o.headers },
    );
    return { jobs: res.data?.submitJobs, errors: res.errors as GqlError[] | undefined };
  };
  const retry = async (id: string, headers = ALICE) => {
    const res = await t.gql<{ retryJob: Job }>(RETRY, { id }, headers);
    return { job: res.data?.retryJob, errors: res.errors as GqlError[] | undefined };
  };
  const get = async (id: string, headers = ALICE) => {
    const res = await t.gql<{ job: Job | null }>(GET, { id }, headers);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data?.job ?? null;
  };
  const waitFor = (id: string, statuses: string[], timeout = 30_000) =>
    vi.waitFor(
      async () => {
        const job = await get(id);
        if (!job || !statuses.includes(job.status)) throw new Error(`job ${id} is ${job?.status}`);
        return job;
      },
      { timeout, interval: 50 },
    );
  const listed = async (headers = ALICE) => {
    const res = await t.gql<{ jobs: { nodes: Array<{ id: string }>; pageInfo: { hasNextPage: boolean } } }>(
      LIST,
      {},
      headers,
    );
    expect(res.errors).toBeUndefined();
    return res.data?.jobs;
  };
  return { submit, submitOk, submitMany, retry, get, waitFor, listed };
}

const inFuture = (ms: number) => new Date(Date.now() + ms).toISOString();

describe('startBy', () => {
  it('a job with startBy behind a busy slot is CANCELED DEADLINE_EXCEEDED and never reaches Tencent', async () => {
    // One slot, held for a minute by the first job.
    const sim = await startTestSimulator({ durations: durations(100, 60_000) });
    const t = await startTestGateway(sim, { ...KEYS, UPSTREAM_PRO_SLOTS: '1' });
    const c = client(t);
    const busy = await c.submitOk({ prompt: 'holds the only slot' });
    await vi.waitFor(() => expect(sim.jobs.list()).toHaveLength(1), { timeout: 10_000, interval: 20 });

    const startBy = inFuture(1500);
    const late = await c.submitOk({ prompt: 'must start within the deadline' }, { startBy });
    expect(late).toMatchObject({ status: 'QUEUED', startBy, queuePosition: 1, progress: null });
    // A pipeline whose first step has a deadline: it ends with it.
    const pipeline = await t.gql<{ submitPipeline: { id: string; steps: Array<{ id: string }> } }>(
      `mutation ($startBy: DateTime) { submitPipeline(steps: [
        { prompt: "a chair to reduce" }, { kind: SMART_TOPOLOGY, file: { fromStep: 1 }, faceLevel: LOW }
      ], startBy: $startBy) { id steps { id } } }`,
      { startBy },
      ALICE,
    );
    expect(pipeline.errors).toBeUndefined();
    const [first, second] = pipeline.data!.submitPipeline.steps;

    const canceled = await c.waitFor(late.id, ['CANCELED', 'WAIT', 'RUN', 'DONE', 'FAIL']);
    expect(canceled).toMatchObject({
      status: 'CANCELED',
      errorCode: 'DEADLINE_EXCEEDED',
      upstreamJobId: null,
      startBy,
    });
    expect(canceled.errorMessage).toContain('never sent to Tencent');
    expect(await c.waitFor(first!.id, ['CANCELED'])).toMatchObject({ errorCode: 'DEADLINE_EXCEEDED' });
    expect(await c.waitFor(second!.id, ['CANCELED'])).toMatchObject({ errorCode: 'PREVIOUS_STEP_CANCELED' });

    // The simulator never saw them: only the job holding the slot reached it.
    expect(sim.jobs.list().map((j) => j.prompt)).toEqual(['holds the only slot']);
    expect(sim.counters.read().jobsSubmitted.PRO).toBe(1);
    expect((await c.get(busy.id))?.status).toMatch(/WAIT|RUN/);
  });

  it('a startBy in the past or absurdly far ahead is BAD_USER_INPUT, and nothing is stored', async () => {
    const sim = await startTestSimulator({ durations: durations(50, 200) });
    const t = await startTestGateway(sim, KEYS);
    const c = client(t);
    for (const startBy of [new Date(Date.now() - 60_000).toISOString(), inFuture(30 * 86_400_000)]) {
      const { job, errors } = await c.submit({ prompt: 'a cup' }, { startBy });
      expect(job).toBeUndefined();
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startBy' });
      expect(errors?.[0]?.message).toMatch(/^startBy: /);
    }
    expect((await c.listed())?.nodes).toEqual([]);
  });
});

describe('stalled jobs', () => {
  it('a job still running at Tencent past UPSTREAM_STALL_LIMIT_MS ends FAIL UPSTREAM_STALLED, keeps its JobId and frees its slot', async () => {
    const sim = await startTestSimulator({ durations: durations(100, 120_000) });
    const t = await startTestGateway(sim, {
      ...KEYS,
      UPSTREAM_PRO_SLOTS: '1',
      UPSTREAM_STALL_LIMIT_MS: '1500',
    });
    const c = client(t);
    const job = await c.submitOk({ prompt: 'never finishes' });
    const running = await c.waitFor(job.id, ['RUN', 'FAIL']);
    if (running.status === 'RUN') {
      expect(running.progressIsEstimate).toBe(true);
      expect(running.progress).toBeGreaterThanOrEqual(0);
      expect(running.progress).toBeLessThan(100);
    }
    const next = await c.submitOk({ prompt: 'waits for the slot' });

    const failed = await c.waitFor(job.id, ['FAIL', 'DONE']);
    expect(failed).toMatchObject({
      status: 'FAIL',
      errorCode: 'UPSTREAM_STALLED',
      stalled: true,
      progress: null,
      progressIsEstimate: false,
    });
    expect(failed.upstreamJobId).toBe(sim.jobs.list()[0]?.id);
    expect(failed.errorMessage).toMatch(/Tencent may still finish it/);
    // Its slot went to the next job, which reached Tencent.
    await c.waitFor(next.id, ['WAIT', 'RUN']);
    expect(sim.jobs.list().map((j) => j.prompt)).toEqual(['never finishes', 'waits for the slot']);
    // The simulator still runs the first one: the gateway does not follow it any more.
    expect(sim.jobs.list()[0]?.status).toMatch(/WAIT|RUN/);
  });
});

/** A valid PNG (256 × 256 random pixels), base64, and the simulator's seed for it. */
function smallPng(): { base64: string; seed: string } {
  const rgba = randomFillSync(new Uint8Array(256 * 256 * 4));
  const base64 = encodePng(256, 256, rgba).toString('base64');
  return { base64, seed: `image:${createHash('sha256').update(base64).digest('hex').slice(0, 16)}` };
}

describe('retryJob', () => {
  it('submits a FAIL or CANCELED job again as a new job linked both ways, inline images included, and runs it to DONE', async () => {
    const sim = await startTestSimulator({ durations: durations(100, 800) });
    const t = await startTestGateway(sim, { ...KEYS, UPSTREAM_PRO_SLOTS: '1' });
    const c = client(t);
    // Fails once (not a transient code, so not retried automatically); a second Submit runs.
    const failing = await c.submitOk({ prompt: 'a vase [fail-once:FailedOperation.ServerError]' });
    // Queued behind it, with an inline image, then canceled before it was sent.
    const png = smallPng();
    const queued = await c.submitOk({ imageBase64: png.base64 });
    const canceled = (await t.gql<{ cancelJob: Job }>(CANCEL, { id: queued.id }, ALICE)).data?.cancelJob;
    expect(canceled).toMatchObject({ status: 'CANCELED', hasImageBase64: true });

    const failed = await c.waitFor(failing.id, ['FAIL', 'DONE']);
    expect(failed).toMatchObject({ status: 'FAIL', errorCode: 'FailedOperation.ServerError', attempts: 1 });

    // Only its owner may retry it (another key does not see it); only FAIL and CANCELED jobs.
    expect((await c.retry(failing.id, BOB)).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    const retried = await c.retry(failing.id);
    expect(retried.errors).toBeUndefined();
    expect(retried.job).toMatchObject({ status: 'QUEUED', retryOf: { id: failing.id }, retries: [] });
    const image = await c.retry(queued.id);
    expect(image.errors).toBeUndefined();
    expect(image.job).toMatchObject({ retryOf: { id: queued.id, status: 'CANCELED' }, hasImageBase64: true });

    const done = await c.waitFor(retried.job!.id, ['DONE', 'FAIL']);
    expect(done).toMatchObject({ status: 'DONE', progress: 100, progressIsEstimate: false });
    expect(await c.waitFor(image.job!.id, ['DONE', 'FAIL'])).toMatchObject({ status: 'DONE' });
    expect((await c.get(failing.id))?.retries).toEqual([{ id: done.id, status: 'DONE' }]);
    expect((await c.get(queued.id))?.retries.map((r) => r.id)).toEqual([image.job!.id]);

    // The image reached Tencent intact with the retry; the canceled original never did.
    const upstream = sim.jobs.list();
    expect(upstream.filter((j) => j.seed === png.seed)).toHaveLength(1);
    const imageJob = await t.gateway.store.get(image.job!.id);
    expect(upstream.find((j) => j.id === imageJob?.upstreamJobId)?.seed).toBe(png.seed);
    expect(upstream.map((j) => j.status)).toEqual(['FAIL', 'DONE', 'DONE']);

    const notRetryable = await c.retry(done.id);
    expect(notRetryable.job).toBeUndefined();
    expect(notRetryable.errors?.[0]?.extensions).toMatchObject({ code: 'JOB_NOT_RETRYABLE', status: 'DONE' });
    expect(notRetryable.errors?.[0]?.message).toMatch(/only FAIL and CANCELED jobs can be retried/);
    // A job can be retried again: every retry is listed, oldest first.
    const again = await c.retry(failing.id);
    expect((await c.get(failing.id))?.retries.map((r) => r.id)).toEqual([done.id, again.job!.id]);
  });
});

describe('automatic retries of transient upstream failures', () => {
  it('a transient FAIL is sent again once and ends DONE; a second one beyond UPSTREAM_FAIL_RETRIES stays FAIL', async () => {
    const sim = await startTestSimulator({ durations: durations(100, 300) });
    const t = await startTestGateway(sim, KEYS);
    const server = await listen(t.gateway, t.log.logger);
    const c = client(t);

    // Queries are refused until the subscriber below is listening, so it cannot miss the retry.
    sim.faults.set({ errorRate: 1, errorCodes: ['InternalError'], actions: ['QueryHunyuanTo3DProJob'] });
    const flaky = await c.submitOk({ prompt: 'a lamp [fail-once:FailedOperation.EngineServerError]' });
    // A subscriber follows it: it never sees a FAIL, and sees the job go back to the queue.
    const sse = createSseClient({
      url: `${server.url}/graphql`,
      singleConnection: false,
      retryAttempts: 0,
      headers: ALICE,
    });
    const seen: string[] = [];
    const following = (async () => {
      for await (const u of sse.iterate({
        query: 'subscription ($id: ID!) { jobStatus(id: $id) { status attempts } }',
        variables: { id: flaky.id },
      })) {
        const { status, attempts } = (u.data as { jobStatus: { status: string; attempts: number } })
          .jobStatus;
        seen.push(`${status}#${attempts}`);
      }
    })();
    await vi.waitFor(() => expect(seen.length).toBeGreaterThan(0), { timeout: 10_000, interval: 20 });
    sim.faults.clear();

    const done = await c.waitFor(flaky.id, ['DONE', 'FAIL']);
    expect(done).toMatchObject({ status: 'DONE', attempts: 2, progress: 100 });
    expect(done.previousUpstreamJobIds).toHaveLength(1);
    expect(done.previousUpstreamJobIds[0]).not.toBe(done.upstreamJobId);
    await following;
    sse.dispose();
    expect(seen.at(-1)).toBe('DONE#2');
    expect(seen).not.toContain('FAIL#1');
    expect(seen).toContain('QUEUED#2');
    // Two Submits reached the simulator: the failed attempt and the retry.
    expect(sim.counters.read().jobsSubmitted.PRO).toBe(2);
    expect(sim.jobs.list().map((j) => [j.id, j.status, j.errorCode])).toEqual([
      [done.previousUpstreamJobIds[0], 'FAIL', 'FailedOperation.EngineServerError'],
      [done.upstreamJobId, 'DONE', ''],
    ]);

    // Failing every time: retried once (the default UPSTREAM_FAIL_RETRIES), then FAIL for good.
    const broken = await c.submitOk({ prompt: 'a lamp [fail:FailedOperation.EngineServerError]' });
    const failed = await c.waitFor(broken.id, ['DONE', 'FAIL']);
    expect(failed).toMatchObject({
      status: 'FAIL',
      errorCode: 'FailedOperation.EngineServerError',
      attempts: 2,
      progress: null,
    });
    expect(failed.previousUpstreamJobIds).toHaveLength(1);
    expect(sim.counters.read().jobsSubmitted.PRO).toBe(4);
  });
});

describe('submitJobs', () => {
  const inputs = (n: number, tag: string) => Array.from({ length: n }, (_, i) => ({ prompt: `${tag} ${i}` }));

  it('stores 100 jobs at once, or none when one input is bad; the same key returns the same jobs; the fair queue lets another key through', async () => {
    // Jobs run for a minute: the queue holds still while the test looks at it.
    const sim = await startTestSimulator({ durations: durations(100, 60_000) });
    const t = await startTestGateway(sim, KEYS);
    const c = client(t);

    const bad = inputs(100, 'bad batch');
    bad[3] = { prompt: 'x'.repeat(1025) };
    const refused = await c.submitMany(bad, { key: 'batch-1' });
    expect(refused.jobs).toBeUndefined();
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'inputs[3].prompt',
    });
    expect(refused.errors?.[0]?.message).toMatch(/^inputs\[3\]\.prompt: /);
    const tooMany = await c.submitMany(inputs(101, 'too many'));
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'inputs' });
    expect((await c.listed())?.nodes).toEqual([]);
    expect(sim.jobs.list()).toEqual([]);

    const batch = await c.submitMany(inputs(100, 'good batch'), { key: 'batch-1' });
    expect(batch.errors).toBeUndefined();
    const jobs = batch.jobs!;
    expect(jobs).toHaveLength(100);
    expect(new Set(jobs.map((j) => j.id)).size).toBe(100);
    expect(jobs.map((j) => j.prompt)).toEqual(inputs(100, 'good batch').map((i) => i.prompt));
    const listed = await c.listed();
    expect(listed?.nodes).toHaveLength(100);
    expect(listed?.pageInfo.hasNextPage).toBe(false);

    // The same key: the same jobs, nothing new; other inputs under it: refused.
    const again = await c.submitMany(inputs(100, 'good batch'), { key: 'batch-1' });
    expect(again.jobs?.map((j) => j.id)).toEqual(jobs.map((j) => j.id));
    expect((await c.listed())?.nodes).toHaveLength(100);
    const reused = await c.submitMany(inputs(2, 'other'), { key: 'batch-1' });
    expect(reused.errors?.[0]?.extensions).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });

    // Drained through the fair queue: another key's job waits at most one turn behind them.
    await vi.waitFor(() => expect(sim.jobs.list()).toHaveLength(3), { timeout: 10_000, interval: 20 });
    const bobs = await t.gql<{ submitJob: Job }>(SUBMIT, { input: { prompt: 'bob' } }, BOB);
    expect(bobs.errors).toBeUndefined();
    expect(bobs.data?.submitJob.queuePosition).toBeLessThanOrEqual(2);
    expect(
      sim.jobs
        .list()
        .map((j) => j.prompt)
        .sort(),
    ).toEqual(['good batch 0', 'good batch 1', 'good batch 2']);
  });
});

describe('the Idempotency-Key header', () => {
  it('dedupes submitJob and submitJobs like the argument; both given and different is BAD_USER_INPUT', async () => {
    const sim = await startTestSimulator({ durations: durations(100, 60_000) });
    const t = await startTestGateway(sim, KEYS);
    const c = client(t);
    const header = (value: string) => ({ headers: { 'idempotency-key': value } });

    // The draft's form is a quoted string; a bare value is the same key.
    const first = await c.submitOk({ prompt: 'a kettle' }, header('"order-17"'));
    const second = await c.submitOk({ prompt: 'a kettle' }, header('order-17'));
    const both = await c.submitOk({ prompt: 'a kettle' }, { key: 'order-17', ...header('"order-17"') });
    expect(second.id).toBe(first.id);
    expect(both.id).toBe(first.id);
    // The argument alone is the same key too.
    expect((await c.submitOk({ prompt: 'a kettle' }, { key: 'order-17' })).id).toBe(first.id);

    const conflict = await c.submit({ prompt: 'a kettle' }, { key: 'order-18', ...header('"order-17"') });
    expect(conflict.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'idempotencyKey',
    });
    const tooLong = await c.submit({ prompt: 'a kettle' }, header(`"${'k'.repeat(201)}"`));
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'Idempotency-Key',
    });
    const reused = await c.submit({ prompt: 'a teapot' }, header('"order-17"'));
    expect(reused.errors?.[0]?.extensions).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', jobId: first.id });

    const batch = await c.submitMany([{ prompt: 'a cup' }, { prompt: 'a saucer' }], header('"order-19"'));
    const batchAgain = await c.submitMany(
      [{ prompt: 'a cup' }, { prompt: 'a saucer' }],
      header('"order-19"'),
    );
    expect(batchAgain.jobs?.map((j) => j.id)).toEqual(batch.jobs?.map((j) => j.id));

    expect((await c.listed())?.nodes).toHaveLength(3);
    await vi.waitFor(() => expect(sim.jobs.list()).toHaveLength(3), { timeout: 10_000, interval: 20 });
    expect(sim.counters.read().jobsSubmitted.PRO).toBe(3);
  });
});
