import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient as createWsClient } from 'graphql-ws';
import { afterEach, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { createSqliteJobStore } from '../../src/jobs/store/store-sqlite.ts';
import { DEV_SECRET_ID, DEV_SECRET_KEY } from '../../src/simulator/options.ts';
import { gqlHttp, startGatewayProcess } from '../helpers/gateway-process.ts';
import { startTestSimulator } from '../helpers/simulator.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const SUBSCRIPTION = 'subscription ($id: ID!) { jobStatus(id: $id) { id status } }';

describe('SIGTERM', () => {
  it('completes subscriptions properly, keeps every accepted job in the store and exits within 10 s', async () => {
    const sim = await startTestSimulator({ durations: { PRO: { waitMs: 60_000, runMs: 60_000 } } });
    const dir = mkdtempSync(join(tmpdir(), 'gateway-sigterm-'));
    dirs.push(dir);
    const db = join(dir, 'gateway.db');
    const gw = await startGatewayProcess({
      env: {
        TENCENTCLOUD_SECRET_ID: DEV_SECRET_ID,
        TENCENTCLOUD_SECRET_KEY: DEV_SECRET_KEY,
        HUNYUAN_ENDPOINT: sim.url,
        GATEWAY_DB: db,
      },
    });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await gqlHttp<{ data: { submitJob: { id: string } } }>(
        gw.url,
        'mutation ($p: String!) { submitJob(input: { prompt: $p }) { id } }',
        { p: `long job ${i}` },
      );
      ids.push(r.data.submitJob.id);
    }

    // One subscriber over SSE (raw stream, to see the protocol's complete event) and one over graphql-ws.
    const sse = await fetch(`${gw.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: SUBSCRIPTION, variables: { id: ids[0] } }),
    });
    let body = '';
    const sseDone = (async () => {
      const decoder = new TextDecoder();
      for await (const chunk of sse.body ?? []) body += decoder.decode(chunk, { stream: true });
    })();
    const ws = createWsClient({
      url: `${gw.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
    });
    const wsUpdates: unknown[] = [];
    const wsDone = (async () => {
      for await (const u of ws.iterate({ query: SUBSCRIPTION, variables: { id: ids[4] } })) wsUpdates.push(u);
    })();
    // Both streams are open: each has delivered its first snapshot.
    await vi.waitFor(
      () => {
        expect(body).toMatch(/event: next/);
        expect(wsUpdates.length).toBeGreaterThan(0);
      },
      { timeout: 20_000, interval: 50 },
    );

    const exit = gw.kill('SIGTERM');
    await sseDone;
    await wsDone; // ends without throwing: the server sent Complete, not an abrupt close
    await exit;
    await ws.dispose();

    expect(body.trimEnd()).toMatch(/event: complete\ndata:\s*$/);
    // Exit code 0 after 'stopped': a clean shutdown. The gateway's own fuse ends a shutdown that
    // takes over 10 s with exit code 1 and says so, so no clock is needed here to prove the bound.
    expect(gw.child.exitCode).toBe(0);
    const messages = gw.logs.map((l) => l.msg);
    expect(messages).toContain('stopped');
    expect(messages).not.toContain('shutdown took over 10 s; exiting');

    // Nothing accepted was lost: every job is in the file, three upstream and two still queued.
    const store = createSqliteJobStore({ path: db });
    const jobs = await Promise.all(ids.map((id) => store.get(id)));
    await store.close();
    expect(jobs.map((j) => j?.status)).toEqual(['WAIT', 'WAIT', 'WAIT', 'QUEUED', 'QUEUED']);
  });
});
