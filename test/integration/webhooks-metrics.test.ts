import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Gateway } from '../../src/gateway.ts';
import { WEBHOOK_EVENT_TYPES } from '../../src/webhooks/events.ts';
import { startTestGateway } from '../helpers/gateway.ts';
import { startTestSimulator } from '../helpers/simulator.ts';
import { startWebhookReceiver } from '../helpers/webhook-receiver.ts';

/** One sample of the Prometheus text format: its name, labels and value. */
interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

function parseSamples(text: string): Sample[] {
  const out: Sample[] = [];
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m) continue;
    const labels: Record<string, string> = {};
    for (const [, k, v] of (m[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)) labels[k!] = v!;
    out.push({ name: m[1]!, labels, value: Number(m[3]) });
  }
  return out;
}

async function scrape(gateway: Gateway) {
  const res = await gateway.app.fetch('http://gateway.test/metrics');
  expect(res.status).toBe(200);
  const text = await res.text();
  const samples = parseSamples(text);
  const one = (name: string) => samples.find((s) => s.name === name)?.value;
  /** `event:outcome` → value, for the attempts that happened (the zero series left out). */
  const deliveries: Record<string, number> = {};
  for (const s of samples) {
    if (s.name === 'gateway_webhook_deliveries_total' && s.value !== 0)
      deliveries[`${s.labels.event}:${s.labels.outcome}`] = s.value;
  }
  return {
    text,
    samples,
    deliveries,
    attempts: one('gateway_webhook_delivery_seconds_count'),
    pending: one('gateway_webhook_outbox_pending'),
  };
}

const held = new Set<() => void>();
afterEach(() => {
  for (const release of held) release();
  held.clear();
});

/**
 * A receiver on 127.0.0.1 that holds each request until `release()`, then answers 410 Gone: while
 * it holds one, that delivery is in flight, so the outbox has something pending to show.
 */
async function startGoneReceiver() {
  let received = 0;
  let arrived!: () => void;
  const first = new Promise<void>((resolve) => {
    arrived = resolve;
  });
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  held.add(release);
  const server = createServer(async (req, res) => {
    for await (const _ of req) {
      // Read the body to its end before answering.
    }
    received += 1;
    arrived();
    await released;
    res.writeHead(410, { 'content-type': 'text/plain' }).end('gone for good');
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  held.add(() => {
    server.closeAllConnections();
    server.close();
  });
  return { url: `http://127.0.0.1:${port}/hooks/gone`, first, release, received: () => received };
}

describe('webhook delivery metrics', () => {
  it('count attempts by event and outcome, time each one, and show the outbox draining to 0', async () => {
    // Fails twice, then 2xx: failed, failed, delivered.
    const recovering = await startWebhookReceiver({ failFirst: 2 });
    // Never recovers: failed, failed, then the schedule's last attempt gives up.
    const down = await startWebhookReceiver();
    // 410 Gone on its one attempt: the endpoint is disabled.
    const gone = await startGoneReceiver();
    const sim = await startTestSimulator({ durations: { PRO: { waitMs: 100, runMs: 300 } } });
    const t = await startTestGateway(sim, {
      JOB_REFRESH_MS: '200',
      WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
      WEBHOOK_RETRY_SCHEDULE: '0,100ms,100ms',
    });

    const before = await scrape(t.gateway);
    for (const family of [
      'gateway_webhook_deliveries_total counter',
      'gateway_webhook_delivery_seconds histogram',
      'gateway_webhook_outbox_pending gauge',
    ]) {
      expect(before.text).toContain(`# TYPE ${family}`);
    }
    // Every event × outcome series is there from the start, at 0: a fixed set, no URL or id in it.
    const series = before.samples.filter((s) => s.name === 'gateway_webhook_deliveries_total');
    expect(series).toHaveLength(WEBHOOK_EVENT_TYPES.length * 5);
    for (const s of series) expect(Object.keys(s.labels).sort()).toEqual(['event', 'outcome']);
    expect(before.deliveries).toEqual({});
    expect(before.attempts).toBe(0);
    expect(before.pending).toBe(0);

    for (const url of [recovering.url, down.url, gone.url]) {
      const created = await t.gql(
        'mutation ($url: String!) { createWebhook(url: $url, events: ["job.succeeded"]) { id } }',
        {
          url,
        },
      );
      expect(created.errors).toBeUndefined();
    }
    const submitted = await t.gql<{ submitJob: { id: string } }>(
      'mutation { submitJob(input: { prompt: "a metered teapot" }) { id } }',
    );
    expect(submitted.errors).toBeUndefined();

    // The 410 receiver holds its request: that delivery is in flight, so pending in the outbox.
    await gone.first;
    expect((await scrape(t.gateway)).pending).toBeGreaterThanOrEqual(1);
    gone.release();

    await recovering.until((r) => r.some((x) => x.answered === 200), 'the recovering receiver answered 200');
    await down.until((r) => r.length === 3, 'the failing receiver got its three attempts');
    const expected = {
      'job.succeeded:delivered': 1,
      'job.succeeded:failed': 4,
      'job.succeeded:gave_up': 1,
      'job.succeeded:disabled': 1,
    };
    await expect
      .poll(async () => (await scrape(t.gateway)).deliveries, { timeout: 30_000, interval: 25 })
      .toEqual(expected);
    await expect
      .poll(async () => (await scrape(t.gateway)).pending, { timeout: 30_000, interval: 25 })
      .toBe(0);

    const after = await scrape(t.gateway);
    expect(after.deliveries).toEqual(expected);
    // One observation per POST that any receiver got.
    const requests = recovering.received.length + down.received.length + gone.received();
    expect(requests).toBe(7);
    expect(after.attempts).toBe(requests);
    expect(
      after.samples.find((s) => s.name === 'gateway_webhook_delivery_seconds_sum')?.value,
    ).toBeGreaterThan(0);
    // Only the fixed labels: no receiver URL anywhere in the webhook families.
    const webhookLines = after.text.split('\n').filter((l) => l.startsWith('gateway_webhook_'));
    expect(webhookLines.some((l) => l.includes('127.0.0.1'))).toBe(false);
  });
});
