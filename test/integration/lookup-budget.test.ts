import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startTestGateway } from '../helpers/gateway.ts';
import { startTestSimulator } from '../helpers/simulator.ts';

/**
 * Audit F15: lookups of raw Tencent JobIds the gateway does not know cost up to one Query per kind
 * each, and new ids miss every cache. They get a bounded share of the Query budget, so the jobs
 * the gateway follows keep being polled however many lookups are asked for.
 */

interface Arrival {
  action: string;
  jobId: string | undefined;
}

const closing: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closing.splice(0)) await close();
});

/** A loopback proxy in front of the simulator that notes each API call's action and JobId, in arrival order. */
async function recordingProxy(target: string) {
  const arrivals: Arrival[] = [];
  const to = new URL(target);
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      let jobId: string | undefined;
      try {
        jobId = (JSON.parse(body.toString('utf8')) as { JobId?: string }).JobId;
      } catch {
        jobId = undefined;
      }
      arrivals.push({ action: String(req.headers['x-tc-action'] ?? ''), jobId });
      // Headers as signed (Host included): the simulator checks the signature.
      const out = httpRequest(
        { host: to.hostname, port: to.port, method: req.method, path: req.url, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      out.on('error', () => res.destroy());
      out.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closing.push(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  );
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, arrivals };
}

describe('lookups of unknown Tencent JobIds', () => {
  it('take a bounded share of the Query budget: a followed job keeps its polls (F15)', async () => {
    const sim = await startTestSimulator({ durations: { PRO: { waitMs: 60_000, runMs: 1000 } } });
    const proxy = await recordingProxy(sim.url);
    const perSecond = 2;
    const inFlight = 2;
    // An open gateway: everyone may look up raw JobIds, as an admin key may.
    const { gql } = await startTestGateway(sim, {
      HUNYUAN_ENDPOINT: proxy.url,
      JOB_REFRESH_MS: '1000',
      EXTERNAL_LOOKUP_QPS: String(perSecond),
      EXTERNAL_LOOKUP_CONCURRENCY: String(inFlight),
    });
    await gql('mutation { submitJob(input: { prompt: "followed" }) { id } }');
    await vi.waitFor(() => expect(sim.jobs.list()).toHaveLength(1), { timeout: 10_000 });
    const followed = String(sim.jobs.list()[0]?.id);
    const PRO_QUERY = 'QueryHunyuanTo3DProJob';
    const polls = (from: number) =>
      proxy.arrivals.slice(from).filter((a) => a.action === PRO_QUERY && a.jobId === followed).length;
    await vi.waitFor(() => expect(polls(0)).toBeGreaterThan(0), { timeout: 10_000 });

    // Batches of 50 fresh JobIds in one request each (the most one request may alias), one after
    // another, until the followed job has been polled 6 more times.
    const start = proxy.arrivals.length;
    const codes = new Map<string, number>();
    let next = 0;
    while (polls(start) < 6) {
      const ids = Array.from({ length: 50 }, () => `9${String(next++).padStart(18, '0')}`);
      const r = await gql(`{ ${ids.map((id, i) => `a${i}: job(id: "${id}") { id }`).join(' ')} }`);
      for (const e of r.errors ?? []) {
        const code = String(e.extensions?.code);
        codes.set(code, (codes.get(code) ?? 0) + 1);
        if (code === 'UPSTREAM_BUSY') expect(e.extensions?.retryAfterMs).toBeGreaterThan(0);
      }
    }

    // Beyond the share, lookups are refused at once, with a code saying why.
    expect([...codes.keys()]).toEqual(['UPSTREAM_BUSY']);
    expect(codes.get('UPSTREAM_BUSY')).toBeGreaterThan(0);
    // Between two polls of the followed job (one interval, 500 ms, spanning at most two seconds of
    // the lookup window), at most the lookups in flight plus two seconds' share reached the same
    // action. Unbounded, a batch of 50 queued ahead of the poller: 50 lookups between two polls.
    const between: number[] = [];
    let lookups = 0;
    for (const a of proxy.arrivals.slice(start)) {
      if (a.action !== PRO_QUERY) continue;
      if (a.jobId === followed) {
        between.push(lookups);
        lookups = 0;
      } else lookups += 1;
    }
    expect(between.length).toBeGreaterThanOrEqual(6);
    expect(Math.max(...between)).toBeLessThanOrEqual(inFlight + 2 * perSecond);
    // And lookups did run: the share is used, not closed.
    expect(
      proxy.arrivals.filter((a) => a.action === PRO_QUERY && a.jobId !== followed).length,
    ).toBeGreaterThan(0);
  });
});
