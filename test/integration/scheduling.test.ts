import { describe, expect, it } from 'vitest';
import type { Simulator } from '../../src/simulator/index.ts';
import { kindsOf, PRODUCT_SPECS } from '../../src/tencent/job-kinds.ts';
import { startTestGateway, type TestGateway } from '../helpers/gateway.ts';
import { callApi } from '../helpers/signed-fetch.ts';
import { startTestSimulator } from '../helpers/simulator.ts';

const SUBMIT = 'SubmitHunyuanTo3DProJob';
const QUERY = 'QueryHunyuanTo3DProJob';
/** What a job looks like to a client, apart from snapshotAgeMs, which moves with the clock. */
const STABLE_FIELDS = 'id status queuePosition external upstreamJobId refreshedAt errorCode errorMessage';
const FIELDS = `${STABLE_FIELDS} snapshotAgeMs`;

interface Job {
  id: string;
  status: string;
  queuePosition: number | null;
  external: boolean;
  upstreamJobId: string | null;
  refreshedAt: string | null;
  errorCode: string | null;
  errorMessage: string | null;
  snapshotAgeMs?: number | null;
}

type GqlError = { message: string; extensions?: Record<string, unknown> };

const TERMINAL = new Set(['DONE', 'FAIL', 'CANCELED']);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function submit(tg: TestGateway, prompt: string): Promise<Job> {
  const res = await tg.gql<{ submitJob: Job }>(
    `mutation ($p: String!) { submitJob(input: { prompt: $p }) { ${FIELDS} } }`,
    { p: prompt },
  );
  expect(res.errors).toBeUndefined();
  const job = res.data?.submitJob;
  if (!job) throw new Error(`submitJob returned no job: ${JSON.stringify(res)}`);
  return job;
}

/** Every job in one request, as a dashboard would ask. */
async function jobsNow(tg: TestGateway, ids: string[]): Promise<{ jobs: Job[]; errors: GqlError[] }> {
  const res = await tg.gql<Record<string, Job | null>>(
    `{ ${ids.map((id, i) => `j${i}: job(id: "${id}") { ${FIELDS} }`).join(' ')} }`,
  );
  const jobs = ids.map((id, i) => {
    const job = res.data?.[`j${i}`];
    if (!job) throw new Error(`job ${id} missing: ${JSON.stringify(res)}`);
    return job;
  });
  return { jobs, errors: res.errors ?? [] };
}

interface Observation {
  at: number;
  jobs: Job[];
}

/** Polls like a client until every job is final; returns what the client saw, errors included. */
async function watchUntilFinal(
  tg: TestGateway,
  ids: string[],
  opts: { everyMs?: number; timeoutMs?: number } = {},
): Promise<{ seen: Observation[]; errors: GqlError[]; final: Job[] }> {
  const deadline = Date.now() + (opts.timeoutMs ?? 20_000);
  const seen: Observation[] = [];
  const errors: GqlError[] = [];
  while (Date.now() < deadline) {
    const at = Date.now();
    const r = await jobsNow(tg, ids);
    seen.push({ at, jobs: r.jobs });
    errors.push(...r.errors);
    if (r.jobs.every((j) => TERMINAL.has(j.status))) return { seen, errors, final: r.jobs };
    await sleep(opts.everyMs ?? 50);
  }
  throw new Error(`jobs not final in time: ${JSON.stringify(seen.at(-1))}`);
}

function statusesOf(seen: Observation[], index: number): string[] {
  const out: string[] = [];
  for (const o of seen) {
    const s = o.jobs[index]?.status ?? '?';
    if (out.at(-1) !== s) out.push(s);
  }
  return out;
}

/** A job started on the same account without the gateway; returns its raw Tencent JobId. */
async function submitElsewhere(sim: Simulator, prompt: string): Promise<string> {
  const res = await callApi(sim.url, { action: SUBMIT, body: { Prompt: prompt } });
  expect(res.Error).toBeUndefined();
  return String(res.JobId);
}

async function jobByRawId(tg: TestGateway, raw: string) {
  return tg.gql<{ job: Job | null }>(`{ job(id: "${raw}") { ${FIELDS} } }`);
}

async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await sleep(25);
  }
  throw new Error(`timed out waiting until ${what}`);
}

describe('submit retries as a client sees them', () => {
  it('retries a Submit rejected with RequestLimitExceeded after a back-off; the client only sees QUEUED, then DONE', async () => {
    const sim = await startTestSimulator({
      durations: { PRO: { waitMs: 100, runMs: 300 } },
      faults: { nextErrors: ['RequestLimitExceeded'], actions: [SUBMIT] },
    });
    const tg = await startTestGateway(sim, { JOB_REFRESH_MS: '200' });
    const t0 = Date.now();
    const job = await submit(tg, 'a rate-limited teapot');
    expect(job.status).toBe('QUEUED');

    const { seen, errors, final } = await watchUntilFinal(tg, [job.id]);
    expect(errors).toEqual([]);
    expect(final[0]?.status).toBe('DONE');
    const statuses = statusesOf(seen, 0);
    expect(statuses[0]).toBe('QUEUED');
    expect(statuses).not.toContain('FAIL');
    // Backed off (at least half a second) instead of resending at once.
    const leftQueue = seen.find((o) => o.jobs[0]?.status !== 'QUEUED')?.at ?? 0;
    expect(leftQueue - t0).toBeGreaterThanOrEqual(400);

    const c = sim.counters.read();
    expect(c.answers[SUBMIT]).toEqual({ RequestLimitExceeded: 1, OK: 1 });
    expect(c.jobsSubmitted.PRO).toBe(1);
  });

  it('keeps a job refused with JobNumExceed at the head of the queue; every job finishes and no client sees an error', async () => {
    // The account runs 2 Pro jobs although the gateway believes in 3 slots.
    const sim = await startTestSimulator({
      durations: { PRO: { waitMs: 200, runMs: 600 } },
      slots: { PRO: 2 },
    });
    const tg = await startTestGateway(sim, { JOB_REFRESH_MS: '200', UPSTREAM_PRO_SLOTS: '3' });

    const first = [await submit(tg, 'busy 1'), await submit(tg, 'busy 2')];
    await until('the first two run upstream', async () =>
      (
        await jobsNow(
          tg,
          first.map((j) => j.id),
        )
      ).jobs.every((j) => j.status !== 'QUEUED'),
    );
    // The third takes the gateway's last slot and is refused; the fourth waits behind it.
    const later = [await submit(tg, 'busy 3'), await submit(tg, 'busy 4')];
    const ids = [...first, ...later].map((j) => j.id);

    const { seen, errors, final } = await watchUntilFinal(tg, ids, { timeoutMs: 30_000 });
    expect(errors).toEqual([]);
    expect(final.map((j) => j.status)).toEqual(['DONE', 'DONE', 'DONE', 'DONE']);
    for (let i = 0; i < 4; i++) expect(statusesOf(seen, i)).not.toContain('FAIL');

    const c = sim.counters.read();
    expect(c.answers[SUBMIT]?.['RequestLimitExceeded.JobNumExceed'] ?? 0).toBeGreaterThanOrEqual(1);
    expect(c.answers[SUBMIT]?.OK).toBe(4);
    expect(c.peakRunningJobs.PRO).toBeLessThanOrEqual(2);

    // While refused, the third stays first in line (1 waiting, 0 while being resent), ahead of the fourth.
    const bothQueued = seen.filter((o) => o.jobs[2]?.status === 'QUEUED' && o.jobs[3]?.status === 'QUEUED');
    expect(bothQueued.length).toBeGreaterThan(0);
    for (const o of bothQueued) {
      const [third, fourth] = [o.jobs[2]?.queuePosition ?? -1, o.jobs[3]?.queuePosition ?? -1];
      expect([0, 1]).toContain(third);
      expect(fourth).toBeGreaterThanOrEqual(third);
      if (third === 1) expect(fourth).toBe(2);
    }
    expect(bothQueued.some((o) => o.jobs[2]?.queuePosition === 1)).toBe(true);
    // And Tencent accepted them in submission order: after a refusal the dispatcher sends one Submit
    // at a time until one succeeds, so the fourth cannot overtake the third on its retry.
    const accepted = sim.jobs.list().map((j) => j.prompt);
    expect(accepted).toEqual(['busy 1', 'busy 2', 'busy 3', 'busy 4']);
  });

  it('counts a job started elsewhere on the account in its slots until it is seen DONE', async () => {
    const sim = await startTestSimulator({
      durations: { PRO: { waitMs: 200, runMs: 600 } },
      slots: { PRO: 2 },
    });
    const tg = await startTestGateway(sim, { JOB_REFRESH_MS: '200', UPSTREAM_PRO_SLOTS: '2' });
    const slotsInUse = () => tg.gateway.jobs.stats().slotsInUse.PRO;

    const raw = await submitElsewhere(sim, 'made elsewhere');
    expect(slotsInUse()).toBe(0);
    const found = await jobByRawId(tg, raw);
    expect(found.errors).toBeUndefined();
    expect(found.data?.job).toMatchObject({ external: true, upstreamJobId: raw });
    expect(['WAIT', 'RUN']).toContain(found.data?.job?.status);
    expect(slotsInUse()).toBe(1);

    // With one slot taken elsewhere, the second gateway job waits in the gateway, not at Tencent.
    const a = await submit(tg, 'ours 1');
    await until('ours 1 runs upstream', async () => (await jobsNow(tg, [a.id])).jobs[0]?.status !== 'QUEUED');
    const b = await submit(tg, 'ours 2');
    expect(b).toMatchObject({ status: 'QUEUED', queuePosition: 1 });

    const { errors, final } = await watchUntilFinal(tg, [found.data?.job?.id ?? '', a.id, b.id]);
    expect(errors).toEqual([]);
    expect(final.map((j) => j.status)).toEqual(['DONE', 'DONE', 'DONE']);
    expect(slotsInUse()).toBe(0);
    const c = sim.counters.read();
    expect(c.answers[SUBMIT]).toEqual({ OK: 3 });
    expect(c.peakRunningJobs.PRO).toBeLessThanOrEqual(2);
  });

  it('never resends a Submit whose connection dropped: FAIL with SUBMIT_OUTCOME_UNKNOWN', async () => {
    const sim = await startTestSimulator({
      durations: { PRO: { waitMs: 100, runMs: 300 } },
      faults: { nextErrors: ['drop'], actions: [SUBMIT] },
    });
    const tg = await startTestGateway(sim, { JOB_REFRESH_MS: '200' });
    const job = await submit(tg, 'dropped on the wire');

    const { errors, final } = await watchUntilFinal(tg, [job.id]);
    expect(errors).toEqual([]);
    expect(final[0]).toMatchObject({ status: 'FAIL', errorCode: 'SUBMIT_OUTCOME_UNKNOWN' });
    expect(final[0]?.errorMessage).toMatch(/not sent again/);
    // A job submitted after it is sent after anything the gateway would still send for the first:
    // a retry keeps its place at the head of the queue and holds the kind for its back-off. So once
    // the second job has reached Tencent, the counters show every Submit the first will ever cost.
    const next = await submit(tg, 'the next one');
    const after = await watchUntilFinal(tg, [next.id]);
    expect(after.errors).toEqual([]);
    expect(after.final[0]?.status).toBe('DONE');
    expect(sim.counters.read().requests[SUBMIT]).toBe(2);
    expect(sim.jobs.list().map((j) => j.prompt)).toEqual(['the next one']);
    expect((await jobsNow(tg, [job.id])).jobs[0]).toMatchObject({
      status: 'FAIL',
      errorCode: 'SUBMIT_OUTCOME_UNKNOWN',
    });
  });

  it('never resends a Submit that timed out, and releases its slot for the next job', async () => {
    const sim = await startTestSimulator({
      durations: { PRO: { waitMs: 100, runMs: 300 } },
      faults: { latencyMs: 3000, actions: [SUBMIT] },
    });
    const tg = await startTestGateway(sim, {
      JOB_REFRESH_MS: '200',
      UPSTREAM_TIMEOUT_MS: '500',
      UPSTREAM_PRO_SLOTS: '1',
    });
    const job = await submit(tg, 'answered too late');
    const { errors, final } = await watchUntilFinal(tg, [job.id]);
    expect(errors).toEqual([]);
    expect(final[0]).toMatchObject({ status: 'FAIL', errorCode: 'SUBMIT_OUTCOME_UNKNOWN' });
    expect(final[0]?.errorMessage).toMatch(/not sent again/);
    expect(sim.counters.read().requests[SUBMIT]).toBe(1);

    sim.faults.clear();
    const next = await submit(tg, 'the next one');
    const after = await watchUntilFinal(tg, [next.id]);
    expect(after.errors).toEqual([]);
    expect(after.final[0]?.status).toBe('DONE');
    expect(sim.counters.read().requests[SUBMIT]).toBe(2);
  });

  it('retries a Submit answered with HTTP 503 (it did not run) and runs the job once', async () => {
    const sim = await startTestSimulator({
      durations: { PRO: { waitMs: 100, runMs: 300 } },
      faults: { nextErrors: ['http503'], actions: [SUBMIT] },
    });
    const tg = await startTestGateway(sim, { JOB_REFRESH_MS: '200' });
    const job = await submit(tg, 'behind a busy front door');
    const { errors, final } = await watchUntilFinal(tg, [job.id]);
    expect(errors).toEqual([]);
    expect(final[0]?.status).toBe('DONE');
    const c = sim.counters.read();
    expect(c.requests[SUBMIT]).toBe(2);
    expect(c.answers[SUBMIT]).toEqual({ HTTP_503: 1, OK: 1 });
    expect(sim.jobs.list()).toHaveLength(1);
  });

  it('retries a Submit answered with InternalError after a growing back-off and runs the job once', async () => {
    const sim = await startTestSimulator({
      durations: { PRO: { waitMs: 100, runMs: 300 } },
      faults: { nextErrors: ['InternalError', 'InternalError', 'InternalError'], actions: [SUBMIT] },
    });
    const tg = await startTestGateway(sim, { JOB_REFRESH_MS: '200' });
    const started = Date.now();
    const job = await submit(tg, 'after a hiccup');
    const { errors, final } = await watchUntilFinal(tg, [job.id]);
    expect(errors).toEqual([]);
    expect(final[0]?.status).toBe('DONE');
    expect(sim.counters.read().answers[SUBMIT]).toEqual({ InternalError: 3, OK: 1 });
    expect(sim.jobs.list()).toHaveLength(1);
    // Jittered exponential back-off (1 s, 2 s, 4 s, each at least halved): never a tight resend loop.
    const accepted = sim.jobs.list()[0]?.submittedAt ?? 0;
    expect(accepted - started).toBeGreaterThanOrEqual(3500);
  }, 30_000);
});

describe('upstream Query dedupe and caching', () => {
  // A long refresh, so the poller's first follow-up Query comes a second after a lookup, not during it.
  const env = { JOB_REFRESH_MS: '5000' };

  it('sends one Query for the same raw JobId asked three times in one request', async () => {
    const sim = await startTestSimulator({ durations: { PRO: { waitMs: 2000, runMs: 2000 } } });
    const tg = await startTestGateway(sim, env);
    const raw = await submitElsewhere(sim, 'asked thrice');
    sim.counters.reset();

    const res = await tg.gql<{ a: Job; b: Job; c: Job }>(
      `{ a: job(id: "${raw}") { ${STABLE_FIELDS} } b: job(id: "${raw}") { ${STABLE_FIELDS} } c: job(id: "${raw}") { ${STABLE_FIELDS} } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.a).toMatchObject({ upstreamJobId: raw, external: true });
    expect(res.data?.b).toEqual(res.data?.a);
    expect(res.data?.c).toEqual(res.data?.a);
    expect(sim.counters.read().requests).toEqual({ [QUERY]: 1 });
  });

  it('sends one Query for 50 concurrent requests about a fresh raw JobId', async () => {
    const sim = await startTestSimulator({ durations: { PRO: { waitMs: 2000, runMs: 2000 } } });
    const tg = await startTestGateway(sim, env);
    const raw = await submitElsewhere(sim, 'asked by fifty');
    sim.counters.reset();

    const answers = await Promise.all(Array.from({ length: 50 }, () => jobByRawId(tg, raw)));
    expect(answers.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(new Set(answers.map((r) => r.data?.job?.id)).size).toBe(1);
    expect(answers[0]?.data?.job?.upstreamJobId).toBe(raw);
    expect(sim.counters.read().requests).toEqual({ [QUERY]: 1 });
  });

  it('remembers an unknown JobId: 20 asks cost one Query per kind', async () => {
    const sim = await startTestSimulator();
    const tg = await startTestGateway(sim, env);
    const unknown = '1000000000000000001';
    for (let i = 0; i < 20; i++) {
      const res = await jobByRawId(tg, unknown);
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({ job: null });
    }
    // One Query per kind's action (each within its own action's budget), then the negative cache.
    const requests = sim.counters.read().requests;
    // The configured (intl) product's kinds only: a China-only action would be InvalidAction there.
    const intl = kindsOf(PRODUCT_SPECS['intl-hunyuan'].kinds);
    expect(requests).toEqual(Object.fromEntries(intl.map((k) => [k.queryAction, 1])));
  });

  it('never caches a transient upstream error: the very next request gets the job', async () => {
    const sim = await startTestSimulator({ durations: { PRO: { waitMs: 2000, runMs: 2000 } } });
    const tg = await startTestGateway(sim, env);
    const raw = await submitElsewhere(sim, 'after an upstream hiccup');
    sim.faults.set({ nextErrors: ['InternalError'], actions: [QUERY] });

    const failed = await jobByRawId(tg, raw);
    expect(failed.data).toEqual({ job: null });
    const err = failed.errors?.[0];
    expect(err?.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', upstreamCode: 'InternalError' });
    expect(err?.extensions?.requestId).toEqual(expect.any(String));
    expect(String(err?.extensions?.requestId)).not.toBe('');

    const ok = await jobByRawId(tg, raw);
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.job).toMatchObject({ upstreamJobId: raw, status: 'WAIT' });
  });
});

describe('a scarce Query budget', () => {
  it('answers every client with an aged snapshot instead of an error, within the budget', async () => {
    const refreshMs = 200;
    const sim = await startTestSimulator({
      durations: { PRO: { waitMs: 200, runMs: 3000 } },
      slots: { PRO: 10 },
    });
    const tg = await startTestGateway(sim, {
      JOB_REFRESH_MS: String(refreshMs),
      UPSTREAM_QPS: '2',
      UPSTREAM_PRO_SLOTS: '10',
    });
    const jobs: Job[] = [];
    for (let i = 0; i < 10; i++) jobs.push(await submit(tg, `crowd ${i}`));

    const { seen, errors, final } = await watchUntilFinal(
      tg,
      jobs.map((j) => j.id),
      { everyMs: 100, timeoutMs: 40_000 },
    );
    expect(errors).toEqual([]);
    expect(final.every((j) => j.status === 'DONE')).toBe(true);
    const ages = seen.flatMap((o) =>
      o.jobs.filter((j) => j.status === 'WAIT' || j.status === 'RUN').map((j) => j.snapshotAgeMs ?? 0),
    );
    expect(Math.max(...ages)).toBeGreaterThan(refreshMs);

    const c = sim.counters.read();
    expect(c.peakArrivalWindow[QUERY]).toBeLessThanOrEqual(2);
    expect(c.jobsSubmitted.PRO).toBe(10);
    expect(Object.keys(c.answers[QUERY] ?? {})).toEqual(['OK']);
  });
});
