import { Agent, request } from 'undici';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { parseGlbHeader } from '../../src/simulator/files/glb.ts';
import type { StartSimulatorOptions } from '../../src/simulator/index.ts';
import { DEV_SECRET_ID, DEV_SECRET_KEY } from '../../src/simulator/options.ts';
import {
  createTencentClient,
  serviceFor,
  type TencentClient,
  type TencentClientOptions,
} from '../../src/tencent/client.ts';
import {
  isRetryable,
  provablyDidNotRun,
  TencentApiError,
  UpstreamAbortedError,
  UpstreamTimeoutError,
  UpstreamTransportError,
} from '../../src/tencent/errors.ts';
import { JOB_KINDS } from '../../src/tencent/job-kinds.ts';
import type { QueryJobResponse, TencentJobStatus } from '../../src/tencent/types.ts';
import { createRateLimiter } from '../../src/upstream/rate-limiter.ts';
import { createUpstreamHealth, withHealth } from '../../src/upstream/upstream-health.ts';
import { startTestGateway } from '../helpers/gateway.ts';
import { answer, closedPort, startRawUpstream } from '../helpers/raw-upstream.ts';
import { manualClock, startTestSimulator } from '../helpers/simulator.ts';

/**
 * Our undici client against the simulator (and a few bare servers) over real loopback sockets:
 * the job lifecycle, result downloads, and every typed error the upstream edge can throw.
 */

const PRO = JOB_KINDS.PRO;
const RAPID = JOB_KINDS.RAPID;
const CREDENTIALS = { secretId: DEV_SECRET_ID, secretKey: DEV_SECRET_KEY };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const UNKNOWN_JOB = '1000000000000000000';

const clients: TencentClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
});

/** Result downloads go through their own agent so no keep-alive socket outlives the file. */
const downloads = new Agent({ keepAliveTimeout: 10 });
afterAll(() => downloads.close());

function clientFor(endpoint: string, extra: Partial<TencentClientOptions> = {}): TencentClient {
  const client = createTencentClient({ endpoint, credentials: CREDENTIALS, ...extra });
  clients.push(client);
  return client;
}

/** A simulator and a client that share one manual clock, so job phases move only when told to. */
async function simulatorWithClient(
  simOptions: StartSimulatorOptions = {},
  clientOptions: Partial<TencentClientOptions> = {},
) {
  const clock = manualClock(Date.now());
  const sim = await startTestSimulator({
    now: clock.now,
    durations: { PRO: { waitMs: 100, runMs: 200 }, RAPID: { waitMs: 100, runMs: 200 } },
    ...simOptions,
  });
  const client = clientFor(sim.url, { now: clock.now, ...clientOptions });
  return { clock, sim, client };
}

async function rejection<T extends Error>(
  promise: Promise<unknown>,
  type: abstract new (...args: never[]) => T,
): Promise<T> {
  let error: unknown;
  try {
    await promise;
  } catch (err) {
    error = err;
  }
  expect(error).toBeInstanceOf(type);
  return error as T;
}

async function download(url: string): Promise<{ status: number; type: unknown; bytes: Buffer }> {
  const res = await request(url, { dispatcher: downloads });
  const bytes = Buffer.from(await res.body.arrayBuffer());
  return { status: res.statusCode, type: res.headers['content-type'], bytes };
}

describe('job lifecycle against the simulator', () => {
  it('walks a Pro job WAIT → RUN → DONE and serves a valid GLB and PNG', async () => {
    const { clock, sim, client } = await simulatorWithClient();
    expect(client.service).toBe('hunyuan');
    const submitted = await client.submitJob(PRO, { Prompt: 'a small wooden chair' });
    expect(submitted.JobId).toMatch(/^[1-9]\d{18}$/);
    expect(submitted.RequestId).toMatch(UUID);

    const seen: TencentJobStatus[] = [];
    let last: QueryJobResponse | undefined;
    for (let poll = 0; poll < 20 && last?.Status !== 'DONE'; poll++) {
      last = await client.queryJob(PRO, submitted.JobId);
      if (seen.at(-1) !== last.Status) seen.push(last.Status);
      expect(last.ErrorCode).toBe('');
      expect(last.ErrorMessage).toBe('');
      if (last.Status !== 'DONE') expect(last.ResultFile3Ds).toEqual([]);
      clock.advance(50);
    }
    expect(seen).toEqual(['WAIT', 'RUN', 'DONE']);

    expect(last?.ResultFile3Ds).toHaveLength(1);
    const [file] = last?.ResultFile3Ds ?? [];
    expect(file?.Type).toBe('GLB');
    expect(file?.Url?.startsWith(`${sim.url}/files/${submitted.JobId}/`)).toBe(true);

    const glb = await download(file?.Url ?? '');
    expect(glb.status).toBe(200);
    expect(glb.type).toBe('model/gltf-binary');
    expect(glb.bytes.subarray(0, 4).toString('latin1')).toBe('glTF');
    const header = parseGlbHeader(glb.bytes);
    expect(header?.version).toBe(2);
    expect(header?.length).toBe(glb.bytes.length);
    expect(header?.json).toMatchObject({ asset: { version: '2.0' } });

    const png = await download(file?.PreviewImageUrl ?? '');
    expect(png.status).toBe(200);
    expect(png.type).toBe('image/png');
    expect(png.bytes.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(sim.counters.read().fileDownloads).toEqual({ 'model.glb': 1, 'preview.png': 1 });
  });

  it('runs a Rapid job to DONE', async () => {
    const { clock, client } = await simulatorWithClient();
    const { JobId } = await client.submitJob(RAPID, { Prompt: 'a teapot', ResultFormat: 'GLB' });
    expect((await client.queryJob(RAPID, JobId)).Status).toBe('WAIT');
    clock.advance(300);
    const done = await client.queryJob(RAPID, JobId);
    expect(done.Status).toBe('DONE');
    expect(done.ResultFile3Ds.map((f) => f.Type)).toEqual(['GLB']);
    // A Rapid JobId is unknown to the Pro query action.
    const err = await rejection(client.queryJob(PRO, JobId), TencentApiError);
    expect(err.isJobNotFound).toBe(true);
  });

  it('reports a failed job as data: Status FAIL with ErrorCode and no files', async () => {
    const { clock, client } = await simulatorWithClient();
    const { JobId } = await client.submitJob(PRO, { Prompt: 'a vase [fail]' });
    clock.advance(300);
    expect(await client.queryJob(PRO, JobId)).toMatchObject({
      Status: 'FAIL',
      ErrorCode: 'FailedOperation.InnerError',
      ErrorMessage: '服务内部错误，请重试。',
      ResultFile3Ds: [],
    });
  });

  it('talks to the China ai3d product when the version says so (127.0.0.1 → service ai3d)', async () => {
    const { client } = await simulatorWithClient({}, { version: '2025-05-13', region: 'ap-guangzhou' });
    expect(client.service).toBe('ai3d');
    const { JobId } = await client.submitJob(PRO, { Prompt: 'a lamp' });
    expect((await client.queryJob(PRO, JobId)).Status).toBe('WAIT');
  });
});

describe('TencentApiError from the simulator', () => {
  it('wrong secret key → AuthFailure.SignatureFailure, with a RequestId, not retryable', async () => {
    const { client } = await simulatorWithClient({}, { credentials: { ...CREDENTIALS, secretKey: 'wrong' } });
    const err = await rejection(client.submitJob(PRO, { Prompt: 'cat' }), TencentApiError);
    expect(err.tencentCode).toBe('AuthFailure.SignatureFailure');
    expect(err.code).toBe('TENCENT_API_ERROR');
    expect(err.action).toBe('SubmitHunyuanTo3DProJob');
    expect(err.requestId).toMatch(UUID);
    expect(err.isAuthFailure).toBe(true);
    expect(provablyDidNotRun(err)).toBe(true);
    expect(isRetryable(err)).toBe(false);
  });

  it('unknown SecretId → AuthFailure.SecretIdNotFound', async () => {
    const { client } = await simulatorWithClient(
      {},
      { credentials: { secretId: 'AKIDunknown', secretKey: DEV_SECRET_KEY } },
    );
    const err = await rejection(client.queryJob(PRO, UNKNOWN_JOB), TencentApiError);
    expect(err.tencentCode).toBe('AuthFailure.SecretIdNotFound');
    expect(err.isAuthFailure).toBe(true);
  });

  it('unknown JobId → ResourceNotFound with isJobNotFound', async () => {
    const { client } = await simulatorWithClient();
    const err = await rejection(client.queryJob(PRO, UNKNOWN_JOB), TencentApiError);
    expect(err.tencentCode).toBe('ResourceNotFound');
    expect(err.requestId).toMatch(UUID);
    expect(err.isJobNotFound).toBe(true);
    expect(err.isInvalidInput).toBe(false);
    expect(isRetryable(err)).toBe(false);
  });

  it('invalid input → InvalidParameterValue with isInvalidInput', async () => {
    const { sim, client } = await simulatorWithClient();
    const err = await rejection(client.submitJob(PRO, { Prompt: 'x'.repeat(1025) }), TencentApiError);
    expect(err.tencentCode).toBe('InvalidParameterValue');
    expect(err.message).toContain('at most 1024 characters');
    expect(err.isInvalidInput).toBe(true);
    expect(err.isJobNotFound).toBe(false);
    expect(provablyDidNotRun(err)).toBe(true);
    expect(isRetryable(err)).toBe(false);
    expect(sim.jobs.list()).toEqual([]);
  });

  it('RequestLimitExceeded (fault) → isRateLimited, retryable, provably did not run', async () => {
    const { sim, client } = await simulatorWithClient({ faults: { nextErrors: ['RequestLimitExceeded'] } });
    const err = await rejection(client.submitJob(PRO, { Prompt: 'cat' }), TencentApiError);
    expect(err.tencentCode).toBe('RequestLimitExceeded');
    expect(err.requestId).toMatch(UUID);
    expect(err.isRateLimited).toBe(true);
    expect(err.isJobLimit).toBe(false);
    expect(isRetryable(err)).toBe(true);
    expect(provablyDidNotRun(err)).toBe(true);
    expect(sim.jobs.list()).toEqual([]);
  });

  it("the simulator's own rate limit: 25 queries at once → exactly 5 RequestLimitExceeded", async () => {
    const { sim, client } = await simulatorWithClient();
    const outcomes = await Promise.all(
      Array.from({ length: 25 }, () =>
        client.queryJob(PRO, UNKNOWN_JOB).then(
          () => 'OK',
          (err: unknown) => (err instanceof TencentApiError && err.isRateLimited ? 'LIMITED' : 'OTHER'),
        ),
      ),
    );
    expect(outcomes.filter((o) => o === 'LIMITED')).toHaveLength(5);
    expect(sim.counters.read().answers.QueryHunyuanTo3DProJob).toEqual({
      ResourceNotFound: 20,
      RequestLimitExceeded: 5,
    });
    expect(sim.counters.read().peakWindow.QueryHunyuanTo3DProJob).toBe(20);
  });

  it('4th concurrent Pro and 2nd concurrent Rapid → JobNumExceed (isJobLimit, not isRateLimited)', async () => {
    const { client } = await simulatorWithClient();
    for (let i = 0; i < 3; i++) await client.submitJob(PRO, { Prompt: `cat ${i}` });
    const pro = await rejection(client.submitJob(PRO, { Prompt: 'cat 4' }), TencentApiError);
    expect(pro.tencentCode).toBe('RequestLimitExceeded.JobNumExceed');
    expect(pro.isJobLimit).toBe(true);
    expect(pro.isRateLimited).toBe(false);
    expect(pro.isTransient).toBe(false);
    expect(provablyDidNotRun(pro)).toBe(true);

    await client.submitJob(RAPID, { Prompt: 'dog' });
    const rapid = await rejection(client.submitJob(RAPID, { Prompt: 'dog 2' }), TencentApiError);
    expect(rapid.isJobLimit).toBe(true);
  });

  it('a clock 301 s off → AuthFailure.SignatureExpire; 300 s is still accepted', async () => {
    const { clock, sim } = await simulatorWithClient();
    const ahead = clientFor(sim.url, { now: () => clock.now() + 301_000 });
    const behind = clientFor(sim.url, { now: () => clock.now() - 301_000 });
    for (const client of [ahead, behind]) {
      const err = await rejection(client.queryJob(PRO, UNKNOWN_JOB), TencentApiError);
      expect(err.tencentCode).toBe('AuthFailure.SignatureExpire');
      expect(err.isAuthFailure).toBe(true);
    }
    const edge = clientFor(sim.url, { now: () => clock.now() + 300_000 });
    const err = await rejection(edge.queryJob(PRO, UNKNOWN_JOB), TencentApiError);
    expect(err.tencentCode).toBe('ResourceNotFound');
  });
});

describe('UpstreamTransportError', () => {
  it('connection refused → mayHaveReached false, provably did not run', async () => {
    const client = clientFor(`http://127.0.0.1:${await closedPort()}`);
    const err = await rejection(client.submitJob(PRO, { Prompt: 'cat' }), UpstreamTransportError);
    expect(err.code).toBe('UPSTREAM_TRANSPORT');
    expect(err.message).toContain('ECONNREFUSED');
    expect(err.mayHaveReached).toBe(false);
    expect(err.requestId).toBeUndefined();
    expect(provablyDidNotRun(err)).toBe(true);
    expect(isRetryable(err)).toBe(true);
  });

  it('connection dropped after sending (fault drop) → mayHaveReached true', async () => {
    const { sim, client } = await simulatorWithClient({ faults: { nextErrors: ['drop'] } });
    const err = await rejection(client.submitJob(PRO, { Prompt: 'cat' }), UpstreamTransportError);
    expect(err.mayHaveReached).toBe(true);
    expect(err.httpStatus).toBeUndefined();
    expect(provablyDidNotRun(err)).toBe(false);
    expect(isRetryable(err)).toBe(true);
    expect(sim.counters.read().answers.SubmitHunyuanTo3DProJob).toEqual({ DROPPED: 1 });
    // The pool recovers: the next call gets a fresh connection.
    expect((await client.submitJob(PRO, { Prompt: 'cat' })).JobId).toMatch(/^\d{19}$/);
  });

  it('HTTP 502 (fault) → httpStatus 502, mayHaveReached true', async () => {
    const { client } = await simulatorWithClient({ faults: { nextErrors: ['http502'] } });
    const err = await rejection(client.submitJob(PRO, { Prompt: 'cat' }), UpstreamTransportError);
    expect(err.httpStatus).toBe(502);
    expect(err.message).toContain('HTTP 502');
    expect(err.mayHaveReached).toBe(true);
    expect(provablyDidNotRun(err)).toBe(false);
    expect(isRetryable(err)).toBe(true);
  });

  it('HTTP 503 (fault) → httpStatus 503, mayHaveReached false', async () => {
    const { client } = await simulatorWithClient({ faults: { nextErrors: ['http503'] } });
    const err = await rejection(client.submitJob(PRO, { Prompt: 'cat' }), UpstreamTransportError);
    expect(err.httpStatus).toBe(503);
    expect(err.mayHaveReached).toBe(false);
    expect(provablyDidNotRun(err)).toBe(true);
    expect(isRetryable(err)).toBe(true);
  });

  it.each([
    ['a non-JSON 200', '<html><body>welcome</body></html>', /answer is not JSON/],
    ['JSON without a Response envelope', { ok: true }, /no Response envelope/],
    ['an envelope without RequestId', { Response: { JobId: '1357237233311637504' } }, /no RequestId/],
    ['a success without JobId', { Response: { RequestId: 'r-1' } }, /no JobId/],
  ])('%s → UpstreamTransportError, mayHaveReached true', async (_name, body, message) => {
    const upstream = await startRawUpstream(answer(200, body));
    const client = clientFor(upstream.url);
    const err = await rejection(client.submitJob(PRO, { Prompt: 'cat' }), UpstreamTransportError);
    expect(err.message).toMatch(message);
    expect(err.mayHaveReached).toBe(true);
    expect(err.httpStatus).toBeUndefined();
    expect(provablyDidNotRun(err)).toBe(false);
  });

  it('a Query answer with an unknown Status → UpstreamTransportError with the RequestId', async () => {
    const upstream = await startRawUpstream(
      answer(200, { Response: { Status: 'PENDING', ResultFile3Ds: [], RequestId: 'r-2' } }),
    );
    const err = await rejection(clientFor(upstream.url).queryJob(PRO, UNKNOWN_JOB), UpstreamTransportError);
    expect(err.message).toMatch(/unknown Status "PENDING"/);
    expect(err.requestId).toBe('r-2');
  });
});

describe('UpstreamTimeoutError', () => {
  // undici runs headers/body timeouts on its coarse "fast timers": a 200 ms timeout fires after
  // roughly 0.2–1 s. Fine for the 15 s defaults; these tests only assert which phase timed out.
  const timeouts = { headersMs: 200, bodyMs: 200, totalMs: 5000 };

  it('no response headers in time → phase headers, mayHaveReached true', async () => {
    const upstream = await startRawUpstream(() => {});
    const client = clientFor(upstream.url, { timeouts });
    const err = await rejection(client.submitJob(PRO, { Prompt: 'cat' }), UpstreamTimeoutError);
    expect(err.code).toBe('UPSTREAM_TIMEOUT');
    expect(err.phase).toBe('headers');
    expect(err.message).toBe('SubmitHunyuanTo3DProJob: no headers within 200 ms');
    expect(err.mayHaveReached).toBe(true);
    expect(upstream.requests).toHaveLength(1);
    expect(provablyDidNotRun(err)).toBe(false);
    expect(isRetryable(err)).toBe(true);
  });

  it('headers then a stalled body → phase body', async () => {
    const upstream = await startRawUpstream((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"Response":');
    });
    const client = clientFor(upstream.url, { timeouts });
    const err = await rejection(client.queryJob(PRO, UNKNOWN_JOB), UpstreamTimeoutError);
    expect(err.phase).toBe('body');
    expect(err.mayHaveReached).toBe(true);
  });

  it('the whole call over totalMs → phase total', async () => {
    const upstream = await startRawUpstream(() => {});
    const client = clientFor(upstream.url, { timeouts: { headersMs: 5000, totalMs: 200 } });
    const err = await rejection(client.queryJob(PRO, UNKNOWN_JOB), UpstreamTimeoutError);
    expect(err.phase).toBe('total');
    expect(err.mayHaveReached).toBe(true);
  });
});

describe("UpstreamAbortedError: the caller's own signal", () => {
  const SUBMIT = 'SubmitHunyuanTo3DProJob';
  const QUERY = 'QueryHunyuanTo3DProJob';

  it('an already aborted signal → mayHaveReached false, cause is the reason, nothing sent', async () => {
    const { sim, client } = await simulatorWithClient();
    const controller = new AbortController();
    const reason = new Error('client went away');
    controller.abort(reason);
    const err = await rejection(
      client.submitJob(PRO, { Prompt: 'cat' }, { signal: controller.signal }),
      UpstreamAbortedError,
    );
    expect(err.name).toBe('UpstreamAbortedError');
    expect(err.code).toBe('UPSTREAM_ABORTED');
    expect(err.action).toBe(SUBMIT);
    expect(err.message).toBe(`${SUBMIT}: aborted by the caller before sending`);
    expect(err.mayHaveReached).toBe(false);
    expect(err.cause).toBe(reason);
    expect(err.requestId).toBeUndefined();
    expect(provablyDidNotRun(err)).toBe(true);
    expect(isRetryable(err)).toBe(false);
    expect(sim.counters.read().requests).toEqual({});
  });

  it('aborted while Tencent is slow to answer → mayHaveReached true (a Submit may have run)', async () => {
    const { sim, client } = await simulatorWithClient({ faults: { latencyMs: 1000 } });
    const started = performance.now();
    const signal = AbortSignal.timeout(100);
    const err = await rejection(client.submitJob(PRO, { Prompt: 'cat' }, { signal }), UpstreamAbortedError);
    expect(performance.now() - started).toBeLessThan(900);
    expect(err.code).toBe('UPSTREAM_ABORTED');
    expect(err.message).toBe(`${SUBMIT}: aborted by the caller after sending; the outcome is unknown`);
    expect(err.mayHaveReached).toBe(true);
    expect(err.cause).toBe(signal.reason);
    expect((err.cause as Error).name).toBe('TimeoutError');
    expect(provablyDidNotRun(err)).toBe(false);
    // Not the client's own timeout, and not a transport failure.
    expect(err).not.toBeInstanceOf(UpstreamTimeoutError);
    expect(err).not.toBeInstanceOf(UpstreamTransportError);
    // It did reach "Tencent", which went on to create the job: the outcome really is unknown.
    expect(sim.counters.read().requests[SUBMIT]).toBe(1);
    await expect.poll(() => sim.jobs.list().length, { timeout: 3000 }).toBe(1);
  });

  it('aborted while reading a stalled body → mayHaveReached true', async () => {
    const controller = new AbortController();
    const upstream = await startRawUpstream((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"Response":', () => setTimeout(() => controller.abort(), 50));
    });
    const client = clientFor(upstream.url);
    const err = await rejection(
      client.queryJob(PRO, UNKNOWN_JOB, { signal: controller.signal }),
      UpstreamAbortedError,
    );
    expect(err.mayHaveReached).toBe(true);
    expect((err.cause as Error).name).toBe('AbortError');
  });

  it('aborted while waiting for a connection → rejects at once, mayHaveReached false, never sent', async () => {
    const stalled: Array<() => void> = [];
    const upstream = await startRawUpstream((_req, res) => {
      stalled.push(() => res.end(JSON.stringify({ Response: { Status: 'WAIT', RequestId: 'r-4' } })));
    });
    // One connection, busy with the first call: the second waits in the pool's queue.
    const client = clientFor(upstream.url, { connections: 1 });
    const first = client.queryJob(PRO, '1111111111111111111');
    await expect.poll(() => upstream.requests.length).toBe(1);
    const controller = new AbortController();
    const second = client.queryJob(PRO, '2222222222222222222', { signal: controller.signal });
    const started = performance.now();
    controller.abort();
    const err = await rejection(second, UpstreamAbortedError);
    expect(performance.now() - started).toBeLessThan(100);
    expect(err.mayHaveReached).toBe(false);
    expect(provablyDidNotRun(err)).toBe(true);
    // The connection frees up; the aborted call is still never written.
    for (const end of stalled.splice(0)) end();
    expect((await first).Status).toBe('WAIT');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(upstream.requests.map((r) => r.body)).toEqual(['{"JobId":"1111111111111111111"}']);
  });

  it("the client's own total timeout stays UpstreamTimeoutError when the caller passed a signal too", async () => {
    const upstream = await startRawUpstream(() => {});
    const client = clientFor(upstream.url, { timeouts: { headersMs: 5000, totalMs: 200 } });
    const signal = new AbortController().signal;
    const err = await rejection(client.queryJob(PRO, UNKNOWN_JOB, { signal }), UpstreamTimeoutError);
    expect(err.phase).toBe('total');
  });

  it('withHealth: aborts neither poison nor heal upstream health (review B10 repro)', async () => {
    const sim = await startTestSimulator({ faults: { latencyMs: 1000 } });
    const raw = clientFor(sim.url, { version: '2023-09-01' });
    const health = createUpstreamHealth({ client: raw, limiter: createRateLimiter() });
    const client = withHealth(raw, health);

    // During a slow answer (the review's exact repro), and before sending.
    const slow = await rejection(
      client.queryJob(PRO, '123', { signal: AbortSignal.timeout(100) }),
      UpstreamAbortedError,
    );
    expect(slow.mayHaveReached).toBe(true);
    expect(health.healthy()).toBe(true);
    expect(health.lastFailure()).toBeUndefined();
    await rejection(client.queryJob(PRO, '123', { signal: AbortSignal.abort() }), UpstreamAbortedError);
    expect(health.healthy()).toBe(true);

    // Nor does an abort count as an answer: an unhealthy upstream stays unhealthy.
    health.record(false, new Error('connection refused'));
    expect(health.healthy()).toBe(false);
    await rejection(
      client.submitJob(PRO, { Prompt: 'cat' }, { signal: AbortSignal.timeout(100) }),
      UpstreamAbortedError,
    );
    expect(health.healthy()).toBe(false);
    expect(sim.counters.read().requests[QUERY]).toBe(1);
  });
});

describe('request headers', () => {
  const queryAnswer = {
    Response: { Status: 'WAIT', ErrorCode: '', ErrorMessage: '', ResultFile3Ds: [], RequestId: 'r-3' },
  };

  it('sends the API 3.0 headers, takes X-TC-Timestamp from `now`, and X-TC-Token when set', async () => {
    const upstream = await startRawUpstream(answer(200, queryAnswer));
    const client = clientFor(upstream.url, {
      credentials: { ...CREDENTIALS, token: 'sts-session-token' },
      now: () => 1_700_000_000_999,
    });
    expect(await client.queryJob(PRO, UNKNOWN_JOB)).toEqual({
      Status: 'WAIT',
      ErrorCode: '',
      ErrorMessage: '',
      ResultFile3Ds: [],
      RequestId: 'r-3',
    });
    const [sent] = upstream.requests;
    expect(sent?.body).toBe(`{"JobId":"${UNKNOWN_JOB}"}`);
    expect(sent?.headers).toMatchObject({
      host: `127.0.0.1:${upstream.port}`,
      'content-type': 'application/json',
      'x-tc-action': 'QueryHunyuanTo3DProJob',
      'x-tc-version': '2023-09-01',
      'x-tc-region': 'ap-singapore',
      'x-tc-timestamp': '1700000000',
      'x-tc-token': 'sts-session-token',
    });
    expect(sent?.headers.authorization).toMatch(
      new RegExp(
        `^TC3-HMAC-SHA256 Credential=${DEV_SECRET_ID}/2023-11-14/hunyuan/tc3_request, SignedHeaders=content-type;host, Signature=[0-9a-f]{64}$`,
      ),
    );
  });

  it('sends no X-TC-Token without a token, and the configured region and version', async () => {
    const upstream = await startRawUpstream(answer(200, queryAnswer));
    const client = clientFor(upstream.url, { region: 'na-siliconvalley', version: '2025-05-13' });
    await client.queryJob(PRO, UNKNOWN_JOB);
    const [sent] = upstream.requests;
    expect(sent?.headers['x-tc-token']).toBeUndefined();
    expect(sent?.headers['x-tc-region']).toBe('na-siliconvalley');
    expect(sent?.headers['x-tc-version']).toBe('2025-05-13');
    expect(sent?.headers.authorization).toContain('/ai3d/tc3_request');
    expect(Number(sent?.headers['x-tc-timestamp'])).toBeCloseTo(Date.now() / 1000, -1);
  });

  it('the simulator accepts a request carrying X-TC-Token', async () => {
    const { client } = await simulatorWithClient({}, { credentials: { ...CREDENTIALS, token: 'sts' } });
    expect((await client.submitJob(PRO, { Prompt: 'cat' })).JobId).toMatch(/^\d{19}$/);
  });
});

describe('serviceFor and endpoint checks', () => {
  it('derives the credential-scope service from the host, or from the version for IP hosts', () => {
    expect(serviceFor('hunyuan.intl.tencentcloudapi.com', '2023-09-01')).toBe('hunyuan');
    expect(serviceFor('ai3d.tencentcloudapi.com', '2025-05-13')).toBe('ai3d');
    expect(serviceFor('ai3d.intl.tencentcloudapi.com', '2025-05-13')).toBe('ai3d');
    expect(serviceFor('127.0.0.1', '2025-05-13')).toBe('ai3d');
    expect(serviceFor('127.0.0.1', '2023-09-01')).toBe('hunyuan');
    expect(serviceFor('localhost', '2023-09-01')).toBe('hunyuan');
    // URL.hostname keeps an IPv6 literal's brackets.
    expect(serviceFor('[::1]', '2025-05-13')).toBe('ai3d');
    expect(() => serviceFor('127.0.0.1', '2099-01-01')).toThrow(
      /Cannot derive the Tencent service for host "127.0.0.1" and version "2099-01-01": set the service explicitly/,
    );
  });

  it('reaches a simulator on the IPv6 loopback ([::1] → service from the version)', async () => {
    const sim = await startTestSimulator({ host: '::1' });
    const client = clientFor(sim.url);
    expect(sim.url).toMatch(/^http:\/\/\[::1\]:\d+$/);
    expect(client.service).toBe('hunyuan');
    expect((await client.submitJob(PRO, { Prompt: 'cat' })).JobId).toMatch(/^\d{19}$/);
  });

  it('createTencentClient rejects a non-http endpoint and one with a path or query', () => {
    expect(() => createTencentClient({ endpoint: 'ftp://127.0.0.1:4010', credentials: CREDENTIALS })).toThrow(
      new TypeError('Tencent endpoint must be an http(s) URL, got "ftp://127.0.0.1:4010"'),
    );
    for (const endpoint of ['http://127.0.0.1:4010/v1', 'https://ai3d.tencentcloudapi.com/?a=1']) {
      expect(() => createTencentClient({ endpoint, credentials: CREDENTIALS })).toThrow(
        new TypeError(`Tencent endpoint must be an origin without path or query, got "${endpoint}"`),
      );
    }
  });

  it('an explicit service overrides the derived one', () => {
    const client = clientFor('http://127.0.0.1:1', { service: 'custom' });
    expect(client.service).toBe('custom');
    expect(client.region).toBe('ap-singapore');
    expect(client.version).toBe('2023-09-01');
  });
});

/**
 * Audit F10: an upstream (or a proxy in front of it) that echoes the request put the Authorization
 * signature into a job's errorMessage. Whatever text comes back, the client hands on none of the
 * credentials, no signature, and at most a bounded amount.
 */
describe('upstream text is redacted (audit F10)', () => {
  const SECRETS = {
    secretId: 'AKIDauditSecretId0001',
    secretKey: 'auditSecretKey0001XYZ',
    token: 'auditSessionToken0001',
  };

  /** Echoes the request headers (and, as a leaky proxy might, the secret key) in every text field. */
  async function echoingUpstream(mode: 'error' | 'fail' | 'http') {
    return startRawUpstream((req, res) => {
      const echo = `echo of your request headers: ${JSON.stringify(req.headers)} key=${SECRETS.secretKey} ${'x'.repeat(2000)}`;
      const sig = /Signature=([0-9a-f]+)/.exec(String(req.headers.authorization))?.[1] ?? '';
      if (mode === 'http') {
        res.writeHead(502, { 'content-type': 'text/html' });
        res.end(`<html>${req.headers.authorization} ${req.headers['x-tc-token']}</html>`);
        return;
      }
      const response =
        mode === 'error'
          ? { Error: { Code: `InvalidParameterValue ${sig}`, Message: echo }, RequestId: `rid-${sig}` }
          : {
              Status: 'FAIL',
              ErrorCode: `Failed.${SECRETS.secretId}`,
              ErrorMessage: echo,
              ResultFile3Ds: [],
              RequestId: 'r-1',
            };
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ Response: response }));
    });
  }

  function expectClean(text: string | undefined, signature: string) {
    expect(text).toBeDefined();
    for (const secret of [SECRETS.secretId, SECRETS.secretKey, SECRETS.token, signature]) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toMatch(/Signature=[0-9a-f]/);
  }

  const signatureOf = (upstream: { requests: Array<{ headers: Record<string, unknown> }> }) =>
    /Signature=([0-9a-f]{64})/.exec(String(upstream.requests[0]?.headers.authorization))?.[1] ?? 'missing';

  it('an error message, code and RequestId echoing the request → [redacted], at most 500 characters', async () => {
    const upstream = await echoingUpstream('error');
    const client = clientFor(upstream.url, { credentials: SECRETS });
    const err = await rejection(client.submitJob(PRO, { Prompt: 'cat' }), TencentApiError);
    const signature = signatureOf(upstream);
    expect(signature).toMatch(/^[0-9a-f]{64}$/);
    expectClean(err.message, signature);
    expectClean(err.tencentCode, signature);
    expectClean(err.requestId, signature);
    expect(err.message).toContain('[redacted]');
    expect(err.message).toContain('echo of your request headers');
    expect(err.message.length).toBeLessThanOrEqual('SubmitHunyuanTo3DProJob: '.length + 128 + 2 + 500);
    expect(err.tencentCode.startsWith('InvalidParameterValue')).toBe(true);
  });

  it("a FAIL's ErrorCode and ErrorMessage (a job's errorMessage) and an HTTP error body → redacted and capped", async () => {
    const failing = await echoingUpstream('fail');
    const res = await clientFor(failing.url, { credentials: SECRETS }).queryJob(PRO, UNKNOWN_JOB);
    expect(res.Status).toBe('FAIL');
    expectClean(res.ErrorMessage, signatureOf(failing));
    expectClean(res.ErrorCode, signatureOf(failing));
    expect(res.ErrorMessage.length).toBeLessThanOrEqual(500);

    const html = await echoingUpstream('http');
    const err = await rejection(
      clientFor(html.url, { credentials: SECRETS }).submitJob(PRO, { Prompt: 'cat' }),
      UpstreamTransportError,
    );
    expectClean(err.message, signatureOf(html));
    expect(err.message).toBe('SubmitHunyuanTo3DProJob: HTTP 502 <html>[redacted] [redacted]</html>');
  });

  it("through the gateway: the failed job's errorMessage holds no credentials or signature", async () => {
    const upstream = await echoingUpstream('error');
    const t = await startTestGateway({ url: upstream.url } as never, {
      HUNYUAN_ENDPOINT: upstream.url,
      TENCENTCLOUD_SECRET_ID: SECRETS.secretId,
      TENCENTCLOUD_SECRET_KEY: SECRETS.secretKey,
      TENCENTCLOUD_SESSION_TOKEN: SECRETS.token,
    });
    const submitted = await t.gql<{ submitJob: { id: string } }>(
      'mutation { submitJob(input: { prompt: "echo" }) { id } }',
    );
    const id = submitted.data?.submitJob.id;
    let job: { status: string; errorCode: string | null; errorMessage: string | null } | undefined;
    await vi.waitFor(
      async () => {
        const res = await t.gql<{ job: typeof job }>(
          'query ($id: ID!) { job(id: $id) { status errorCode errorMessage } }',
          { id },
        );
        job = res.data?.job ?? undefined;
        if (job?.status !== 'FAIL') throw new Error(`job is ${job?.status}`);
      },
      { timeout: 10_000, interval: 50 },
    );
    expect(job?.errorMessage).toContain('echo of your request headers');
    expectClean(job?.errorMessage ?? undefined, signatureOf(upstream));
    expectClean(JSON.stringify(t.log.lines()), signatureOf(upstream));
  });
});
