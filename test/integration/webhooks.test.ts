import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../helpers/gateway.ts';
import { gqlHttp, startGatewayProcess } from '../helpers/gateway-process.ts';
import { startTestSimulator } from '../helpers/simulator.ts';
import {
  delivered,
  type ReceivedWebhook,
  readmeVerifier,
  startWebhookReceiver,
} from '../helpers/webhook-receiver.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const CREATE = `mutation ($url: String!, $events: [String!]) {
  createWebhook(url: $url, events: $events) { id url events secret createdAt disabled }
}`;
const DELIVERIES = `query ($id: ID!) {
  webhookDeliveries(endpointId: $id) {
    id eventId type subjectId status attempts lastAttemptAt nextAttemptAt responseStatus lastError
  }
}`;

interface Endpoint {
  id: string;
  url: string;
  events: string[];
  secret: string | null;
  createdAt: string;
  disabled: boolean;
}

interface DeliveryRow {
  id: string;
  eventId: string;
  type: string;
  subjectId: string;
  status: string;
  attempts: number;
  lastAttemptAt: string | null;
  nextAttemptAt: string | null;
  responseStatus: number | null;
  lastError: string | null;
}

/** The requests of one event type, in the order they came. */
const ofType = (received: readonly ReceivedWebhook[], type: string) =>
  received.filter((r) => r.event.type === type);

describe('webhooks against a real receiver', () => {
  it('delivers job.started and job.succeeded, signed as the README verifies, retried with a stable id while the receiver fails', async () => {
    const verify = await readmeVerifier();
    const receiver = await startWebhookReceiver({ failFirst: 3 });
    const sim = await startTestSimulator({ durations: { PRO: { waitMs: 200, runMs: 600 } } });
    const t = await startTestGateway(sim, {
      JOB_REFRESH_MS: '200',
      WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
      WEBHOOK_RETRY_SCHEDULE: '0,200ms,200ms,200ms,200ms,200ms,200ms,200ms',
    });

    const created = await t.gql<{ createWebhook: Endpoint }>(CREATE, { url: receiver.url });
    const hook = created.data!.createWebhook;
    expect(hook).toMatchObject({ url: receiver.url, disabled: false });
    expect(hook.events).toEqual(
      expect.arrayContaining(['job.started', 'job.succeeded', 'job.failed', 'job.canceled']),
    );
    expect(hook.secret).toMatch(/^whsec_[A-Za-z0-9+/]{40,}={0,2}$/);
    const secret = hook.secret!;

    const submitted = await t.gql<{ submitJob: { id: string } }>(
      'mutation { submitJob(input: { prompt: "a webhook teapot" }) { id } }',
    );
    const jobId = submitted.data!.submitJob.id;
    await receiver.until(
      (r) => delivered('job.started')(r) && delivered('job.succeeded')(r),
      'job.started and job.succeeded were answered 2xx',
    );

    // Every request, failed or not, carries a signature the README's code accepts; a changed body does not.
    for (const r of receiver.received) {
      expect(r.headers['content-type']).toBe('application/json');
      expect(verify(secret, r.headers, r.body), `${r.event.type} verifies`).toBe(true);
      expect(verify(secret, r.headers, r.body.replace('"data"', '"Data"'))).toBe(false);
      expect(verify(`whsec_${Buffer.alloc(32, 7).toString('base64')}`, r.headers, r.body)).toBe(false);
    }
    // The first three answers were 500: at least one event was retried, always under its one webhook-id.
    const started = ofType(receiver.received, 'job.started');
    const succeeded = ofType(receiver.received, 'job.succeeded');
    expect(started.length + succeeded.length).toBeGreaterThanOrEqual(4);
    for (const attempts of [started, succeeded]) {
      expect(new Set(attempts.map((r) => r.headers['webhook-id'])).size).toBe(1);
      expect(new Set(attempts.map((r) => r.body)).size).toBe(1);
    }
    expect(started[0]?.headers['webhook-id']).not.toBe(succeeded[0]?.headers['webhook-id']);

    const done = succeeded.at(-1)!.event;
    expect(done.type).toBe('job.succeeded');
    expect(Date.parse(done.timestamp)).not.toBeNaN();
    expect(done.data).toMatchObject({ id: jobId, status: 'DONE', kind: 'PRO', prompt: 'a webhook teapot' });
    const files = done.data.resultFiles as Array<{ type: string; url: string }>;
    expect(files.length).toBeGreaterThan(0);
    for (const f of files)
      expect(f.url).toMatch(new RegExp(`^http://gateway\\.test/files/${jobId}/\\d+/model\\.`));
    expect(started[0]?.event.data).toMatchObject({ id: jobId });

    // The delivery log says the same, once the worker has recorded what the receiver answered.
    let rows: DeliveryRow[] = [];
    for (let i = 0; i < 200; i++) {
      rows = (await t.gql<{ webhookDeliveries: DeliveryRow[] }>(DELIVERIES, { id: hook.id })).data!
        .webhookDeliveries;
      if (rows.length === 2 && rows.every((d) => d.status === 'SUCCEEDED')) break;
      await sleep(25);
    }
    expect(rows.map((d) => d.type).sort()).toEqual(['job.started', 'job.succeeded']);
    for (const row of rows) {
      const requests = ofType(receiver.received, row.type);
      expect(row).toMatchObject({
        status: 'SUCCEEDED',
        subjectId: jobId,
        eventId: requests[0]?.headers['webhook-id'],
        attempts: requests.length,
        responseStatus: 200,
        lastError: null,
        nextAttemptAt: null,
      });
    }
    const retried = rows.find((d) => d.attempts > 1);
    expect(retried).toBeDefined();

    // A replay sends the same event again, under the same id.
    const before = receiver.received.length;
    const replay = await t.gql<{ replayWebhookDelivery: DeliveryRow }>(
      'mutation ($id: ID!) { replayWebhookDelivery(id: $id) { id status eventId } }',
      { id: retried!.id },
    );
    expect(replay.data!.replayWebhookDelivery).toMatchObject({ id: retried!.id, status: 'PENDING' });
    await receiver.until((r) => r.length > before, 'the replay arrived');
    const again = receiver.received[before]!;
    expect(again.headers['webhook-id']).toBe(retried!.eventId);
    expect(verify(secret, again.headers, again.body)).toBe(true);

    // The secret is never shown again.
    const listed = await t.gql<{ webhooks: Endpoint[] }>('{ webhooks { id secret } }');
    expect(listed.data!.webhooks).toEqual([{ id: hook.id, secret: null }]);
  });

  it('survives kill -9 between a failed attempt and its retry: the next process on the same SQLite file delivers it', async () => {
    const verify = await readmeVerifier();
    const receiver = await startWebhookReceiver();
    const dir = mkdtempSync(join(tmpdir(), 'gateway-webhooks-'));
    dirs.push(dir);
    const env = {
      GATEWAY_DB: join(dir, 'gateway.db'),
      JOB_REFRESH_MS: '200',
      SIMULATOR_WAIT_MS: '200',
      SIMULATOR_RUN_MS: '600',
      WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
      WEBHOOK_TIMEOUT_MS: '3000',
      WEBHOOK_RETRY_SCHEDULE: '0,3s,3s,3s,3s,3s,3s,3s,3s,3s',
    };

    const first = await startGatewayProcess({ env });
    const created = await gqlHttp<{ data: { createWebhook: Endpoint } }>(first.url, CREATE, {
      url: receiver.url,
      events: ['job.started', 'job.succeeded'],
    });
    const hook = created.data.createWebhook;
    const submitted = await gqlHttp<{ data: { submitJob: { id: string } } }>(
      first.url,
      'mutation { submitJob(input: { prompt: "a crash-proof teapot" }) { id } }',
    );
    const jobId = submitted.data.submitJob.id;

    // The receiver is down: job.succeeded is attempted, fails, and its failure is on record.
    await receiver.until((r) => ofType(r, 'job.succeeded').length > 0, 'job.succeeded was attempted');
    let failed: DeliveryRow | undefined;
    for (let i = 0; i < 200 && !failed; i++) {
      const log = await gqlHttp<{ data: { webhookDeliveries: DeliveryRow[] } }>(first.url, DELIVERIES, {
        id: hook.id,
      });
      failed = log.data.webhookDeliveries.find(
        (d) =>
          d.type === 'job.succeeded' && d.status === 'PENDING' && d.responseStatus === 500 && d.lastAttemptAt,
      );
      if (!failed) await sleep(50);
    }
    expect(failed).toMatchObject({ subjectId: jobId, lastError: 'HTTP 500: receiver is down' });
    expect(failed!.nextAttemptAt).not.toBeNull();
    expect(await first.kill('SIGKILL')).toBe(null);
    const attemptsBeforeKill = ofType(receiver.received, 'job.succeeded').length;
    expect(receiver.received.every((r) => r.answered === 500)).toBe(true);

    // The receiver recovers while no gateway runs; a new process takes the outbox from the file.
    receiver.recover();
    const second = await startGatewayProcess({ env });
    await receiver.until(
      (r) => delivered('job.started')(r) && delivered('job.succeeded')(r),
      'job.started and job.succeeded were delivered after the restart',
    );

    const succeeded = ofType(receiver.received, 'job.succeeded');
    expect(succeeded.length).toBeGreaterThan(attemptsBeforeKill);
    expect(new Set(succeeded.map((r) => r.headers['webhook-id']))).toEqual(new Set([failed!.eventId]));
    expect(new Set(succeeded.map((r) => r.body)).size).toBe(1);
    for (const r of receiver.received) expect(verify(hook.secret!, r.headers, r.body)).toBe(true);
    expect(succeeded.at(-1)?.event.data).toMatchObject({ id: jobId, status: 'DONE' });

    // Recorded by the new process once the receiver's answer is back.
    let row: DeliveryRow | undefined;
    for (let i = 0; i < 200; i++) {
      const log = await gqlHttp<{ data: { webhookDeliveries: DeliveryRow[] } }>(second.url, DELIVERIES, {
        id: hook.id,
      });
      row = log.data.webhookDeliveries.find((d) => d.type === 'job.succeeded');
      if (row?.status === 'SUCCEEDED') break;
      await sleep(25);
    }
    expect(row).toMatchObject({ id: failed!.id, status: 'SUCCEEDED', responseStatus: 200 });
    expect(row!.attempts).toBeGreaterThanOrEqual(2);
  }, 120_000);
});

describe('webhook API', () => {
  const codeOf = (res: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
    res.errors?.[0]?.extensions;

  async function gateway(env: Record<string, string> = {}): Promise<TestGateway> {
    const sim = await startTestSimulator();
    return startTestGateway(sim, env);
  }

  it('checks URLs, event names and the per-key limit, with an extensions.code for each', async () => {
    const t = await gateway({ WEBHOOK_MAX_PER_KEY: '2', WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' });
    for (const [url, pattern] of [
      ['ftp://hooks.example.com/x', /http or https/],
      ['/relative', /absolute/],
      ['https://user:pw@hooks.example.com/', /credentials/],
      [`https://hooks.example.com/${'a'.repeat(2048)}`, /at most 2048/],
    ] as const) {
      const res = await t.gql(CREATE, { url });
      expect(codeOf(res), url).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
      expect(res.errors?.[0]?.message).toMatch(pattern);
    }
    const bad = await t.gql(CREATE, {
      url: 'http://127.0.0.1:9/x',
      events: ['job.succeeded', 'job.exploded'],
    });
    expect(codeOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'events[1]' });
    expect(codeOf(await t.gql(CREATE, { url: 'http://127.0.0.1:9/x', events: [] }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'events',
    });

    const one = await t.gql<{ createWebhook: Endpoint }>(CREATE, {
      url: 'http://127.0.0.1:9/a',
      events: ['job.failed', 'job.failed', 'pipeline.failed'],
    });
    expect(one.data?.createWebhook.events).toEqual(['job.failed', 'pipeline.failed']);
    await t.gql(CREATE, { url: 'http://127.0.0.1:9/b' });
    expect(codeOf(await t.gql(CREATE, { url: 'http://127.0.0.1:9/c' }))).toMatchObject({
      code: 'TOO_MANY_WEBHOOKS',
      limit: 2,
    });
    const page = await t.gql(DELIVERIES.replace('(endpointId: $id)', '(endpointId: $id, first: 0)'), {
      id: one.data?.createWebhook.id,
    });
    expect(codeOf(page)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('refuses internal targets unless WEBHOOK_ALLOW_PRIVATE_TARGETS=true', async () => {
    const t = await gateway();
    for (const url of [
      'http://127.0.0.1:8080/x',
      'http://169.254.169.254/latest/meta-data',
      'http://[::1]/x',
      'http://localhost:9/x',
    ]) {
      const res = await t.gql(CREATE, { url });
      expect(codeOf(res), url).toMatchObject({ code: 'WEBHOOK_TARGET_NOT_ALLOWED', field: 'url' });
    }
    expect((await t.gql<{ webhooks: Endpoint[] }>('{ webhooks { id } }')).data?.webhooks).toEqual([]);
  });

  it("keeps each key's webhooks its own, and rotates a secret keeping the old one for the overlap", async () => {
    const t = await gateway({
      GATEWAY_API_KEYS: 'alice:alice-key-123,bob:bob-key-4567',
      WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
    });
    const as = (key: string) => ({ authorization: `Bearer ${key}` });
    const created = await t.gql<{ createWebhook: Endpoint }>(
      CREATE,
      { url: 'http://127.0.0.1:9/a' },
      as('alice-key-123'),
    );
    const hook = created.data!.createWebhook;

    expect(
      (await t.gql<{ webhooks: Endpoint[] }>('{ webhooks { id } }', {}, as('bob-key-4567'))).data?.webhooks,
    ).toEqual([]);
    const rotateAsBob = await t.gql(
      'mutation ($id: ID!) { rotateWebhookSecret(id: $id) { id } }',
      { id: hook.id },
      as('bob-key-4567'),
    );
    expect(codeOf(rotateAsBob)).toMatchObject({ code: 'NOT_FOUND' });
    expect(codeOf(await t.gql(DELIVERIES, { id: hook.id }, as('bob-key-4567')))).toMatchObject({
      code: 'NOT_FOUND',
    });
    const deleteAsBob = await t.gql<{ deleteWebhook: boolean }>(
      'mutation ($id: ID!) { deleteWebhook(id: $id) }',
      { id: hook.id },
      as('bob-key-4567'),
    );
    expect(deleteAsBob.data?.deleteWebhook).toBe(false);
    const replayUnknown = await t.gql(
      'mutation { replayWebhookDelivery(id: "whd_AAAAAAAAAAAAAAAA") { id } }',
      {},
      as('bob-key-4567'),
    );
    expect(codeOf(replayUnknown)).toMatchObject({ code: 'NOT_FOUND' });

    const rotated = await t.gql<{ rotateWebhookSecret: Endpoint & { previousSecretExpiresAt: string } }>(
      'mutation ($id: ID!) { rotateWebhookSecret(id: $id) { id secret previousSecretExpiresAt } }',
      { id: hook.id },
      as('alice-key-123'),
    );
    const r = rotated.data!.rotateWebhookSecret;
    expect(r.secret).toMatch(/^whsec_/);
    expect(r.secret).not.toBe(hook.secret);
    expect(Date.parse(r.previousSecretExpiresAt) - Date.parse(hook.createdAt)).toBeGreaterThanOrEqual(
      24 * 3_600_000 - 60_000,
    );

    const listed = await t.gql<{ webhooks: Endpoint[] }>(
      '{ webhooks { id secret } }',
      {},
      as('alice-key-123'),
    );
    expect(listed.data?.webhooks).toEqual([{ id: hook.id, secret: null }]);
    const deleted = await t.gql<{ deleteWebhook: boolean }>(
      'mutation ($id: ID!) { deleteWebhook(id: $id) }',
      { id: hook.id },
      as('alice-key-123'),
    );
    expect(deleted.data?.deleteWebhook).toBe(true);
    expect(
      (await t.gql<{ webhooks: Endpoint[] }>('{ webhooks { id } }', {}, as('alice-key-123'))).data?.webhooks,
    ).toEqual([]);
  });
});
