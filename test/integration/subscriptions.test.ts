import { createClient as createSseClient } from 'graphql-sse';
import { createClient as createWsClient } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { listen, startTestGateway } from '../helpers/gateway.ts';
import { startTestSimulator } from '../helpers/simulator.ts';

const SUBSCRIPTION =
  'subscription ($id: ID!) { jobStatus(id: $id) { id status queuePosition resultFiles { type url } } }';

interface Update {
  data?: { jobStatus: { id: string; status: string; queuePosition: number | null; resultFiles: unknown[] } };
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

async function collect(iterator: AsyncIterable<unknown>): Promise<Update[]> {
  const out: Update[] = [];
  for await (const value of iterator) out.push(value as Update);
  return out;
}

async function setup(env: Record<string, string> = {}) {
  const sim = await startTestSimulator({
    durations: { PRO: { waitMs: 400, runMs: 800 } },
    slots: { PRO: 1 },
  });
  const tg = await startTestGateway(sim, { JOB_REFRESH_MS: '200', UPSTREAM_PRO_SLOTS: '1', ...env });
  const server = await listen(tg.gateway, tg.log.logger);
  const submit = async (prompt: string) => {
    const r = await tg.gql<{ submitJob: { id: string; status: string } }>(
      'mutation ($p: String!) { submitJob(input: { prompt: $p }) { id status } }',
      { p: prompt },
    );
    return r.data?.submitJob.id ?? '';
  };
  return { sim, tg, server, submit };
}

/** QUEUED and WAIT may be skipped depending on timing; what arrives must be in order, once each. */
function expectOrderedStatuses(updates: Update[]): string[] {
  const statuses = updates.map((u) => u.data?.jobStatus.status ?? 'ERROR');
  const order = ['QUEUED', 'WAIT', 'RUN', 'DONE'];
  const ranks = statuses.map((s) => order.indexOf(s));
  expect(ranks.every((r) => r >= 0)).toBe(true);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  expect(new Set(statuses).size).toBe(statuses.length);
  expect(statuses.at(-1)).toBe('DONE');
  expect(statuses).toContain('RUN');
  return statuses;
}

describe('jobStatus subscription', () => {
  it('streams QUEUED → WAIT → RUN → DONE over SSE (distinct connections) and completes', async () => {
    const { server, submit } = await setup();
    // The first job holds the only slot, so the second is seen QUEUED first.
    await submit('first in line');
    const id = await submit('watched over SSE');
    const client = createSseClient({
      url: `${server.url}/graphql`,
      singleConnection: false,
      retryAttempts: 0,
    });
    const updates = await collect(client.iterate({ query: SUBSCRIPTION, variables: { id } }));
    client.dispose();
    const statuses = expectOrderedStatuses(updates);
    expect(statuses).toEqual(['QUEUED', 'WAIT', 'RUN', 'DONE']);
    expect(updates[0]?.data?.jobStatus.queuePosition).toBe(1);
    expect(updates.at(-1)?.data?.jobStatus.resultFiles).toHaveLength(1);
  });

  it('streams the same over graphql-ws on the same path and completes', async () => {
    const { server, submit } = await setup();
    await submit('first in line');
    const id = await submit('watched over graphql-ws');
    const client = createWsClient({
      url: `${server.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
    });
    const updates = await collect(client.iterate({ query: SUBSCRIPTION, variables: { id } }));
    await client.dispose();
    expect(expectOrderedStatuses(updates)).toEqual(['QUEUED', 'WAIT', 'RUN', 'DONE']);
  });

  it('sends one snapshot and completes at once for a finished job; many subscribers share one poller', async () => {
    const { server, submit, sim } = await setup();
    const id = await submit('shared by many');
    const clients = Array.from({ length: 20 }, () =>
      createSseClient({ url: `${server.url}/graphql`, singleConnection: false, retryAttempts: 0 }),
    );
    const all = await Promise.all(
      clients.map((c) => collect(c.iterate({ query: SUBSCRIPTION, variables: { id } }))),
    );
    for (const updates of all) expectOrderedStatuses(updates);
    // 20 subscribers for ~1.2 s of job life: polls are per job, not per subscriber.
    expect(sim.counters.read().requests.QueryHunyuanTo3DProJob ?? 0).toBeLessThan(15);

    const late = await collect(clients[0]!.iterate({ query: SUBSCRIPTION, variables: { id } }));
    expect(late.map((u) => u.data?.jobStatus.status)).toEqual(['DONE']);
    for (const c of clients) c.dispose();
  });

  it('fails with NOT_FOUND for an unknown id over both transports', async () => {
    const { server } = await setup();
    const sse = createSseClient({ url: `${server.url}/graphql`, singleConnection: false, retryAttempts: 0 });
    const sseResult = await collect(
      sse.iterate({ query: SUBSCRIPTION, variables: { id: 'job_AAAAAAAAAAAAAAAA' } }),
    );
    sse.dispose();
    expect(sseResult[0]?.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const ws = createWsClient({
      url: `${server.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
    });
    const wsResult = await collect(
      ws.iterate({ query: SUBSCRIPTION, variables: { id: 'job_AAAAAAAAAAAAAAAA' } }),
    );
    await ws.dispose();
    expect(wsResult).toHaveLength(1);
    expect(wsResult[0]?.data).toBeUndefined();
    expect(wsResult[0]?.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('ends with CANCELED when a queued job is canceled', async () => {
    const { server, submit, tg } = await setup();
    await submit('holds the slot');
    const id = await submit('to be canceled');
    const client = createSseClient({
      url: `${server.url}/graphql`,
      singleConnection: false,
      retryAttempts: 0,
    });
    const updates = client.iterate({ query: SUBSCRIPTION, variables: { id } })[Symbol.asyncIterator]();
    // Cancel only once the stream is open: its first event is the job as it is now, QUEUED.
    const first = await updates.next();
    expect((first.value as Update | undefined)?.data?.jobStatus.status).toBe('QUEUED');
    const canceled = await tg.gql('mutation ($id: ID!) { cancelJob(id: $id) { status } }', { id });
    expect(canceled.data).toEqual({ cancelJob: { status: 'CANCELED' } });
    const rest = await collect({ [Symbol.asyncIterator]: () => updates });
    client.dispose();
    expect(rest.map((u) => u.data?.jobStatus.status)).toEqual(['CANCELED']);
  });
});
