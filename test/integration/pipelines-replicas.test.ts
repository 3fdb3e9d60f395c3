import { describe, expect, it, vi } from 'vitest';
import { DEV_SECRET_ID, DEV_SECRET_KEY } from '../../src/simulator/options.ts';
import { JOB_KIND_NAMES, JOB_KINDS, type JobKindName } from '../../src/tencent/job-kinds.ts';
import {
  GetPipelineDocument,
  type PipelineFieldsFragment,
  type SubmitJobInput,
  SubmitPipelineDocument,
} from '../generated/graphql.ts';
import { type GatewayProcess, gqlHttp, startGatewayProcess } from '../helpers/gateway-process.ts';
import { startPrivateRedis } from '../helpers/private-redis.ts';
import { startTestSimulator } from '../helpers/simulator.ts';

/**
 * A pipeline on three replicas sharing one Redis and one simulator: submitted through one replica,
 * its leader killed (SIGKILL) while the middle step runs at Tencent. The survivors elect a leader
 * that finds the running step, follows it to DONE and releases the steps after it: the pipeline ends
 * DONE, every step reached Tencent exactly once, and every survivor tells the same story.
 *
 * The middle step cannot finish before the kill whatever the machine's load: it runs for
 * MIDDLE_RUN_MS on the simulator's clock, and the test moves that clock forward only after the kill
 * (less than the 300 s a signature may be off, so the gateways' requests stay valid).
 */

const MIDDLE_RUN_MS = 200_000;
const STEPS: SubmitJobInput[] = [
  { kind: 'RAPID', prompt: 'a wooden chair' },
  { kind: 'SMART_TOPOLOGY', file: { fromStep: 1 }, faceLevel: 'LOW' },
  { kind: 'UV', file: { fromStep: 2 } },
  { kind: 'CONVERT', file: { fromStep: 3 }, format: 'STL' },
];
const KINDS = STEPS.map((s) => s.kind as JobKindName);

type Gql<T> = { data?: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };

function leaderOf(replicas: GatewayProcess[]): GatewayProcess | undefined {
  return replicas.find((r) => {
    const changes = r.logs.filter((l) => l.msg === 'became leader' || l.msg === 'lost leadership');
    return changes.at(-1)?.msg === 'became leader';
  });
}

async function pipelineOn(replica: GatewayProcess, id: string): Promise<PipelineFieldsFragment> {
  const res = await gqlHttp<Gql<{ pipeline: PipelineFieldsFragment | null }>>(
    replica.url,
    GetPipelineDocument.toString(),
    { id },
  );
  if (res.errors || !res.data?.pipeline)
    throw new Error(`pipeline ${id} on ${replica.url}: ${JSON.stringify(res)}`);
  return res.data.pipeline;
}

/** The pipeline without the replica's own origin in file URLs, to compare replicas' answers. */
const portable = (p: PipelineFieldsFragment, origin: string) =>
  JSON.parse(JSON.stringify(p).replaceAll(origin, '<origin>')) as PipelineFieldsFragment;

describe('a pipeline across replicas', () => {
  it('finishes DONE on the survivors when the leader is killed during a middle step, each step sent once', async () => {
    let offset = 0;
    const durations = Object.fromEntries(
      JOB_KIND_NAMES.map((k) => [k, { waitMs: 100, runMs: k === 'SMART_TOPOLOGY' ? MIDDLE_RUN_MS : 400 }]),
    ) as Record<JobKindName, { waitMs: number; runMs: number }>;
    const sim = await startTestSimulator({ durations, now: () => Date.now() + offset });
    const redis = await startPrivateRedis();
    const env = {
      TENCENTCLOUD_SECRET_ID: DEV_SECRET_ID,
      TENCENTCLOUD_SECRET_KEY: DEV_SECRET_KEY,
      HUNYUAN_ENDPOINT: sim.url,
      REDIS_URL: redis.url,
      GATEWAY_DB: ':memory:',
      JOB_REFRESH_MS: '400',
    };
    const replicas: GatewayProcess[] = [];
    for (let i = 0; i < 3; i++) replicas.push(await startGatewayProcess({ env, timeoutMs: 60_000 }));
    await vi.waitFor(() => expect(leaderOf(replicas)).toBeDefined(), { timeout: 30_000, interval: 100 });

    // Submitted through a replica that does not lead: the leader picks the steps up from Redis.
    const entry = replicas.find((r) => r !== leaderOf(replicas)) as GatewayProcess;
    const submitted = await gqlHttp<Gql<{ submitPipeline: PipelineFieldsFragment }>>(
      entry.url,
      SubmitPipelineDocument.toString(),
      { steps: STEPS, idempotencyKey: 'replicas-pipeline-1' },
    );
    expect(submitted.errors, JSON.stringify(submitted.errors)).toBeUndefined();
    const id = submitted.data?.submitPipeline.id ?? '';

    // Step 2 is at Tencent with its JobId stored (WAIT or RUN), step 3 waits for it.
    await vi.waitFor(
      async () => {
        const p = await pipelineOn(entry, id);
        expect(p.steps.map((s) => s.status)).toEqual([
          'DONE',
          expect.stringMatching(/^(WAIT|RUN)$/),
          'QUEUED',
          'QUEUED',
        ]);
        expect(p.steps[1]?.upstreamJobId).toBeTruthy();
        expect(p.steps[2]?.queueReason).toBe('PREVIOUS_STEP');
      },
      { timeout: 60_000, interval: 100 },
    );
    const leader = leaderOf(replicas);
    expect(leader).toBeDefined();
    await leader?.kill('SIGKILL');
    // What Tencent had when the leader died: the first two steps, nothing after.
    expect(sim.jobs.list().map((j) => j.kind)).toEqual(KINDS.slice(0, 2));
    const survivors = replicas.filter((r) => r !== leader);

    // Tencent finishes the middle step while the survivors elect a new leader.
    offset += MIDDLE_RUN_MS;
    const [first, ...others] = survivors as [GatewayProcess, ...GatewayProcess[]];
    const done = await vi.waitFor(
      async () => {
        const p = await pipelineOn(first, id);
        if (p.status !== 'DONE') {
          throw new Error(`pipeline ${p.status}: ${p.steps.map((s) => `${s.kind} ${s.status}`).join(', ')}`);
        }
        return p;
      },
      { timeout: 120_000, interval: 250 },
    );
    expect(done.steps.map((s) => s.status)).toEqual(['DONE', 'DONE', 'DONE', 'DONE']);
    expect(done.steps.at(-1)?.resultFiles.map((f) => f.type)).toEqual(['STL']);
    expect(leaderOf(survivors)).toBeDefined();

    // Each step reached Tencent exactly once, under the JobId the gateway recorded.
    const upstream = sim.jobs.list().sort((x, y) => x.submittedAt - y.submittedAt);
    expect(upstream.map((j) => j.kind)).toEqual(KINDS);
    expect(upstream.map((j) => j.id)).toEqual(done.steps.map((s) => s.upstreamJobId));
    const counters = sim.counters.read();
    for (const kind of KINDS) {
      expect(counters.jobsSubmitted[kind], kind).toBe(1);
      expect(counters.answers[JOB_KINDS[kind].submitAction], kind).toEqual({ OK: 1 });
    }

    // Every survivor answers pipeline(id) alike.
    const expected = portable(done, first.url);
    for (const replica of others) {
      await vi.waitFor(
        async () => expect(portable(await pipelineOn(replica, id), replica.url)).toEqual(expected),
        {
          timeout: 30_000,
          interval: 200,
        },
      );
    }
  }, 300_000);
});
