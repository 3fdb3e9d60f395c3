import { describe, expect, it, vi } from 'vitest';
import { newJobRecord } from '../../src/jobs/domain/job.ts';
import { cancelQueued } from '../../src/jobs/domain/transitions.ts';
import type { JobStore } from '../../src/jobs/store/store.ts';
import { createMemoryJobStore } from '../../src/jobs/store/store-memory.ts';
import { startTestGateway } from '../helpers/gateway.ts';
import { startTestSimulator } from '../helpers/simulator.ts';

/**
 * Audit F8: nothing is kept forever. A gateway deletes finished jobs JOB_RETENTION_DAYS after they
 * ended (leader only, at start and hourly): such a job is gone from `job(id)` and `jobs`, and the
 * store; a younger one stays.
 */

const DAY = 24 * 60 * 60 * 1000;

/** A job stored as `submitJob` does, canceled `daysAgo` days ago. */
async function canceledJob(store: JobStore, prompt: string, daysAgo: number): Promise<string> {
  const at = Date.now() - daysAgo * DAY;
  const { job } = await store.insert(
    newJobRecord({
      kind: 'PRO',
      status: 'QUEUED',
      input: { prompt },
      owner: '',
      idempotencyKey: `key-${prompt}`,
      external: false,
      upstreamJobId: undefined,
      submittedAt: at - 1000,
      expiresAt: undefined,
    }),
  );
  await store.transition(job.id, cancelQueued(at));
  return job.id;
}

describe('retention of finished jobs (audit F8)', () => {
  it('a job finished before JOB_RETENTION_DAYS is gone from job(id), jobs and the store; a younger one stays', async () => {
    const sim = await startTestSimulator();
    const store = createMemoryJobStore();
    const old = await canceledJob(store, 'old', 8);
    const young = await canceledJob(store, 'young', 6);

    const { gql } = await startTestGateway(sim, { JOB_RETENTION_DAYS: '7' }, { store });
    const look = `query ($id: ID!) { job(id: $id) { id status } jobs(first: 10) { nodes { id } } }`;

    await vi.waitFor(async () => expect(await store.get(old)).toBeUndefined(), { timeout: 10_000 });
    const answer = await gql<{ job: { id: string } | null; jobs: { nodes: Array<{ id: string }> } }>(look, {
      id: old,
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.job).toBeNull();
    expect(answer.data?.jobs.nodes.map((n) => n.id)).toEqual([young]);
    const kept = await gql<{ job: { id: string; status: string } | null }>(look, { id: young });
    expect(kept.data?.job).toEqual({ id: young, status: 'CANCELED' });
    // Its idempotency key is free again: the same key starts a new job.
    const again = await gql<{ submitJob: { id: string } }>(
      'mutation { submitJob(input: { prompt: "old" }, idempotencyKey: "key-old") { id } }',
    );
    expect(again.data?.submitJob.id).not.toBe(old);
  });
});
