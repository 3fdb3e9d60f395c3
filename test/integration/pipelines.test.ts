import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient as createSseClient } from 'graphql-sse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGateway } from '../../src/gateway.ts';
import { JOB_KIND_NAMES, type JobKindName } from '../../src/tencent/job-kinds.ts';
import {
  CancelPipelineDocument,
  GetPipelineDocument,
  type PipelineFieldsFragment,
  PipelineStatusDocument,
  type SubmitJobInput,
  SubmitPipelineDocument,
} from '../generated/graphql.ts';
import { configFor, listen, memoryLog, startTestGateway, type TestGateway } from '../helpers/gateway.ts';
import { startTestSimulator } from '../helpers/simulator.ts';

/**
 * Pipelines (issue 12 §2) through GraphQL against the simulator: each step is a durable job fed the
 * previous step's result; a failed or canceled step ends the pipeline and nothing after it reaches
 * Tencent; the pipelineStatus subscription; a restart in the middle; validation stores nothing.
 */

const durations = (waitMs: number, runMs: number) =>
  Object.fromEntries(JOB_KIND_NAMES.map((k) => [k, { waitMs, runMs }])) as Record<
    JobKindName,
    { waitMs: number; runMs: number }
  >;
const ALICE = { authorization: 'Bearer alice-key-1' };
const BOB = { authorization: 'Bearer bob-key-22' };
const KEYS = { GATEWAY_API_KEYS: 'alice:alice-key-1,bob:bob-key-22', JOB_REFRESH_MS: '100' };

const FOUR_STEPS: SubmitJobInput[] = [
  { kind: 'PRO', prompt: 'a wooden chair' },
  { kind: 'SMART_TOPOLOGY', file: { fromStep: 1 }, faceLevel: 'LOW' },
  { kind: 'UV', file: { fromStep: 2 } },
  { kind: 'CONVERT', file: { fromStep: 3 }, format: 'STL' },
];

type GqlError = { message: string; extensions?: Record<string, unknown> };
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function client(t: TestGateway) {
  const submit = (steps: SubmitJobInput[], headers = ALICE, idempotencyKey?: string) =>
    t.gql<{ submitPipeline: PipelineFieldsFragment }>(
      SubmitPipelineDocument.toString(),
      { steps, ...(idempotencyKey === undefined ? {} : { idempotencyKey }) },
      headers,
    );
  const submitOk = async (steps: SubmitJobInput[], headers = ALICE, idempotencyKey?: string) => {
    const res = await submit(steps, headers, idempotencyKey);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data?.submitPipeline as PipelineFieldsFragment;
  };
  const get = async (id: string, headers = ALICE) => {
    const res = await t.gql<{ pipeline: PipelineFieldsFragment | null }>(
      GetPipelineDocument.toString(),
      { id },
      headers,
    );
    expect(res.errors).toBeUndefined();
    return res.data?.pipeline ?? null;
  };
  const waitEnded = (id: string, timeout = 20_000) =>
    vi.waitFor(
      async () => {
        const p = await get(id);
        if (!p?.steps.every((s) => ['DONE', 'FAIL', 'CANCELED'].includes(s.status)))
          throw new Error(`pipeline ${id}: ${p?.steps.map((s) => s.status).join(' ')}`);
        return p;
      },
      { timeout, interval: 50 },
    );
  return { submit, submitOk, get, waitEnded };
}

async function setup(env: Record<string, string> = {}, waitMs = 50, runMs = 200) {
  const sim = await startTestSimulator({ durations: durations(waitMs, runMs) });
  const t = await startTestGateway(sim, { ...KEYS, ...env });
  return { sim, t, ...client(t) };
}

describe('pipelines', () => {
  it('runs generate → SMART_TOPOLOGY → UV → CONVERT, each step fed the previous step’s result', async () => {
    const { sim, t, submitOk, get, waitEnded } = await setup();
    const submitted = await submitOk(FOUR_STEPS);
    expect(submitted.id).toMatch(/^pl_/);
    expect(submitted.status).toBe('QUEUED');
    expect(submitted.steps.map((s) => [s.kind, s.pipelineId, s.pipelineStep])).toEqual([
      ['PRO', submitted.id, 1],
      ['SMART_TOPOLOGY', submitted.id, 2],
      ['UV', submitted.id, 3],
      ['CONVERT', submitted.id, 4],
    ]);
    // Later steps wait for their source: not in the queue, and say why.
    for (const step of submitted.steps.slice(1)) {
      expect(step).toMatchObject({ status: 'QUEUED', queuePosition: null, queueReason: 'PREVIOUS_STEP' });
    }

    const done = await waitEnded(submitted.id);
    expect(done.status).toBe('DONE');
    expect(done.steps.map((s) => s.status)).toEqual(['DONE', 'DONE', 'DONE', 'DONE']);
    expect(done.steps.map((s) => s.file?.fromStep ?? null)).toEqual([null, 1, 2, 3]);
    expect(done.steps.slice(1).map((s) => s.file?.fromJob)).toEqual(done.steps.slice(0, 3).map((s) => s.id));
    expect(done.steps.at(-1)?.resultFiles.map((f) => f.type)).toEqual(['STL']);

    // Each step was sent the upstream URL of its source's result, of a type its kind takes.
    const records = await Promise.all(done.steps.map((s) => t.gateway.store.get(s.id)));
    for (let i = 1; i < records.length; i++) {
      const source = records[i - 1];
      const file = records[i]?.input.file;
      expect(source?.resultFiles.map((f) => f.url)).toContain(file?.url);
      expect(source?.resultFiles.find((f) => f.url === file?.url)?.type.toUpperCase()).toBe(file?.type);
    }
    expect(records.map((r) => r?.input.file?.type ?? null)).toEqual([null, 'GLB', 'GLB', 'FBX']);

    // Tencent saw the four, in order, each after the previous one finished.
    const upstream = sim.jobs.list().sort((a, b) => a.submittedAt - b.submittedAt);
    expect(upstream.map((j) => j.kind)).toEqual(['PRO', 'SMART_TOPOLOGY', 'UV', 'CONVERT']);
    expect(upstream.map((j) => j.id)).toEqual(records.map((r) => r?.upstreamJobId));
    for (let i = 1; i < upstream.length; i++) {
      expect(upstream[i]?.submittedAt).toBeGreaterThanOrEqual(upstream[i - 1]?.finishedAt ?? Number.NaN);
    }
    // Owners see only their own pipelines.
    expect(await get(submitted.id, BOB)).toBeNull();
  });

  it('a failed first step ends the pipeline: nothing after it is sent, and the later steps say why', async () => {
    // [fail]'s InnerError asks for a retry, which the gateway would make once (UPSTREAM_FAIL_RETRIES).
    const { sim, submitOk, waitEnded } = await setup({ UPSTREAM_FAIL_RETRIES: '0' });
    const steps = FOUR_STEPS.map((s, i) => (i === 0 ? { ...s, prompt: 'a chair [fail]' } : s));
    const submitted = await submitOk(steps);
    const ended = await waitEnded(submitted.id);
    expect(ended.status).toBe('FAIL');
    expect(ended.steps.map((s) => s.status)).toEqual(['FAIL', 'CANCELED', 'CANCELED', 'CANCELED']);
    const first = ended.steps[0];
    for (const step of ended.steps.slice(1)) {
      expect(step.errorCode).toBe('PREVIOUS_STEP_FAILED');
      expect(step.errorMessage).toContain(`step 1 (${first?.id}) failed with ${first?.errorCode}`);
      expect(step.upstreamJobId).toBeNull();
    }
    expect(sim.jobs.list().map((j) => j.kind)).toEqual(['PRO']);
  });

  it('cancelPipeline cancels every step not sent yet', async () => {
    const { sim, t, submitOk, waitEnded } = await setup({}, 300, 1000);
    const submitted = await submitOk(FOUR_STEPS);
    await vi.waitFor(() => expect(sim.jobs.list()).toHaveLength(1), { timeout: 5000, interval: 20 });
    // Tencent has it; wait until the gateway has stored its JobId too (under load that write can
    // trail the Submit's answer, and a step being sent is neither cancelable nor yet WAIT).
    const first = submitted.steps[0]!.id;
    await vi.waitFor(
      async () => expect(['WAIT', 'RUN']).toContain((await t.gateway.jobs.get(first))?.status),
      {
        timeout: 5000,
        interval: 20,
      },
    );
    const res = await t.gql<{ cancelPipeline: PipelineFieldsFragment }>(
      CancelPipelineDocument.toString(),
      { id: submitted.id },
      ALICE,
    );
    expect(res.errors).toBeUndefined();
    const canceled = res.data?.cancelPipeline;
    expect(canceled?.status).toBe('CANCELED');
    // The first step is at Tencent already (no cancel there); the others never go.
    expect(canceled?.steps.map((s) => s.status).slice(1)).toEqual(['CANCELED', 'CANCELED', 'CANCELED']);
    expect(['WAIT', 'RUN']).toContain(canceled?.steps[0]?.status);
    const ended = await waitEnded(submitted.id);
    expect(ended.steps.map((s) => s.status)).toEqual(['DONE', 'CANCELED', 'CANCELED', 'CANCELED']);
    expect(sim.jobs.list().map((j) => j.kind)).toEqual(['PRO']);

    // Another owner's, or an unknown id: NOT_FOUND.
    const bob = await t.gql(CancelPipelineDocument.toString(), { id: submitted.id }, BOB);
    expect(bob.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('pipelineStatus over SSE sends the snapshot, every step change, and completes', async () => {
    const { t, submitOk } = await setup();
    const server = await listen(t.gateway, t.log.logger);
    const submitted = await submitOk(FOUR_STEPS.slice(0, 2));
    const sse = createSseClient({ url: `${server.url}/graphql`, headers: ALICE, retryAttempts: 0 });
    const updates: Array<{ data?: { pipelineStatus: PipelineFieldsFragment }; errors?: unknown }> = [];
    for await (const update of sse.iterate({
      query: PipelineStatusDocument.toString(),
      variables: { id: submitted.id },
    })) {
      updates.push(update as never);
    }
    sse.dispose();
    expect(updates.every((u) => u.errors === undefined)).toBe(true);
    const seen = updates.map((u) => u.data?.pipelineStatus.steps.map((s) => s.status).join(' '));
    expect(seen[0]).toMatch(/^(QUEUED|WAIT|RUN) QUEUED$/);
    expect(seen.at(-1)).toBe('DONE DONE');
    expect(updates.at(-1)?.data?.pipelineStatus.status).toBe('DONE');
    // Step 2 was seen released and running after step 1 finished; each step only moves forward.
    expect(seen.some((s) => /^DONE (WAIT|RUN)$/.test(s ?? ''))).toBe(true);
    const order = ['QUEUED', 'WAIT', 'RUN', 'DONE'];
    for (const step of [0, 1]) {
      const ranks = updates.map((u) => order.indexOf(u.data?.pipelineStatus.steps[step]?.status ?? ''));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  it('survives a restart: a new gateway on the same SQLite file finishes the pipeline', async () => {
    const sim = await startTestSimulator({ durations: durations(100, 600) });
    const dir = mkdtempSync(join(tmpdir(), 'gateway-pipeline-'));
    dirs.push(dir);
    const env = { ...KEYS, GATEWAY_DB: join(dir, 'gateway.db') };
    const start = async () => {
      const log = memoryLog('warn');
      const gateway = await createGateway(configFor(sim, env), log.logger);
      const t: TestGateway = {
        gateway,
        log,
        async gql(query, variables, headers) {
          const res = await gateway.app.fetch('http://gateway.test/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
            body: JSON.stringify({ query, variables }),
          });
          return (await res.json()) as never;
        },
      };
      return { gateway, ...client(t) };
    };
    const first = await start();
    const submitted = await first.submitOk(FOUR_STEPS.slice(0, 3), ALICE, 'restart-1');
    // Stop while step 1 runs at Tencent and steps 2 and 3 wait.
    await vi.waitFor(() => expect(sim.jobs.list()).toHaveLength(1), { timeout: 5000, interval: 20 });
    await first.gateway.close();

    const second = await start();
    try {
      // The same key gives the same pipeline back.
      const again = await second.submitOk(FOUR_STEPS.slice(0, 3), ALICE, 'restart-1');
      expect(again.id).toBe(submitted.id);
      const ended = await second.waitEnded(submitted.id);
      expect(ended.status).toBe('DONE');
      expect(ended.steps.map((s) => s.id)).toEqual(submitted.steps.map((s) => s.id));
      expect(sim.jobs.list().map((j) => j.kind)).toEqual(['PRO', 'SMART_TOPOLOGY', 'UV']);
    } finally {
      await second.gateway.close();
    }
  });

  it('stores a pipeline whole or not at all: one that does not fit the queued-jobs limit leaves no step', async () => {
    // Room for 3 queued jobs of alice's; the slot held by a slow first job keeps them queued.
    const { sim, t, submit, submitOk } = await setup({ MAX_QUEUED_JOBS_PER_KEY: '3' }, 5000, 5000);
    const first = await submitOk([{ kind: 'PRO', prompt: 'a lamp' }]);
    const refused = await submit(FOUR_STEPS);
    expect(refused.data?.submitPipeline ?? null).toBeNull();
    expect(refused.errors?.[0]?.extensions?.code).toBe('TOO_MANY_QUEUED_JOBS');
    // Nothing of the refused pipeline exists, not even as canceled leftovers in the job list.
    const listed = (await t.gateway.jobs.list({ first: 20 })).jobs;
    expect(listed.map((j) => j.id)).toEqual([first.steps[0]?.id]);
    // Two steps still fit, and are stored together.
    const fits = await submitOk(FOUR_STEPS.slice(0, 2));
    expect(fits.steps.map((s) => s.status)).toEqual(['QUEUED', 'QUEUED']);
    expect((await t.gateway.jobs.list({ first: 20 })).jobs).toHaveLength(3);
    expect(sim.jobs.list().length).toBeLessThanOrEqual(1);
  });

  it('refuses bad steps before storing anything', async () => {
    const { sim, t, submit } = await setup();
    const refused = async (steps: SubmitJobInput[], field: string, text: RegExp) => {
      const res = await submit(steps);
      expect(res.data?.submitPipeline ?? null).toBeNull();
      const err = res.errors?.[0] as GqlError;
      expect(err.extensions?.code, err.message).toBe('BAD_USER_INPUT');
      expect(err.extensions?.field, err.message).toBe(field);
      expect(err.message).toMatch(text);
    };
    const pro = { kind: 'PRO', prompt: 'a chair' } as const;
    await refused([], 'steps', /1 to 10 steps/);
    await refused(
      [pro, { kind: 'UV', file: { fromStep: 2 } }],
      'steps[1].file.fromStep',
      /earlier step, 1 to 1/,
    );
    await refused([pro, { kind: 'UV', file: { fromStep: 0 } }], 'steps[1].file.fromStep', /earlier step/);
    await refused([{ kind: 'UV', file: { fromStep: 1 } }], 'steps[0].file.fromStep', /first step/);
    await refused(
      [pro, { kind: 'UV', file: { url: 'https://x.test/a.glb', type: 'GLB' } }],
      'steps[1].file.fromStep',
      /earlier step/,
    );
    // AUTO_RIGGING takes FBX or OBJ; CONVERT to STL produces neither.
    await refused(
      [
        pro,
        { kind: 'CONVERT', file: { fromStep: 1 }, format: 'STL' },
        { kind: 'AUTO_RIGGING', file: { fromStep: 2 } },
      ],
      'steps[2].file.fromStep',
      /step 2 \(CONVERT\) produces STL; AUTO_RIGGING accepts FBX, OBJ/,
    );
    await refused(
      [pro, { kind: 'UV', file: { fromStep: 1, type: 'FBX' } }],
      'steps[1].file.type',
      /cannot take FBX/,
    );
    // Each step is checked like Tencent, naming the step's field.
    await refused([pro, { kind: 'CONVERT', file: { fromStep: 1 } }], 'steps[1].format', /step 2/);
    await refused(
      [{ kind: 'PRO', prompt: 'x'.repeat(2000) }],
      'steps[0].prompt',
      /^step 1: steps\[0\]\.prompt: /,
    );

    expect((await t.gateway.jobs.list({ first: 10 })).jobs).toHaveLength(0);
    expect(sim.jobs.list()).toHaveLength(0);

    // A used key with other steps is refused; fromStep outside a pipeline too.
    await submit([pro], ALICE, 'k1');
    const reused = await submit([{ ...pro, prompt: 'another' }], ALICE, 'k1');
    expect(reused.errors?.[0]?.extensions?.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });
});
