import { describe, expect, it } from 'vitest';
import type { JobRecord } from '../../../src/jobs/domain/job.ts';
import { createEstimator } from '../../../src/jobs/read/estimator.ts';
import { storedJob } from '../../helpers/job-records.ts';

/** Completion estimates: plain arithmetic on records, with `now` passed in. */

const NOW = 10_000_000;

function record(overrides: Partial<JobRecord> = {}): JobRecord {
  return storedJob({
    input: { prompt: 'a cat' },
    inputHash: 'hash',
    submittedAt: NOW - 1000,
    updatedAt: NOW - 1000,
    ...overrides,
  });
}

/** A job sent upstream: its JobId is its own seq, so unique too. */
function upstreamJob(fields: Partial<JobRecord>, overrides: Partial<JobRecord>): JobRecord {
  const job = record({ ...fields, ...overrides });
  return { ...job, upstreamJobId: String(job.seq), ...overrides };
}

/** A DONE job that took `ms` upstream. */
function done(ms: number, overrides: Partial<JobRecord> = {}): JobRecord {
  return upstreamJob({ status: 'DONE', upstreamSubmittedAt: NOW - ms, finishedAt: NOW }, overrides);
}

/** Upstream since `ago` ms before NOW. */
function running(ago: number, overrides: Partial<JobRecord> = {}): JobRecord {
  return upstreamJob({ status: 'RUN', upstreamSubmittedAt: NOW - ago }, overrides);
}

describe('estimator: typical duration', () => {
  it('uses the prior before anything is observed: the built-in one, or the one given per kind', () => {
    const builtIn = createEstimator();
    expect(builtIn.typicalDurationMs('PRO')).toBe(120_000);
    expect(builtIn.typicalDurationMs('RAPID')).toBe(60_000);
    const given = createEstimator({ PRO: 90_000 });
    expect(given.typicalDurationMs('PRO')).toBe(90_000);
    expect(given.typicalDurationMs('RAPID')).toBe(60_000);
  });

  it('is the median of observed durations (the upper one for an even count), per kind', () => {
    const est = createEstimator();
    for (const ms of [50_000, 10_000, 30_000]) est.observe(done(ms));
    expect(est.typicalDurationMs('PRO')).toBe(30_000);
    // One very slow job does not drag the median the way it would a mean.
    est.observe(done(3_600_000));
    expect(est.typicalDurationMs('PRO')).toBe(50_000);
    expect(est.typicalDurationMs('RAPID')).toBe(60_000);
    est.observe(done(5000, { kind: 'RAPID' }));
    expect(est.typicalDurationMs('RAPID')).toBe(5000);
    expect(est.typicalDurationMs('PRO')).toBe(50_000);
  });

  it('counts only DONE jobs of this gateway with both timestamps', () => {
    const est = createEstimator({ PRO: 100_000 });
    est.observe(done(1000, { status: 'FAIL' }));
    est.observe(done(1000, { status: 'CANCELED' }));
    est.observe(done(1000, { status: 'RUN', finishedAt: undefined }));
    est.observe(done(1000, { external: true }));
    est.observe(done(1000, { upstreamSubmittedAt: undefined }));
    est.observe(done(1000, { finishedAt: undefined }));
    expect(est.typicalDurationMs('PRO')).toBe(100_000);
    est.observe(done(1000));
    expect(est.typicalDurationMs('PRO')).toBe(1000);
  });

  it('keeps the last 50 samples only', () => {
    const est = createEstimator();
    for (let i = 0; i < 50; i++) est.observe(done(1000));
    for (let i = 0; i < 24; i++) est.observe(done(9000));
    // 26 × 1 s and 24 × 9 s.
    expect(est.typicalDurationMs('PRO')).toBe(1000);
    est.observe(done(9000));
    // 25 × 1 s and 25 × 9 s: the oldest fell out.
    expect(est.typicalDurationMs('PRO')).toBe(9000);
    for (let i = 0; i < 25; i++) est.observe(done(9000));
    for (let i = 0; i < 26; i++) est.observe(done(2000));
    expect(est.typicalDurationMs('PRO')).toBe(2000);
  });
});

describe('estimator: estimate', () => {
  const ctx = (o: Partial<{ running: JobRecord[]; slots: number; position: number | undefined }> = {}) => ({
    running: [],
    slots: 3,
    position: undefined,
    now: NOW,
    ...o,
  });

  it('is undefined once a job is terminal', () => {
    const est = createEstimator();
    for (const status of ['DONE', 'FAIL', 'CANCELED'] as const) {
      expect(est.estimate(record({ status }), ctx())).toBeUndefined();
    }
  });

  it('a running job: its upstream start plus the typical duration, never before now', () => {
    const est = createEstimator({ PRO: 100_000 });
    expect(est.estimate(running(30_000), ctx())).toBe(NOW + 70_000);
    expect(est.estimate(running(30_000, { status: 'WAIT' }), ctx())).toBe(NOW + 70_000);
    expect(est.estimate(running(250_000), ctx())).toBe(NOW);
    // Not yet known when it left: counted from now.
    expect(est.estimate(running(0, { upstreamSubmittedAt: undefined }), ctx())).toBe(NOW + 100_000);
  });

  it('a queued job waits for slots in queue order: 3 slots, 3 running with 10, 50 and 80 s left', () => {
    const est = createEstimator({ PRO: 100_000 });
    const busy = [running(20_000), running(90_000), running(50_000)]; // 80, 10, 50 s left
    const queued = record();
    const at = (position: number | undefined) => est.estimate(queued, ctx({ running: busy, position }));
    // Position 1 takes the slot freed first, 2 and 3 the next ones.
    expect(at(1)).toBe(NOW + 10_000 + 100_000);
    expect(at(2)).toBe(NOW + 50_000 + 100_000);
    expect(at(3)).toBe(NOW + 80_000 + 100_000);
    // Position 4 waits for position 1 to finish.
    expect(at(4)).toBe(NOW + 110_000 + 100_000);
    expect(at(undefined)).toBe(at(1));
  });

  it('a queued job starts at once when a slot is free, and follows observed durations', () => {
    const est = createEstimator({ PRO: 100_000 });
    const queued = record();
    const busy = [running(90_000)];
    expect(est.estimate(queued, ctx({ running: busy, position: 1 }))).toBe(NOW + 100_000);
    expect(est.estimate(queued, ctx({ running: busy, position: 2 }))).toBe(NOW + 100_000);
    // Third in line: the one running frees first (10 s).
    expect(est.estimate(queued, ctx({ running: busy, position: 3 }))).toBe(NOW + 110_000);
    est.observe(done(40_000));
    // Typical now 40 s: the running job is overdue (0 s left).
    expect(est.estimate(queued, ctx({ running: busy, position: 3 }))).toBe(NOW + 40_000);
    expect(est.estimate(queued, ctx({ running: busy, position: 4 }))).toBe(NOW + 80_000);
  });
});
