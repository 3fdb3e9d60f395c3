import { createClient as createWsClient } from 'graphql-ws';
import { describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { listen, startTestGateway } from '../helpers/gateway.ts';
import { callApi } from '../helpers/signed-fetch.ts';
import { startTestSimulator } from '../helpers/simulator.ts';

const KEYS = {
  GATEWAY_API_KEYS: 'alice:alice-key-123,bob:bob-key-456',
  GATEWAY_ADMIN_KEYS: 'ops:ops-key-789',
};
const as = (key: string) => ({ authorization: `Bearer ${key}` });
const SUBMIT = 'mutation ($p: String!) { submitJob(input: { prompt: $p }) { id status upstreamJobId } }';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('tenants and API keys', () => {
  it('refuses every transport without a valid key', async () => {
    const sim = await startTestSimulator();
    const { gateway, log, gql } = await startTestGateway(sim, KEYS);
    const server = await listen(gateway, log.logger);

    for (const headers of [{}, as('not-a-key-000'), { authorization: 'Basic abc' }]) {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: '{ jobs { nodes { id } } }' }),
      });
      expect(res.status).toBe(401);
      const body = (await res.json()) as { errors: Array<{ extensions: { code: string } }> };
      expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
    }
    const sse = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: 'subscription { jobStatus(id: "job_AAAAAAAAAAAAAAAA") { id } }' }),
    });
    expect(sse.status).toBe(401);

    const ws = createWsClient({
      url: `${server.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: 'Bearer not-a-key-000' },
    });
    const closed = await (async () => {
      try {
        for await (const _ of ws.iterate({ query: '{ jobs { nodes { id } } }' })) return 'answered';
      } catch (err) {
        return (err as { code?: number }).code;
      }
      return 'completed';
    })();
    await ws.dispose();
    expect(closed).toBe(4403);

    // With a key, the same socket protocol works.
    const ok = createWsClient({
      url: `${server.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: 'Bearer alice-key-123' },
    });
    const results: unknown[] = [];
    for await (const r of ok.iterate({ query: '{ jobs { nodes { id } } }' })) results.push(r);
    await ok.dispose();
    expect(results).toEqual([{ data: { jobs: { nodes: [] } } }]);
    expect((await gql('{ jobs { nodes { id } } }', {}, as('bob-key-456'))).errors).toBeUndefined();
  });

  it('lets a key see and cancel only its own jobs; raw Tencent JobIds need an admin key', async () => {
    const sim = await startTestSimulator({
      durations: { PRO: { waitMs: 200, runMs: 400 } },
      slots: { PRO: 1 },
    });
    const { gql, gateway } = await startTestGateway(sim, {
      ...KEYS,
      UPSTREAM_PRO_SLOTS: '1',
      JOB_REFRESH_MS: '200',
    });
    const first = await gql<{ submitJob: { id: string } }>(SUBMIT, { p: 'alice one' }, as('alice-key-123'));
    const queued = await gql<{ submitJob: { id: string } }>(SUBMIT, { p: 'alice two' }, as('alice-key-123'));
    const aliceJob = first.data?.submitJob.id ?? '';
    const aliceQueued = queued.data?.submitJob.id ?? '';

    const JOB = 'query ($id: ID!) { job(id: $id) { id status upstreamJobId } }';
    expect((await gql(JOB, { id: aliceJob }, as('bob-key-456'))).data).toEqual({ job: null });
    const cancel = await gql(
      'mutation ($id: ID!) { cancelJob(id: $id) { id } }',
      { id: aliceQueued },
      as('bob-key-456'),
    );
    expect(cancel.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const bobList = await gql<{ jobs: { nodes: unknown[] } }>(
      '{ jobs { nodes { id } } }',
      {},
      as('bob-key-456'),
    );
    expect(bobList.data?.jobs.nodes).toEqual([]);
    const opsList = await gql<{ jobs: { nodes: unknown[] } }>(
      '{ jobs { nodes { id } } }',
      {},
      as('ops-key-789'),
    );
    expect(opsList.data?.jobs.nodes).toHaveLength(2);
    const own = await gql(
      'mutation ($id: ID!) { cancelJob(id: $id) { status } }',
      { id: aliceQueued },
      as('alice-key-123'),
    );
    expect(own.data).toEqual({ cancelJob: { status: 'CANCELED' } });

    // Alice may use the Tencent JobId of her own job; a JobId started elsewhere needs an admin key.
    let upstreamJobId: string | null = null;
    for (let i = 0; i < 50 && !upstreamJobId; i++) {
      const r = await gql<{ job: { upstreamJobId: string | null } }>(
        JOB,
        { id: aliceJob },
        as('alice-key-123'),
      );
      upstreamJobId = r.data?.job.upstreamJobId ?? null;
      await sleep(50);
    }
    const byUpstream = await gql<{ job: { id: string } }>(JOB, { id: upstreamJobId }, as('alice-key-123'));
    expect(byUpstream.data?.job.id).toBe(aliceJob);
    // Audit F13: bob gets the same answer for alice's JobId as for one nobody has, so he cannot
    // learn which JobIds other tenants of the gateway have: job, cancelJob and jobStatus alike.
    const answers = async (id: string | null) => {
      const job = await gql(JOB, { id }, as('bob-key-456'));
      const cancel = await gql(
        'mutation ($id: ID!) { cancelJob(id: $id) { id } }',
        { id },
        as('bob-key-456'),
      );
      // Over SSE: the refused subscription is one `next` with the error, then `complete`.
      const sse = await gateway.app.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...as('bob-key-456') },
        body: JSON.stringify({
          query: 'subscription ($id: ID!) { jobStatus(id: $id) { id } }',
          variables: { id },
        }),
      });
      const status = (await sse.text()).replace(/^:\n\n/gm, '');
      return {
        job: { data: job.data, error: job.errors?.map((e) => [e.message, e.extensions?.code]) },
        cancel: { data: cancel.data, error: cancel.errors?.map((e) => [e.message, e.extensions?.code]) },
        status,
      };
    };
    const othersJob = await answers(upstreamJobId);
    const nobodysJob = await answers('1234567890123456789');
    expect(othersJob.job).toEqual({
      data: { job: null },
      error: [['Looking up a Tencent JobId not submitted with your key needs an admin key', 'FORBIDDEN']],
    });
    expect(othersJob.status).toMatch(/FORBIDDEN/);
    expect(othersJob).toEqual(nobodysJob);

    for (let i = 0; i < 50 && sim.jobs.list().some((j) => j.status !== 'DONE'); i++) await sleep(100);
    const elsewhere = await callApi(sim.url, {
      action: 'SubmitHunyuanTo3DProJob',
      body: { Prompt: 'from a script' },
    });
    const foreignId = String(elsewhere.JobId);
    const denied = await gql(JOB, { id: foreignId }, as('alice-key-123'));
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const admin = await gql<{ job: { upstreamJobId: string } }>(JOB, { id: foreignId }, as('ops-key-789'));
    expect(admin.data?.job.upstreamJobId).toBe(foreignId);
  });

  it('does not let a key with 50 queued jobs delay another key by more than one slot turn', async () => {
    // The simulator's clock stands still until bob is queued: alice's first job holds the only slot
    // meanwhile, so the queue cannot move between what bob is told and what the test reads.
    let frozenAt: number | undefined = Date.now();
    let lag = 0;
    const sim = await startTestSimulator({
      now: () => frozenAt ?? Date.now() - lag,
      durations: { PRO: { waitMs: 50, runMs: 250 } },
      slots: { PRO: 1 },
    });
    const { gql } = await startTestGateway(sim, { ...KEYS, UPSTREAM_PRO_SLOTS: '1', JOB_REFRESH_MS: '100' });
    for (let i = 0; i < 50; i++) await gql(SUBMIT, { p: `bulk ${i}` }, as('alice-key-123'));
    await vi.waitFor(() => expect(sim.jobs.list().map((j) => j.prompt)).toEqual(['bulk 0']), {
      timeout: 10_000,
    });
    const bob = await gql<{ submitJob: { id: string; queuePosition: number } }>(
      'mutation ($p: String!) { submitJob(input: { prompt: $p }) { id queuePosition } }',
      { p: 'bob single' },
      as('bob-key-456'),
    );
    const position = bob.data?.submitJob.queuePosition ?? -1;
    // At most alice's job of the turn in progress goes before bob.
    expect(position).toBeGreaterThanOrEqual(1);
    expect(position).toBeLessThanOrEqual(2);
    const asked = await gql<{ job: { queuePosition: number } }>(
      'query ($id: ID!) { job(id: $id) { queuePosition } }',
      { id: bob.data?.submitJob.id },
      as('bob-key-456'),
    );
    expect(asked.data?.job.queuePosition).toBe(position);

    lag = Date.now() - (frozenAt ?? 0);
    frozenAt = undefined;
    await vi.waitFor(() => expect(sim.jobs.list().map((j) => j.prompt)).toContain('bob single'), {
      timeout: 30_000,
      interval: 50,
    });
    // Bob went upstream exactly where he was told he stood: after alice's running job and the
    // position − 1 jobs that were ahead of him.
    const order = sim.jobs.list().map((j) => j.prompt);
    expect(order.slice(0, position + 1)).toEqual([
      ...Array.from({ length: position }, (_, i) => `bulk ${i}`),
      'bob single',
    ]);
  });

  it('limits how many jobs one key may keep queued', async () => {
    const sim = await startTestSimulator({
      durations: { PRO: { waitMs: 60_000, runMs: 1000 } },
      slots: { PRO: 1 },
    });
    const { gql } = await startTestGateway(sim, {
      ...KEYS,
      UPSTREAM_PRO_SLOTS: '1',
      MAX_QUEUED_JOBS_PER_KEY: '3',
    });
    const codes: Array<string | undefined> = [];
    for (let i = 0; i < 6; i++) {
      const r = await gql(SUBMIT, { p: `limited ${i}` }, as('alice-key-123'));
      codes.push(r.errors?.[0]?.extensions?.code as string | undefined);
      await sleep(30);
    }
    // One goes upstream, three wait, the rest are refused; another key is not affected.
    expect(codes).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      'TOO_MANY_QUEUED_JOBS',
      'TOO_MANY_QUEUED_JOBS',
    ]);
    expect((await gql(SUBMIT, { p: 'bob fine' }, as('bob-key-456'))).errors).toBeUndefined();
  });

  it('never writes Tencent secrets or API keys into logs, errors or metrics', async () => {
    const secretId = 'AKIDleakcheck0000000000000000000';
    const secretKey = 'LeakCheckSecretKeyValue000000001';
    const sim = await startTestSimulator({
      credentials: [{ secretId, secretKey }],
      durations: { PRO: { waitMs: 50, runMs: 100 } },
    });
    const { gateway, log, gql } = await startTestGateway(sim, {
      ...KEYS,
      TENCENTCLOUD_SECRET_ID: secretId,
      TENCENTCLOUD_SECRET_KEY: secretKey,
      LOG_LEVEL: 'trace',
    });
    const server = await listen(gateway, log.logger);
    const seen: string[] = [];
    seen.push(JSON.stringify(await gql(SUBMIT, { p: 'leak check' }, as('alice-key-123'))));
    seen.push(JSON.stringify(await gql(SUBMIT, { p: 'no key' })));
    seen.push(JSON.stringify(await gql(SUBMIT, { p: 'bad key' }, as('alice-key-999'))));
    seen.push(JSON.stringify(await gql('{ job(id: "1234567890123456789") { id } }', {}, as('ops-key-789'))));
    sim.faults.set({ nextErrors: ['AuthFailure.SignatureFailure'] });
    seen.push(JSON.stringify(await gql('{ job(id: "1234567890123456788") { id } }', {}, as('ops-key-789'))));
    // The accepted job has gone upstream, so whatever its Submit logs is in the lines checked below.
    await vi.waitFor(() => expect(sim.jobs.list().map((j) => j.prompt)).toContain('leak check'), {
      timeout: 10_000,
    });
    for (const path of ['/metrics', '/ready', '/health']) {
      seen.push(await (await fetch(`${server.url}${path}`)).text());
    }
    const everything = `${JSON.stringify(log.lines())}\n${seen.join('\n')}`;
    expect(log.lines().length).toBeGreaterThan(3);
    for (const secret of [secretKey, secretId, 'alice-key-123', 'ops-key-789', 'alice-key-999']) {
      expect(everything).not.toContain(secret);
    }
  });
});
