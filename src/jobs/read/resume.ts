import type { JobRecord } from '../domain/job.ts';
import type { PipelineView } from '../domain/pipeline.ts';

/**
 * Streams that resume: a subscriber that comes back after a disconnect names the last version it
 * saw, and gets what it missed from the job's change history (JobRepository.history) instead of
 * the snapshot. Pure functions over what the store answered; watch.ts and the pipeline service
 * read, these decide.
 */

/**
 * Job `current`'s versions `from` to its own, oldest first, ending with `current` itself (so the
 * newest version never depends on its history entry, written just after it). Undefined when
 * `history` (the kept snapshots, in any order) lacks one of the versions in between, or when
 * `from` is not a version of the job (below 1, or beyond `current`).
 */
export function versionsFrom(
  from: number,
  current: JobRecord,
  history: readonly JobRecord[],
): JobRecord[] | undefined {
  if (!Number.isSafeInteger(from) || from < 1 || from > current.version) return undefined;
  const byVersion = new Map<number, JobRecord>();
  for (const job of history) if (job.id === current.id) byVersion.set(job.version, job);
  const run: JobRecord[] = [];
  for (let version = from; version < current.version; version++) {
    const job = byVersion.get(version);
    if (!job) return undefined;
    run.push(job);
  }
  run.push(current);
  return run;
}

/**
 * What a job's subscriber is sent first: the snapshot (`[current]`), or when it says it has seen
 * version `after`, only the versions after it, in order (none when it is up to date). The snapshot
 * again when the history no longer covers every one of them (or `after` is no version this job
 * had): never a silent gap, the client sees `version` jump.
 */
export function firstEvents(
  current: JobRecord,
  after: number | undefined,
  history: readonly JobRecord[] | undefined,
): JobRecord[] {
  if (after === undefined || !Number.isSafeInteger(after) || after < 1 || after > current.version) {
    return [current];
  }
  if (after === current.version) return [];
  return (history && versionsFrom(after + 1, current, history)) ?? [current];
}

/**
 * The pipeline views a subscriber missed: `runs[i]` is step i's versions from the one the
 * subscriber has to the current one (versionsFrom). Each view applies one step change. Every
 * step's changes come in version order; across steps, the change made first (`updatedAt`, then
 * step order) comes first. The last view has every step at its current version; none when no step
 * changed.
 */
export function replayPipeline(
  pipeline: PipelineView,
  runs: readonly (readonly JobRecord[])[],
): PipelineView[] {
  const steps = runs.map((run, i) => run[0] ?? (pipeline.steps[i] as JobRecord));
  const next = runs.map(() => 1);
  const views: PipelineView[] = [];
  for (;;) {
    let pick: number | undefined;
    let pickAt = Number.POSITIVE_INFINITY;
    runs.forEach((run, i) => {
      const change = run[next[i] as number];
      if (change && change.updatedAt < pickAt) {
        pick = i;
        pickAt = change.updatedAt;
      }
    });
    if (pick === undefined) return views;
    const index = next[pick] as number;
    steps[pick] = (runs[pick] as readonly JobRecord[])[index] as JobRecord;
    next[pick] = index + 1;
    views.push({ ...pipeline, steps: [...steps] });
  }
}
