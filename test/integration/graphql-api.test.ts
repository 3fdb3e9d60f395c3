import { describe, expect, it, vi } from 'vitest';
import type { Simulator, StartSimulatorOptions } from '../../src/simulator/index.ts';
import {
  CancelJobDocument,
  GetJobDocument,
  JobStatusDocument,
  type JobStatusSubscription,
  ListJobsDocument,
  SubmitJobDocument,
  type SubmitJobInput,
  type TypedDocumentString,
} from '../generated/graphql.ts';
import { startTestGateway, type TestGateway } from '../helpers/gateway.ts';
import { callApi } from '../helpers/signed-fetch.ts';
import { startTestSimulator } from '../helpers/simulator.ts';

/**
 * The GraphQL API as a client sees it: typed operations from test/generated, sent through yoga
 * in-process, against the simulator over loopback. Short phases keep the file fast.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
const FAST = { durations: { PRO: { waitMs: 100, runMs: 300 }, RAPID: { waitMs: 100, runMs: 300 } } };
const GATEWAY_ENV = { JOB_REFRESH_MS: '200' };
const SUBMIT_ACTION = 'SubmitHunyuanTo3DProJob';

type Client = Awaited<ReturnType<typeof setup>>;

async function setup(simOptions: StartSimulatorOptions = FAST, env: Record<string, string> = {}) {
  const sim = await startTestSimulator(simOptions);
  const t = await startTestGateway(sim, { ...GATEWAY_ENV, ...env });
  return { sim, t, ...operations(t) };
}

function operations(t: TestGateway) {
  const run = <R, V extends Record<string, unknown>>(doc: TypedDocumentString<R, V>, variables: V) =>
    t.gql<R>(doc.toString(), variables);
  return {
    submit: (input: SubmitJobInput, idempotencyKey?: string) =>
      run(SubmitJobDocument, { input, ...(idempotencyKey === undefined ? {} : { idempotencyKey }) }),
    getJob: (id: string) => run(GetJobDocument, { id }),
    cancel: (id: string) => run(CancelJobDocument, { id }),
    list: (
      vars: { first?: number; after?: string; status?: 'QUEUED' | 'WAIT' | 'RUN' | 'DONE' | 'FAIL' } = {},
    ) => run(ListJobsDocument, vars),
  };
}

/** Submits and returns the job, failing the test on any GraphQL error. */
async function submitOk(c: Client, input: SubmitJobInput, idempotencyKey?: string) {
  const res = await c.submit(input, idempotencyKey);
  expect(res.errors).toBeUndefined();
  const job = res.data?.submitJob;
  if (!job) throw new Error('submitJob returned no job');
  return job;
}

/** Reads job(id) until `done` accepts it; the simulator moves on real time. */
async function waitForJob(
  c: Client,
  id: string,
  done: (status: string) => boolean = (s) => s === 'DONE' || s === 'FAIL',
  timeout = 8000,
) {
  return vi.waitFor(
    async () => {
      const res = await c.getJob(id);
      expect(res.errors).toBeUndefined();
      const job = res.data?.job;
      if (!job || !done(job.status)) throw new Error(`job ${id} is ${job?.status ?? 'missing'}`);
      return job;
    },
    { timeout, interval: 50 },
  );
}

function errorOf(res: { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }) {
  expect(res.errors).toHaveLength(1);
  return res.errors?.[0] ?? { message: '', extensions: {} };
}

function submitsReceived(sim: Simulator): number {
  return sim.counters.read().requests[SUBMIT_ACTION] ?? 0;
}

/** An unknown Tencent-shaped JobId: 19 digits, non-zero first. */
function unknownTencentId(): string {
  return `9${String(Math.floor(Math.random() * 1e9)).padStart(9, '0')}000000000`;
}

describe('submitJob and job(id)', () => {
  it('accepts at once, then shows the job running and DONE with its files', async () => {
    const c = await setup();
    const before = Date.now();
    const job = await submitOk(c, { prompt: 'a small wooden chair' });

    expect(['QUEUED', 'WAIT']).toContain(job.status);
    expect(job.id).toMatch(/^job_[A-Za-z0-9_-]{16}$/);
    expect(job.prompt).toBe('a small wooden chair');
    expect(job.kind).toBe('PRO');
    expect(job.external).toBe(false);
    expect(new Date(job.submittedAt).toISOString()).toBe(job.submittedAt);
    expect(Date.parse(job.submittedAt)).toBeGreaterThanOrEqual(before - 1);
    expect(job.resultFiles).toEqual([]);
    expect(job.finishedAt).toBeNull();

    const done = await waitForJob(c, job.id, (s) => s === 'DONE');
    expect(done.errorCode).toBeNull();
    expect(done.errorMessage).toBeNull();
    expect(done.upstreamJobId).toMatch(/^\d{19}$/);
    expect(done.resultFiles).toHaveLength(1);
    const [file] = done.resultFiles;
    expect(file?.type).toBe('GLB');
    // Served by the gateway at the origin the request came to (yoga.fetch here: http://gateway.test).
    expect(file?.url).toBe(`http://gateway.test/files/${job.id}/0/model.glb`);
    expect(file?.previewImageUrl).toBe(`http://gateway.test/files/${job.id}/0/preview.png`);
    expect(done.startedAt).not.toBeNull();
    expect(done.finishedAt).not.toBeNull();
    expect(Date.parse(done.finishedAt ?? '')).toBeGreaterThanOrEqual(Date.parse(done.startedAt ?? ''));
    expect(Date.parse(done.startedAt ?? '')).toBeGreaterThanOrEqual(Date.parse(done.submittedAt));
    // Results live 24 h after submission.
    expect(Math.abs(Date.parse(done.expiresAt ?? '') - Date.parse(done.submittedAt) - DAY_MS)).toBeLessThan(
      5000,
    );
    expect(done.estimatedCompletionAt).toBeNull();
    expect(done.snapshotAgeMs).toBe(0);

    // The model itself is downloadable from the URL the client got (through the gateway, in-process).
    const glb = await c.t.gateway.app.fetch(file?.url ?? '');
    expect(glb.status).toBe(200);
    expect(
      Buffer.from(await glb.arrayBuffer())
        .subarray(0, 4)
        .toString('latin1'),
    ).toBe('glTF');
  });

  it('reports an upstream failure as data on the job, not as a GraphQL error', async () => {
    const c = await setup();
    const job = await submitOk(c, { prompt: 'a teapot [fail]' });
    const failed = await waitForJob(c, job.id);
    expect(failed.status).toBe('FAIL');
    expect(failed.errorCode).toBe('FailedOperation.InnerError');
    expect(failed.errorMessage).toBe('服务内部错误，请重试。');
    expect(failed.resultFiles).toEqual([]);
    expect(failed.finishedAt).not.toBeNull();
  });
});

describe('submitJob validation', () => {
  const notAnImage = Buffer.from('this is plain text, not a picture').toString('base64');
  const cases: Array<[string, SubmitJobInput, string]> = [
    [
      'prompt together with imageUrl',
      { prompt: 'a cat', imageUrl: 'https://example.com/cat.png' },
      'input.prompt',
    ],
    ['neither prompt nor image', {}, 'input.prompt'],
    ['a prompt over 1024 characters', { prompt: 'x'.repeat(1025) }, 'input.prompt'],
    ['faceCount 10', { prompt: 'a cat', faceCount: 10 }, 'input.faceCount'],
    ['imageBase64 that is not an image', { imageBase64: notAnImage }, 'input.imageBase64'],
    ['polygonType without LOW_POLY', { prompt: 'a cat', polygonType: 'QUADRILATERAL' }, 'input.polygonType'],
    ['RAPID with faceCount', { kind: 'RAPID', prompt: 'a cat', faceCount: 50_000 }, 'input.faceCount'],
  ];

  it('rejects each bad input with BAD_USER_INPUT naming the field, and stores nothing', async () => {
    const c = await setup();
    for (const [name, input, field] of cases) {
      const res = await c.submit(input);
      expect(res.data, name).toBeNull();
      const err = errorOf(res);
      expect(err.extensions?.code, name).toBe('BAD_USER_INPUT');
      expect(err.extensions?.field, name).toBe(field);
      expect(err.message, name).toContain(field);
    }
    const listed = await c.list();
    expect(listed.errors).toBeUndefined();
    expect(listed.data?.jobs.edges).toEqual([]);
    expect(submitsReceived(c.sim)).toBe(0);
    expect(c.sim.jobs.list()).toEqual([]);
  });

  it('accepts polygonType with LOW_POLY', async () => {
    const c = await setup();
    const job = await submitOk(c, {
      prompt: 'a cat',
      generateType: 'LOW_POLY',
      polygonType: 'QUADRILATERAL',
    });
    expect(job.generateType).toBe('LOW_POLY');
    expect(job.polygonType).toBe('QUADRILATERAL');
  });
});

describe('idempotencyKey', () => {
  it('returns the same job for the same key and input, sending one Submit upstream', async () => {
    const c = await setup();
    const first = await submitOk(c, { prompt: 'a lamp', faceCount: 40_000 }, 'order-17');
    const again = await submitOk(c, { faceCount: 40_000, prompt: 'a lamp' }, 'order-17');
    expect(again.id).toBe(first.id);

    await waitForJob(c, first.id, (s) => s !== 'QUEUED');
    expect(submitsReceived(c.sim)).toBe(1);
    expect(c.sim.jobs.list().map((j) => j.prompt)).toEqual(['a lamp']);

    const listed = await c.list();
    expect(listed.data?.jobs.edges.map((e) => e.node.id)).toEqual([first.id]);
  });

  it('rejects the same key with a different input', async () => {
    const c = await setup();
    const first = await submitOk(c, { prompt: 'a lamp' }, 'order-18');
    const res = await c.submit({ prompt: 'a different lamp' }, 'order-18');
    const err = errorOf(res);
    expect(err.extensions?.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(err.extensions?.jobId).toBe(first.id);
    expect(res.data).toBeNull();
  });
});

describe('cancelJob', () => {
  it('cancels a job still queued in the gateway; it never reaches Tencent', async () => {
    const c = await setup({ ...FAST, slots: { PRO: 1 } }, { UPSTREAM_PRO_SLOTS: '1' });
    const one = await submitOk(c, { prompt: 'job one' });
    const two = await submitOk(c, { prompt: 'job two' });
    const three = await submitOk(c, { prompt: 'job three' });
    expect(two.status).toBe('QUEUED');
    expect(two.queuePosition).toBe(1);
    expect(three.status).toBe('QUEUED');
    expect(three.queuePosition).toBe(2);

    const canceled = await c.cancel(three.id);
    expect(canceled.errors).toBeUndefined();
    expect(canceled.data?.cancelJob.status).toBe('CANCELED');
    expect(canceled.data?.cancelJob.queuePosition).toBeNull();
    expect(canceled.data?.cancelJob.finishedAt).not.toBeNull();

    // The one already at Tencent cannot be canceled.
    await waitForJob(c, one.id, (s) => s !== 'QUEUED');
    const refused = await c.cancel(one.id);
    const err = errorOf(refused);
    expect(err.extensions?.code).toBe('JOB_NOT_CANCELABLE');
    expect(refused.data).toBeNull();

    // Once job two has run in the only slot, job three would have been next: it was not sent.
    await waitForJob(c, two.id, (s) => s === 'DONE');
    expect((await c.getJob(three.id)).data?.job?.status).toBe('CANCELED');
    expect(c.sim.jobs.list().map((j) => j.prompt)).toEqual(['job one', 'job two']);
    expect(submitsReceived(c.sim)).toBe(2);
    expect(c.sim.counters.read().peakRunningJobs.PRO).toBe(1);
  });
});

describe('job(id) lookups', () => {
  it('answers null for unknown ids and BAD_USER_INPUT for a malformed one', async () => {
    const c = await setup();
    for (const id of ['job_AAAAAAAAAAAAAAAA', unknownTencentId()]) {
      const res = await c.getJob(id);
      expect(res.errors, id).toBeUndefined();
      expect(res.data, id).toEqual({ job: null });
    }
    const bad = await c.getJob('not a job id');
    const err = errorOf(bad);
    expect(err.extensions?.code).toBe('BAD_USER_INPUT');
    expect(err.extensions?.field).toBe('id');
    expect(bad.data).toEqual({ job: null });
  });

  it('finds a job started directly at Tencent by its JobId and follows it to DONE', async () => {
    const c = await setup();
    const submitted = await callApi(c.sim.url, {
      action: SUBMIT_ACTION,
      body: { Prompt: 'a chair made elsewhere' },
    });
    const jobId = String(submitted.JobId);
    expect(jobId).toMatch(/^\d{19}$/);

    const res = await c.getJob(jobId);
    expect(res.errors).toBeUndefined();
    const job = res.data?.job;
    expect(job?.external).toBe(true);
    expect(job?.kind).toBe('PRO');
    expect(job?.upstreamJobId).toBe(jobId);
    expect(['WAIT', 'RUN']).toContain(job?.status);

    const done = await waitForJob(c, jobId, (s) => s === 'DONE');
    expect(done.id).toBe(job?.id);
    expect(done.resultFiles[0]?.type).toBe('GLB');

    // Only jobs submitted through the gateway are listed.
    const listed = await c.list();
    expect(listed.data?.jobs.edges).toEqual([]);
  });
});

describe('jobs(first, after, status)', () => {
  it('lists newest first, pages with cursors and filters by status', async () => {
    const c = await setup();
    const a = await submitOk(c, { prompt: 'job a' });
    const b = await submitOk(c, { prompt: 'job b [fail]' });
    const d = await submitOk(c, { prompt: 'job d' });
    for (const job of [a, b, d]) await waitForJob(c, job.id);

    const page1 = await c.list({ first: 2 });
    expect(page1.errors).toBeUndefined();
    expect(page1.data?.jobs.edges.map((e) => e.node.id)).toEqual([d.id, b.id]);
    expect(page1.data?.jobs.pageInfo.hasNextPage).toBe(true);
    const endCursor = page1.data?.jobs.pageInfo.endCursor;
    expect(endCursor).toBe(page1.data?.jobs.edges[1]?.cursor);

    const page2 = await c.list({ first: 2, after: endCursor ?? '' });
    expect(page2.data?.jobs.edges.map((e) => e.node.id)).toEqual([a.id]);
    expect(page2.data?.jobs.pageInfo.hasNextPage).toBe(false);

    const failed = await c.list({ status: 'FAIL' });
    expect(failed.data?.jobs.edges.map((e) => e.node.id)).toEqual([b.id]);
    const done = await c.list({ status: 'DONE' });
    expect(done.data?.jobs.edges.map((e) => e.node.id)).toEqual([d.id, a.id]);
  });

  it('rejects page sizes outside 1–100 and cursors it did not issue', async () => {
    const c = await setup();
    for (const [vars, field] of [
      [{ first: 0 }, 'first'],
      [{ first: 101 }, 'first'],
      [{ after: 'garbage' }, 'after'],
    ] as const) {
      const res = await c.list(vars);
      const err = errorOf(res);
      expect(err.extensions?.code, JSON.stringify(vars)).toBe('BAD_USER_INPUT');
      expect(err.extensions?.field, JSON.stringify(vars)).toBe(field);
    }
  });
});

describe('jobStatus subscription', () => {
  it('fails with NOT_FOUND for an unknown job', async () => {
    const c = await setup();
    const res = await c.t.gateway.app.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({
        query: JobStatusDocument.toString(),
        variables: { id: 'job_AAAAAAAAAAAAAAAA' },
      }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const payloads = (await res.text())
      .split('\n')
      .filter((line) => line.startsWith('data:') && line.slice(5).trim() !== '')
      .map(
        (line) =>
          JSON.parse(line.slice(5)) as {
            data?: JobStatusSubscription | null;
            errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
          },
      );
    expect(payloads).toHaveLength(1);
    expect(payloads[0]?.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(payloads[0]?.errors?.[0]?.message).toContain('job_AAAAAAAAAAAAAAAA');
  });
});

describe('upstream errors', () => {
  it('maps a Tencent auth failure to UPSTREAM_AUTH_FAILED with its code and RequestId', async () => {
    const c = await setup();
    c.sim.faults.set({ errorRate: 1, errorCodes: ['AuthFailure.SignatureFailure'] });
    const res = await c.getJob(unknownTencentId());
    const err = errorOf(res);
    expect(err.extensions?.code).toBe('UPSTREAM_AUTH_FAILED');
    expect(err.extensions?.upstreamCode).toBe('AuthFailure.SignatureFailure');
    expect(err.extensions?.requestId).toEqual(expect.any(String));
    expect(err.extensions?.requestId).not.toBe('');
    expect(res.data).toEqual({ job: null });
  });

  it('answers UPSTREAM_UNAVAILABLE while Tencent cannot be reached', async () => {
    const c = await setup();
    c.sim.faults.set({ down: true });
    const dropped = errorOf(await c.getJob(unknownTencentId()));
    expect(dropped.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');

    await c.sim.close();
    const refused = errorOf(await c.getJob(unknownTencentId()));
    expect(refused.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
  });
});
