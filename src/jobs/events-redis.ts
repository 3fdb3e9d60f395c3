import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import type { PubSubEvent, PubSubEventTarget } from '@graphql-yoga/subscription';
import type { Redis } from 'ioredis';
import { createJobEvents, type JobEvents, type JobTopics } from './events.ts';
import { parseKeepingUndefined, stringifyKeepingUndefined } from './record-codec.ts';

export interface RedisJobEventsOptions {
  /** Publishes; may be the connection other commands use. The caller closes it. */
  publish: Redis;
  /** Subscribes, which takes the connection over: give it one of its own. The caller closes it. */
  subscribe: Redis;
  /** Prepended to every channel, to separate deployments sharing one Redis. @default 'h3dgw:' */
  keyPrefix?: string;
}

type JobEvent = PubSubEvent<JobTopics, keyof JobTopics>;

/**
 * Job events through Redis pub/sub, so a subscriber on any replica sees changes made on any other.
 * Records travel in the record codec: plain JSON would drop `upstreamJobId: undefined` and the
 * like, and subscribers expect every JobRecord key present.
 *
 * Redis SUBSCRIBE is sent when the first listener for a job is added and is not awaited, so an
 * event published within a round trip of subscribing can be missed; watchers also poll.
 */
export function createRedisJobEvents(opts: RedisJobEventsOptions): JobEvents {
  const prefix = opts.keyPrefix ?? 'h3dgw:';
  const redisTarget = createRedisEventTarget<JobEvent>({
    publishClient: opts.publish,
    subscribeClient: opts.subscribe,
    serializer: { stringify: stringifyKeepingUndefined, parse: parseKeepingUndefined },
  });
  // The channel is the event type: prefix it on the way out; listeners read only `detail`.
  const target: PubSubEventTarget<JobTopics> = {
    addEventListener(type, callback, options) {
      redisTarget.addEventListener(prefix + type, callback, options);
    },
    removeEventListener(type, callback, options) {
      redisTarget.removeEventListener(prefix + type, callback, options);
    },
    dispatchEvent(event) {
      return redisTarget.dispatchEvent(new CustomEvent(prefix + event.type, { detail: event.detail }));
    },
  };
  return createJobEvents(target);
}
