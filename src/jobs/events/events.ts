import { setMaxListeners } from 'node:events';
import { createPubSub, type PubSub, type PubSubEventTarget } from '@graphql-yoga/subscription';
import type { JobRecord } from '../domain/job.ts';

/**
 * Job changes, by job id. yoga's pub/sub so that replicas can later swap the in-process event
 * target for Redis without touching publishers or subscribers.
 */
export type JobTopics = {
  'job:updated': [id: string, job: JobRecord];
  /** A replica stored work the leader should pick up (a submit, an external job): rescan now. */
  'jobs:changed': [];
};
export type JobEvents = PubSub<JobTopics>;

export function createJobEvents(eventTarget?: PubSubEventTarget<JobTopics>): JobEvents {
  let target = eventTarget;
  if (!target) {
    // Thousands of subscribers may follow one job; Node's leak warning at 11 listeners is noise here.
    const local = new EventTarget();
    setMaxListeners(0, local);
    target = local as PubSubEventTarget<JobTopics>;
  }
  return createPubSub<JobTopics>({ eventTarget: target });
}
