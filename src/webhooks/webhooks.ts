import type { Logger } from 'pino';
import type { JobRecord } from '../jobs/domain/job.ts';
import type { JobStore } from '../jobs/store/store.ts';
import { isStorageFailure, StoreUnavailableError } from '../jobs/store/store-errors.ts';
import { createEventDeriver, type EventDeriver } from './derive.ts';
import { createHttpSender, type Sender } from './sender.ts';
import { createWebhookService, type WebhookService } from './service.ts';
import type { Resolver } from './ssrf.ts';
import type { WebhookStore } from './store.ts';
import { createDeliveryWorker, type DeliveryWorker, type DeliveryWorkerOptions } from './worker.ts';

/**
 * Signed webhooks (Standard Webhooks), put together: the service the GraphQL layer calls, the event
 * deriver fed by job changes and the leader's rescan, and the delivery worker, over one webhook
 * store that lives where the jobs do. The jobs layer knows nothing of this: the gateway hands
 * `onJobChanged` the job changes it publishes (job-feed.ts), and the deriver reads the job store.
 */
export interface WebhooksConfig {
  /** WEBHOOK_ALLOW_PRIVATE_TARGETS: no SSRF guard (development, tests). */
  allowPrivateTargets: boolean;
  /** WEBHOOK_RETRY_SCHEDULE: delay before each attempt (ms). */
  retrySchedule: number[];
  /** WEBHOOK_TIMEOUT_MS: one attempt's deadline. */
  timeoutMs: number;
  /** WEBHOOK_SECRET_OVERLAP: how long the secret before a rotation still signs (ms). */
  secretOverlapMs: number;
  /** WEBHOOK_MAX_PER_KEY: endpoints per API key. */
  maxPerKey: number;
  /** WEBHOOK_DELIVERY_RETENTION_DAYS: deliveries (and event keys) older than this are deleted. */
  retentionDays: number;
  /** WEBHOOK_DELIVERIES_PER_ENDPOINT: deliveries kept per endpoint (oldest finished go first). */
  deliveriesPerEndpoint: number;
  /** WEBHOOK_PUBLIC_ORIGIN: origin of `/files` URLs in bodies; default each webhook creator's. */
  publicOrigin: string | undefined;
}

export interface Webhooks {
  service: WebhookService;
  /** A job change this process published (job-feed.ts): derive its events now. */
  onJobChanged(job: JobRecord): void;
  start(): void;
  /** The leader's pass over the store (derive.ts), with retention; what the timer runs. */
  rescan(): Promise<void>;
  deriver: EventDeriver;
  worker: DeliveryWorker;
  /** Deliveries PENDING in the outbox (the shared one with Redis: every replica reads the same). */
  pending(): Promise<number>;
  close(): Promise<void>;
}

export interface WebhooksOptions {
  config: WebhooksConfig;
  store: WebhookStore;
  jobs: Pick<JobStore, 'get' | 'listByStatus' | 'listFinishedSince'>;
  /** This replica leads: it rescans and sends. */
  isLeader: () => boolean;
  log: Logger;
  now?: () => number;
  /** @default undici (sender.ts) with the config's timeout and SSRF guard */
  sender?: Sender;
  resolve?: Resolver;
  /** @default 1000 */
  pollMs?: number;
  /** @default 5000 */
  rescanMs?: number;
  /** Every attempt the worker made (metrics.webhookAttempt). */
  onAttempt?: DeliveryWorkerOptions['onAttempt'];
}

/** Types the webhook store's failures as the job store's are: STORE_UNAVAILABLE, not an internal error. */
export function withWebhookStoreErrors(store: WebhookStore): WebhookStore {
  const wrapped = {} as Record<string, unknown>;
  for (const [name, fn] of Object.entries(store) as Array<
    [string, (...args: unknown[]) => Promise<unknown>]
  >) {
    wrapped[name] =
      name === 'close'
        ? fn
        : async (...args: unknown[]) => {
            try {
              return await fn(...args);
            } catch (err) {
              if (err instanceof StoreUnavailableError || !isStorageFailure(err)) throw err;
              throw new StoreUnavailableError(`webhooks.${name}`, err);
            }
          };
  }
  return wrapped as unknown as WebhookStore;
}

export function createWebhooks(opts: WebhooksOptions): Webhooks {
  const { config, store, log } = opts;
  const now = opts.now ?? Date.now;
  const sender =
    opts.sender ??
    createHttpSender({
      allowPrivate: config.allowPrivateTargets,
      timeoutMs: config.timeoutMs,
      ...(opts.resolve ? { resolve: opts.resolve } : {}),
    });
  const keepMs = config.retentionDays * 24 * 60 * 60 * 1000;
  const worker = createDeliveryWorker({
    store,
    sender,
    schedule: config.retrySchedule,
    timeoutMs: config.timeoutMs,
    active: opts.isLeader,
    now,
    log,
    ...(opts.pollMs === undefined ? {} : { pollMs: opts.pollMs }),
    ...(opts.onAttempt ? { onAttempt: opts.onAttempt } : {}),
  });
  const deriver = createEventDeriver({
    jobs: opts.jobs,
    store,
    now,
    log,
    publicOrigin: config.publicOrigin,
    firstDelayMs: config.retrySchedule[0] ?? 0,
    retention: { maxPerEndpoint: config.deliveriesPerEndpoint, keepMs },
    onAdded: () => worker.nudge(),
  });
  const service = createWebhookService({
    store,
    now,
    log,
    allowPrivateTargets: config.allowPrivateTargets,
    maxPerKey: config.maxPerKey,
    secretOverlapMs: config.secretOverlapMs,
    onQueued: () => worker.nudge(),
    ...(opts.resolve ? { resolve: opts.resolve } : {}),
  });

  let timer: NodeJS.Timeout | undefined;
  let rescanning: Promise<void> | undefined;
  let closed = false;

  async function rescanOnce(): Promise<void> {
    if (!opts.isLeader()) return;
    await deriver.rescan();
    await store.prune(now() - keepMs, 1000);
  }

  function rescan(): Promise<void> {
    rescanning ??= rescanOnce()
      .catch((err: unknown) => log.warn({ err }, 'webhook rescan failed; retrying at the next one'))
      .finally(() => {
        rescanning = undefined;
      });
    return rescanning;
  }

  function schedule(): void {
    if (closed) return;
    timer = setTimeout(() => void rescan().finally(schedule), opts.rescanMs ?? 5000);
    timer.unref();
  }

  return {
    service,
    deriver,
    worker,
    onJobChanged(job) {
      if (!closed) void deriver.onJobChanged(job);
    },
    start() {
      worker.start();
      // At once: anything a crash left underived goes out without waiting for the timer.
      void rescan().finally(schedule);
    },
    rescan,
    pending: () => store.countPending(),
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      await rescanning;
      await worker.stop();
      await sender.close();
    },
  };
}
