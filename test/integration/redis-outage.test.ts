import { describe, expect, it } from 'vitest';
import { listen, startTestGateway } from '../helpers/gateway.ts';
import { startPrivateRedis } from '../helpers/private-redis.ts';
import { startTestSimulator } from '../helpers/simulator.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const SUBMIT = 'mutation ($p: String!) { submitJob(input: { prompt: $p }) { id status } }';
const SUBMIT_KEYED =
  'mutation ($p: String!, $k: String) { submitJob(input: { prompt: $p }, idempotencyKey: $k) { id status } }';

describe('when Redis goes away', () => {
  it('fails readiness and new submits clearly, loses no accepted job, and recovers by itself', async () => {
    const redis = await startPrivateRedis();
    const sim = await startTestSimulator({ durations: { PRO: { waitMs: 300, runMs: 8000 } } });
    const { gateway, log, gql } = await startTestGateway(sim, {
      REDIS_URL: redis.url,
      JOB_REFRESH_MS: '500',
    });
    const server = await listen(gateway, log.logger);
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const r = await gql<{ submitJob: { id: string } }>(SUBMIT, { p: `before the outage ${i}` });
      expect(r.errors).toBeUndefined();
      ids.push(r.data?.submitJob.id ?? '');
    }
    for (let i = 0; i < 40 && sim.jobs.list().length < 3; i++) await sleep(100);
    expect((await fetch(`${server.url}/ready`)).status).toBe(200);

    redis.pause();
    await sleep(500);
    const started = Date.now();
    const refused = await gql(SUBMIT_KEYED, { p: 'during the outage', k: 'outage-1' });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(refused.errors?.[0]?.extensions?.code).toBe('STORE_UNAVAILABLE');
    expect(refused.errors?.[0]?.message).toMatch(/same idempotencyKey/);
    let ready = 0;
    for (let i = 0; i < 20; i++) {
      ready = (await fetch(`${server.url}/ready`)).status;
      if (ready === 503) break;
      await sleep(500);
    }
    expect(ready).toBe(503);
    await sleep(3000);

    redis.resume();
    let statuses: string[] = [];
    for (let i = 0; i < 100; i++) {
      const res = await gql<Record<string, { status: string }>>(
        `{ ${ids.map((id, k) => `j${k}: job(id: "${id}") { status }`).join(' ')} }`,
      );
      statuses = Object.values(res.data ?? {}).map((j) => j.status);
      if (statuses.length === 4 && statuses.every((s) => s === 'DONE')) break;
      await sleep(300);
    }
    expect(statuses).toEqual(['DONE', 'DONE', 'DONE', 'DONE']);
    expect((await fetch(`${server.url}/ready`)).status).toBe(200);
    // The client retries the refused submit with its key: one job, whether or not the first try landed.
    const retried = await gql<{ submitJob: { id: string } }>(SUBMIT_KEYED, {
      p: 'during the outage',
      k: 'outage-1',
    });
    expect(retried.errors).toBeUndefined();
    for (let i = 0; i < 50 && !sim.jobs.list().some((j) => j.prompt === 'during the outage'); i++)
      await sleep(100);
    const prompts = sim.jobs.list().map((j) => j.prompt);
    expect(prompts.sort()).toEqual([...ids.map((_, i) => `before the outage ${i}`), 'during the outage']);
  }, 90_000);
});
