import { describe, expect, it } from 'vitest';
import { createMetrics } from '../../../src/observability/metrics.ts';
import type { Sender, SendRequest, SendResult } from '../../../src/webhooks/sender.ts';
import { signOne } from '../../../src/webhooks/signer.ts';
import {
  type Delivery,
  newDeliveryId,
  newEndpointId,
  type WebhookEndpoint,
  type WebhookStore,
} from '../../../src/webhooks/store.ts';
import { createMemoryWebhookStore } from '../../../src/webhooks/store-memory.ts';
import { createDeliveryWorker, type DeliveryWorkerOptions } from '../../../src/webhooks/worker.ts';
import { arrayLog, failOnUnhandledRejections } from '../../helpers/core-fakes.ts';

failOnUnhandledRejections();

const T0 = Date.UTC(2026, 0, 1);
const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const KEEP = { maxPerEndpoint: 100, keepMs: 86_400_000 };

/** A receiver that answers from a script, one result per request, then the last one forever. */
function scriptedSender(script: SendResult[]): Sender & { requests: SendRequest[] } {
  const requests: SendRequest[] = [];
  return {
    requests,
    async send(req) {
      requests.push(req);
      return script[Math.min(requests.length - 1, script.length - 1)]!;
    },
    async close() {},
  };
}

const status = (code: number, body = ''): SendResult => ({ kind: 'response', status: code, body });
const refused: SendResult = { kind: 'error', reason: 'network', error: 'ECONNREFUSED connect failed' };

async function setup(
  script: SendResult[],
  opts: { schedule?: number[]; store?: WebhookStore; endpoint?: Partial<WebhookEndpoint> } & Partial<
    Pick<DeliveryWorkerOptions, 'active' | 'onAttempt'>
  > = {},
) {
  const clock = { now: T0 };
  const store = opts.store ?? createMemoryWebhookStore();
  const endpoint: WebhookEndpoint = {
    id: newEndpointId(),
    owner: 'alice',
    url: 'https://hooks.example.com/in',
    events: ['job.succeeded'],
    secret: SECRET,
    createdAt: T0,
    disabled: false,
    ...opts.endpoint,
  };
  await store.createEndpoint(endpoint, 20);
  const sender = scriptedSender(script);
  const { log, lines } = arrayLog();
  const settled: string[] = [];
  const worker = createDeliveryWorker({
    store,
    sender,
    schedule: opts.schedule ?? [0, 5_000, 300_000],
    timeoutMs: 1_000,
    leaseMarginMs: 1_000,
    active: opts.active ?? (() => true),
    now: () => clock.now,
    log,
    onSettled: (d, s) => settled.push(`${d.eventKey}:${s.status}`),
    ...(opts.onAttempt ? { onAttempt: opts.onAttempt } : {}),
  });
  async function addEvent(key: string, body = `{"type":"job.succeeded","key":"${key}"}`): Promise<Delivery> {
    const id = newDeliveryId();
    await store.addEvent(
      { key, createdAt: clock.now },
      [
        {
          id,
          endpointId: endpoint.id,
          owner: 'alice',
          eventId: `msg_${key}`,
          eventKey: key,
          type: 'job.succeeded',
          subjectId: 'job_x',
          body,
          createdAt: clock.now,
          nextAttemptAt: clock.now,
        },
      ],
      KEEP,
    );
    return (await store.getDelivery(id))!;
  }
  return { clock, store, endpoint, sender, worker, lines, settled, addEvent };
}

describe('delivery worker', () => {
  it('retries a receiver that fails on the schedule, with the same id and body, until it recovers', async () => {
    const t = await setup([status(500, 'database down'), refused, status(204)]);
    const d = await t.addEvent('job_1:job.succeeded');

    await t.worker.tick();
    expect(await t.store.getDelivery(d.id)).toMatchObject({
      status: 'PENDING',
      attempts: 1,
      step: 1,
      nextAttemptAt: T0 + 5_000,
      responseStatus: 500,
      lastError: 'HTTP 500: database down',
    });

    t.clock.now = T0 + 4_999;
    await t.worker.tick();
    expect(t.sender.requests).toHaveLength(1);

    t.clock.now = T0 + 5_000;
    await t.worker.tick();
    expect(await t.store.getDelivery(d.id)).toMatchObject({
      status: 'PENDING',
      attempts: 2,
      step: 2,
      nextAttemptAt: T0 + 305_000,
      responseStatus: undefined,
      lastError: 'ECONNREFUSED connect failed',
    });

    t.clock.now = T0 + 305_000;
    await t.worker.tick();
    expect(await t.store.getDelivery(d.id)).toMatchObject({
      status: 'SUCCEEDED',
      attempts: 3,
      responseStatus: 204,
      lastError: undefined,
      nextAttemptAt: undefined,
      lastAttemptAt: T0 + 305_000,
    });
    expect(t.settled).toEqual([
      'job_1:job.succeeded:PENDING',
      'job_1:job.succeeded:PENDING',
      'job_1:job.succeeded:SUCCEEDED',
    ]);

    // Every attempt: the same webhook-id and body, its own timestamp, a signature over all three.
    expect(t.sender.requests.map((r) => r.headers['webhook-id'])).toEqual(
      Array(3).fill('msg_job_1:job.succeeded'),
    );
    expect(t.sender.requests.map((r) => r.headers['webhook-timestamp'])).toEqual(
      [T0, T0 + 5_000, T0 + 305_000].map((ms) => String(ms / 1000)),
    );
    for (const r of t.sender.requests) {
      expect(r.url).toBe('https://hooks.example.com/in');
      expect(r.body).toBe(d.body);
      expect(r.headers['content-type']).toBe('application/json');
      expect(r.headers['webhook-signature']).toBe(
        signOne(SECRET, 'msg_job_1:job.succeeded', Number(r.headers['webhook-timestamp']), d.body),
      );
    }
  });

  it('gives up after the last attempt of the schedule (FAILED), counting a redirect as a failure', async () => {
    const t = await setup([status(302), { kind: 'error', reason: 'timeout', error: 'TimeoutError' }], {
      schedule: [0, 100],
    });
    const d = await t.addEvent('job_2:job.succeeded');
    await t.worker.tick();
    expect(await t.store.getDelivery(d.id)).toMatchObject({
      status: 'PENDING',
      responseStatus: 302,
      lastError: 'HTTP 302 (redirects are not followed)',
    });
    t.clock.now += 100;
    await t.worker.tick();
    expect(await t.store.getDelivery(d.id)).toMatchObject({
      status: 'FAILED',
      attempts: 2,
      nextAttemptAt: undefined,
      lastError: 'TimeoutError',
    });
    t.clock.now += 1_000_000;
    await t.worker.tick();
    expect(t.sender.requests).toHaveLength(2);
  });

  it('disables the endpoint and its pending deliveries when the receiver answers 410 Gone', async () => {
    const t = await setup([status(410)]);
    const first = await t.addEvent('job_3:job.succeeded');
    t.clock.now += 10;
    const later = await t.addEvent('job_4:job.succeeded');
    // One attempt at a time: the first is sent, the later one is still waiting when the 410 comes.
    t.clock.now = T0 + 20;
    const onlyFirst = createDeliveryWorker({
      store: t.store,
      sender: t.sender,
      schedule: [0, 5000],
      timeoutMs: 1000,
      active: () => true,
      now: () => t.clock.now,
      log: arrayLog().log,
      concurrency: 1,
    });
    await onlyFirst.tick();
    expect(await t.store.getDelivery(first.id)).toMatchObject({ status: 'DISABLED', responseStatus: 410 });
    expect(await t.store.getEndpoint(t.endpoint.id)).toMatchObject({
      disabled: true,
      disabledReason: 'HTTP 410 Gone',
    });
    expect(await t.store.getDelivery(later.id)).toMatchObject({ status: 'DISABLED' });
    t.clock.now = T0 + 120_000;
    await onlyFirst.tick();
    expect(t.sender.requests).toHaveLength(1);
  });

  it('signs with both secrets while a rotation overlaps, then with the new one alone', async () => {
    const next = 'whsec_bmV3IHNlY3JldCBieXRlcyBmb3IgdGVzdGluZw==';
    const t = await setup([status(200)], {
      endpoint: { secret: next, previousSecret: SECRET, previousSecretExpiresAt: T0 + 1_000 },
    });
    const a = await t.addEvent('job_5:job.succeeded');
    await t.worker.tick();
    const [both] = t.sender.requests;
    expect(both?.headers['webhook-signature']).toBe(
      `${signOne(next, 'msg_job_5:job.succeeded', T0 / 1000, a.body)} ${signOne(SECRET, 'msg_job_5:job.succeeded', T0 / 1000, a.body)}`,
    );
    t.clock.now = T0 + 1_000;
    const b = await t.addEvent('job_6:job.succeeded');
    await t.worker.tick();
    expect(t.sender.requests[1]?.headers['webhook-signature']).toBe(
      signOne(next, 'msg_job_6:job.succeeded', (T0 + 1_000) / 1000, b.body),
    );
  });

  it('sends nothing while this replica does not lead', async () => {
    let leads = false;
    const t = await setup([status(200)], { active: () => leads });
    const d = await t.addEvent('job_7:job.succeeded');
    await t.worker.tick();
    expect(t.sender.requests).toHaveLength(0);
    expect(await t.store.getDelivery(d.id)).toMatchObject({ status: 'PENDING', attempts: 0 });
    leads = true;
    await t.worker.tick();
    expect(await t.store.getDelivery(d.id)).toMatchObject({ status: 'SUCCEEDED', attempts: 1 });
  });

  it('marks deliveries of a deleted or disabled endpoint DISABLED without sending', async () => {
    const t = await setup([status(200)]);
    const d = await t.addEvent('job_8:job.succeeded');
    await t.store.updateEndpoint(t.endpoint.id, (e) => ({ ...e, disabled: true }));
    await t.worker.tick();
    expect(await t.store.getDelivery(d.id)).toMatchObject({
      status: 'DISABLED',
      lastError: 'the webhook is disabled',
    });
    expect(t.sender.requests).toHaveLength(0);
  });

  it('moves on when the store fails, without unhandled rejections: the lease runs out and the delivery goes again', async () => {
    const inner = createMemoryWebhookStore();
    const failures = { claimDue: 1, settle: 1 };
    const flaky: WebhookStore = {
      ...inner,
      async claimDue(...args) {
        if (failures.claimDue-- > 0)
          throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
        return inner.claimDue(...args);
      },
      async settle(...args) {
        if (failures.settle-- > 0) throw Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR' });
        return inner.settle(...args);
      },
    };
    const t = await setup([status(200)], { store: flaky });
    const d = await t.addEvent('job_9:job.succeeded');

    await t.worker.tick(); // the claim fails: logged, nothing sent
    expect(t.sender.requests).toHaveLength(0);
    await t.worker.tick(); // sent, but its outcome could not be recorded
    expect(t.sender.requests).toHaveLength(1);
    expect(await inner.getDelivery(d.id)).toMatchObject({ status: 'PENDING', attempts: 1 });
    expect(t.lines.filter((l) => l.level === 40).map((l) => l.msg)).toEqual([
      'webhook outbox not read; retrying at the next poll',
      'webhook attempt failed; retried once its lease ends',
    ]);

    // At least once: after the lease (timeout + margin), the same event is sent again and recorded.
    t.clock.now = T0 + 1_999;
    await t.worker.tick();
    expect(t.sender.requests).toHaveLength(1);
    t.clock.now = T0 + 2_000;
    await t.worker.tick();
    expect(t.sender.requests.map((r) => r.headers['webhook-id'])).toEqual([
      'msg_job_9:job.succeeded',
      'msg_job_9:job.succeeded',
    ]);
    expect(await inner.getDelivery(d.id)).toMatchObject({ status: 'SUCCEEDED', attempts: 2 });
  });

  it('on stop, cuts an attempt in flight short and queues it again at once', async () => {
    const t = await setup([]);
    let began!: () => void;
    const started = new Promise<void>((resolve) => {
      began = resolve;
    });
    const hanging: Sender = {
      send: (_req, signal) =>
        new Promise((resolve) => {
          began();
          signal?.addEventListener('abort', () =>
            resolve({ kind: 'error', reason: 'timeout', error: 'aborted' }),
          );
        }),
      async close() {},
    };
    const attempts: string[] = [];
    const worker = createDeliveryWorker({
      store: t.store,
      sender: hanging,
      schedule: [0, 5000],
      timeoutMs: 1000,
      active: () => true,
      now: () => t.clock.now,
      log: arrayLog().log,
      onAttempt: (event, outcome) => attempts.push(`${event}:${outcome}`),
    });
    const d = await t.addEvent('job_10:job.succeeded');
    const tick = worker.tick();
    await started;
    await worker.stop();
    await tick;
    expect(await t.store.getDelivery(d.id)).toMatchObject({
      status: 'PENDING',
      step: 0,
      nextAttemptAt: T0,
      leaseToken: undefined,
      lastError: 'interrupted by a shutdown of the gateway',
    });
    // Our own shutdown, not the receiver: no attempt outcome for the metrics.
    expect(attempts).toEqual([]);
  });
});

describe('delivery worker metrics', () => {
  const forbidden: SendResult = {
    kind: 'error',
    reason: 'forbidden',
    error: 'target address 10.0.0.7 is not public',
  };

  /** The webhook families of a registry of this test's own, read without the job or limiter gauges. */
  async function read(metrics: ReturnType<typeof createMetrics>) {
    const get = async (name: string) => (await metrics.registry.getSingleMetric(name)!.get()).values;
    const deliveries = new Map<string, number>();
    for (const v of await get('gateway_webhook_deliveries_total'))
      deliveries.set(`${v.labels.event}:${v.labels.outcome}`, v.value);
    const seconds = await get('gateway_webhook_delivery_seconds');
    return {
      deliveries,
      // A histogram's values carry the series name (`_bucket`, `_sum`, `_count`) beside the labels.
      count: seconds.find(
        (v) => (v as { metricName?: string }).metricName === 'gateway_webhook_delivery_seconds_count',
      )?.value,
      pending: (await get('gateway_webhook_outbox_pending'))[0]?.value,
    };
  }

  it('counts each attempt by event and outcome, times every one, and gauges the pending outbox', async () => {
    const metrics = createMetrics({ processMetrics: false });
    // Two attempts per delivery; requests answered in this order.
    const t = await setup([status(500), forbidden, forbidden, status(204), status(410)], {
      schedule: [0, 5_000],
      onAttempt: metrics.webhookAttempt,
    });
    metrics.collectFrom({
      jobs: () => {
        throw new Error('this test reads only the webhook metrics');
      },
      limiter: () => {
        throw new Error('this test reads only the webhook metrics');
      },
      webhooksPending: () => t.store.countPending(),
    });
    const before = await read(metrics);
    // Every series exists at 0 before the first attempt: 8 event types by 5 outcomes.
    expect(before.deliveries.size).toBe(40);
    expect([...before.deliveries.values()].every((v) => v === 0)).toBe(true);
    expect(before.count).toBe(0);
    expect(before.pending).toBe(0);

    const lost = await t.addEvent('job_1:job.succeeded');
    expect((await read(metrics)).pending).toBe(1);
    await t.worker.tick(); // 500: failed, retried
    t.clock.now += 5_000;
    await t.worker.tick(); // the SSRF guard on the last attempt: gave_up
    expect(await t.store.getDelivery(lost.id)).toMatchObject({ status: 'FAILED' });
    expect((await read(metrics)).pending).toBe(0);

    await t.addEvent('job_2:job.succeeded');
    await t.worker.tick(); // the SSRF guard, with an attempt left: blocked
    expect((await read(metrics)).pending).toBe(1);
    t.clock.now += 5_000;
    await t.worker.tick(); // 204: delivered
    await t.addEvent('job_3:job.succeeded');
    await t.worker.tick(); // 410: disabled

    const after = await read(metrics);
    const nonZero = [...after.deliveries].filter(([, v]) => v !== 0);
    expect(Object.fromEntries(nonZero)).toEqual({
      'job.succeeded:failed': 1,
      'job.succeeded:gave_up': 1,
      'job.succeeded:blocked': 1,
      'job.succeeded:delivered': 1,
      'job.succeeded:disabled': 1,
    });
    expect(after.count).toBe(t.sender.requests.length);
    expect(after.count).toBe(5);
    expect(after.pending).toBe(0);
  });

  it('reports the pending gauge as NaN while the store does not answer, rather than failing the scrape', async () => {
    const metrics = createMetrics({ processMetrics: false });
    let down = true;
    const store = createMemoryWebhookStore();
    metrics.collectFrom({
      jobs: () => {
        throw new Error('this test reads only the webhook metrics');
      },
      limiter: () => {
        throw new Error('this test reads only the webhook metrics');
      },
      webhooksPending: () =>
        down
          ? Promise.reject(Object.assign(new Error('Command timed out'), { code: 'ETIMEDOUT' }))
          : store.countPending(),
    });
    expect((await read(metrics)).pending).toBeNaN();
    down = false;
    expect((await read(metrics)).pending).toBe(0);
  });
});
