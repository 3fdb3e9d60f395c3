import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../helpers/gateway.ts';
import { startTestSimulator } from '../helpers/simulator.ts';
import { readmeVerifier } from '../helpers/webhook-receiver.ts';

const servers = new Set<Server>();
afterEach(() => {
  for (const server of servers) {
    server.closeAllConnections();
    server.close();
  }
  servers.clear();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  event: { type: string; data: { id?: string } };
  answered: number;
}

/**
 * A receiver on 127.0.0.1 that answers `answer` (410 Gone to start with: the endpoint gets disabled)
 * and keeps every request; the test switches it to 200 once the receiver is "back".
 */
async function startSwitchableReceiver() {
  const received: Received[] = [];
  const state = { answer: 410 };
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    received.push({ headers: req.headers, body, event: JSON.parse(body), answered: state.answer });
    res.writeHead(state.answer, { 'content-type': 'text/plain' }).end(state.answer === 410 ? 'gone' : 'ok');
  });
  servers.add(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hooks/comeback`, received, state };
}

const ALICE = { authorization: 'Bearer alice-key-123' };
const BOB = { authorization: 'Bearer bob-key-4567' };

const ENDPOINT_FIELDS = 'id url secret disabled disabledReason';
const ENABLE = `mutation ($id: ID!) { enableWebhook(id: $id) { ${ENDPOINT_FIELDS} } }`;
const DELIVERIES = `query ($id: ID!) {
  webhookDeliveries(endpointId: $id) { id eventId subjectId status responseStatus }
}`;

interface Endpoint {
  id: string;
  url: string;
  secret: string | null;
  disabled: boolean;
  disabledReason: string | null;
}
interface DeliveryRow {
  id: string;
  eventId: string;
  subjectId: string;
  status: string;
  responseStatus: number | null;
}

async function submit(t: TestGateway, prompt: string): Promise<string> {
  const res = await t.gql<{ submitJob: { id: string } }>(
    'mutation ($p: String!) { submitJob(input: { prompt: $p }) { id } }',
    { p: prompt },
    ALICE,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.submitJob.id;
}

async function untilDone(t: TestGateway, jobId: string): Promise<void> {
  await expect
    .poll(
      async () =>
        (
          await t.gql<{ job: { status: string } }>(
            'query ($id: ID!) { job(id: $id) { status } }',
            { id: jobId },
            ALICE,
          )
        ).data?.job.status,
      { timeout: 30_000, interval: 50 },
    )
    .toBe('DONE');
}

const deliveriesOf = async (t: TestGateway, id: string) =>
  (await t.gql<{ webhookDeliveries: DeliveryRow[] }>(DELIVERIES, { id }, ALICE)).data!.webhookDeliveries;

describe('enableWebhook', () => {
  it('turns a webhook disabled by 410 Gone back on: the next event is delivered, signed as the README verifies', async () => {
    const verify = await readmeVerifier();
    const receiver = await startSwitchableReceiver();
    const sim = await startTestSimulator({ durations: { PRO: { waitMs: 100, runMs: 300 } } });
    const t = await startTestGateway(sim, {
      GATEWAY_API_KEYS: 'alice:alice-key-123,bob:bob-key-4567',
      JOB_REFRESH_MS: '200',
      WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
      WEBHOOK_RETRY_SCHEDULE: '0,100ms,100ms',
    });
    const created = await t.gql<{ createWebhook: Endpoint }>(
      `mutation ($url: String!) { createWebhook(url: $url, events: ["job.succeeded"]) { ${ENDPOINT_FIELDS} } }`,
      { url: receiver.url },
      ALICE,
    );
    const hook = created.data!.createWebhook;
    const secret = hook.secret!;

    // 410 Gone on the first event: the webhook is disabled and its delivery DISABLED.
    const first = await submit(t, 'a teapot that is gone');
    await expect
      .poll(
        async () =>
          (await t.gql<{ webhooks: Endpoint[] }>(`{ webhooks { ${ENDPOINT_FIELDS} } }`, {}, ALICE)).data
            ?.webhooks,
        { timeout: 30_000, interval: 25 },
      )
      .toEqual([{ ...hook, secret: null, disabled: true, disabledReason: 'HTTP 410 Gone' }]);
    const [gone] = await deliveriesOf(t, hook.id);
    expect(gone).toMatchObject({ subjectId: first, status: 'DISABLED', responseStatus: 410 });
    expect(receiver.received).toHaveLength(1);

    // While disabled nothing more is sent: a job finishing now reaches no one, and replays are refused.
    const meanwhile = await submit(t, 'a teapot nobody hears');
    await untilDone(t, meanwhile);
    await sleep(500); // several retry delays: anything queued would have been attempted by now
    expect(receiver.received).toHaveLength(1);
    expect((await deliveriesOf(t, hook.id)).map((d) => d.id)).toEqual([gone!.id]);
    const refused = await t.gql(
      'mutation ($id: ID!) { replayWebhookDelivery(id: $id) { id } }',
      { id: gone!.id },
      ALICE,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'WEBHOOK_DISABLED', webhookId: hook.id });

    // Only the owner can enable it: another key, and an unknown id, are NOT_FOUND; it stays disabled.
    for (const [id, headers] of [
      [hook.id, BOB],
      ['wh_AAAAAAAAAAAAAAAA', ALICE],
      ['whatever', ALICE],
    ] as const) {
      const res = await t.gql(ENABLE, { id }, headers);
      expect(res.errors?.[0]?.extensions, id).toMatchObject({ code: 'NOT_FOUND' });
      expect(res.data).toBeNull();
    }
    expect(
      (await t.gql<{ webhooks: Endpoint[] }>('{ webhooks { disabled } }', {}, ALICE)).data?.webhooks,
    ).toEqual([{ disabled: true }]);

    // The receiver is back; the owner enables the webhook (same id, no secret in the answer).
    receiver.state.answer = 200;
    const enabled = await t.gql<{ enableWebhook: Endpoint }>(ENABLE, { id: hook.id }, ALICE);
    expect(enabled.errors).toBeUndefined();
    expect(enabled.data?.enableWebhook).toEqual({
      ...hook,
      secret: null,
      disabled: false,
      disabledReason: null,
    });
    // Enabling it again is a no-op answering it.
    expect((await t.gql(ENABLE, { id: hook.id }, ALICE)).data).toEqual(enabled.data);
    // The 410's delivery stays DISABLED (the choice documented in the README).
    expect((await deliveriesOf(t, hook.id)).find((d) => d.id === gone!.id)?.status).toBe('DISABLED');

    // The next job's event is delivered, signed with the secret createWebhook answered.
    const next = await submit(t, 'a teapot that is heard again');
    await expect
      .poll(() => receiver.received.find((r) => r.event.data.id === next && r.answered === 200), {
        timeout: 30_000,
        interval: 25,
      })
      .toBeDefined();
    const arrived = receiver.received.find((r) => r.event.data.id === next)!;
    expect(arrived.event.type).toBe('job.succeeded');
    expect(verify(secret, arrived.headers, arrived.body)).toBe(true);
    await expect
      .poll(async () => (await deliveriesOf(t, hook.id)).find((d) => d.subjectId === next)?.status, {
        timeout: 30_000,
        interval: 25,
      })
      .toBe('SUCCEEDED');

    // And the DISABLED delivery can now be replayed: the same webhook-id, delivered.
    const replayed = await t.gql<{ replayWebhookDelivery: DeliveryRow }>(
      'mutation ($id: ID!) { replayWebhookDelivery(id: $id) { id status } }',
      { id: gone!.id },
      ALICE,
    );
    expect(replayed.data?.replayWebhookDelivery).toEqual({ id: gone!.id, status: 'PENDING' });
    await expect
      .poll(
        () => receiver.received.find((r) => r.headers['webhook-id'] === gone!.eventId && r.answered === 200),
        { timeout: 30_000, interval: 25 },
      )
      .toBeDefined();
    for (const r of receiver.received) expect(verify(secret, r.headers, r.body)).toBe(true);
  });
});
