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
   * The `q` quantile (0..1, nearest rank) of the kind's observed upstream durations (ms); the prior
   * while nothing was observed. Stall detection uses the 90th percentile.
   */
  quantileDurationMs(kind: JobKindName, q: number): number;
  /**
   * How far along the job is, 0–100: 100 once DONE; for a job in WAIT or RUN an estimate from the
   * time since Tencent accepted it against the kind's typical duration (progressAt); undefined
   * while it is queued here or when it ended otherwise (FAIL, CANCELED).
   */
  progress(job: JobRecord, now: number): number | undefined;
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

  function quantile(kind: JobKindName, q: number): number {
    const s = samples.get(kind);
    if (!s || s.length === 0) return prior[kind] ?? PRIOR_MS[kind];
    const sorted = [...s].sort((a, b) => a - b);
    const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
    return sorted[rank - 1] ?? PRIOR_MS[kind];
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
    quantileDurationMs: quantile,
    progress(job, now) {
      if (job.status === 'DONE') return 100;
      if (job.status !== 'WAIT' && job.status !== 'RUN') return undefined;
      // An external job's submit time is unknown: first sight stands in.
      const since = job.upstreamSubmittedAt ?? job.submittedAt;
      return progressAt(now - since, typical(job.kind));
    },
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

/**
 * Progress of a job `elapsedMs` into a run that typically takes `typicalMs`: linear up to 90 at 90 %
 * of the typical duration, then closing in on 99 (never 100 before DONE) as the job overruns, so a
 * bar keeps moving a little for a slow job and never runs backwards for a given typical duration.
 */
export function progressAt(elapsedMs: number, typicalMs: number): number {
  const ratio = Math.max(0, elapsedMs) / Math.max(1, typicalMs);
  if (ratio <= 0.9) return Math.floor(ratio * 100);
  return Math.min(99, Math.floor(90 + 9 * (1 - Math.exp(-(ratio - 0.9) / 0.3))));
}
