import type { JobRecord } from '../jobs/domain/job.ts';
import type { JobEvents } from '../jobs/events/events.ts';

/**
 * How webhooks hear about job changes without the jobs layer knowing about them (docs/design.md):
 * the job events this process publishes pass through unchanged, and every `job:updated` is also
 * handed to the listeners. Only this process's own changes are seen here; the leader's rescan
 * (derive.ts) finds the rest, and anything missed in a crash, from the store.
 */
export interface JobChangeFeed {
  /** The events to give the jobs layer in place of the ones wrapped. */
  events: JobEvents;
  /** Called synchronously on every published job change; it must not throw or block. */
  listen(listener: (job: JobRecord) => void): void;
}

export function tapJobChanges(inner: JobEvents): JobChangeFeed {
  const listeners: Array<(job: JobRecord) => void> = [];
  const publish = ((topic: string, ...args: unknown[]) => {
    (inner.publish as (topic: string, ...args: unknown[]) => void)(topic, ...args);
    if (topic !== 'job:updated') return;
    const job = args[1] as JobRecord | undefined;
    if (!job) return;
    for (const listener of listeners) {
      try {
        listener(job);
      } catch {
        // A listener's bug must not break the job write that published.
      }
    }
  }) as JobEvents['publish'];
  return {
    events: { publish, subscribe: inner.subscribe.bind(inner) } as JobEvents,
    listen: (listener) => void listeners.push(listener),
  };
}
