import { describe, expect, it } from 'vitest';
import { type JobRecord, newJobRecord } from '../../../src/jobs/domain/job.ts';
import {
  endPipelineStep,
  expectedStepType,
  newPipelineIds,
  PIPELINE_ID_RE,
  pipelineStatus,
  releaseWaitingStep,
} from '../../../src/jobs/domain/pipeline.ts';
import { cancelQueued, claimable, claimForSubmit } from '../../../src/jobs/domain/transitions.ts';
import { createQueueView } from '../../../src/jobs/read/queue-view.ts';
import { createMemoryJobStore } from '../../../src/jobs/store/store-memory.ts';
import { JOB_KINDS, type JobKindName } from '../../../src/tencent/job-kinds.ts';

const NOW = Date.UTC(2026, 0, 1);

function job(kind: JobKindName, fields: Partial<JobRecord> = {}): JobRecord {
  const base = newJobRecord({
    kind,
    status: 'QUEUED',
    input: {},
    owner: 'alice',
    idempotencyKey: undefined,
    external: false,
    upstreamJobId: undefined,
    submittedAt: NOW,
    expiresAt: undefined,
  });
  return { ...base, seq: 1, queueRound: 1, ...fields };
}

describe('pipeline domain', () => {
  it('derives the pipeline id from the first step’s id', () => {
    const ids = newPipelineIds(3);
    expect(ids.id).toMatch(PIPELINE_ID_RE);
    expect(ids.id.slice(3)).toBe(ids.steps[0]?.slice(4));
    expect(new Set(ids.steps).size).toBe(3);
  });

  it('a waiting step is never claimable but can be canceled', () => {
    const waiting = job('UV', { waitsFor: 'job_source' });
    expect(claimable(waiting)).toBe(false);
    expect(claimForSubmit(NOW)(waiting)).toBeUndefined();
    expect(cancelQueued(NOW)(waiting)).toMatchObject({ status: 'CANCELED' });
    expect(cancelQueued(NOW)(waiting)).not.toHaveProperty('waitsFor');
  });

  it('releases a waiting step with its source’s result file, only once the source is DONE', () => {
    const source = job('PRO', {
      status: 'DONE',
      expiresAt: NOW + 1000,
      resultFiles: [
        { type: 'OBJ', url: 'https://cos.test/a.zip', previewImageUrl: undefined },
        { type: 'GLB', url: 'https://cos.test/a.glb', previewImageUrl: undefined },
      ],
      pipeline: { id: 'pl_x', step: 1, steps: [] },
    });
    const step = job('SMART_TOPOLOGY', { waitsFor: source.id, input: { file: { fromStep: 1 } } });
    expect(releaseWaitingStep({ ...source, status: 'RUN' }, NOW)(step)).toBeUndefined();
    expect(releaseWaitingStep(source, NOW)(job('UV'))).toBeUndefined();
    const released = releaseWaitingStep(source, NOW)(step);
    expect(released).toMatchObject({
      status: 'QUEUED',
      version: step.version + 1,
      input: { file: { fromStep: 1, fromJob: source.id, url: 'https://cos.test/a.glb', type: 'GLB' } },
    });
    expect(released).not.toHaveProperty('waitsFor');
    // Expired results cannot feed it: the step fails and says why.
    expect(releaseWaitingStep(source, NOW + 1000)(step)).toMatchObject({
      status: 'FAIL',
      errorCode: 'STEP_INPUT_UNAVAILABLE',
    });
  });

  it('ends every step not sent yet when a step fails, and leaves sent ones alone', () => {
    const end = endPipelineStep({ step: 1, jobId: 'job_a', status: 'FAIL', errorCode: 'X' }, NOW);
    expect(end(job('UV', { waitsFor: 'job_a' }))).toMatchObject({
      status: 'CANCELED',
      errorCode: 'PREVIOUS_STEP_FAILED',
      errorMessage: expect.stringContaining('step 1 (job_a) failed with X'),
    });
    expect(end(job('UV', { submitAttemptAt: NOW }))).toBeUndefined();
    expect(end(job('UV', { status: 'RUN', upstreamJobId: '1' }))).toBeUndefined();
    const canceled = endPipelineStep({ step: 2, jobId: 'job_b', status: 'CANCELED' }, NOW);
    expect(canceled(job('UV'))?.errorCode).toBe('PREVIOUS_STEP_CANCELED');
  });

  it('status: QUEUED, then WAIT/RUN, DONE at the end, FAIL or CANCELED as soon as a step ends so', () => {
    const s = (...statuses: JobRecord['status'][]) => pipelineStatus(statuses.map((status) => ({ status })));
    expect(s('QUEUED', 'QUEUED')).toBe('QUEUED');
    expect(s('WAIT', 'QUEUED')).toBe('WAIT');
    expect(s('DONE', 'QUEUED')).toBe('WAIT');
    expect(s('DONE', 'RUN')).toBe('RUN');
    expect(s('DONE', 'DONE')).toBe('DONE');
    expect(s('FAIL', 'QUEUED')).toBe('FAIL');
    expect(s('DONE', 'CANCELED', 'CANCELED')).toBe('CANCELED');
  });

  it('checks what a step can take from its source', () => {
    const pro = { kind: 'PRO' as const, input: {}, step: 1 };
    expect(expectedStepType(JOB_KINDS.UV, undefined, pro)).toEqual({ ok: true, type: 'GLB' });
    expect(expectedStepType(JOB_KINDS.AUTO_RIGGING, undefined, pro)).toEqual({ ok: true, type: 'OBJ' });
    expect(expectedStepType(JOB_KINDS.TEXTURE_EDIT, undefined, pro).ok).toBe(false);
    const toFbx = { kind: 'CONVERT' as const, input: { format: 'FBX' }, step: 2 };
    expect(expectedStepType(JOB_KINDS.TEXTURE_EDIT, undefined, toFbx)).toEqual({ ok: true, type: 'FBX' });
    expect(expectedStepType(JOB_KINDS.PRO, undefined, pro).ok).toBe(false);
  });

  it('the queue view neither counts nor places waiting steps', async () => {
    const store = createMemoryJobStore();
    const ready = (await store.insert(job('UV'))).job;
    const waiting = (await store.insert(job('UV', { waitsFor: 'job_source' }))).job;
    const later = (await store.insert(job('UV'))).job;
    const view = createQueueView({ store, capacity: () => 1, now: () => NOW });
    expect(await view.position(ready)).toBe(1);
    expect(await view.position(later)).toBe(2);
    expect(await view.position(waiting)).toBeUndefined();
    expect(await view.reason(waiting)).toBe('PREVIOUS_STEP');
    expect(await view.depth('UV')).toBe(2);
  });
});
