import { createClient as createWsClient } from 'graphql-ws';
import { describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { JOB_KIND_NAMES, type JobKindName } from '../../src/tencent/job-kinds.ts';
import { listen, startTestGateway, type TestGateway } from '../helpers/gateway.ts';
import { startPrivateRedis } from '../helpers/private-redis.ts';
import { type ManualClock, manualClock, startTestSimulator } from '../helpers/simulator.ts';
import { openSse, type SseEvent } from '../helpers/sse-stream.ts';

/**
 * Issue 13 §2, streams that resume, through real HTTP SSE on 127.0.0.1: every event of jobStatus
 * and pipelineStatus has an `id:`, and a client that reconnects with `Last-Event-ID` gets exactly
 * the changes it missed, in order, then the live ones, then `complete`. The simulator runs on a
 * clock the test moves, so a job changes only when the test says so; every wait is on something
 * observable.
 */

const JOB_STATUS = 'subscription ($id: ID!) { jobStatus(id: $id) { id status version } }';
const PIPELINE_STATUS =
  'subscription ($id: ID!) { pipelineStatus(id: $id) { id status steps { id status version } } }';
const SUBMIT = 'mutation ($p: String!) { submitJob(input: { prompt: $p }) { id status } }';
const JOB = 'query ($id: ID!) { job(id: $id) { status version } }';

const WAIT_MS = 1000;
const RUN_MS = 1000;
const durations = Object.fromEntries(
  JOB_KIND_NAMES.map((k) => [k, { waitMs: WAIT_MS, runMs: RUN_MS }]),
) as Record<JobKindName, { waitMs: number; runMs: number }>;

interface JobEvent {
  id: string;
  status: string;
  version: number;
}
interface PipelineEvent {
  id: string;
  status: string;
  steps: JobEvent[];
}

function jobOf(e: SseEvent | undefined): JobEvent & { eventId: string | undefined; event: string } {
  expect(e?.event).toBe('next');
  const body = JSON.parse(e?.data ?? '{}') as { data?: { jobStatus: JobEvent }; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return { ...(body.data?.jobStatus as JobEvent), eventId: e?.id, event: e?.event ?? '' };
}

function pipelineOf(e: SseEvent | undefined): PipelineEvent & { eventId: string | undefined } {
  expect(e?.event).toBe('next');
  const body = JSON.parse(e?.data ?? '{}') as { data?: { pipelineStatus: PipelineEvent }; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return { ...(body.data?.pipelineStatus as PipelineEvent), eventId: e?.id };
}

async function setup(clock: ManualClock, env: Record<string, string> = {}) {
  const sim = await startTestSimulator({ now: clock.now, durations, slots: { PRO: 1 } });
  const tg = await startTestGateway(sim, { JOB_REFRESH_MS: '100', UPSTREAM_PRO_SLOTS: '1', ...env });
  const server = await listen(tg.gateway, tg.log.logger);
  return { sim, tg, server };
}

async function submit(tg: TestGateway, prompt: string, headers?: Record<string, string>): Promise<string> {
  const r = await tg.gql<{ submitJob: { id: string } }>(SUBMIT, { p: prompt }, headers);
  expect(r.errors).toBeUndefined();
  return r.data?.submitJob.id ?? '';
}

/** Waits until the gateway reports the job in `status`. */
async function reaches(tg: TestGateway, id: string, status: string): Promise<void> {
  await vi.waitFor(
    async () => {
      const r = await tg.gql<{ job: { status: string } }>(JOB, { id });
      expect(r.data?.job.status).toBe(status);
    },
    { timeout: 20_000, interval: 50 },
  );
}

describe('jobStatus over SSE resumes from Last-Event-ID', () => {
  it('replays exactly the changes missed while away, in order, then live ones, then completes', async () => {
    const clock = manualClock(Date.now());
    const { tg, server } = await setup(clock);
    // The first job holds the only slot, so the followed one is QUEUED until it finishes.
    const first = await submit(tg, 'holds the slot');
    await reaches(tg, first, 'WAIT');
    const id = await submit(tg, 'followed, with a break');

    const before = await openSse(server.url, { query: JOB_STATUS, variables: { id } });
    expect(before.status).toBe(200);
    const queued = jobOf(await before.next());
    expect(queued).toMatchObject({ id, status: 'QUEUED', version: 1 });
    expect(queued.eventId).toBe(`${id}:1`);
    before.close();

    // Away: the first job ends, this one is sent (WAIT) and starts (RUN), two changes.
    clock.advance(WAIT_MS + RUN_MS);
    await reaches(tg, id, 'WAIT');
    clock.advance(WAIT_MS);
    await reaches(tg, id, 'RUN');

    // EventSource reconnects with a GET and the last id it saw.
    const after = await openSse(server.url, {
      query: JOB_STATUS,
      variables: { id },
      method: 'GET',
      lastEventId: queued.eventId,
    });
    expect(after.status).toBe(200);
    const missed = [jobOf(await after.next()), jobOf(await after.next())];
    expect(missed.map((e) => [e.status, e.version, e.eventId])).toEqual([
      ['WAIT', 2, `${id}:2`],
      ['RUN', 3, `${id}:3`],
    ]);
    // Then the stream is live: the next change comes when the job makes it.
    clock.advance(RUN_MS);
    const done = jobOf(await after.next());
    expect([done.status, done.version, done.eventId]).toEqual(['DONE', 4, `${id}:4`]);
    expect(await after.rest()).toEqual([{ event: 'complete', id: undefined, data: '' }]);
  }, 60_000);

  it('sends nothing already seen: up to date it waits for the next change; finished it completes at once', async () => {
    const clock = manualClock(Date.now());
    const { tg, server } = await setup(clock);
    const id = await submit(tg, 'seen to the end');
    await reaches(tg, id, 'WAIT');

    const live = await openSse(server.url, { query: JOB_STATUS, variables: { id }, lastEventId: `${id}:2` });
    clock.advance(WAIT_MS);
    const run = jobOf(await live.next());
    expect([run.status, run.eventId]).toEqual(['RUN', `${id}:3`]);
    live.close();
    clock.advance(RUN_MS);
    await reaches(tg, id, 'DONE');

    const ended = await openSse(server.url, { query: JOB_STATUS, variables: { id }, lastEventId: `${id}:4` });
    expect(await ended.rest()).toEqual([{ event: 'complete', id: undefined, data: '' }]);
  }, 60_000);

  it('starts from the snapshot when Last-Event-ID is malformed, of another job or ahead of the job', async () => {
    const clock = manualClock(Date.now());
    const { tg, server } = await setup(clock);
    const id = await submit(tg, 'resumed badly');
    const other = await submit(tg, 'another job');
    await reaches(tg, id, 'WAIT');

    for (const lastEventId of [
      'garbage',
      `${id}:`,
      `${id}:0`,
      `${id}:1.2`,
      `${id}:99`,
      `${other}:1`,
      `${id}:${'9'.repeat(300)}`,
      `${id}:\u00e91`,
    ]) {
      const s = await openSse(server.url, { query: JOB_STATUS, variables: { id }, lastEventId });
      expect(s.status, lastEventId).toBe(200);
      const first = jobOf(await s.next());
      expect([first.status, first.version, first.eventId], lastEventId).toEqual(['WAIT', 2, `${id}:2`]);
      s.close();
    }
  }, 60_000);

  it("never reads another key's job: the id only positions within the job subscribed to", async () => {
    const clock = manualClock(Date.now());
    const { tg, server } = await setup(clock, { GATEWAY_API_KEYS: 'alice:alice-key-1,bob:bob-key-22' });
    const ALICE = { authorization: 'Bearer alice-key-1' };
    const BOB = { authorization: 'Bearer bob-key-22' };
    const alices = await submit(tg, "alice's", ALICE);
    const bobs = await submit(tg, "bob's", BOB);

    // Bob naming Alice's job in the header of his own subscription gets his own job's snapshot.
    const own = await openSse(server.url, {
      query: JOB_STATUS,
      variables: { id: bobs },
      lastEventId: `${alices}:1`,
      headers: BOB,
    });
    expect(jobOf(await own.next())).toMatchObject({ id: bobs, version: 1 });
    own.close();
    // Subscribing to Alice's job is NOT_FOUND as ever, whatever the header says.
    const foreign = await openSse(server.url, {
      query: JOB_STATUS,
      variables: { id: alices },
      lastEventId: `${alices}:1`,
      headers: BOB,
    });
    const [refused, ...rest] = await foreign.rest();
    const body = JSON.parse(refused?.data ?? '{}') as { errors?: Array<{ extensions?: { code?: string } }> };
    expect(body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(rest.map((e) => e.event)).toEqual(['complete']);
  }, 60_000);
});

describe('graphql-ws reconnects by subscribing again', () => {
  it('sends the current snapshot first, whose version tells what was missed', async () => {
    const clock = manualClock(Date.now());
    const { tg, server } = await setup(clock);
    const id = await submit(tg, 'followed over graphql-ws');
    await reaches(tg, id, 'WAIT');
    const client = createWsClient({
      url: `${server.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
    });
    const first = async () => {
      const updates = client.iterate({ query: JOB_STATUS, variables: { id } });
      const r = await updates.next();
      await updates.return?.();
      return (r.value as { data: { jobStatus: JobEvent } }).data.jobStatus;
    };
    expect(await first()).toMatchObject({ status: 'WAIT', version: 2 });
    clock.advance(WAIT_MS);
    await reaches(tg, id, 'RUN');
    clock.advance(RUN_MS);
    await reaches(tg, id, 'DONE');
    // Subscribing again: the snapshot, two versions on from the last one seen.
    expect(await first()).toMatchObject({ status: 'DONE', version: 4 });
    await client.dispose();
  }, 60_000);
});

describe('pipelineStatus over SSE resumes from Last-Event-ID', () => {
  it('replays every step change missed, one view each, in order, then live ones, then completes', async () => {
    const clock = manualClock(Date.now());
    const { tg, server } = await setup(clock);
    const r = await tg.gql<{ submitPipeline: { id: string; steps: Array<{ id: string }> } }>(
      `mutation { submitPipeline(steps: [
        { kind: PRO, prompt: "a wooden chair" },
        { kind: CONVERT, file: { fromStep: 1 }, format: "STL" }
      ]) { id steps { id } } }`,
    );
    expect(r.errors).toBeUndefined();
    const pipelineId = r.data?.submitPipeline.id ?? '';
    const [one, two] = (r.data?.submitPipeline.steps ?? []).map((s) => s.id) as [string, string];
    await reaches(tg, one, 'WAIT');

    const before = await openSse(server.url, { query: PIPELINE_STATUS, variables: { id: pipelineId } });
    const first = pipelineOf(await before.next());
    expect(first.steps.map((s) => [s.status, s.version])).toEqual([
      ['WAIT', 2],
      ['QUEUED', 1],
    ]);
    expect(first.eventId).toBe(`${pipelineId}:2.1`);
    before.close();

    // Away: step 1 runs and ends, step 2 is released and sent.
    clock.advance(WAIT_MS);
    await reaches(tg, one, 'RUN');
    clock.advance(RUN_MS);
    await reaches(tg, two, 'WAIT');

    const after = await openSse(server.url, {
      query: PIPELINE_STATUS,
      variables: { id: pipelineId },
      lastEventId: first.eventId,
    });
    // Every view is one step change after the one before: none missed, none twice.
    const seen = [first];
    const stepVersions = (p: PipelineEvent) => p.steps.map((s) => s.version);
    const oneChange = (a: number[], b: number[]) =>
      a.filter((v, i) => b[i] !== v).length === 1 && b.every((v, i) => v === a[i] || v === (a[i] ?? 0) + 1);
    const current = async () => {
      const p = await tg.gql<{ pipeline: PipelineEvent }>(
        'query ($id: ID!) { pipeline(id: $id) { id status steps { id status version } } }',
        { id: pipelineId },
      );
      return stepVersions(p.data?.pipeline as PipelineEvent);
    };
    const now = await current();
    while (stepVersions(seen.at(-1) as PipelineEvent).join('.') !== now.join('.')) {
      const view = pipelineOf(await after.next());
      expect(oneChange(stepVersions(seen.at(-1) as PipelineEvent), stepVersions(view))).toBe(true);
      expect(view.eventId).toBe(`${pipelineId}:${stepVersions(view).join('.')}`);
      seen.push(view);
    }
    expect(seen.slice(1).map((p) => p.steps.map((s) => s.status).join(' '))).toEqual([
      'RUN QUEUED',
      'DONE QUEUED',
      'DONE QUEUED', // released: its input is step 1's model now
      'DONE WAIT',
    ]);

    // Live from here: step 2 runs and ends.
    clock.advance(WAIT_MS);
    const running = pipelineOf(await after.next());
    expect(running.steps.map((s) => s.status)).toEqual(['DONE', 'RUN']);
    clock.advance(RUN_MS);
    const done = pipelineOf(await after.next());
    expect([done.status, ...done.steps.map((s) => s.status)]).toEqual(['DONE', 'DONE', 'DONE']);
    expect(oneChange(stepVersions(running), stepVersions(done))).toBe(true);
    expect(await after.rest()).toEqual([{ event: 'complete', id: undefined, data: '' }]);
  }, 60_000);
});

describe('resuming on another replica (Redis)', () => {
  it('replays from the history in Redis when the client reconnects to the other replica', async () => {
    const redis = await startPrivateRedis();
    const clock = manualClock(Date.now());
    const sim = await startTestSimulator({ now: clock.now, durations, slots: { PRO: 1 } });
    const env = { REDIS_URL: redis.url, JOB_REFRESH_MS: '100', UPSTREAM_PRO_SLOTS: '1' };
    const a = await startTestGateway(sim, env);
    const b = await startTestGateway(sim, env);
    const serverA = await listen(a.gateway, a.log.logger);
    const serverB = await listen(b.gateway, b.log.logger);

    const first = await submit(a, 'holds the slot');
    await reaches(a, first, 'WAIT');
    const id = await submit(a, 'followed across replicas');
    const before = await openSse(serverA.url, { query: JOB_STATUS, variables: { id } });
    const queued = jobOf(await before.next());
    expect([queued.status, queued.eventId]).toEqual(['QUEUED', `${id}:1`]);
    before.close();

    clock.advance(WAIT_MS + RUN_MS);
    await reaches(b, id, 'WAIT');
    clock.advance(WAIT_MS);
    await reaches(b, id, 'RUN');

    const after = await openSse(serverB.url, {
      query: JOB_STATUS,
      variables: { id },
      lastEventId: queued.eventId,
    });
    const missed = [jobOf(await after.next()), jobOf(await after.next())];
    expect(missed.map((e) => [e.status, e.eventId])).toEqual([
      ['WAIT', `${id}:2`],
      ['RUN', `${id}:3`],
    ]);
    clock.advance(RUN_MS);
    const done = jobOf(await after.next());
    expect([done.status, done.eventId]).toEqual(['DONE', `${id}:4`]);
    expect(await after.rest()).toEqual([{ event: 'complete', id: undefined, data: '' }]);
  }, 90_000);
});
