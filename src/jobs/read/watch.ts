import { isTerminal, type JobRecord } from '../domain/job.ts';
import type { JobEvents } from '../events/events.ts';
import type { Poller } from '../scheduler/poller.ts';
import type { JobRepository } from '../store/job-repository.ts';
import { firstEvents } from './resume.ts';

/**
 * One subscriber's view of a job: the current snapshot, then every change in order, without
 * duplicates, ending after a terminal status.
 *
 * Events are the fast path, but a subscription only starts listening once it is first read, and
 * across replicas (Redis pub/sub) only once the SUBSCRIBE is acknowledged: a change published in
 * between would be lost. So the stream also re-reads the stored job every `recheckMs`, and keeps
 * whatever is newest by `version`, dropping duplicates and stale events.
 *
 * A subscriber that resumes (`after`: the last version it saw) gets, instead of the snapshot, the
 * versions it missed from the job's change history, then the live changes; the snapshot when the
 * history no longer covers them (resume.ts firstEvents).
 */
export async function* watchJob(
  job: JobRecord,
  deps: {
    repo: JobRepository;
    events: JobEvents;
    poller: Poller;
    signal?: AbortSignal;
    /**
     * Re-read period; undefined = never (in-process events subscribe synchronously, nothing to miss).
     * @default undefined
     */
    recheckMs?: number | undefined;
    /** The version the subscriber already has (a stream that resumes). @default none: snapshot first */
    after?: number | undefined;
  },
): AsyncGenerator<JobRecord> {
  const updates = deps.events.subscribe('job:updated', job.id);
  const unwatch = deps.poller.watch(job.id);
  const recheckMs = deps.recheckMs;
  let wake: (() => void) | undefined;
  const onAbort = () => wake?.();
  deps.signal?.addEventListener('abort', onAbort, { once: true });
  // Start listening now: the first next() is what subscribes.
  let nextEvent = updates.next();
  try {
    if (deps.signal?.aborted) return;
    const current = (await deps.repo.store.get(job.id)) ?? job;
    const after = deps.after;
    // A history the store cannot read now only makes the stream start from the snapshot.
    const history =
      after !== undefined && after < current.version
        ? await deps.repo.history(job.id, after).catch(() => undefined)
        : undefined;
    for (const missed of firstEvents(current, after, history)) yield missed;
    if (isTerminal(current.status)) return;
    let version = current.version;
    while (!deps.signal?.aborted) {
      let timer: NodeJS.Timeout | undefined;
      const tick = new Promise<'tick'>((resolve) => {
        wake = () => resolve('tick');
        if (recheckMs !== undefined) timer = setTimeout(wake, recheckMs);
      });
      const winner = await Promise.race([nextEvent.then((r) => r), tick]);
      clearTimeout(timer);
      if (deps.signal?.aborted) return;
      let candidate: JobRecord | undefined;
      if (winner === 'tick') {
        // Through the replica's snapshot cache: subscribers of one job share one store read. A
        // store that does not answer now (Redis stalled) is not the end of the job: the stream
        // stays open and reads again at the next tick; a subscription ends only with its job.
        candidate = await deps.repo.get(job.id).catch(() => undefined);
      } else {
        if (winner.done) return;
        candidate = winner.value;
        nextEvent = updates.next();
      }
      if (!candidate || candidate.version <= version) continue;
      version = candidate.version;
      yield candidate;
      if (isTerminal(candidate.status)) return;
    }
  } finally {
    deps.signal?.removeEventListener('abort', onAbort);
    unwatch();
    await updates.return?.();
  }
}
