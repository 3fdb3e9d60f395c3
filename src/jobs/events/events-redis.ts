import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import type { PubSubEvent, PubSubEventTarget } from '@graphql-yoga/subscription';
import type { Redis } from 'ioredis';
import { parseKeepingUndefined, stringifyKeepingUndefined } from '../store/record-codec.ts';
import { createJobEvents, type JobEvents, type JobTopics } from './events.ts';

export interface RedisJobEventsOptions {
  /** Publishes; may be the connection other commands use. The caller closes it. */
  publish: Redis;
  /** Subscribes, which takes the connection over: give it one of its own. The caller closes it. */
  subscribe: Redis;
  /** Prepended to every channel, to separate deployments sharing one Redis. @default 'h3dgw:' */
  keyPrefix?: string;
  /**
   * A PUBLISH, SUBSCRIBE or UNSUBSCRIBE failed (Redis away). The event is lost, and a failed
   * SUBSCRIBE leaves that job's subscribers on this replica without events until they leave.
   * @default ignores it: the connections' own 'error' events already report the outage
   */
  onError?: (error: Error) => void;
}

type JobEvent = PubSubEvent<JobTopics, keyof JobTopics>;

/**
 * The event target publishes and (un)subscribes without awaiting, so a command failing while Redis
 * is away would be an unhandled rejection, which ends the process. These stand-ins catch it. They
 * offer only what @graphql-yoga/redis-event-target 3.0.4 calls (pinned; the tests cover it).
 */
function guardedClients(opts: RedisJobEventsOptions): { publishClient: Redis; subscribeClient: Redis } {
  const { publish, subscribe } = opts;
  const onError = (error: Error): void => opts.onError?.(error);
  const publishClient = {
    publish: (channel: string, message: string) => publish.publish(channel, message).catch(onError),
  };
  const subscribeClient = {
    on(event: 'message', listener: (channel: string, message: string) => void) {
      subscribe.on(event, listener);
      return subscribeClient;
    },
    subscribe: (channel: string) => subscribe.subscribe(channel).catch(onError),
    unsubscribe: (channel: string) => subscribe.unsubscribe(channel).catch(onError),
  };
  return {
    publishClient: publishClient as unknown as Redis,
    subscribeClient: subscribeClient as unknown as Redis,
  };
}

/**
 * Job events through Redis pub/sub, so a subscriber on any replica sees changes made on any other.
 * Records travel in the record codec: plain JSON would drop `upstreamJobId: undefined` and the
 * like, and subscribers expect every JobRecord key present.
 *
 * Redis SUBSCRIBE is sent when the first listener for a job is added and is not awaited, so an
 * event published within a round trip of subscribing is not seen: read the store after
 * subscribing, not before.
 */
export function createRedisJobEvents(opts: RedisJobEventsOptions): JobEvents {
  const prefix = opts.keyPrefix ?? 'h3dgw:';
  const redisTarget = createRedisEventTarget<JobEvent>({
    ...guardedClients(opts),
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
