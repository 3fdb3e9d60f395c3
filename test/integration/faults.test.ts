import { createClient as createSseClient } from 'graphql-sse';
import { describe, expect, it } from 'vitest';
import { listen, startTestGateway } from '../helpers/gateway.ts';
import { startTestSimulator } from '../helpers/simulator.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const SUBMIT = 'mutation ($p: String!) { submitJob(input: { prompt: $p }) { id } }';
const JOB =
  'query ($id: ID!) { job(id: $id) { id status upstreamJobId errorCode errorMessage snapshotAgeMs } }';

interface Job {
  id: string;
  status: string;
  upstreamJobId: string | null;
  errorCode: string | null;
  errorMessage: string | null;
  snapshotAgeMs: number | null;
}

describe('upstream faults', () => {
  it('with 20% of upstream answers failing and latency spikes, 30 jobs reach their true final state', async () => {
    const sim = await startTestSimulator({ durations: { PRO: { waitMs: 200, runMs: 600 } } });
    const { gateway, log, gql } = await startTestGateway(sim, {
      JOB_REFRESH_MS: '300',
      UPSTREAM_TIMEOUT_MS: '3000',
    });
    const server = await listen(gateway, log.logger);
    sim.faults.set({
      errorRate: 0.1,
      errorCodes: ['InternalError', 'RequestLimitExceeded'],
      dropRate: 0.05,
      http5xxRate: 0.05,
      latencyJitterMs: 400,
    });

    const ids: string[] = [];
    for (let i = 0; i < 30; i++) {
      const r = await gql<{ submitJob: { id: string } }>(SUBMIT, {
        p: `faulty ${i}${i % 10 === 9 ? ' [fail]' : ''}`,
      });
      expect(r.errors).toBeUndefined();
      ids.push(r.data?.submitJob.id ?? '');
    }
    const subscribers = ids.map(async (id) => {
      const client = createSseClient({
        url: `${server.url}/graphql`,
        singleConnection: false,
        retryAttempts: 0,
      });
      const seen: string[] = [];
      for await (const u of client.iterate({
        query: 'subscription ($id: ID!) { jobStatus(id: $id) { status } }',
        variables: { id },
      })) {
        seen.push((u.data as { jobStatus: { status: string } }).jobStatus.status);
      }
      client.dispose();
      return seen;
    });

    let jobs: Job[] = [];
    for (let i = 0; i < 300; i++) {
      jobs = await Promise.all(
        ids.map(async (id) => (await gql<{ job: Job }>(JOB, { id })).data?.job as Job),
      );
      if (jobs.every((j) => j && ['DONE', 'FAIL'].includes(j.status))) break;
      await sleep(200);
    }
    const streams = await Promise.all(subscribers);
    sim.faults.clear();

    const simJobs = sim.jobs.list();
    const prompts = simJobs.map((j) => j.prompt);
    expect(new Set(prompts).size).toBe(prompts.length); // nothing submitted upstream twice
    let unknown = 0;
    jobs.forEach((job, i) => {
      const upstream = simJobs.find(
        (j) => j.prompt?.startsWith(`faulty ${i}`) && j.prompt.replace(' [fail]', '') === `faulty ${i}`,
      );
      if (upstream) {
        expect(job.upstreamJobId).toBe(upstream.id);
        expect(job.status).toBe(upstream.status);
        if (upstream.status === 'FAIL') expect(job.errorCode).toBe(upstream.errorCode);
      } else {
        // The Submit died after sending: the gateway cannot know, says so, and did not resend.
        unknown += 1;
        expect(job.status).toBe('FAIL');
        expect(job.errorCode).toBe('SUBMIT_OUTCOME_UNKNOWN');
      }
      expect(streams[i]?.at(-1)).toBe(job.status);
    });
    expect(unknown).toBeLessThan(8);
    const c = sim.counters.read();
    expect(c.peakArrivalWindow.QueryHunyuanTo3DProJob ?? 0).toBeLessThanOrEqual(20);
    expect(c.peakArrivalWindow.SubmitHunyuanTo3DProJob ?? 0).toBeLessThanOrEqual(20);
    expect(c.peakRunningJobs.PRO).toBeLessThanOrEqual(3);
    console.info(
      `faults: ${Object.values(c.answers).reduce(
        (n, a) =>
          n +
          Object.entries(a)
            .filter(([k]) => k !== 'OK')
            .reduce((m, [, v]) => m + v, 0),
        0,
      )} failed answers, ${unknown} unknown submit outcomes`,
    );

    // No slot leaked: with the faults gone, a 31st job runs to the end.
    expect(gateway.jobs.stats().slotsInUse.PRO).toBe(0);
    const last = await gql<{ submitJob: { id: string } }>(SUBMIT, { p: 'the 31st' });
    let status = '';
    for (let i = 0; i < 50 && status !== 'DONE'; i++) {
      status = (await gql<{ job: Job }>(JOB, { id: last.data?.submitJob.id })).data?.job.status ?? '';
      await sleep(100);
    }
    expect(status).toBe('DONE');
  });

  it('serves cached snapshots through a 30 s outage, holds submits, and resumes by itself', async () => {
    const sim = await startTestSimulator({ durations: { PRO: { waitMs: 300, runMs: 33_000 } } });
    const { gateway, log, gql } = await startTestGateway(sim, {
      JOB_REFRESH_MS: '500',
      UPSTREAM_TIMEOUT_MS: '2000',
    });
    const server = await listen(gateway, log.logger);
    const running = (await gql<{ submitJob: { id: string } }>(SUBMIT, { p: 'survives the outage' })).data
      ?.submitJob.id;
    for (let i = 0; i < 50; i++) {
      if ((await gql<{ job: Job }>(JOB, { id: running })).data?.job.status === 'RUN') break;
      await sleep(100);
    }

    sim.faults.set({ down: true });
    const outageStart = Date.now();
    // Once the gateway has seen the outage (its poller's calls fail), new submits are held, not sent.
    await sleep(2000);
    const during = (
      await gql<{ submitJob: { id: string; status: string } }>(SUBMIT, { p: 'submitted during outage' })
    ).data?.submitJob;
    expect(during?.id).toMatch(/^job_/);
    let sawOutage = false;
    let maxAge = 0;
    while (Date.now() - outageStart < 30_000) {
      const r = await gql<{ job: Job }>(JOB, { id: running });
      expect(r.errors).toBeUndefined();
      expect(r.data?.job.status).toBe('RUN');
      maxAge = Math.max(maxAge, r.data?.job.snapshotAgeMs ?? 0);
      const ready = await fetch(`${server.url}/ready`);
      if (ready.status === 503) sawOutage = true;
      const queued = (await gql<{ job: Job }>(JOB, { id: during?.id })).data?.job;
      expect(queued?.status).toBe('QUEUED');
      await sleep(1000);
    }
    expect(sawOutage).toBe(true);
    expect(maxAge).toBeGreaterThan(20_000);
    sim.faults.clear();

    // Back: the held submit goes out once, the running job is followed again, readiness recovers.
    let states: string[] = [];
    for (let i = 0; i < 60; i++) {
      const a = (await gql<{ job: Job }>(JOB, { id: running })).data?.job;
      const b = (await gql<{ job: Job }>(JOB, { id: during?.id })).data?.job;
      states = [a?.status ?? '', b?.status ?? ''];
      if (
        states[0] === 'DONE' &&
        states[1] !== 'QUEUED' &&
        (await fetch(`${server.url}/ready`)).status === 200
      )
        break;
      await sleep(500);
    }
    expect(states[0]).toBe('DONE');
    expect(['WAIT', 'RUN', 'DONE']).toContain(states[1]);
    expect(sim.counters.read().jobsSubmitted.PRO).toBe(2);
  }, 120_000);
});
