import type { JobEvents } from './events.ts';
import { isTerminal, type JobRecord } from './job.ts';
import type { JobRepository } from './job-repository.ts';
import type { Poller } from './poller.ts';

/**
 * One subscriber's view of a job: the current snapshot, then every change in order, without
 * duplicates, ending after a terminal status. It subscribes before reading the snapshot so no
 * change can slip between the two, and drops events not newer than what it already sent.
 */
export async function* watchJob(
  job: JobRecord,
  deps: { repo: JobRepository; events: JobEvents; poller: Poller; signal?: AbortSignal },
): AsyncGenerator<JobRecord> {
  const updates = deps.events.subscribe('job:updated', job.id);
  const unwatch = deps.poller.watch(job.id);
  const onAbort = () => void updates.return?.();
  deps.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    if (deps.signal?.aborted) return;
    const current = (await deps.repo.get(job.id)) ?? job;
    yield current;
    if (isTerminal(current.status)) return;
    let version = current.version;
    for await (const next of updates) {
      if (next.version <= version) continue;
      version = next.version;
      yield next;
      if (isTerminal(next.status)) return;
    }
  } finally {
    deps.signal?.removeEventListener('abort', onAbort);
    unwatch();
    await updates.return?.();
  }
}
