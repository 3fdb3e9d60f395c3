import { describe, expect, it } from 'vitest';
import type { Gateway } from '../../src/gateway.ts';
import { createReadiness } from '../../src/http/readiness.ts';
import type { JobStore } from '../../src/jobs/store/store.ts';
import { createMemoryJobStore } from '../../src/jobs/store/store-memory.ts';
import { DEV_SECRET_ID, DEV_SECRET_KEY } from '../../src/simulator/options.ts';
import { createTencentClient } from '../../src/tencent/client.ts';
import { createRateLimiter } from '../../src/upstream/rate-limiter.ts';
import { createUpstreamHealth, withHealth } from '../../src/upstream/upstream-health.ts';
import { memoryLog, startTestGateway, type TestGateway } from '../helpers/gateway.ts';
import { startTestSimulator } from '../helpers/simulator.ts';

const SUBMIT = 'SubmitHunyuanTo3DProJob';
const QUERY = 'QueryHunyuanTo3DProJob';
const FAST = { PRO: { waitMs: 50, runMs: 150 }, RAPID: { waitMs: 50, runMs: 150 } };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One sample per line: `name{labels} value` → value, keyed by `name{labels}` exactly as printed. */
function parseMetrics(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const i = line.lastIndexOf(' ');
    out.set(line.slice(0, i), Number(line.slice(i + 1)));
  }
  return out;
}

async function scrape(gateway: Gateway): Promise<{ text: string; samples: Map<string, number> }> {
  const res = await gateway.app.fetch('http://gateway.test/metrics');
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  const text = await res.text();
  return { text, samples: parseMetrics(text) };
}

async function ready(gateway: Gateway): Promise<{ status: number; body: ReadyBody }> {
  const res = await gateway.app.fetch('http://gateway.test/ready');
  return { status: res.status, body: (await res.json()) as ReadyBody };
}

interface ReadyBody {
  status: 'ready' | 'not ready';
  checks: Record<string, { ok: boolean; code?: string; message?: string; checkedAt?: string }>;
}

async function submit(tg: TestGateway, prompt: string): Promise<string> {
  const res = await tg.gql<{ submitJob: { id: string } }>(
    'mutation ($p: String!) { submitJob(input: { prompt: $p }) { id } }',
    { p: prompt },
  );
  expect(res.errors).toBeUndefined();
  const id = res.data?.submitJob.id;
  if (!id) throw new Error(`no job: ${JSON.stringify(res)}`);
  return id;
}

async function untilFinal(tg: TestGateway, id: string): Promise<string> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const res = await tg.gql<{ job: { status: string } }>('query ($id: ID!) { job(id: $id) { status } }', {
      id,
    });
    const status = res.data?.job.status ?? '';
    if (['DONE', 'FAIL', 'CANCELED'].includes(status)) return status;
    await sleep(30);
  }
  throw new Error(`job ${id} not final in time`);
}

describe('/metrics', () => {
  it('exposes upstream calls by outcome, queue, slots, cache, subscriptions and job durations', async () => {
    const sim = await startTestSimulator({ durations: FAST });
    // One Query fails once: an error outcome next to the ok ones.
    sim.faults.set({ actions: [QUERY], nextErrors: ['InternalError'] });
    const tg = await startTestGateway(sim, { UPSTREAM_PRO_SLOTS: '1', JOB_REFRESH_MS: '100' });

    const first = await submit(tg, 'a chair');
    const second = await submit(tg, 'a table');
    const during = (await scrape(tg.gateway)).samples;
    expect(during.get('gateway_queue_depth')).toBe(1);
    expect(during.get('gateway_slots_in_use{kind="PRO"}')).toBe(1);
    expect(during.get('gateway_poll_interval_seconds{kind="PRO"}')).toBeGreaterThan(0);

    // A live subscription over SSE, in process.
    const sse = await tg.gateway.app.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: `subscription { jobStatus(id: "${second}") { status } }` }),
    });
    const reader = sse.body?.getReader();
    if (!reader) throw new Error('no SSE body');
    await reader.read();
    await expect
      .poll(async () => (await scrape(tg.gateway)).samples.get('gateway_active_subscriptions'))
      .toBe(1);
    await reader.cancel();
    await expect
      .poll(async () => (await scrape(tg.gateway)).samples.get('gateway_active_subscriptions'))
      .toBe(0);

    expect(await untilFinal(tg, first)).toBe('DONE');
    expect(await untilFinal(tg, second)).toBe('DONE');
    const { text, samples } = await scrape(tg.gateway);

    expect(samples.get(`gateway_upstream_requests_total{action="${SUBMIT}",outcome="ok"}`)).toBe(2);
    expect(
      samples.get(`gateway_upstream_requests_total{action="${QUERY}",outcome="ok"}`),
    ).toBeGreaterThanOrEqual(2);
    expect(samples.get(`gateway_upstream_requests_total{action="${QUERY}",outcome="InternalError"}`)).toBe(1);
    expect(samples.get(`gateway_upstream_request_duration_seconds_count{action="${SUBMIT}"}`)).toBe(2);
    expect(samples.get('gateway_queue_depth')).toBe(0);
    expect(samples.get('gateway_slots_in_use{kind="PRO"}')).toBe(0);
    expect(samples.get('gateway_jobs_following')).toBe(0);
    expect(samples.get(`gateway_limiter_wait_seconds_total{action="${SUBMIT}"}`)).toBeGreaterThanOrEqual(0);
    expect(samples.get(`gateway_limiter_window_requests{action="${QUERY}"}`)).toBeGreaterThanOrEqual(0);

    const hits = samples.get('gateway_cache_hits_total') ?? 0;
    const misses = samples.get('gateway_cache_misses_total') ?? 0;
    expect(hits).toBeGreaterThan(0);
    expect(samples.get('gateway_cache_hit_ratio')).toBeCloseTo(hits / (hits + misses), 6);
    expect(samples.get('gateway_cache_hit_ratio')).toBeLessThanOrEqual(1);

    expect(samples.get('gateway_job_duration_seconds_count{kind="PRO",status="DONE"}')).toBe(2);
    const sum = samples.get('gateway_job_duration_seconds_sum{kind="PRO",status="DONE"}') ?? 0;
    expect(sum).toBeGreaterThan(0.2);
    expect(sum).toBeLessThan(20);
    expect(samples.get('gateway_active_subscriptions')).toBe(0);
    // Default process metrics share the gateway's registry.
    expect(samples.has('process_cpu_user_seconds_total')).toBe(true);
    for (const family of [
      'gateway_upstream_requests_total',
      'gateway_job_duration_seconds',
      'gateway_cache_hit_ratio',
    ]) {
      expect(text).toContain(`# TYPE ${family} `);
    }
  });

  it('never shows the credentials', async () => {
    const sim = await startTestSimulator({ durations: FAST });
    const tg = await startTestGateway(sim);
    await untilFinal(tg, await submit(tg, 'a lamp'));
    await ready(tg.gateway);
    const { text } = await scrape(tg.gateway);
    expect(text).not.toContain(DEV_SECRET_ID);
    expect(text).not.toContain(DEV_SECRET_KEY);
  });

  it('registries are per gateway: two gateways count separately', async () => {
    const sim = await startTestSimulator({ durations: FAST });
    const a = await startTestGateway(sim);
    const b = await startTestGateway(sim);
    await untilFinal(a, await submit(a, 'a cup'));
    expect(
      (await scrape(a.gateway)).samples.get(
        `gateway_upstream_requests_total{action="${SUBMIT}",outcome="ok"}`,
      ),
    ).toBe(1);
    expect(
      (await scrape(b.gateway)).samples.has(
        `gateway_upstream_requests_total{action="${SUBMIT}",outcome="ok"}`,
      ),
    ).toBe(false);
  });
});

describe('/health and /ready', () => {
  it('/health answers 200 without asking anything', async () => {
    const sim = await startTestSimulator();
    const tg = await startTestGateway(sim);
    sim.faults.set({ down: true });
    const res = await tg.gateway.app.fetch('http://gateway.test/health');
    expect(res.status).toBe(200);
  });

  it('is ready with a healthy simulator, and reuses the upstream verdict for a few seconds', async () => {
    const sim = await startTestSimulator();
    const tg = await startTestGateway(sim);
    sim.counters.reset();
    const r = await ready(tg.gateway);
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('ready');
    expect(r.body.checks.store?.ok).toBe(true);
    expect(r.body.checks.upstream?.ok).toBe(true);
    expect(Date.parse(r.body.checks.upstream?.checkedAt ?? '')).not.toBeNaN();
    await Promise.all([ready(tg.gateway), ready(tg.gateway), ready(tg.gateway)]);
    // One signed Query reached "Tencent", through the gateway's limiter, and is counted.
    const samples = (await scrape(tg.gateway)).samples;
    expect(samples.get(`gateway_upstream_requests_total{action="${QUERY}",outcome="ResourceNotFound"}`)).toBe(
      1,
    );
    expect(tg.gateway.limiter.stats()[QUERY]?.inWindow).toBe(1);
  });

  it('reports an upstream outage with 503 naming upstream, and recovers by itself', async () => {
    const sim = await startTestSimulator();
    let skew = 0;
    const tg = await startTestGateway(sim, {}, { now: () => Date.now() + skew });
    expect((await ready(tg.gateway)).status).toBe(200);

    sim.faults.set({ down: true });
    skew += 10_000; // past the cached verdict
    const down = await ready(tg.gateway);
    expect(down.status).toBe(503);
    expect(down.body.status).toBe('not ready');
    expect(down.body.checks.store?.ok).toBe(true);
    expect(down.body.checks.upstream).toMatchObject({ ok: false, code: 'UPSTREAM_UNAVAILABLE' });

    sim.faults.clear();
    expect((await ready(tg.gateway)).status).toBe(503); // still the cached verdict
    skew += 10_000;
    const back = await ready(tg.gateway);
    expect(back.status).toBe(200);
    expect(back.body.checks.upstream?.ok).toBe(true);
    expect(tg.log.lines().some((l) => l.msg === 'upstream not ready')).toBe(true);
    expect(tg.log.lines().some((l) => l.msg === 'upstream reachable again; credentials accepted')).toBe(true);
  });

  it('a Tencent slower than the readiness budget is not ready, yet submits do not wait for a probe', async () => {
    const sim = await startTestSimulator({ durations: FAST });
    const tg = await startTestGateway(sim);
    sim.faults.set({ latencyMs: 3500, actions: [QUERY] });
    const started = performance.now();
    const slow = await ready(tg.gateway);
    // Answered at the 3 s budget, not when the slow Query finally returns.
    expect(performance.now() - started).toBeLessThan(3400);
    expect(slow.status).toBe(503);
    expect(slow.body.checks.store?.ok).toBe(true);
    expect(slow.body.checks.upstream).toMatchObject({
      ok: false,
      code: 'UPSTREAM_TIMEOUT',
      message: 'no answer within 3000 ms',
    });
    const samples = (await scrape(tg.gateway)).samples;
    expect(
      samples.get(`gateway_upstream_requests_total{action="${QUERY}",outcome="UpstreamAbortedError"}`),
    ).toBe(1);

    // The shared upstream health was not poisoned: the next Submit goes straight out, without first
    // waiting for a health probe (a signed Query for JobId 0, answered ResourceNotFound).
    await expect.poll(() => sim.counters.read().answers[QUERY]?.ResourceNotFound, { timeout: 3000 }).toBe(1); // the aborted readiness Query, answered late
    sim.faults.clear();
    sim.counters.reset();
    const id = await submit(tg, 'a chair');
    expect(await untilFinal(tg, id)).toBe('DONE');
    const answers = sim.counters.read().answers;
    expect(answers[SUBMIT]).toEqual({ OK: 1 });
    expect(answers[QUERY]?.ResourceNotFound).toBeUndefined();
    expect(tg.log.lines().some((l) => l.msg === 'upstream not ready')).toBe(true);
  });

  it('a readiness check cut by its own budget leaves the shared health healthy', async () => {
    const sim = await startTestSimulator({ faults: { latencyMs: 1000 } });
    const raw = createTencentClient({
      endpoint: sim.url,
      credentials: { secretId: DEV_SECRET_ID, secretKey: DEV_SECRET_KEY },
    });
    const limiter = createRateLimiter();
    const health = createUpstreamHealth({ client: raw, limiter });
    const readiness = createReadiness({
      store: { ping: async () => {} },
      client: withHealth(raw, health),
      limiter,
      log: memoryLog().logger,
      timeoutMs: 200,
    });
    try {
      const report = await readiness.check();
      expect(report.status).toBe('not ready');
      expect(report.checks.upstream).toMatchObject({
        ok: false,
        code: 'UPSTREAM_TIMEOUT',
        message: 'no answer within 200 ms',
      });
      expect(health.healthy()).toBe(true);
      expect(health.lastFailure()).toBeUndefined();
    } finally {
      limiter.close();
      await raw.close();
    }
  });

  it('is not ready when Tencent rejects the credentials', async () => {
    const sim = await startTestSimulator();
    const wrongKey = 'wrong-secret-key-0123456789abcdef';
    const tg = await startTestGateway(sim, { TENCENTCLOUD_SECRET_KEY: wrongKey });
    const r = await ready(tg.gateway);
    expect(r.status).toBe(503);
    expect(r.body.checks.upstream?.ok).toBe(false);
    expect(r.body.checks.upstream?.code).toMatch(/^AuthFailure/);
    expect(JSON.stringify(r.body)).not.toContain(wrongKey);
  });

  it('is not ready when the store does not answer', async () => {
    const sim = await startTestSimulator();
    const inner = createMemoryJobStore();
    const store: JobStore = {
      ...inner,
      ping: () => Promise.reject(new Error('disk I/O error')),
    };
    const tg = await startTestGateway(sim, {}, { store });
    const r = await ready(tg.gateway);
    expect(r.status).toBe(503);
    expect(r.body.checks.store).toEqual({ ok: false, message: 'disk I/O error' });
    expect(r.body.checks.upstream?.ok).toBe(true);
  });

  it('is not ready once shutting down', async () => {
    const sim = await startTestSimulator();
    const tg = await startTestGateway(sim);
    expect((await ready(tg.gateway)).status).toBe(200);
    tg.gateway.readiness.setShuttingDown();
    const r = await ready(tg.gateway);
    expect(r.status).toBe(503);
    expect(r.body.checks.shutdown).toMatchObject({ ok: false, code: 'SHUTTING_DOWN' });
  });
});

describe('request ids', () => {
  async function post(tg: TestGateway, query: string, headers: Record<string, string> = {}) {
    return tg.gateway.app.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify({ query }),
    });
  }

  it('echoes a sane incoming x-request-id and logs the request with it', async () => {
    const sim = await startTestSimulator();
    const tg = await startTestGateway(sim);
    const res = await post(tg, 'mutation { submitJob(input: { prompt: "a vase" }) { id } }', {
      'x-request-id': 'req-7.abc:1',
    });
    expect(res.headers.get('x-request-id')).toBe('req-7.abc:1');
    const { data } = (await res.json()) as { data: { submitJob: { id: string } } };
    const line = tg.log.lines().find((l) => l.msg === 'job accepted');
    expect(line).toMatchObject({ requestId: 'req-7.abc:1', jobId: data.submitJob.id });
  });

  it('makes a new id when none or an unusable one is sent, on every route', async () => {
    const sim = await startTestSimulator();
    const tg = await startTestGateway(sim);
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    const a = await post(tg, '{ __typename }');
    const b = await post(tg, '{ __typename }');
    expect(a.headers.get('x-request-id')).toMatch(uuid);
    expect(b.headers.get('x-request-id')).toMatch(uuid);
    expect(a.headers.get('x-request-id')).not.toBe(b.headers.get('x-request-id'));
    const odd = await post(tg, '{ __typename }', { 'x-request-id': `bad id ${'x'.repeat(200)}` });
    expect(odd.headers.get('x-request-id')).toMatch(uuid);
    for (const path of ['/health', '/ready', '/metrics']) {
      const res = await tg.gateway.app.fetch(`http://gateway.test${path}`, {
        headers: { 'x-request-id': 'probe-1' },
      });
      expect(res.headers.get('x-request-id')).toBe('probe-1');
    }
  });
});
