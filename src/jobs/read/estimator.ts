import type { JobKindName } from '../../tencent/job-kinds.ts';
import type { JobRecord } from '../domain/job.ts';

/**
 * Completion estimates Tencent does not give: the median of recently observed upstream durations
 * (submit → DONE) per kind, and, for queued jobs, when a slot should free up for them.
 */
export interface Estimator {
  observe(job: JobRecord): void;
  /** Typical upstream duration of a kind (ms). */
  typicalDurationMs(kind: JobKindName): number;
  /**
   * When the job should be DONE. `running` are the kind's jobs upstream now; `position` is the
   * 1-based queue position for queued jobs.
   */
  estimate(
    job: JobRecord,
    ctx: { running: readonly JobRecord[]; slots: number; position: number | undefined; now: number },
  ): number | undefined;
}

/**
 * Before anything is observed. Rapid is documented as within 90 s; Pro and the post-processing
 * actions have no official figure.
 */
const PRIOR_MS: Readonly<Record<JobKindName, number>> = {
  PRO: 120_000,
  RAPID: 60_000,
  PART: 60_000,
  SMART_TOPOLOGY: 60_000,
  UV: 60_000,
  TEXTURE_EDIT: 60_000,
  CONVERT: 60_000,
  AUTO_RIGGING: 60_000,
  REDUCE_FACE: 60_000,
  TEXTURE_TO_3D: 60_000,
  PROFILE: 60_000,
  MOTION: 60_000,
};
const SAMPLES = 50;

export function createEstimator(prior: Partial<Record<JobKindName, number>> = {}): Estimator {
  const samples = new Map<JobKindName, number[]>();

  function typical(kind: JobKindName): number {
    const s = samples.get(kind);
    if (!s || s.length === 0) return prior[kind] ?? PRIOR_MS[kind];
    const sorted = [...s].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] ?? PRIOR_MS[kind];
  }

  function remainingOf(job: JobRecord, t: number): number {
    const started = job.upstreamSubmittedAt ?? t;
    return Math.max(0, started + typical(job.kind) - t);
  }

  return {
    observe(job) {
      if (job.status !== 'DONE' || !job.upstreamSubmittedAt || !job.finishedAt || job.external) return;
      const s = samples.get(job.kind) ?? [];
      s.push(job.finishedAt - job.upstreamSubmittedAt);
      if (s.length > SAMPLES) s.shift();
      samples.set(job.kind, s);
    },
    typicalDurationMs: typical,
    estimate(job, { running, slots, position, now }) {
      if (job.status === 'DONE' || job.status === 'FAIL' || job.status === 'CANCELED') return undefined;
      const duration = typical(job.kind);
      if (job.status !== 'QUEUED') return now + remainingOf(job, now);
      // Slots free as running jobs finish; queued jobs take them in order, each running `duration`.
      const frees = running.map((r) => remainingOf(r, now));
      while (frees.length < slots) frees.push(0);
      frees.sort((a, b) => a - b);
      let startAt = 0;
      for (let i = 0; i < (position ?? 1); i++) {
        startAt = frees.shift() ?? 0;
        frees.push(startAt + duration);
        frees.sort((a, b) => a - b);
      }
      return now + startAt + duration;
    },
  };
}
