import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEV_SECRET_ID, DEV_SECRET_KEY } from '../../src/simulator/options.ts';
import { gqlHttp, startGatewayProcess } from '../helpers/gateway-process.ts';
import { startTestSimulator } from '../helpers/simulator.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

interface Job {
  id: string;
  status: string;
  queuePosition: number | null;
  upstreamJobId: string | null;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('durable jobs across a crash', () => {
  it('after kill -9 with 10 jobs queued and 3 running, all 13 finish: same ids, queue order kept, nothing submitted twice', async () => {
    const sim = await startTestSimulator({ durations: { PRO: { waitMs: 300, runMs: 1200 } } });
    const dir = mkdtempSync(join(tmpdir(), 'gateway-restart-'));
    dirs.push(dir);
    const env = {
      TENCENTCLOUD_SECRET_ID: DEV_SECRET_ID,
      TENCENTCLOUD_SECRET_KEY: DEV_SECRET_KEY,
      HUNYUAN_ENDPOINT: sim.url,
      GATEWAY_DB: join(dir, 'nested', 'gateway.db'),
      JOB_REFRESH_MS: '300',
    };

    const first = await startGatewayProcess({ env });
    const ids: string[] = [];
    for (let i = 0; i < 13; i++) {
      const r = await gqlHttp<{ data: { submitJob: Job } }>(
        first.url,
        'mutation ($p: String!) { submitJob(input: { prompt: $p }) { id status } }',
        { p: `restart job ${i}` },
      );
      ids.push(r.data.submitJob.id);
    }
    // Three are upstream, ten wait in the gateway's queue.
    for (let i = 0; i < 50 && sim.jobs.list().length < 3; i++) await sleep(50);
    expect(sim.jobs.list()).toHaveLength(3);
    expect(await first.kill('SIGKILL')).toBe(null);

    const second = await startGatewayProcess({ env });
    const query = `{ ${ids.map((id, i) => `j${i}: job(id: "${id}") { id status queuePosition upstreamJobId }`).join(' ')} }`;
    const after = await gqlHttp<{ data: Record<string, Job> }>(second.url, query);
    const jobs = Object.values(after.data);
    expect(jobs.map((j) => j.id)).toEqual(ids);
    const upstream = jobs.filter((j) => j.upstreamJobId !== null);
    expect(upstream).toHaveLength(3);
    const queued = jobs.filter((j) => j.status === 'QUEUED');
    expect(queued.map((j) => j.id)).toEqual(ids.slice(3));
    expect(queued.map((j) => j.queuePosition)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);

    let final: Job[] = [];
    for (let i = 0; i < 200; i++) {
      final = Object.values((await gqlHttp<{ data: Record<string, Job> }>(second.url, query)).data);
      if (final.every((j) => j.status === 'DONE')) break;
      await sleep(200);
    }
    expect(final.map((j) => j.status)).toEqual(Array(13).fill('DONE'));
    const c = sim.counters.read();
    expect(c.jobsSubmitted.PRO).toBe(13);
    expect(new Set(sim.jobs.list().map((j) => j.prompt)).size).toBe(13);
    expect(c.peakRunningJobs.PRO).toBeLessThanOrEqual(3);
    expect(Object.keys(c.answers.SubmitHunyuanTo3DProJob ?? {})).toEqual(['OK']);

    // The jobs list survives too, newest first.
    const list = await gqlHttp<{ data: { jobs: { nodes: Array<{ id: string }> } } }>(
      second.url,
      '{ jobs(first: 20) { nodes { id } } }',
    );
    expect(list.data.jobs.nodes.map((n) => n.id)).toEqual([...ids].reverse());
  });
});
