import { describe, expect, it } from 'vitest';
import type { JobRecord } from '../../../src/jobs/domain/job.ts';
import { createMemoryJobStore } from '../../../src/jobs/store/store-memory.ts';
import { createEventDeriver } from '../../../src/webhooks/derive.ts';
import { eventIdOf, jobEvents, pipelineEvent } from '../../../src/webhooks/events.ts';
import { newEndpointId, type WebhookEndpoint, type WebhookStore } from '../../../src/webhooks/store.ts';
import { createMemoryWebhookStore } from '../../../src/webhooks/store-memory.ts';
import { arrayLog, failOnUnhandledRejections } from '../../helpers/core-fakes.ts';
import { newJob, storedJob } from '../../helpers/job-records.ts';

failOnUnhandledRejections();

const T0 = Date.UTC(2026, 0, 1);
const MIN = 60_000;

const running = (at: number): Partial<JobRecord> => ({
  status: 'WAIT',
  upstreamJobId: '1234567890123456789',
  submitAttemptAt: at,
  upstreamSubmittedAt: at,
  updatedAt: at,
});
const done = (at: number): Partial<JobRecord> => ({
  ...running(at - MIN),
  status: 'DONE',
  startedAt: at - MIN / 2,
  finishedAt: at,
  updatedAt: at,
  resultFiles: [
    {
      type: 'GLB',
      url: 'https://cos.example.myqcloud.com/a/model.glb',
      previewImageUrl: 'https://cos.example.myqcloud.com/a/p.png',
    },
  ],
});

describe('events read off a job record', () => {
  it('started once Tencent accepted it, then its end; none for queued or external jobs', () => {
    expect(jobEvents(storedJob())).toEqual([]);
    const wait = storedJob(running(T0));
    expect(jobEvents(wait)).toEqual([
      { type: 'job.started', key: `${wait.id}:job.started`, subjectId: wait.id, occurredAt: T0 },
    ]);
    const fin = storedJob(done(T0 + MIN));
    expect(jobEvents(fin).map((e) => [e.type, e.occurredAt])).toEqual([
      ['job.started', T0],
      ['job.succeeded', T0 + MIN],
    ]);
    const refused = storedJob({ status: 'FAIL', finishedAt: T0, errorCode: 'InvalidParameter' });
    expect(jobEvents(refused).map((e) => e.type)).toEqual(['job.failed']);
    const canceled = storedJob({ status: 'CANCELED', finishedAt: T0 });
    expect(jobEvents(canceled).map((e) => e.type)).toEqual(['job.canceled']);
    expect(jobEvents(storedJob({ ...done(T0), external: true }))).toEqual([]);
  });

  it('stalled once flagged, at the flag, and still after the job ended (a rescan finds it again)', () => {
    const stalled = storedJob({ ...running(T0), status: 'RUN', stalledAt: T0 + 10 * MIN });
    expect(jobEvents(stalled).map((e) => [e.type, e.occurredAt])).toEqual([
      ['job.started', T0],
      ['job.stalled', T0 + 10 * MIN],
    ]);
    const ended = storedJob({ ...done(T0 + 20 * MIN), stalledAt: T0 + 10 * MIN });
    expect(jobEvents(ended).map((e) => e.type)).toEqual(['job.started', 'job.stalled', 'job.succeeded']);
  });

  it('ids are derived from the event key: the same event always has the same webhook-id', () => {
    expect(eventIdOf('job_a:job.started')).toBe(eventIdOf('job_a:job.started'));
    expect(eventIdOf('job_a:job.started')).not.toBe(eventIdOf('job_a:job.succeeded'));
    expect(eventIdOf('job_a:job.started')).toMatch(/^msg_[A-Za-z0-9_-]{24}$/);
  });

  it('a pipeline event once every step ended, named after how it ended', () => {
    const ref = { id: 'pl_x', step: 1, steps: ['a', 'b'] };
    const a = storedJob({ ...done(T0), pipeline: ref });
    const b = storedJob({ ...done(T0 + MIN), pipeline: { ...ref, step: 2 } });
    expect(pipelineEvent('pl_x', [a, storedJob({ ...running(T0) })])).toBeUndefined();
    expect(pipelineEvent('pl_x', [a, undefined])).toBeUndefined();
    expect(pipelineEvent('pl_x', [a, b])).toEqual({
      type: 'pipeline.succeeded',
      key: 'pl_x:pipeline.succeeded',
      subjectId: 'pl_x',
      occurredAt: T0 + MIN,
    });
    const failed = storedJob({ status: 'FAIL', finishedAt: T0 });
    const canceled = storedJob({ status: 'CANCELED', finishedAt: T0 + 1 });
    expect(pipelineEvent('pl_x', [failed, canceled])?.type).toBe('pipeline.failed');
    expect(pipelineEvent('pl_x', [a, canceled])?.type).toBe('pipeline.canceled');
  });
});

async function setup(opts: { publicOrigin?: string; store?: WebhookStore } = {}) {
  const clock = { now: T0 };
  const jobs = createMemoryJobStore();
  const store = opts.store ?? createMemoryWebhookStore();
  const { log, lines } = arrayLog();
  let added = 0;
  const deriver = createEventDeriver({
    jobs,
    store,
    now: () => clock.now,
    log,
    publicOrigin: opts.publicOrigin,
    firstDelayMs: 0,
    retention: { maxPerEndpoint: 1000, keepMs: 86_400_000 },
    onAdded: () => {
      added += 1;
    },
    slackMs: 2 * MIN,
  });
  async function endpoint(overrides: Partial<WebhookEndpoint> = {}): Promise<WebhookEndpoint> {
    const e: WebhookEndpoint = {
      id: newEndpointId(),
      owner: 'alice',
      url: 'https://hooks.example.com/x',
      events: ['job.started', 'job.succeeded', 'job.failed', 'job.canceled', 'pipeline.succeeded'],
      secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      createdAt: T0 - 10 * MIN,
      disabled: false,
      filesOrigin: 'https://gw.example.com',
      ...overrides,
    };
    await store.createEndpoint(e, 20);
    return e;
  }
  /** Stores a job as submitJob would, then moves it to `fields` (as the leader's writes do). */
  async function job(fields: Partial<JobRecord>, owner = 'alice'): Promise<JobRecord> {
    const { job: j } = await jobs.insert(newJob({ owner, submittedAt: T0 - 5 * MIN }));
    return (await jobs.transition(j.id, (cur) => ({ ...cur, ...fields, version: cur.version + 1 })))!.job;
  }
  const log_ = async (e: WebhookEndpoint) => (await store.listDeliveries(e.id, 100)).reverse();
  return { clock, jobs, store, deriver, endpoint, job, deliveries: log_, lines, added: () => added };
}

describe('event deriver', () => {
  it("adds a job change's events to the outbox once, for the owner's endpoints that want them", async () => {
    const t = await setup();
    const all = await t.endpoint();
    const startedOnly = await t.endpoint({ events: ['job.started'] });
    const off = await t.endpoint({ disabled: true });
    const bob = await t.endpoint({ owner: 'bob' });
    const j = await t.job(done(T0));

    expect(await t.deriver.derive(j)).toBe(2);
    expect(await t.deriver.derive(j)).toBe(0);
    await t.deriver.onJobChanged(j);

    const [started, succeeded] = await t.deliveries(all);
    expect(started).toMatchObject({
      type: 'job.started',
      eventKey: `${j.id}:job.started`,
      status: 'PENDING',
    });
    expect(succeeded).toMatchObject({
      type: 'job.succeeded',
      eventId: eventIdOf(`${j.id}:job.succeeded`),
      subjectId: j.id,
      nextAttemptAt: T0,
    });
    expect((await t.deliveries(startedOnly)).map((d) => d.type)).toEqual(['job.started']);
    expect(await t.deliveries(off)).toEqual([]);
    expect(await t.deliveries(bob)).toEqual([]);
    // The same event for every endpoint carries the same webhook-id.
    expect((await t.deliveries(startedOnly))[0]?.eventId).toBe(started?.eventId);
    expect(t.added()).toBe(1);
  });

  it("builds the body as { type, timestamp, data } with the gateway's /files URLs, never Tencent's", async () => {
    const t = await setup();
    const e = await t.endpoint();
    const j = await t.job(done(T0));
    await t.deriver.derive(j);
    const body = JSON.parse((await t.deliveries(e))[1]!.body);
    expect(body).toMatchObject({
      type: 'job.succeeded',
      timestamp: new Date(T0).toISOString(),
      data: {
        id: j.id,
        kind: 'PRO',
        status: 'DONE',
        upstreamJobId: '1234567890123456789',
        finishedAt: new Date(T0).toISOString(),
        errorCode: null,
        prompt: 'a small teapot',
        resultFiles: [
          {
            type: 'GLB',
            url: `https://gw.example.com/files/${j.id}/0/model.glb`,
            previewImageUrl: `https://gw.example.com/files/${j.id}/0/preview.png`,
          },
        ],
      },
    });
    expect(JSON.stringify(body)).not.toContain('myqcloud');

    const pinned = await setup({ publicOrigin: 'https://public.example.com' });
    const e2 = await pinned.endpoint();
    await pinned.deriver.derive(await pinned.job(done(T0)));
    expect((await pinned.deliveries(e2))[1]!.body).toContain('https://public.example.com/files/');
  });

  it('gives an endpoint only what happened after it was created', async () => {
    const t = await setup();
    const late = await t.endpoint({ createdAt: T0 - MIN / 2 });
    const j = await t.job(done(T0));
    await t.deriver.derive(j);
    expect((await t.deliveries(late)).map((d) => d.type)).toEqual(['job.succeeded']);
  });

  it('finds an end whose change it never saw (a crash between the job write and the outbox) on the rescan', async () => {
    const t = await setup();
    const e = await t.endpoint();
    await t.deriver.rescan(); // the first rescan only sets the watermark
    expect(await t.store.watermark()).toBe(T0);

    // A job starts and ends while this process hears nothing of it (another replica, or it died).
    t.clock.now = T0 + MIN;
    const j = await t.job(running(T0 + 10));
    await t.deriver.rescan();
    expect((await t.deliveries(e)).map((d) => d.type)).toEqual(['job.started']);
    await t.jobs.transition(j.id, (cur) => ({ ...cur, ...done(T0 + 2 * MIN), version: cur.version + 1 }));
    // Its finish time is before the watermark by less than the slack (a late write): still found.
    t.clock.now = T0 + 3 * MIN;
    await t.deriver.rescan();
    t.clock.now = T0 + 4 * MIN;
    await t.deriver.rescan();
    expect((await t.deliveries(e)).map((d) => d.type)).toEqual(['job.started', 'job.succeeded']);
    expect(await t.store.watermark()).toBe(T0 + 4 * MIN);
  });

  it('keeps the watermark where it was when an event could not be added, and adds it at the next rescan', async () => {
    const inner = createMemoryWebhookStore();
    let fail = 1;
    const flaky: WebhookStore = {
      ...inner,
      async addEvent(...args) {
        if (fail-- > 0) throw Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR' });
        return inner.addEvent(...args);
      },
    };
    const t = await setup({ store: flaky });
    const e = await t.endpoint();
    await t.deriver.rescan();
    const j = await t.job({ status: 'CANCELED', finishedAt: T0 + 5, updatedAt: T0 + 5 });
    await t.deriver.onJobChanged(j); // fails: logged, not thrown
    expect(t.lines.map((l) => l.msg)).toContain('webhook events not derived yet; the rescan will');

    fail = 1;
    t.clock.now = T0 + 10 * MIN;
    await t.deriver.rescan(); // fails again: the watermark stays
    expect(await inner.watermark()).toBe(T0);
    t.clock.now = T0 + 20 * MIN;
    await t.deriver.rescan();
    expect((await t.deliveries(e)).map((d) => d.type)).toEqual(['job.canceled']);
    expect(await inner.watermark()).toBe(T0 + 20 * MIN);
  });

  it('adds the pipeline event when its last step ends', async () => {
    const t = await setup();
    const e = await t.endpoint();
    const first = await t.job({});
    const second = await t.job({});
    const ref = { id: 'pl_0000000000000001', steps: [first.id, second.id] };
    const a = (await t.jobs.transition(first.id, (c) => ({
      ...c,
      ...done(T0),
      pipeline: { ...ref, step: 1 },
      version: c.version + 1,
    })))!.job;
    await t.deriver.derive(a);
    expect((await t.deliveries(e)).map((d) => d.type)).toEqual(['job.started', 'job.succeeded']);
    const b = (await t.jobs.transition(second.id, (c) => ({
      ...c,
      ...done(T0 + MIN),
      upstreamJobId: '9876543210987654321',
      pipeline: { ...ref, step: 2 },
      version: c.version + 1,
    })))!.job;
    await t.deriver.derive(b);
    const types = (await t.deliveries(e)).map((d) => d.type);
    expect(types.filter((x) => x === 'pipeline.succeeded')).toHaveLength(1);
    const body = JSON.parse((await t.deliveries(e)).find((d) => d.type === 'pipeline.succeeded')!.body);
    expect(body.data).toMatchObject({
      id: ref.id,
      status: 'DONE',
      steps: [{ id: first.id }, { id: second.id }],
    });
  });
});
