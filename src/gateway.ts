import type { Logger } from 'pino';
import { type App, createApp } from './app.ts';
import type { Config } from './config.ts';
import { createJobEvents } from './jobs/events.ts';
import { createJobService, type JobService } from './jobs/job-service.ts';
import type { JobStore } from './jobs/store.ts';
import { createMemoryJobStore } from './jobs/store-memory.ts';
import { createSqliteJobStore } from './jobs/store-sqlite.ts';
import { type Simulator, startSimulator } from './simulator/index.ts';
import { DEV_SECRET_ID, DEV_SECRET_KEY } from './simulator/options.ts';
import { createTencentClient, type TencentClient } from './tencent/client.ts';
import { createJobSlots } from './upstream/job-slots.ts';
import { createRateLimiter, type RateLimiter } from './upstream/rate-limiter.ts';

export interface Gateway {
  app: App;
  jobs: JobService;
  client: TencentClient;
  limiter: RateLimiter;
  store: JobStore;
  /** The embedded simulator when no Tencent credentials are configured. */
  simulator: Simulator | undefined;
  close(): Promise<void>;
}

export interface GatewayOverrides {
  /** Use this store instead of the one the config names (tests pass a memory store). */
  store?: JobStore;
  now?: () => number;
}

/**
 * Builds every part of the gateway from config, in dependency order, and starts the job machinery.
 * It does not listen: main.ts does, and tests call `app.fetch` or start a server themselves.
 */
export async function createGateway(
  config: Config,
  log: Logger,
  overrides: GatewayOverrides = {},
): Promise<Gateway> {
  let simulator: Simulator | undefined;
  let endpoint = config.upstream.endpoint;
  let credentials = config.upstream.credentials;
  let version = config.upstream.version;
  let service = config.upstream.service;
  if (!credentials) {
    simulator = await startSimulator({
      credentials: [{ secretId: DEV_SECRET_ID, secretKey: DEV_SECRET_KEY }],
      durations: {
        PRO: { waitMs: config.simulator.waitMs, runMs: config.simulator.runMs },
        RAPID: { waitMs: config.simulator.waitMs, runMs: config.simulator.runMs },
      },
    });
    log.info(
      { simulator: simulator.url },
      'No Tencent credentials (TENCENTCLOUD_SECRET_ID/TENCENTCLOUD_SECRET_KEY): using the embedded Hunyuan 3D simulator',
    );
    endpoint = simulator.url;
    credentials = { secretId: DEV_SECRET_ID, secretKey: DEV_SECRET_KEY, token: undefined };
    version = '2023-09-01';
    service = 'hunyuan';
  } else {
    log.info({ endpoint, region: config.upstream.region, version }, 'using Tencent Cloud');
  }

  const client = createTencentClient({
    endpoint,
    credentials,
    region: config.upstream.region,
    version,
    service,
    timeouts: config.upstream.timeouts,
  });
  const store =
    overrides.store ??
    (config.store.path === ':memory:'
      ? createMemoryJobStore()
      : createSqliteJobStore({ path: config.store.path }));
  const limiter = createRateLimiter({
    limit: config.upstream.qps,
    ...(overrides.now ? { now: overrides.now } : {}),
  });
  const slots = createJobSlots({ capacity: config.upstream.slots });
  const events = createJobEvents();
  const jobs = createJobService({
    store,
    events,
    client,
    limiter,
    slots,
    refreshMs: config.jobs.refreshMs,
    ratePerSecond: config.upstream.qps / 1.1,
    log,
    ...(overrides.now ? { now: overrides.now } : {}),
  });
  await jobs.start();
  const app = createApp({ jobs, log, keys: config.auth.keys });

  let closing: Promise<void> | undefined;
  return {
    app,
    jobs,
    client,
    limiter,
    store,
    simulator,
    close() {
      closing ??= (async () => {
        await jobs.stop();
        limiter.close();
        await client.close();
        await store.close();
        await simulator?.close();
      })();
      return closing;
    },
  };
}
