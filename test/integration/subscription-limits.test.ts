import { describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { listen, startTestGateway } from '../helpers/gateway.ts';
import { callApi } from '../helpers/signed-fetch.ts';
import { startTestSimulator } from '../helpers/simulator.ts';

const SUBSCRIPTION = 'subscription ($id: ID!) { jobStatus(id: $id) { id status } }';

/** A gateway whose second job stays QUEUED: the first holds the only slot and waits upstream for a minute. */
async function setup(env: Record<string, string> = {}) {
  const sim = await startTestSimulator({
    durations: { PRO: { waitMs: 60_000, runMs: 1000 } },
    slots: { PRO: 1 },
  });
  const tg = await startTestGateway(sim, { UPSTREAM_PRO_SLOTS: '1', ...env });
  const server = await listen(tg.gateway, tg.log.logger);
  const submit = async (prompt: string, headers: Record<string, string> = {}) => {
    const r = await tg.gql<{ submitJob: { id: string } }>(
      'mutation ($p: String!) { submitJob(input: { prompt: $p }) { id } }',
      { p: prompt },
      headers,
    );
    return r.data?.submitJob.id ?? '';
  };
  return { sim, tg, server, submit };
}

/** An SSE subscription read up to its first event; `close()` drops the connection. */
async function openSse(url: string, id: string, headers: Record<string, string> = {}) {
  const abort = new AbortController();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
    body: JSON.stringify({ query: SUBSCRIPTION, variables: { id } }),
    signal: abort.signal,
  });
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  let text = '';
  while (!text.includes('\n\n')) {
    const { value, done } = await reader.read();
    if (done) break;
    text += Buffer.from(value).toString('utf8');
  }
  return {
    status: res.status,
    first: text,
    close: () => {
      abort.abort();
      reader.cancel().catch(() => {});
    },
  };
}

/** A raw graphql-transport-ws socket, acknowledged. */
async function openSocket(url: string, authorization?: string) {
  const ws = new WebSocket(`${url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
  const messages: Array<{ id?: string; type: string; payload?: unknown }> = [];
  const waiters: Array<() => void> = [];
  ws.on('message', (m) => {
    messages.push(JSON.parse(m.toString()));
    for (const w of waiters.splice(0)) w();
  });
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  ws.send(JSON.stringify({ type: 'connection_init', payload: authorization ? { authorization } : {} }));
  const until = async (pred: () => boolean) => {
    while (!pred()) await new Promise<void>((r) => waiters.push(r));
  };
  await until(() => messages.some((m) => m.type === 'connection_ack'));
  return {
    ws,
    messages,
    until,
    subscribe(subId: string, jobId: string) {
      ws.send(
        JSON.stringify({
          id: subId,
          type: 'subscribe',
          payload: { query: SUBSCRIPTION, variables: { id: jobId } },
        }),
      );
    },
    /** Resolves with the first message about `subId` (next or error). */
    async first(subId: string) {
      await until(() => messages.some((m) => m.id === subId));
      return messages.find((m) => m.id === subId);
    },
    close: () =>
      new Promise<void>((resolve) => {
        ws.once('close', () => resolve());
        ws.close(1000);
      }),
  };
}

describe('subscription lifetime', () => {
  it('ends the subscriptions of clients that disconnect, over SSE and graphql-ws (F5)', async () => {
    // yoga pings SSE clients every 300 ms under NODE_ENV=test (vitest's), every 12 s otherwise: a
    // failed ping must not be what notices the disconnect.
    vi.stubEnv('NODE_ENV', 'development');
    const { tg, server, submit } = await setup();
    await submit('holds the slot');
    const id = await submit('never changes');
    const jobs = tg.gateway.jobs;

    const sse = await Promise.all(Array.from({ length: 100 }, () => openSse(server.url, id)));
    for (const s of sse) expect(s.first).toContain('QUEUED');
    const sockets = await Promise.all(Array.from({ length: 10 }, () => openSocket(server.url)));
    for (const s of sockets) for (let i = 0; i < 10; i++) s.subscribe(`s${i}`, id);
    for (const s of sockets) for (let i = 0; i < 10; i++) expect((await s.first(`s${i}`))?.type).toBe('next');
    await vi.waitFor(() => expect(jobs.stats().subscriptions).toBe(200));
    expect(jobs.stats().watched).toBe(1);

    for (const s of sse) s.close();
    await Promise.all(sockets.map((s) => s.close()));
    await vi.waitFor(
      () => {
        expect(jobs.stats().subscriptions).toBe(0);
        expect(jobs.stats().watched).toBe(0);
      },
      { timeout: 5000, interval: 50 },
    );
  });
});

const KEYS = {
  GATEWAY_API_KEYS: 'alice:alice-key-123,bob:bob-key-456',
  GATEWAY_ADMIN_KEYS: 'ops:ops-key-789',
};
const as = (key: string) => ({ authorization: `Bearer ${key}` });

/** A graphql-ws message's error code, or 'next' for a snapshot. */
function wsOutcome(msg: { type: string; payload?: unknown } | undefined): string {
  const payload = msg?.payload as
    | { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> }
    | undefined;
  if (msg?.type !== 'next') return msg?.type ?? 'none';
  return payload?.errors?.[0]?.extensions?.code ?? (payload?.data ? 'next' : 'none');
}

/** The first SSE event's error code, or 'next' for a snapshot. */
function sseOutcome(first: string): string {
  const data = /data: (.*)/.exec(first)?.[1];
  const payload = JSON.parse(data ?? '{}') as {
    data?: unknown;
    errors?: Array<{ extensions?: { code?: string } }>;
  };
  return payload.errors?.[0]?.extensions?.code ?? (payload.data ? 'next' : 'none');
}

describe('subscription limits (F6)', () => {
  it('caps subscriptions per graphql-ws socket and per key, over graphql-ws and SSE alike', async () => {
    const { tg, server, submit } = await setup({
      ...KEYS,
      MAX_SUBSCRIPTIONS_PER_SOCKET: '3',
      MAX_SUBSCRIPTIONS_PER_KEY: '5',
    });
    await submit('holds the slot', as('ops-key-789'));
    const alices = await submit('alice waits', as('alice-key-123'));
    const bobs = await submit('bob waits', as('bob-key-456'));
    const stats = () => tg.gateway.jobs.stats();

    // Per socket: the fourth subscription on one socket is refused; the socket stays open.
    const a = await openSocket(server.url, 'Bearer alice-key-123');
    for (let i = 0; i < 4; i++) a.subscribe(`a${i}`, alices);
    for (let i = 0; i < 3; i++) expect(wsOutcome(await a.first(`a${i}`))).toBe('next');
    // A refused subscription is one `next` carrying the error, then `complete`.
    const refused = await a.first('a3');
    expect(refused?.payload).toEqual({
      errors: [
        expect.objectContaining({
          message: expect.stringMatching(/at most 3 may be open on one graphql-ws socket/),
          extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', scope: 'socket', limit: 3 },
        }),
      ],
    });

    // Per key: alice's second socket gets two more (five in all), then refusals, on either transport.
    const b = await openSocket(server.url, 'Bearer alice-key-123');
    for (let i = 0; i < 3; i++) b.subscribe(`b${i}`, alices);
    for (let i = 0; i < 2; i++) expect(wsOutcome(await b.first(`b${i}`))).toBe('next');
    expect((await b.first('b2'))?.payload).toMatchObject({
      errors: [{ extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', scope: 'key', limit: 5 } }],
    });
    const sseRefused = await openSse(server.url, alices, as('alice-key-123'));
    expect(sseOutcome(sseRefused.first)).toBe('TOO_MANY_SUBSCRIPTIONS');
    expect(sseRefused.first).toMatch(/"scope":"key"/);
    sseRefused.close();

    // Another key is not affected: bob's socket has its own per-socket cap, and SSE works.
    const bobSse = await openSse(server.url, bobs, as('bob-key-456'));
    expect(sseOutcome(bobSse.first)).toBe('next');
    const c = await openSocket(server.url, 'Bearer bob-key-456');
    for (let i = 0; i < 3; i++) c.subscribe(`c${i}`, bobs);
    for (let i = 0; i < 3; i++) expect(wsOutcome(await c.first(`c${i}`))).toBe('next');
    c.subscribe('c3', bobs);
    expect((await c.first('c3'))?.payload).toMatchObject({
      errors: [{ extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', scope: 'socket', limit: 3 } }],
    });
    await vi.waitFor(() => expect(stats().subscriptions).toBe(9));

    // Completing one frees its place: alice may subscribe again, here over SSE.
    a.ws.send(JSON.stringify({ id: 'a0', type: 'complete' }));
    await vi.waitFor(() => expect(stats().subscriptions).toBe(8));
    const sseAgain = await openSse(server.url, alices, as('alice-key-123'));
    expect(sseOutcome(sseAgain.first)).toBe('next');

    // SSE subscriptions count against the key: with both sockets closed, alice holds one (SSE) and
    // may open four more, not five.
    await Promise.all([a.close(), b.close()]);
    await vi.waitFor(() => expect(stats().subscriptions).toBe(5));
    const more = await Promise.all(
      Array.from({ length: 5 }, () => openSse(server.url, alices, as('alice-key-123'))),
    );
    expect(more.map((s) => sseOutcome(s.first)).sort()).toEqual([
      'TOO_MANY_SUBSCRIPTIONS',
      'next',
      'next',
      'next',
      'next',
    ]);
    // And they count against a socket's key too: a new socket of alice's is refused at once.
    const d = await openSocket(server.url, 'Bearer alice-key-123');
    d.subscribe('d0', alices);
    expect((await d.first('d0'))?.payload).toMatchObject({ errors: [{ extensions: { scope: 'key' } }] });

    for (const s of [...more, sseAgain, bobSse]) s.close();
    await Promise.all([c.close(), d.close()]);
    await vi.waitFor(() => expect(stats().subscriptions).toBe(0));
  });

  it('frees the place of a client that left before its subscription started', async () => {
    const sim = await startTestSimulator({ durations: { PRO: { waitMs: 60_000, runMs: 1000 } } });
    const tg = await startTestGateway(sim, { ...KEYS, MAX_SUBSCRIPTIONS_PER_KEY: '1' });
    const server = await listen(tg.gateway, tg.log.logger);
    // A job started elsewhere on the account: the admin's subscription looks it up upstream first,
    // slowly, and the client leaves meanwhile.
    const elsewhere = await callApi(sim.url, {
      action: 'SubmitHunyuanTo3DProJob',
      body: { Prompt: 'elsewhere' },
    });
    sim.faults.set({ latencyMs: 500 });
    const abort = new AbortController();
    const pending = fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...as('ops-key-789') },
      body: JSON.stringify({ query: SUBSCRIPTION, variables: { id: String(elsewhere.JobId) } }),
      signal: abort.signal,
    }).then(
      () => 'answered',
      () => 'aborted',
    );
    await vi.waitFor(() =>
      expect(sim.counters.read().requests.QueryHunyuanTo3DProJob ?? 0).toBeGreaterThan(0),
    );
    abort.abort();
    expect(await pending).toBe('aborted');
    sim.faults.clear();
    // Its one place comes back once the lookup has finished: the next subscription is admitted.
    await vi.waitFor(
      async () => {
        const s = await openSse(server.url, String(elsewhere.JobId), as('ops-key-789'));
        s.close();
        expect(sseOutcome(s.first)).toBe('next');
      },
      { timeout: 5000, interval: 100 },
    );
  });
});
