import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import {
  createClient,
  GatewayClientError,
  GatewayHttpError,
  GatewayRequestError,
  GatewayUnreachableError,
  type Job,
  type Pipeline,
} from '../../src/client/index.ts';
import { JOB_KIND_NAMES, type JobKindName } from '../../src/tencent/job-kinds.ts';
import { listen, startTestGateway } from '../helpers/gateway.ts';
import { closedPort } from '../helpers/raw-upstream.ts';
import { type ManualClock, manualClock, startTestSimulator } from '../helpers/simulator.ts';
import { startTcpProxy } from '../helpers/tcp-proxy.ts';

/**
 * The client library (`hunyuan3d-gateway/client`, src/client/) against a real gateway listening on
 * 127.0.0.1 and its simulator: every call, the errors each failure maps to, and `watch` resuming
 * through a proxy that drops the stream. Waits are on observable states, never on time.
 */

function allKinds(waitMs: number, runMs: number) {
  return Object.fromEntries(JOB_KIND_NAMES.map((k) => [k, { waitMs, runMs }])) as Record<
    JobKindName,
    { waitMs: number; runMs: number }
  >;
}

async function setup(env: Record<string, string> = {}, clock?: ManualClock) {
  const sim = await startTestSimulator({
    durations: clock ? allKinds(1000, 1000) : allKinds(50, 150),
    ...(clock ? { now: clock.now, slots: { PRO: 1 } } : {}),
  });
  const tg = await startTestGateway(sim, { JOB_REFRESH_MS: '100', ...env });
  const server = await listen(tg.gateway, tg.log.logger);
  return { sim, tg, server, client: createClient({ url: server.url }) };
}

/** Versions 1, 2, … n with no gap and no repeat. */
function consecutive(jobs: readonly Pick<Job, 'version'>[]): number[] {
  return Array.from({ length: jobs.length }, (_, i) => (jobs[0]?.version ?? 1) + i);
}

describe('client library: calls against a real gateway', () => {
  it('submits, waits for DONE with every update, and downloads a GLB (absolute and relative URL)', async () => {
    const { client, server } = await setup();
    const submitted = await client.submit({ prompt: 'a small wooden chair' }, { idempotencyKey: 'chair-1' });
    expect(submitted).toMatchObject({ status: 'QUEUED', prompt: 'a small wooden chair', version: 1 });
    // The same idempotency key gives the same job back.
    expect((await client.submit({ prompt: 'a small wooden chair' }, { idempotencyKey: 'chair-1' })).id).toBe(
      submitted.id,
    );

    const updates: Job[] = [];
    const done = await client.waitFor(submitted.id, { onUpdate: (job) => updates.push(job) });
    expect(done.status).toBe('DONE');
    expect(updates.at(-1)).toEqual(done);
    expect(updates.map((j) => j.version)).toEqual(consecutive(updates));
    expect(updates.every((j) => j.id === submitted.id)).toBe(true);

    const glb = done.resultFiles.find((f) => f.type === 'GLB');
    expect(glb?.url.startsWith(server.url)).toBe(true);
    if (!glb) throw new Error('no GLB result');
    const file = await client.download(glb);
    expect(new TextDecoder().decode(file.bytes.slice(0, 4))).toBe('glTF');
    expect(file.contentType).toBe('model/gltf-binary');
    expect(file.fileName).toBe('model.glb');
    // A path alone resolves against the gateway.
    const relative = await client.download(new URL(glb.url).pathname);
    expect(Buffer.from(relative.bytes).equals(Buffer.from(file.bytes))).toBe(true);
    if (glb.previewImageUrl) {
      const preview = await client.download(glb.previewImageUrl);
      expect(preview.contentType).toBe('image/png');
      expect([...preview.bytes.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    }

    expect(await client.get(submitted.id)).toEqual(done);
    // A job that ended gives its last state at once, and the iterator ends.
    const again: Job[] = [];
    for await (const job of client.watch(submitted.id)) again.push(job);
    expect(again.map((j) => j.status)).toEqual(['DONE']);
  }, 30_000);

  it('answers null for an unknown job, and NOT_FOUND when watching one', async () => {
    const { client } = await setup();
    expect(await client.get('job_0000000000000000')).toBeNull();
    const watching = (async () => {
      for await (const _ of client.watch('job_0000000000000000')) {
        // Nothing is expected.
      }
    })();
    const err = await watching.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GatewayRequestError);
    expect((err as GatewayRequestError).code).toBe('NOT_FOUND');
    expect(await client.getPipeline('pl_unknown')).toBeNull();
  });

  it('pages through jobs with first/after and filters by status', async () => {
    const clock = manualClock(Date.now());
    // The clock never moves: jobs stay where they are while the pages are read.
    const { client } = await setup({ UPSTREAM_PRO_SLOTS: '1' }, clock);
    const ids: string[] = [];
    for (const prompt of ['one', 'two', 'three', 'four', 'five'])
      ids.push((await client.submit({ prompt })).id);

    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const page = await client.list({ first: 2, ...(after ? { after } : {}) });
      expect(page.jobs.length).toBeLessThanOrEqual(2);
      seen.push(...page.jobs.map((j) => j.id));
      after = page.nextCursor ?? undefined;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect([...seen].sort()).toEqual([...ids].sort());
    expect(new Set(seen).size).toBe(ids.length);

    const canceled = await client.cancel(ids[4] ?? '');
    expect(canceled.status).toBe('CANCELED');
    const onlyCanceled = await client.list({ status: 'CANCELED' });
    expect(onlyCanceled).toEqual({ jobs: [canceled], nextCursor: null });
  });

  it('cancels a queued job; a job already at Tencent gives JOB_NOT_CANCELABLE', async () => {
    const clock = manualClock(Date.now());
    const { client } = await setup({ UPSTREAM_PRO_SLOTS: '1' }, clock);
    const first = await client.submit({ prompt: 'holds the only slot' });
    await vi.waitFor(async () => expect((await client.get(first.id))?.status).toBe('WAIT'), {
      timeout: 20_000,
      interval: 50,
    });
    const queued = await client.submit({ prompt: 'waits for it' });
    expect(queued.status).toBe('QUEUED');
    expect(queued.queueReason).toBe('SLOTS_BUSY');

    const canceled = await client.cancel(queued.id);
    expect(canceled).toMatchObject({ id: queued.id, status: 'CANCELED' });
    // Final already: waitFor resolves with it.
    expect((await client.waitFor(queued.id)).status).toBe('CANCELED');

    const err = await client.cancel(first.id).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GatewayRequestError);
    expect((err as GatewayRequestError).code).toBe('JOB_NOT_CANCELABLE');
  }, 30_000);

  it('retries a failed job as a new one; a DONE job is not retryable', async () => {
    const { client } = await setup({ UPSTREAM_FAIL_RETRIES: '0' });
    const failing = await client.submit({ prompt: 'a chair [fail]' });
    const failed = await client.waitFor(failing.id);
    expect(failed.status).toBe('FAIL');
    expect(failed.errorCode).toBeTruthy();

    const retry = await client.retry(failed.id);
    expect(retry.id).not.toBe(failed.id);
    expect(retry.retryOf?.id).toBe(failed.id);
    expect(retry.prompt).toBe(failed.prompt);

    const ok = await client.waitFor((await client.submit({ prompt: 'a table' })).id);
    expect(ok.status).toBe('DONE');
    const err = await client.retry(ok.id).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GatewayRequestError);
    expect((err as GatewayRequestError).code).toBe('JOB_NOT_RETRYABLE');
  }, 30_000);

  it('watches a pipeline to DONE, step by step', async () => {
    const { client } = await setup();
    const submitted = await client.submitPipeline([
      { prompt: 'a teapot' },
      { kind: 'CONVERT', format: 'STL', file: { fromStep: 1 } },
    ]);
    expect(submitted.steps).toHaveLength(2);

    const seen: Pipeline[] = [];
    for await (const p of client.watchPipeline(submitted.id)) seen.push(p);
    const last = seen.at(-1);
    expect(last?.status).toBe('DONE');
    expect(last?.steps.map((s) => s.status)).toEqual(['DONE', 'DONE']);
    expect(seen.every((p) => p.id === submitted.id)).toBe(true);
    // Each event is one step's change: step versions never go back.
    for (const [i, p] of seen.entries()) {
      for (const [s, step] of p.steps.entries()) {
        expect(step.version).toBeGreaterThanOrEqual(seen[i - 1]?.steps[s]?.version ?? 0);
      }
    }
    expect(await client.getPipeline(submitted.id)).toEqual(last);

    const stl = last?.steps[1]?.resultFiles.find((f) => f.type === 'STL');
    if (!stl) throw new Error('no STL result');
    const file = await client.download(stl);
    expect(file.fileName).toMatch(/\.stl$/);
    expect(file.bytes.byteLength).toBeGreaterThan(84);
  }, 30_000);
});

describe('client library: errors', () => {
  it('a bad API key is a GatewayRequestError with code UNAUTHENTICATED, for calls and for watch', async () => {
    const { server } = await setup({ GATEWAY_API_KEYS: 'alice:alice-key-123' });
    const good = createClient({ url: `${server.url}/graphql`, apiKey: 'alice-key-123' });
    const job = await good.submit({ prompt: 'a lamp' });

    const bad = createClient({ url: server.url, apiKey: 'not-a-key-000' });
    const err = await bad.get(job.id).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GatewayRequestError);
    expect(err).toBeInstanceOf(GatewayClientError);
    expect((err as GatewayRequestError).code).toBe('UNAUTHENTICATED');
    expect((err as GatewayRequestError).status).toBe(401);

    const watchErr = await (async () => {
      for await (const _ of bad.watch(job.id)) {
        // Nothing is expected.
      }
    })().catch((e: unknown) => e);
    expect(watchErr).toBeInstanceOf(GatewayRequestError);
    expect((watchErr as GatewayRequestError).code).toBe('UNAUTHENTICATED');
    expect((watchErr as GatewayRequestError).status).toBe(401);

    expect((await good.waitFor(job.id)).status).toBe('DONE');
  }, 30_000);

  it('an unreachable gateway is a GatewayUnreachableError, for calls, watch and download', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const client = createClient({ url });
    const err = await client.submit({ prompt: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GatewayUnreachableError);
    expect((err as GatewayUnreachableError).url).toBe(`${url}/graphql`);

    const watchErr = await (async () => {
      for await (const _ of client.watch('job_x', { retries: 1 })) {
        // Nothing is expected.
      }
    })().catch((e: unknown) => e);
    expect(watchErr).toBeInstanceOf(GatewayUnreachableError);
    expect(await client.download('/files/job_x/0/model.glb').catch((e: unknown) => e)).toBeInstanceOf(
      GatewayUnreachableError,
    );
  });

  it('an HTTP answer without a GraphQL result is a GatewayHttpError', async () => {
    const { client } = await setup();
    const err = await client.download('/files/job_0000000000000000/0/model.glb').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GatewayHttpError);
    expect((err as GatewayHttpError).status).toBe(404);

    // A proxy in front of a gateway that is down: HTML, no GraphQL.
    const proxy = createServer((_req, res) => {
      res.writeHead(502, { 'content-type': 'text/html' }).end('<h1>502 Bad Gateway</h1>');
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    try {
      const behind = createClient({ url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}` });
      const notGraphql = await behind.get('job_x').catch((e: unknown) => e);
      expect(notGraphql).toBeInstanceOf(GatewayHttpError);
      expect(notGraphql).toMatchObject({ status: 502, body: '<h1>502 Bad Gateway</h1>' });
      // For a stream, a 502 is worth asking again (a gateway restarting), until the retries are spent.
      const watchErr = await (async () => {
        for await (const _ of behind.watch('job_x', { retries: 1 })) {
          // Nothing is expected.
        }
      })().catch((e: unknown) => e);
      expect(watchErr).toBeInstanceOf(GatewayHttpError);
      expect(watchErr).toMatchObject({ status: 502 });
    } finally {
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
    }
  });

  it("the caller's AbortSignal stops a watch with its reason", async () => {
    const clock = manualClock(Date.now());
    const { client } = await setup({ UPSTREAM_PRO_SLOTS: '1' }, clock);
    const job = await client.submit({ prompt: 'never moves' });
    const controller = new AbortController();
    const seen: Job[] = [];
    const watching = (async () => {
      for await (const update of client.watch(job.id, { signal: controller.signal })) seen.push(update);
    })();
    await vi.waitFor(() => expect(seen).toHaveLength(1), { timeout: 10_000, interval: 20 });
    const reason = new Error('user went away');
    controller.abort(reason);
    expect(await watching.catch((e: unknown) => e)).toBe(reason);
  });
});

describe('client library: watch resumes a dropped stream', () => {
  const WAIT_MS = 1000;
  const RUN_MS = 1000;

  it('reconnects with Last-Event-ID: every version once, in order, no repeat, no gap', async () => {
    const clock = manualClock(Date.now());
    const { client, server } = await setup({ UPSTREAM_PRO_SLOTS: '1' }, clock);
    const proxy = await startTcpProxy(server.url);
    const viaProxy = createClient({ url: proxy.url });
    const status = async (id: string) => (await client.get(id))?.status;
    const reaches = (id: string, s: string) =>
      vi.waitFor(async () => expect(await status(id)).toBe(s), { timeout: 20_000, interval: 50 });

    // The first job holds the only slot, so the followed one stays QUEUED until the clock moves.
    const first = await client.submit({ prompt: 'holds the slot' });
    await reaches(first.id, 'WAIT');
    const { id } = await client.submit({ prompt: 'followed through a broken network' });

    const seen: Job[] = [];
    const watching = (async () => {
      for await (const job of viaProxy.watch(id)) seen.push(job);
    })();
    await vi.waitFor(() => expect(seen.length).toBeGreaterThan(0), { timeout: 10_000, interval: 20 });
    const before = seen.at(-1);
    expect(before?.status).toBe('QUEUED');

    // The network breaks; the client's next connection hangs until the test lets it through.
    proxy.hold();
    proxy.cut();
    await vi.waitFor(() => expect(proxy.held).toBe(1), { timeout: 10_000, interval: 20 });

    // Away: the first job ends, the followed one is sent (WAIT) and starts (RUN).
    clock.advance(WAIT_MS + RUN_MS);
    await reaches(id, 'WAIT');
    clock.advance(WAIT_MS);
    await reaches(id, 'RUN');
    proxy.release();
    await vi.waitFor(() => expect(seen.at(-1)?.status).toBe('RUN'), { timeout: 10_000, interval: 20 });

    clock.advance(RUN_MS);
    await watching;
    const final = await client.get(id);
    expect(final?.status).toBe('DONE');
    expect(seen.at(-1)).toMatchObject({ id, status: 'DONE', version: final?.version });
    // Every version from the first to the last exactly once: the replay filled the gap.
    expect(seen.map((j) => j.version)).toEqual(consecutive(seen));
    expect(seen[0]?.version).toBe(1);
    expect(seen.at(-1)?.version).toBe(final?.version);
    expect(seen.map((j) => j.status)).toEqual(expect.arrayContaining(['QUEUED', 'WAIT', 'RUN', 'DONE']));

    // The reconnection asked for what followed the last event received.
    const streams = proxy.requests.filter((r) => r.includes('text/event-stream'));
    expect(streams).toHaveLength(2);
    expect(streams[0]).not.toMatch(/last-event-id/i);
    expect(streams[1]).toMatch(new RegExp(`\\r\\nlast-event-id: ${id}:${before?.version}\\r\\n`, 'i'));
  }, 60_000);

  it('breaking out of the loop closes the stream', async () => {
    const clock = manualClock(Date.now());
    const { client, server } = await setup({ UPSTREAM_PRO_SLOTS: '1' }, clock);
    const proxy = await startTcpProxy(server.url);
    const viaProxy = createClient({ url: proxy.url });
    const { id } = await client.submit({ prompt: 'watched briefly' });
    for await (const job of viaProxy.watch(id)) {
      expect(job.id).toBe(id);
      expect(proxy.open).toBe(1);
      break;
    }
    await vi.waitFor(() => expect(proxy.open).toBe(0), { timeout: 10_000, interval: 20 });
  });

  it('gives up after `retries` failed reopenings in a row', async () => {
    const clock = manualClock(Date.now());
    const { client, server } = await setup({ UPSTREAM_PRO_SLOTS: '1' }, clock);
    const proxy = await startTcpProxy(server.url);
    const { id } = await client.submit({ prompt: 'the network never comes back' });
    const seen: Job[] = [];
    const watching = (async () => {
      for await (const job of createClient({ url: proxy.url }).watch(id, { retries: 2 })) seen.push(job);
    })();
    await vi.waitFor(() => expect(seen).toHaveLength(1), { timeout: 10_000, interval: 20 });
    await proxy.close();
    const err = await watching.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GatewayUnreachableError);
    expect(seen).toHaveLength(1);
  });
});
