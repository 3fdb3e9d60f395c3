import type { Logger } from 'pino';
import { type App, createApp } from './app.ts';
import type { Config } from './config.ts';
import { createFileCache, type FileCache, fileCacheDir } from './files/file-cache.ts';
import { type Authenticator, createAuthenticator } from './http/auth.ts';
import { createReadiness, type Readiness } from './http/readiness.ts';
import { createJobEvents } from './jobs/events/events.ts';
import { createJobService, type JobService } from './jobs/job-service.ts';
import type { JobStore } from './jobs/store/store.ts';
import { withStoreErrors } from './jobs/store/store-errors.ts';
import { createMemoryJobStore } from './jobs/store/store-memory.ts';
import { createSqliteJobStore } from './jobs/store/store-sqlite.ts';
import { createMetrics, type GatewayMetrics } from './observability/metrics.ts';
import { createSharedState } from './redis/shared-state.ts';
import { type Simulator, startSimulator } from './simulator/index.ts';
import { DEV_SECRET_ID, DEV_SECRET_KEY } from './simulator/options.ts';
import { createTencentClient, type TencentClient } from './tencent/client.ts';
import { createJobSlots } from './upstream/job-slots.ts';
import { createRateLimiter, type RateLimiter } from './upstream/rate-limiter.ts';
import { createUpstreamHealth, withHealth } from './upstream/upstream-health.ts';

export interface Gateway {
  app: App;
  auth: Authenticator;
  jobs: JobService;
  client: TencentClient;
  limiter: RateLimiter;
  store: JobStore;
  metrics: GatewayMetrics;
  /** `/ready`; main.ts calls `setShuttingDown()` first thing on SIGTERM. */
  readiness: Readiness;
  /** The embedded simulator when no Tencent credentials are configured. */
  simulator: Simulator | undefined;
  /** Result files on disk, served at `/files/…`. */
  files: FileCache;
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

  const rawClient = createTencentClient({
    endpoint,
    credentials,
    region: config.upstream.region,
    version,
    service,
    timeouts: config.upstream.timeouts,
  });
  // REDIS_URL switches every shared part to Redis; without it, SQLite and in-process parts.
  const shared = config.redis.url
    ? createSharedState({
        url: config.redis.url,
        qps: config.upstream.qps,
        log,
        keyPrefix: config.redis.keyPrefix,
      })
    : undefined;
  if (shared) log.info({ keyPrefix: config.redis.keyPrefix }, 'sharing state through Redis');
  const store = withStoreErrors(
    overrides.store ??
      shared?.store ??
      (config.store.path === ':memory:'
        ? createMemoryJobStore()
        : createSqliteJobStore({ path: config.store.path })),
  );
  const limiter: RateLimiter =
    shared?.limiter ??
    createRateLimiter({
      limit: config.upstream.qps,
      // Evenly spaced grants (55 ms at 20/s over the 1.1 s window): bursts arrive bunched (bench/).
      minIntervalMs: 1100 / config.upstream.qps,
      ...(overrides.now ? { now: overrides.now } : {}),
    });
  const health = createUpstreamHealth({ client: rawClient, limiter });
  const client = withHealth(rawClient, health);
  const slots = createJobSlots({ capacity: config.upstream.slots });
  const events = shared?.events ?? createJobEvents();
  const metrics = createMetrics();
  const jobs = createJobService({
    store,
    events,
    client,
    limiter,
    slots,
    refreshMs: config.jobs.refreshMs,
    ratePerSecond: config.upstream.qps / 1.1,
    maxQueuedPerOwner: config.jobs.maxQueuedPerKey,
    health,
    ...(shared ? { leadership: shared.leadership, watchRecheckMs: config.jobs.refreshMs } : {}),
    log,
    onUpstreamCall: metrics.upstreamCall,
    onJobFinished: metrics.jobFinished,
    ...(overrides.now ? { now: overrides.now } : {}),
  });
  metrics.collectFrom({ jobs: () => jobs.stats(), limiter: () => limiter.stats() });
  const readiness = createReadiness({
    store,
    client,
    limiter,
    log,
    secrets: [credentials.secretId, credentials.secretKey, credentials.token],
    onUpstreamCall: metrics.upstreamCall,
    ...(overrides.now ? { now: overrides.now } : {}),
  });
  await jobs.start();
  const auth = createAuthenticator(config.auth.keys);
  const filesDir = await fileCacheDir(config.store.path);
  const files = createFileCache({ dir: filesDir.dir });
  const app = createApp({
    jobs,
    log,
    files,
    keys: config.auth.keys,
    auth,
    readiness,
    metrics: metrics.registry,
    security: config.security,
  });

  let closing: Promise<void> | undefined;
  return {
    app,
    auth,
    files,
    jobs,
    client,
    limiter,
    store,
    metrics,
    readiness,
    simulator,
    close() {
      closing ??= (async () => {
        readiness.setShuttingDown();
        await jobs.stop();
        limiter.close();
        await client.close();
        await store.close();
        await shared?.close();
        await files.close();
        await filesDir.dispose();
        await simulator?.close();
      })();
      return closing;
    },
  };
}
