import { describe, expect, it, vi } from 'vitest';
import { startTestGateway, type TestGateway } from '../helpers/gateway.ts';
import { testKeyPrefix } from '../helpers/redis-connection.ts';
import { startTestSimulator } from '../helpers/simulator.ts';

const SUBMIT = `mutation ($p: String!, $k: String) {
  submitJob(input: { prompt: $p }, idempotencyKey: $k) { id status queuePosition queueReason }
}`;
const JOB = 'query ($id: ID!) { job(id: $id) { id status queuePosition queueReason errorCode } }';
const CANCEL = 'mutation ($id: ID!) { cancelJob(id: $id) { id status } }';

type Job = {
  id: string;
  status: string;
  queuePosition: number | null;
  queueReason: string | null;
  errorCode?: string | null;
};

const KEYS = 'alice:alice-key-0001,bob:bob-key-00001';
const auth = (who: 'alice' | 'bob') => ({
  authorization: `Bearer ${who === 'alice' ? 'alice-key-0001' : 'bob-key-00001'}`,
});

async function submit(t: TestGateway, who: 'alice' | 'bob', prompt: string, key?: string) {
  return t.gql<{ submitJob: Job }>(SUBMIT, { p: prompt, k: key }, auth(who));
}

async function job(t: TestGateway, id: string, who: 'alice' | 'bob' = 'alice'): Promise<Job> {
  const res = await t.gql<{ job: Job }>(JOB, { id }, auth(who));
  if (!res.data?.job) throw new Error(`no job ${id}: ${JSON.stringify(res.errors)}`);
  return res.data.job;
}

describe('one answer whatever the replica or the timing', () => {
  it('returns the same job to an idempotent retry when its key is at the queue limit', async () => {
    // One slot, held for a minute: everything after the first job waits.
    const sim = await startTestSimulator({ durations: { PRO: { waitMs: 60_000, runMs: 1000 } } });
    const t = await startTestGateway(sim, {
      UPSTREAM_PRO_SLOTS: '1',
      MAX_QUEUED_JOBS_PER_KEY: '2',
      GATEWAY_API_KEYS: KEYS,
    });
    const first = (await submit(t, 'alice', 'job 0', 'k0')).data!.submitJob;
    await vi.waitFor(async () => expect((await job(t, first.id)).status).toBe('WAIT'), { timeout: 10_000 });
    const queued = [];
    for (const i of [1, 2]) queued.push((await submit(t, 'alice', `job ${i}`, `k${i}`)).data!.submitJob);
    const over = await submit(t, 'alice', 'job 3', 'k3');
    expect(over.errors?.[0]?.extensions?.code).toBe('TOO_MANY_QUEUED_JOBS');
    // The retry of a job already accepted is not a new job: it gets its job back.
    const retry = await submit(t, 'alice', 'job 2', 'k2');
    expect(retry.errors).toBeUndefined();
    expect(retry.data?.submitJob.id).toBe(queued[1]?.id);
    // Another key is not affected by alice's limit.
    expect((await submit(t, 'bob', 'bob 0')).errors).toBeUndefined();
  }, 30_000);

  it('enforces the per-key limit, reports the same positions and withdraws a cancel on every replica', async () => {
    const sim = await startTestSimulator({ durations: { PRO: { waitMs: 60_000, runMs: 1000 } } });
    const env = {
      REDIS_URL: 'redis://127.0.0.1:6379',
      REDIS_KEY_PREFIX: testKeyPrefix(),
      UPSTREAM_PRO_SLOTS: '1',
      MAX_QUEUED_JOBS_PER_KEY: '3',
      GATEWAY_API_KEYS: KEYS,
      JOB_REFRESH_MS: '300',
    };
    const a = await startTestGateway(sim, env);
    const b = await startTestGateway(sim, env);
    const [leader, follower] = a.gateway.jobs.isLeader() ? [a, b] : [b, a];
    expect(follower.gateway.jobs.isLeader()).toBe(false);

    const running = (await submit(follower, 'bob', 'bob running')).data!.submitJob;
    await vi.waitFor(async () => expect((await job(leader, running.id, 'bob')).status).toBe('WAIT'), {
      timeout: 10_000,
    });
    // alice fills her limit through the follower; bob queues one through the leader.
    const alice: Job[] = [];
    for (const i of [0, 1, 2]) alice.push((await submit(follower, 'alice', `alice ${i}`)).data!.submitJob);
    const bobQueued = (await submit(leader, 'bob', 'bob queued')).data!.submitJob;
    const over = await submit(follower, 'alice', 'alice 3');
    expect(over.errors?.[0]?.extensions?.code).toBe('TOO_MANY_QUEUED_JOBS');
    expect((await submit(leader, 'alice', 'alice 3')).errors?.[0]?.extensions?.code).toBe(
      'TOO_MANY_QUEUED_JOBS',
    );

    // Fair order: alice 0 and bob's job share the first round, then alice 1, alice 2.
    const ids = [...alice.map((j) => j.id), bobQueued.id];
    const positionsOn = async (t: TestGateway) =>
      Promise.all(
        ids.map(async (id) => (await job(t, id, id === bobQueued.id ? 'bob' : 'alice')).queuePosition),
      );
    await vi.waitFor(async () => {
      const onLeader = await positionsOn(leader);
      expect(onLeader).toEqual([1, 3, 4, 2]);
      expect(await positionsOn(follower)).toEqual(onLeader);
    });
    for (const t of [leader, follower]) expect((await job(t, alice[0]!.id)).queueReason).toBe('SLOTS_BUSY');

    // Cancel on the follower: the leader's queue drops it, positions close up everywhere.
    expect(
      (await follower.gql<{ cancelJob: Job }>(CANCEL, { id: alice[0]!.id }, auth('alice'))).data?.cancelJob
        .status,
    ).toBe('CANCELED');
    await vi.waitFor(async () => {
      const onLeader = await positionsOn(leader);
      expect(onLeader).toEqual([null, 2, 3, 1]);
      expect(await positionsOn(follower)).toEqual(onLeader);
    });
    // And alice may queue one more again.
    expect((await submit(follower, 'alice', 'alice 4')).errors).toBeUndefined();
    expect(sim.jobs.list().filter((j) => j.prompt === 'alice 0')).toHaveLength(0);
  }, 60_000);

  it('says the credentials are refused on the job, in /ready and in the log, and never drops the job', async () => {
    const sim = await startTestSimulator({ durations: { PRO: { waitMs: 100, runMs: 100 } } });
    const t = await startTestGateway(sim, { TENCENTCLOUD_SECRET_KEY: 'not-the-right-key-0000000000000000' });
    const queued = (await t.gql<{ submitJob: Job }>(SUBMIT, { p: 'refused' })).data!.submitJob;
    await vi.waitFor(
      async () => {
        const seen = (await t.gql<{ job: Job }>(JOB, { id: queued.id })).data?.job;
        expect(seen).toMatchObject({ status: 'QUEUED', queueReason: 'UPSTREAM_AUTH_FAILED' });
      },
      { timeout: 10_000 },
    );
    const errors = t.log.lines().filter((l) => l.level === 50 && String(l.msg).includes('credentials'));
    expect(errors.length).toBeGreaterThan(0);
    const ready = await t.gateway.app.fetch('http://gateway.test/ready');
    expect(ready.status).toBe(503);
    expect(JSON.stringify(await ready.json())).toContain('UPSTREAM_AUTH_FAILED');
    expect(sim.jobs.list()).toHaveLength(0);
  }, 30_000);

  it('ends a subscription at once when its subscriber leaves, even while the job does not change', async () => {
    const sim = await startTestSimulator({ durations: { PRO: { waitMs: 60_000, runMs: 1000 } } });
    const t = await startTestGateway(sim);
    const queued = (await t.gql<{ submitJob: Job }>(SUBMIT, { p: 'long wait' })).data!.submitJob;
    const record = await t.gateway.jobs.get(queued.id);
    const stream = t.gateway.jobs.watch(record!);
    expect((await stream.next()).done).toBe(false);
    const pending = stream.next();
    expect(t.gateway.jobs.stats()).toMatchObject({ subscriptions: 1, watched: 1 });
    await stream.return(undefined);
    await pending;
    expect(t.gateway.jobs.stats()).toMatchObject({ subscriptions: 0, watched: 0 });
  }, 30_000);
});
