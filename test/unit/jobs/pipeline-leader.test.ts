import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type JobRecord, newJobRecord } from '../../../src/jobs/domain/job.ts';
import { newPipelineIds } from '../../../src/jobs/domain/pipeline.ts';
import { createLeaderRole, type LeaderRole } from '../../../src/jobs/scheduler/leader-role.ts';
import type { JobKindName } from '../../../src/tencent/job-kinds.ts';
import {
  advance,
  type Core,
  createCore,
  failOnUnhandledRejections,
  fakeLeadership,
  fakePoller,
  flush,
  T0,
  useFakeClock,
} from '../../helpers/core-fakes.ts';

/**
 * The leader's side of pipelines (Rule 6 in docs/scheduling.md), recovered from the store alone: a
 * new leader releases a step whose source is DONE, cancels the steps after a failed one, and cancels
 * steps whose first step was never stored, but only after the claim timeout.
 */

failOnUnhandledRejections();

const CLAIM_TIMEOUT_MS = 60_000;
let stop: (() => Promise<void>) | undefined;

function setup(): { core: Core; role: LeaderRole } {
  const lead = fakeLeadership('t1');
  let role: LeaderRole | undefined;
  const poll = fakePoller(() => role?.activeTerm());
  const core = createCore({ leaseHolder: () => lead.current() });
  role = createLeaderRole({
    leadership: lead.leadership,
    repo: core.repo,
    events: core.events,
    dispatcher: core.dispatcher,
    poller: poll.poller,
    slots: core.slots,
    log: core.log,
    now: () => Date.now(),
    rescanMs: 2000,
    claimTimeoutMs: CLAIM_TIMEOUT_MS,
  });
  const r = role;
  stop = async () => {
    const stopped = r.stop();
    await vi.runOnlyPendingTimersAsync();
    await stopped;
  };
  return { core, role };
}

/** Stores a three-step pipeline PRO → UV → CONVERT with the first step as `first` says (or not at all). */
async function storePipeline(
  core: Core,
  first: Partial<JobRecord> | 'missing',
  at = T0,
): Promise<{ ids: string[]; id: string }> {
  const { id, steps } = newPipelineIds(3);
  const kinds: JobKindName[] = ['PRO', 'UV', 'CONVERT'];
  for (const [i, kind] of kinds.entries()) {
    if (i === 0 && first === 'missing') continue;
    const record = {
      ...newJobRecord({
        kind,
        status: 'QUEUED',
        input:
          i === 0
            ? { prompt: 'chair' }
            : i === 1
              ? { file: { fromStep: 1 } }
              : { file: { fromStep: 2 }, format: 'STL' },
        owner: 'alice',
        idempotencyKey: undefined,
        external: false,
        upstreamJobId: undefined,
        submittedAt: at,
        expiresAt: undefined,
      }),
      id: steps[i] as string,
      pipeline: { id, step: i + 1, steps },
      waitsFor: i === 0 ? undefined : steps[i - 1],
      ...(i === 0 && first !== 'missing' ? first : {}),
    };
    await core.faulty.inner.insert(record);
  }
  return { ids: steps, id };
}

beforeEach(() => {
  useFakeClock();
});

afterEach(async () => {
  await stop?.();
  stop = undefined;
  vi.useRealTimers();
});

describe('the leader and pipelines', () => {
  it('a new leader releases the step whose source is DONE, with its result, and sends it', async () => {
    const { core, role } = setup();
    const { ids } = await storePipeline(core, {
      status: 'DONE',
      upstreamJobId: '1001',
      expiresAt: T0 + 86_400_000,
      finishedAt: T0,
      resultFiles: [{ type: 'GLB', url: 'https://cos.test/chair.glb', previewImageUrl: undefined }],
    });
    await role.start();
    await flush();
    await advance(10);
    const uv = await core.job(ids[1] as string);
    expect(uv.waitsFor).toBeUndefined();
    expect(uv.input.file).toEqual({
      fromStep: 1,
      fromJob: ids[0],
      url: 'https://cos.test/chair.glb',
      type: 'GLB',
    });
    expect(core.tencent.submits.map((s) => s.kind)).toEqual(['UV']);
    expect((core.tencent.submits[0]?.body as Record<string, unknown> | undefined)?.File).toEqual({
      Url: 'https://cos.test/chair.glb',
      Type: 'GLB',
    });
    // The step after it still waits.
    expect(await core.job(ids[2] as string)).toMatchObject({ status: 'QUEUED', waitsFor: ids[1] });
  });

  it('a new leader cancels every step after a failed one; nothing is sent', async () => {
    const { core, role } = setup();
    const { ids } = await storePipeline(core, {
      status: 'FAIL',
      errorCode: 'FailedOperation.InnerError',
      finishedAt: T0,
    });
    await role.start();
    await flush();
    for (const id of ids.slice(1)) {
      expect(await core.job(id)).toMatchObject({
        status: 'CANCELED',
        errorCode: 'PREVIOUS_STEP_FAILED',
      });
      expect(await core.job(id)).not.toHaveProperty('waitsFor');
    }
    expect(core.tencent.submits).toHaveLength(0);
  });

  it('steps whose first step was never stored are canceled once past the claim timeout, not before', async () => {
    const { core, role } = setup();
    const { ids } = await storePipeline(core, 'missing');
    await role.start();
    await flush();
    expect(await core.job(ids[1] as string)).toMatchObject({ status: 'QUEUED', waitsFor: ids[0] });
    await advance(CLAIM_TIMEOUT_MS + 2000);
    expect(await core.job(ids[1] as string)).toMatchObject({
      status: 'CANCELED',
      errorCode: 'PREVIOUS_STEP_FAILED',
      errorMessage: expect.stringContaining('never stored'),
    });
    expect((await core.job(ids[2] as string)).status).toBe('CANCELED');
    expect(core.tencent.submits).toHaveLength(0);
  });
});
