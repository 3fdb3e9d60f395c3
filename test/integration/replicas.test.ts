import { randomUUID } from 'node:crypto';
import { createClient as createSseClient } from 'graphql-sse';
import { Redis } from 'ioredis';
import { Pool } from 'undici';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEV_SECRET_ID, DEV_SECRET_KEY } from '../../src/simulator/options.ts';
import { type GatewayProcess, gqlHttp, startGatewayProcess } from '../helpers/gateway-process.ts';
import { startTestSimulator } from '../helpers/simulator.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const SUBMIT = 'mutation ($p: String!) { submitJob(input: { prompt: $p }) { id status } }';
const JOB = 'query ($id: ID!) { job(id: $id) { id status upstreamJobId } }';
const prefixes: string[] = [];

afterEach(async () => {
  const redis = new Redis('redis://127.0.0.1:6379');
  for (const prefix of prefixes.splice(0)) {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
  }
  await redis.quit();
});

async function startReplicas(n: number, simUrl: string, prefix: string): Promise<GatewayProcess[]> {
  const env = {
    TENCENTCLOUD_SECRET_ID: DEV_SECRET_ID,
    TENCENTCLOUD_SECRET_KEY: DEV_SECRET_KEY,
    HUNYUAN_ENDPOINT: simUrl,
    REDIS_URL: 'redis://127.0.0.1:6379',
    REDIS_KEY_PREFIX: prefix,
    JOB_REFRESH_MS: '400',
  };
  return Promise.all(Array.from({ length: n }, () => startGatewayProcess({ env })));
}

function leaderOf(replicas: GatewayProcess[]): GatewayProcess | undefined {
  return replicas.find((r) => {
    const changes = r.logs.filter((l) => l.msg === 'became leader' || l.msg === 'lost leadership');
    return changes.at(-1)?.msg === 'became leader';
  });
}

async function follow(url: string, id: string): Promise<string[]> {
  const client = createSseClient({ url: `${url}/graphql`, singleConnection: false, retryAttempts: 0 });
  const seen: string[] = [];
  try {
    for await (const u of client.iterate({
      query: 'subscription ($id: ID!) { jobStatus(id: $id) { status } }',
      variables: { id },
    })) {
      seen.push((u.data as { jobStatus: { status: string } }).jobStatus.status);
    }
  } finally {
    client.dispose();
  }
  return seen;
}

describe('replicas sharing one Tencent account through Redis', () => {
  it('three replicas keep one budget and one set of slots; subscribers everywhere see every state; a dead leader loses nothing', async () => {
    // RUN lasts several poll intervals even on a loaded machine, so every subscriber can see it.
    const sim = await startTestSimulator({ durations: { PRO: { waitMs: 400, runMs: 4000 } } });
    const prefix = `test:${randomUUID()}:`;
    prefixes.push(prefix);
    const replicas = await startReplicas(3, sim.url, prefix);
    const pick = (i: number) => replicas[i % replicas.length] as GatewayProcess;

    const ids: string[] = [];
    // 30 subscribers (two per job), spread over the replicas, each started as soon as its job is
    // accepted: on a loaded machine the 15 submits take seconds, and a subscriber started after all
    // of them could find the first jobs already DONE.
    const streams: Promise<string[]>[] = [];
    for (let i = 0; i < 15; i++) {
      const r = await gqlHttp<{ data: { submitJob: { id: string } } }>(pick(i).url, SUBMIT, {
        p: `replicated ${i}`,
      });
      const id = r.data.submitJob.id;
      ids.push(id);
      streams.push(follow(pick(i).url, id), follow(pick(i + 1).url, id));
    }
    // 300 polling clients, 100 per replica, until every job is done.
    const pools = replicas.map((r) => new Pool(r.url, { connections: 100 }));
    let done = false;
    let pollErrors = 0;
    let polls = 0;
    const pollers = Array.from({ length: 300 }, async (_, c) => {
      const pool = pools[c % 3] as Pool;
      while (!done) {
        const res = await pool.request({
          method: 'POST',
          path: '/graphql',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: JOB, variables: { id: ids[c % 15] } }),
        });
        const body = (await res.body.json()) as { errors?: unknown };
        polls += 1;
        if (body.errors || res.statusCode !== 200) pollErrors += 1;
        await sleep(20);
      }
    });

    const updates = await Promise.all(streams);
    done = true;
    await Promise.all(pollers);
    await Promise.all(pools.map((p) => p.close()));

    for (const seen of updates) {
      const order = ['QUEUED', 'WAIT', 'RUN', 'DONE'];
      const ranks = seen.map((s) => order.indexOf(s));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toContain('RUN');
      expect(seen.at(-1)).toBe('DONE');
    }
    expect(pollErrors).toBe(0);
    const c = sim.counters.read();
    const limitErrors = Object.values(c.answers).reduce(
      (n, byCode) =>
        n +
        Object.entries(byCode)
          .filter(([code]) => code.startsWith('RequestLimitExceeded'))
          .reduce((m, [, v]) => m + v, 0),
      0,
    );
    console.info(
      `replicas: ${polls} polls served, ${c.requests.QueryHunyuanTo3DProJob} upstream Queries, peak ${c.peakArrivalWindow.QueryHunyuanTo3DProJob}/s`,
    );
    expect(limitErrors).toBe(0);
    expect(c.peakArrivalWindow.QueryHunyuanTo3DProJob ?? 0).toBeLessThanOrEqual(20);
    expect(c.peakRunningJobs.PRO).toBeLessThanOrEqual(3);
    expect(c.jobsSubmitted.PRO).toBe(15);

    // Phase two: kill the leader mid-run; another replica takes over and every job still finishes once.
    const more: string[] = [];
    const morePrompts = Array.from({ length: 6 }, (_, i) => `after the crash ${i}`);
    for (const [i, p] of morePrompts.entries()) {
      const r = await gqlHttp<{ data: { submitJob: { id: string } } }>(pick(i).url, SUBMIT, { p });
      more.push(r.data.submitJob.id);
    }
    // Killed once three of them run upstream with their JobIds recorded and the others wait for a
    // slot: the leader holds running jobs and a queue, and no Submit is on its way (the next one
    // waits for a job to finish, seconds later).
    const moreJobs = async (url: string) =>
      Object.values(
        (
          await gqlHttp<{
            data: Record<string, { status: string; upstreamJobId: string | null; errorCode: string | null }>;
          }>(
            url,
            `{ ${more.map((id, k) => `j${k}: job(id: "${id}") { status upstreamJobId errorCode }`).join(' ')} }`,
          )
        ).data,
      );
    await vi.waitFor(
      async () => {
        const jobs = await moreJobs(pick(0).url);
        const recorded = jobs.filter((j) => j.upstreamJobId !== null).length;
        const created = sim.jobs.list().filter((j) => morePrompts.includes(j.prompt ?? '')).length;
        expect(recorded).toBeGreaterThanOrEqual(3);
        expect(recorded).toBe(created);
        expect(jobs.some((j) => j.status === 'QUEUED')).toBe(true);
      },
      { timeout: 30_000, interval: 50 },
    );
    const leader = leaderOf(replicas);
    expect(leader).toBeDefined();
    await leader?.kill('SIGKILL');
    const survivors = replicas.filter((r) => r !== leader);

    const [first, second] = survivors.map((r) => r.url);
    const final = await vi.waitFor(
      async () => {
        const jobs = await moreJobs(first ?? '');
        const open = jobs.filter((j) => j.status !== 'DONE' && j.status !== 'FAIL').length;
        if (open > 0) throw new Error(`${open} jobs not final yet: ${JSON.stringify(jobs)}`);
        return jobs;
      },
      { timeout: 60_000, interval: 200 },
    );
    // Both survivors tell the same story.
    await vi.waitFor(async () => expect(await moreJobs(second ?? '')).toEqual(final), { timeout: 10_000 });
    // A dead leader loses nothing: every job ends DONE under the JobId Tencent gave it. The only
    // excuse is a Submit that was on its way when the leader died and never reached Tencent: FAIL
    // SUBMIT_OUTCOME_UNKNOWN, with nothing upstream under its prompt.
    const simJobs = sim.jobs.list();
    final.forEach((job, k) => {
      const upstream = simJobs.find((j) => j.prompt === morePrompts[k]);
      const what = `${morePrompts[k]}: ${JSON.stringify(job)}; upstream ${JSON.stringify(upstream)}`;
      if (job.status === 'DONE') expect(job.upstreamJobId, what).toBe(upstream?.id);
      else {
        expect(job, what).toMatchObject({ status: 'FAIL', errorCode: 'SUBMIT_OUTCOME_UNKNOWN' });
        expect(upstream, what).toBeUndefined();
      }
    });
    const prompts = simJobs.map((j) => j.prompt);
    expect(new Set(prompts).size).toBe(prompts.length);
    expect(leaderOf(survivors)).toBeDefined();
    expect(sim.counters.read().peakRunningJobs.PRO).toBeLessThanOrEqual(3);
  }, 120_000);
});
