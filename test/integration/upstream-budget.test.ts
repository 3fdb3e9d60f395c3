import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { listen, startTestGateway } from '../helpers/gateway.ts';
import { startTestSimulator } from '../helpers/simulator.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const QUERY = 'QueryHunyuanTo3DProJob';

interface JobSnapshot {
  id: string;
  status: string;
  upstreamJobId: string | null;
  resultFiles: Array<{ type: string; url: string; previewImageUrl: string | null }>;
}

describe('one shared upstream budget', () => {
  it('runs 12 Pro jobs submitted at once through 3 slots without ever tripping a Tencent limit', async () => {
    const sim = await startTestSimulator({ durations: { PRO: { waitMs: 200, runMs: 600 } } });
    const { gql } = await startTestGateway(sim, { JOB_REFRESH_MS: '200' });

    const submitted = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        gql<{ submitJob: JobSnapshot }>(
          'mutation ($p: String!) { submitJob(input: { prompt: $p }) { id status upstreamJobId resultFiles { type url previewImageUrl } } }',
          { p: `object number ${i}` },
        ),
      ),
    );
    const ids = submitted.map((r) => {
      expect(r.errors).toBeUndefined();
      expect(['QUEUED', 'WAIT']).toContain(r.data?.submitJob.status);
      return r.data?.submitJob.id ?? '';
    });

    const deadline = Date.now() + 30_000;
    let jobs: JobSnapshot[] = [];
    while (Date.now() < deadline) {
      const res = await gql<Record<string, JobSnapshot>>(
        `{ ${ids.map((id, i) => `j${i}: job(id: "${id}") { id status upstreamJobId resultFiles { type url previewImageUrl } }`).join(' ')} }`,
      );
      jobs = Object.values(res.data ?? {});
      if (jobs.every((j) => j.status === 'DONE')) break;
      await sleep(200);
    }
    expect(jobs.map((j) => j.status)).toEqual(Array(12).fill('DONE'));
    for (const j of jobs) {
      expect(j.resultFiles[0]?.type).toBe('GLB');
      expect(j.resultFiles[0]?.url).toMatch(/\/files\/.*model\.glb$/);
    }
    expect(new Set(jobs.map((j) => j.upstreamJobId)).size).toBe(12);

    const c = sim.counters.read();
    expect(c.jobsSubmitted.PRO).toBe(12);
    expect(c.peakRunningJobs.PRO).toBeLessThanOrEqual(3);
    const errors = Object.values(c.answers).flatMap((byCode) =>
      Object.keys(byCode).filter((k) => k !== 'OK'),
    );
    expect(errors).toEqual([]);
    expect(c.peakArrivalWindow.QueryHunyuanTo3DProJob ?? 0).toBeLessThanOrEqual(20);
  });

  it('serves 200 clients polling 5 running jobs at the cost of the poll schedule alone, at most 20 Query calls in any second', async () => {
    // How fast the clients are served and how fresh their answers are depends on the machine: those
    // figures are measured by `npm run bench -- poll-freshness` (BENCHMARKS.md), not asserted here.
    const refreshMs = 1500;
    const durations = { waitMs: 1000, runMs: 3000 };
    const sim = await startTestSimulator({ durations: { PRO: durations }, slots: { PRO: 5 } });
    const { gateway, log, gql } = await startTestGateway(sim, {
      JOB_REFRESH_MS: String(refreshMs),
      UPSTREAM_PRO_SLOTS: '5',
    });
    const server = await listen(gateway, log.logger);

    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await gql<{ submitJob: { id: string } }>(
        `mutation { submitJob(input: { prompt: "poll storm ${i}" }) { id } }`,
      );
      ids.push(r.data?.submitJob.id ?? '');
    }
    sim.counters.reset();

    // The 200 clients run in their own process, as real clients would, so they do not starve the
    // gateway's event loop on a small machine.
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'test/helpers/poll-clients.ts', server.url, '200', '10000', ...ids],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    const closed = once(child, 'close');
    // While the clients poll, the jobs finish: from then on upstream hears nothing more about them,
    // however many clients keep asking.
    await vi.waitFor(
      async () => {
        const res = await gql<Record<string, { status: string }>>(
          `{ ${ids.map((id, i) => `j${i}: job(id: "${id}") { status }`).join(' ')} }`,
        );
        expect(Object.values(res.data ?? {}).map((j) => j.status)).toEqual(Array(5).fill('DONE'));
      },
      { timeout: 60_000, interval: 200 },
    );
    const queriesWhenDone = sim.counters.read().requests[QUERY] ?? 0;
    await closed;
    const result = JSON.parse(out) as { served: number; errors: number; sawDone: number };

    const c = sim.counters.read();
    const queries = c.requests[QUERY] ?? 0;
    console.info(
      `poll storm: ${result.served} client requests, ${queries} upstream Query calls, ` +
        `peak ${c.peakArrivalWindow[QUERY]} in any second`,
    );
    expect(result.errors).toBe(0);
    // Every client saw its job DONE.
    expect(result.sawDone).toBe(200);
    expect(c.peakArrivalWindow[QUERY] ?? 0).toBeLessThanOrEqual(20);
    expect(c.answers[QUERY]?.RequestLimitExceeded ?? 0).toBe(0);
    // Upstream sees only the poller, never the clients: each job is polled at most twice per refresh
    // interval from its Submit until the first poll after it finished, and not at all once DONE.
    const perJob = Math.ceil((durations.waitMs + durations.runMs) / (refreshMs / 2)) + 1;
    expect(queries).toBeLessThanOrEqual(5 * perJob);
    expect(queries).toBe(queriesWhenDone);
    expect(result.served).toBeGreaterThan(queries);
  }, 150_000);
});
