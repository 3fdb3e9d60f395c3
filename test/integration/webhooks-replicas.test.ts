import { describe, expect, it, vi } from 'vitest';
import { startTestGateway, type TestGateway } from '../helpers/gateway.ts';
import { startPrivateRedis } from '../helpers/private-redis.ts';
import { startTestSimulator } from '../helpers/simulator.ts';
import { delivered, readmeVerifier, startWebhookReceiver } from '../helpers/webhook-receiver.ts';

/**
 * Webhooks with two replicas sharing Redis: the outbox is in Redis, only the leader sends, and when
 * the leader goes, the other replica takes the lease and carries on with the same deliveries.
 */

interface DeliveryRow {
  eventId: string;
  type: string;
  status: string;
  attempts: number;
}

const DELIVERIES = `query ($id: ID!) { webhookDeliveries(endpointId: $id) { eventId type status attempts } }`;
const attemptsLogged = (t: TestGateway) => t.log.lines().filter((l) => l.msg === 'webhook attempt').length;

describe('webhooks across replicas sharing Redis', () => {
  it('are sent by the leader only, and by the next leader after a failover, under the same webhook-id', async () => {
    const verify = await readmeVerifier();
    const redis = await startPrivateRedis();
    const receiver = await startWebhookReceiver();
    const sim = await startTestSimulator({ durations: { PRO: { waitMs: 100, runMs: 400 } } });
    const env = {
      REDIS_URL: redis.url,
      JOB_REFRESH_MS: '200',
      WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
      WEBHOOK_RETRY_SCHEDULE: Array(30).fill('300ms').join(','),
    };
    const a = await startTestGateway(sim, env);
    const b = await startTestGateway(sim, env);
    await vi.waitFor(
      () => {
        if (a.gateway.leadership.isLeader() === b.gateway.leadership.isLeader())
          throw new Error('no single leader yet');
      },
      { timeout: 20_000, interval: 50 },
    );
    const [leader, follower] = a.gateway.leadership.isLeader() ? [a, b] : [b, a];

    // Created and submitted on the follower: the outbox is shared, the leader sends.
    const created = await follower.gql<{ createWebhook: { id: string; secret: string } }>(
      'mutation ($url: String!) { createWebhook(url: $url) { id secret } }',
      { url: receiver.url },
    );
    const hook = created.data!.createWebhook;
    await follower.gql('mutation { submitJob(input: { prompt: "a replicated teapot" }) { id } }');
    await receiver.until(
      (r) => r.filter((x) => x.event.type === 'job.succeeded').length >= 2,
      'job.succeeded failed twice',
    );
    expect(attemptsLogged(follower)).toBe(0);
    expect(attemptsLogged(leader)).toBeGreaterThanOrEqual(2);

    // The leader goes away; the receiver recovers; the other replica takes over and delivers.
    await leader.gateway.close();
    const beforeFailover = receiver.received.length;
    receiver.recover();
    await receiver.until(
      (r) => delivered('job.started')(r) && delivered('job.succeeded')(r),
      'both events were delivered by the new leader',
    );
    expect(follower.gateway.leadership.isLeader()).toBe(true);
    expect(attemptsLogged(follower)).toBeGreaterThanOrEqual(1);
    expect(receiver.received.length).toBeGreaterThan(beforeFailover);

    let rows: DeliveryRow[] = [];
    await vi.waitFor(
      async () => {
        rows = (await follower.gql<{ webhookDeliveries: DeliveryRow[] }>(DELIVERIES, { id: hook.id })).data!
          .webhookDeliveries;
        if (rows.length !== 2 || rows.some((d) => d.status !== 'SUCCEEDED'))
          throw new Error('not recorded yet');
      },
      { timeout: 20_000, interval: 50 },
    );
    for (const row of rows) {
      const requests = receiver.received.filter((r) => r.event.type === row.type);
      // One webhook-id per event across both replicas, one 2xx answer each: nothing was sent twice.
      expect(new Set(requests.map((r) => r.headers['webhook-id']))).toEqual(new Set([row.eventId]));
      expect(requests.filter((r) => r.answered === 200)).toHaveLength(1);
      // An attempt cut short by the leader's shutdown may never have reached the receiver.
      expect(row.attempts).toBeGreaterThanOrEqual(requests.length);
    }
    for (const r of receiver.received) expect(verify(hook.secret, r.headers, r.body)).toBe(true);
  }, 90_000);
});
