import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Conversions } from '../files/conversions.ts';
import { createRedisConversions } from '../files/conversions-redis.ts';
import type { JobEvents } from '../jobs/events/events.ts';
import { createRedisJobEvents } from '../jobs/events/events-redis.ts';
import { createRedisLeadership, type Leadership } from '../jobs/scheduler/leadership.ts';
import type { JobStore } from '../jobs/store/store.ts';
import { createRedisJobStore } from '../jobs/store/store-redis.ts';
import type { RateLimiter } from '../upstream/rate-limiter.ts';
import { createRedisRateLimiter } from '../upstream/rate-limiter-redis.ts';
import type { WebhookStore } from '../webhooks/store.ts';
import { createRedisWebhookStore } from '../webhooks/store-redis.ts';

/**
 * What replicas sharing one Tencent account share, all in Redis: the job store and queue, the
 * per-action rate window, the event stream for subscriptions, the leader lease that decides
 * which replica dispatches and polls, the records of `convertModel` results, and the webhook
 * endpoints and outbox.
 */
export interface SharedState {
  store: JobStore;
  conversions: Conversions;
  /** Webhook endpoints and the outbox of deliveries. */
  webhooks: WebhookStore;
  limiter: RateLimiter;
  events: JobEvents;
  leadership: Leadership;
  close(): Promise<void>;
}

export function connectRedis(url: string, name: string): Redis {
  return new Redis(url, {
    connectionName: name,
    // Fail commands fast while Redis is away (readiness turns red, clients get a clear error)
    // instead of queueing them forever; reconnect in the background.
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    commandTimeout: 3000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
}

export function createSharedState(opts: {
  url: string;
  qps: number;
  log: Logger;
  /** Separates deployments (and tests) sharing one Redis. @default 'h3dgw:' */
  keyPrefix?: string;
}): SharedState {
  const prefix = opts.keyPrefix ?? 'h3dgw:';
  const main = connectRedis(opts.url, 'gateway');
  // Subscribing takes a connection over; publish and commands use the main one.
  const subscriber = connectRedis(opts.url, 'gateway-sub');
  for (const [name, conn] of [
    ['main', main],
    ['subscriber', subscriber],
  ] as const) {
    conn.on('error', (err: Error) => opts.log.warn({ err: err.message, connection: name }, 'redis error'));
  }
  const leaseKey = `${prefix}leader`;
  return {
    // Leader-only writes carry the term's token and the store checks it against the lease itself.
    store: createRedisJobStore({ redis: main, keyPrefix: prefix, leaseKey }),
    conversions: createRedisConversions({ redis: main, keyPrefix: prefix }),
    webhooks: createRedisWebhookStore({ redis: main, keyPrefix: prefix }),
    limiter: createRedisRateLimiter({ redis: main, limit: opts.qps, keyPrefix: prefix }),
    events: createRedisJobEvents({
      publish: main,
      subscribe: subscriber,
      keyPrefix: prefix,
      onError: (err: unknown) => opts.log.warn({ err }, 'redis pub/sub failed'),
    }),
    leadership: createRedisLeadership({ redis: main, key: leaseKey, log: opts.log }),
    async close() {
      await Promise.allSettled([main.quit(), subscriber.quit()]);
    },
  };
}
