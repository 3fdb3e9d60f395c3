import { describe, expect, it, vi } from 'vitest';
import { listen, startTestGateway } from '../helpers/gateway.ts';
import { startPrivateRedis } from '../helpers/private-redis.ts';
import { startTestSimulator } from '../helpers/simulator.ts';

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
    await vi.waitFor(() => expect(sim.jobs.list()).toHaveLength(3), { timeout: 20_000, interval: 100 });
    expect((await fetch(`${server.url}/ready`)).status).toBe(200);

    redis.pause();
    // The gateway has noticed: readiness names the store.
    await vi.waitFor(
      async () => {
        const res = await fetch(`${server.url}/ready`);
        const body = (await res.json()) as { checks?: { store?: { ok?: boolean } } };
        expect(res.status).toBe(503);
        expect(body.checks?.store?.ok).toBe(false);
      },
      { timeout: 30_000, interval: 200 },
    );
    // A submit is refused while Redis is still down (it does not hang until Redis is back), with a
    // code and the hint to retry with the same key.
    const refused = await gql(SUBMIT_KEYED, { p: 'during the outage', k: 'outage-1' });
    expect(refused.errors?.[0]?.extensions?.code).toBe('STORE_UNAVAILABLE');
    expect(refused.errors?.[0]?.message).toMatch(/same idempotencyKey/);
    // The outage lasts until the leader could no longer prove its lease and stepped down, so what
    // follows shows it taking the work back by itself.
    await vi.waitFor(() => expect(log.lines().some((l) => l.msg === 'lost leadership')).toBe(true), {
      timeout: 30_000,
      interval: 100,
    });
    const becameLeader = () => log.lines().filter((l) => l.msg === 'became leader').length;
    const termsBefore = becameLeader();

    redis.resume();
    await vi.waitFor(
      async () => {
        const res = await gql<Record<string, { status: string }>>(
          `{ ${ids.map((id, k) => `j${k}: job(id: "${id}") { status }`).join(' ')} }`,
        );
        expect(Object.values(res.data ?? {}).map((j) => j.status)).toEqual(['DONE', 'DONE', 'DONE', 'DONE']);
      },
      { timeout: 60_000, interval: 300 },
    );
    expect(becameLeader()).toBeGreaterThan(termsBefore);
    expect((await fetch(`${server.url}/ready`)).status).toBe(200);
    // The client retries the refused submit with its key: one job, whether or not the first try landed.
    const retried = await gql<{ submitJob: { id: string } }>(SUBMIT_KEYED, {
      p: 'during the outage',
      k: 'outage-1',
    });
    expect(retried.errors).toBeUndefined();
    await vi.waitFor(() => expect(sim.jobs.list().map((j) => j.prompt)).toContain('during the outage'), {
      timeout: 20_000,
      interval: 100,
    });
    const prompts = sim.jobs.list().map((j) => j.prompt);
    expect(prompts.sort()).toEqual([...ids.map((_, i) => `before the outage ${i}`), 'during the outage']);
  }, 150_000);
});
