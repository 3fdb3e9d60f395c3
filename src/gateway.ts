import type { TracerProvider } from '@opentelemetry/api';
import { AsyncDisposableStack } from '@whatwg-node/disposablestack';
import type { Logger } from 'pino';
import { type App, createApp } from './app.ts';
import type { Config } from './config.ts';
import { createConvertService } from './convert/convert-model.ts';
import { createMemoryConversions, withConversionErrors } from './files/conversions.ts';
import { createSqliteConversions } from './files/conversions-sqlite.ts';
import { createFileCache, type FileCache, fileCacheDir } from './files/file-cache.ts';
import { hostEntryOf, isLoopbackHost, resultUrlCheck } from './files/result-hosts.ts';
import { type Authenticator, createAuthenticator } from './http/auth.ts';
import { createReadiness, type Readiness } from './http/readiness.ts';
import { createJobEvents } from './jobs/events/events.ts';
import { createJobService, type JobService } from './jobs/job-service.ts';
import { createPipelineService } from './jobs/pipelines/pipeline-service.ts';
import { createExternalLookup } from './jobs/read/external-lookup.ts';
import { createQueueView } from './jobs/read/queue-view.ts';
import { createDispatcher } from './jobs/scheduler/dispatcher.ts';
import { createLeaderRole } from './jobs/scheduler/leader-role.ts';
import { createLocalLeadership, type Leadership } from './jobs/scheduler/leadership.ts';
import { createPoller } from './jobs/scheduler/poller.ts';
import { createUpstreamQuery } from './jobs/scheduler/upstream-query.ts';
import { createJobRepository } from './jobs/store/job-repository.ts';
import type { JobStore } from './jobs/store/store.ts';
import { withStoreErrors } from './jobs/store/store-errors.ts';
import { createMemoryJobStore } from './jobs/store/store-memory.ts';
import { createSqliteJobStore } from './jobs/store/store-sqlite.ts';
import { createMetrics, type GatewayMetrics } from './observability/metrics.ts';
import { createTracing } from './observability/tracing.ts';
import { createSharedState } from './redis/shared-state.ts';
import { type Simulator, startSimulator } from './simulator/index.ts';
import { DEV_SECRET_ID, DEV_SECRET_KEY } from './simulator/options.ts';
import { createTencentClient, type TencentClient } from './tencent/client.ts';
import { kindsOf, PRODUCT_SPECS, rowsFor } from './tencent/job-kinds.ts';
import { createJobSlots } from './upstream/job-slots.ts';
import { createRateLimiter, type RateLimiter } from './upstream/rate-limiter.ts';
import { createUpstreamHealth, withHealth } from './upstream/upstream-health.ts';
import { tapJobChanges } from './webhooks/job-feed.ts';
import { createMemoryWebhookStore } from './webhooks/store-memory.ts';
import { createSqliteWebhookStore } from './webhooks/store-sqlite.ts';
import { createWebhooks, type Webhooks, withWebhookStoreErrors } from './webhooks/webhooks.ts';

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
  /** Who leads (dispatches and polls) among replicas; this process alone without Redis. */
  leadership: Leadership;
  /** Signed webhooks: endpoints, event derivation, the delivery worker. */
  webhooks: Webhooks;
  close(): Promise<void>;
}

/**
 * Where result files may come from: RESULT_FILE_HOSTS (default Tencent's COS domains), plus the
 * simulator's own origin (host and port) when it is the upstream: embedded, or a loopback
 * HUNYUAN_ENDPOINT. Any other loopback port, the gateway's own included, stays refused.
 */
function resultHostsFor(config: Config, endpoint: string, embedded: boolean): string[] {
  const local = embedded || isLoopbackHost(new URL(endpoint).hostname);
  return [...config.files.resultHosts, ...(local ? [hostEntryOf(endpoint)] : [])];
}

export interface GatewayOverrides {
  /** Use this store instead of the one the config names (tests pass a memory store). */
  store?: JobStore;
  now?: () => number;
  /** Spans go to this provider (tests: an in-memory exporter), whatever config.tracing says. */
  tracerProvider?: TracerProvider;
}

/**
 * The composition root: builds every part of the gateway from config, in dependency order, and
 * starts the job machinery. Everything started is registered on one disposal stack, so `close()`
 * disposes in reverse order, and a start-up that fails half way disposes what it had started
 * before rethrowing. It does not listen: main.ts does, and tests call `app.fetch` or start a server.
 */
export async function createGateway(
  config: Config,
  log: Logger,
  overrides: GatewayOverrides = {},
): Promise<Gateway> {
  const stack = new AsyncDisposableStack();
  try {
    return await build(stack, config, log, overrides);
  } catch (err) {
    await stack.disposeAsync().catch((disposeErr: unknown) => {
      log.error({ err: disposeErr }, 'cleanup after a failed start failed');
    });
    throw err;
  }
}

async function build(
  stack: InstanceType<typeof AsyncDisposableStack>,
  config: Config,
  log: Logger,
  overrides: GatewayOverrides,
): Promise<Gateway> {
  const now = overrides.now ?? Date.now;
  // First on the stack, so disposed last: the spans of everything that stops are flushed.
  const tracing = await createTracing(config.tracing, log, { provider: overrides.tracerProvider });
  stack.defer(() => tracing.close());
  let simulator: Simulator | undefined;
  let endpoint = config.upstream.endpoint;
  let credentials = config.upstream.credentials;
  let version = config.upstream.version;
  let service = config.upstream.service;
  if (!credentials) {
    const sim = await startSimulator({
      credentials: [{ secretId: DEV_SECRET_ID, secretKey: DEV_SECRET_KEY }],
      durations: {
        PRO: { waitMs: config.simulator.waitMs, runMs: config.simulator.runMs },
        RAPID: { waitMs: config.simulator.waitMs, runMs: config.simulator.runMs },
      },
      // Beside the database, so a restart finds the jobs that were running upstream.
      stateFile: config.store.path === ':memory:' ? undefined : `${config.store.path}.simulator.json`,
      onWarning: (message) => log.warn(message),
    });
    simulator = sim;
    stack.defer(() => sim.close());
    log.info(
      { simulator: sim.url },
      'No Tencent credentials (TENCENTCLOUD_SECRET_ID/TENCENTCLOUD_SECRET_KEY): using the embedded Hunyuan 3D simulator',
    );
    endpoint = sim.url;
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
  stack.defer(() => rawClient.close());
  // REDIS_URL switches every shared part to Redis; without it, SQLite and in-process parts.
  const shared = config.redis.url
    ? createSharedState({
        url: config.redis.url,
        qps: config.upstream.qps,
        log,
        keyPrefix: config.redis.keyPrefix,
      })
    : undefined;
  if (shared) {
    stack.defer(() => shared.close());
    log.info({ keyPrefix: config.redis.keyPrefix }, 'sharing state through Redis');
  }
  const leadership = shared?.leadership ?? createLocalLeadership();
  // In-process stores check leader fences against this process's own term.
  const leaseHolder = () => leadership.term();
  const rawStore =
    overrides.store ??
    shared?.store ??
    (config.store.path === ':memory:'
      ? createMemoryJobStore({ leaseHolder })
      : createSqliteJobStore({ path: config.store.path, leaseHolder }));
  const store = withStoreErrors(rawStore);
  stack.defer(() => store.close());
  const limiter: RateLimiter =
    shared?.limiter ??
    createRateLimiter({
      limit: config.upstream.qps,
      // Evenly spaced grants (55 ms at 20/s over the 1.1 s window): bursts arrive bunched (bench/).
      minIntervalMs: 1100 / config.upstream.qps,
      ...(overrides.now ? { now: overrides.now } : {}),
    });
  stack.defer(() => limiter.close());
  const health = createUpstreamHealth({ client: rawClient, limiter });
  const client = withHealth(rawClient, health);
  const slots = createJobSlots({ capacity: config.upstream.slots });
  // Webhooks hear of this process's job changes through this tap; the jobs layer knows nothing of them.
  const jobChanges = tapJobChanges(shared?.events ?? createJobEvents());
  const events = jobChanges.events;
  const metrics = createMetrics();

  const repo = createJobRepository({
    store,
    events,
    liveTtlMs: config.jobs.refreshMs,
    now,
    log,
    trace: tracing.jobs,
  });
  // The configured Tencent product decides the kinds offered; its rows (China's differ) drive everything.
  const product = PRODUCT_SPECS[config.upstream.product];
  const rows = rowsFor(product);
  const upstream = createUpstreamQuery({ client, limiter, onCall: metrics.upstreamCall });
  // The role applies poll answers; it is built after the poller, which it drives.
  let leader: ReturnType<typeof createLeaderRole> | undefined;
  const poller = createPoller({
    upstream,
    limiter,
    kinds: rows,
    // Twice per freshness target: a change is seen within half of it, leaving the other half for
    // the answer to travel and for a busy event loop.
    intervalMs: Math.max(100, Math.round(config.jobs.refreshMs / 2)),
    ratePerSecond: config.upstream.qps / 1.1,
    now,
    onResult: (id, res) => (leader ? leader.onPollResult(id, res) : Promise.resolve(false)),
    onError: (id, err) => (leader ? leader.onPollError(id, err) : Promise.resolve(false)),
    onResultError: (id, err) => log.warn({ jobId: id, err }, 'poll answer not applied; will retry'),
    trace: tracing.jobs,
  });
  const dispatcher = createDispatcher({
    repo,
    client,
    limiter,
    slots,
    kinds: rows,
    log,
    now,
    health,
    onUpstreamCall: metrics.upstreamCall,
    onSubmitted: (job) => {
      if (job.upstreamJobId)
        poller.follow({
          id: job.id,
          kind: job.kind,
          upstreamJobId: job.upstreamJobId,
          traceParent: job.traceParent,
        });
    },
    // A job canceled at its startBy: the leader's rescan ends its pipeline, if any.
    onDeadlineExceeded: () => leader?.nudge(),
    trace: tracing.jobs,
  });
  // Built before the leader role, which reads observed durations from it (stall detection).
  const queue = createQueueView({ store, capacity: (kind) => slots.capacity(kind), now });
  leader = createLeaderRole({
    leadership,
    repo,
    events,
    dispatcher,
    poller,
    slots,
    log,
    now,
    // A Submit still unanswered after the client's own total timeout never will be.
    claimTimeoutMs: config.upstream.timeouts.totalMs + 5000,
    onJobFinished: metrics.jobFinished,
    retention: { maxAgeMs: config.jobs.retentionDays * 24 * 60 * 60 * 1000 },
    rows,
    autoRetry: { maxRetries: config.jobs.failRetries },
    stall: {
      factor: config.jobs.stall.factor,
      limitMs: config.jobs.stall.limitMs,
      p90Ms: (kind) => queue.quantileDurationMs(kind, 0.9),
    },
  });
  const jobs = createJobService({
    repo,
    events,
    queue,
    dispatcher,
    poller,
    leader,
    // Lookups of unknown Tencent JobIds get a bounded share of the Query budget (audit F15).
    external: createExternalLookup({
      upstream,
      repo,
      now,
      kinds: kindsOf(product.kinds),
      ...config.jobs.lookups,
    }),
    slots,
    log,
    product,
    now,
    maxQueuedPerOwner: config.jobs.maxQueuedPerKey,
    ...(shared ? { watchRecheckMs: config.jobs.refreshMs } : {}),
    trace: tracing.jobs,
  });
  const pipelines = createPipelineService({
    jobs,
    repo,
    queue,
    dispatcher,
    leader,
    log,
    now,
    maxQueuedPerOwner: config.jobs.maxQueuedPerKey,
    trace: tracing.jobs,
  });
  const readiness = createReadiness({
    store,
    client,
    limiter,
    log,
    secrets: [credentials.secretId, credentials.secretKey, credentials.token],
    onUpstreamCall: metrics.upstreamCall,
    queueStates: () => queue.states(),
    ...(overrides.now ? { now: overrides.now } : {}),
  });
  stack.defer(() => readiness.setShuttingDown());
  await jobs.start();
  stack.defer(() => jobs.stop());
  const auth = createAuthenticator(config.auth.keys);
  const filesDir = await fileCacheDir(config.store.path);
  stack.defer(() => filesDir.dispose());
  const checkUrl = resultUrlCheck(resultHostsFor(config, endpoint, simulator !== undefined));
  const files = createFileCache({
    dir: filesDir.dir,
    maxTotalBytes: config.files.cacheMaxBytes,
    checkUrl,
  });
  stack.defer(() => files.close());
  // convertModel's records live where the jobs do (Redis, the SQLite file, memory for a test's store).
  const conversions = withConversionErrors(
    overrides.store || (!shared && config.store.path === ':memory:')
      ? createMemoryConversions()
      : (shared?.conversions ?? createSqliteConversions({ path: config.store.path })),
  );
  stack.defer(() => conversions.close());
  // Webhook endpoints and their outbox live where the jobs do, like conversions (src/webhooks/).
  const webhookStore = withWebhookStoreErrors(
    overrides.store || (!shared && config.store.path === ':memory:')
      ? createMemoryWebhookStore()
      : (shared?.webhooks ?? createSqliteWebhookStore({ path: config.store.path })),
  );
  stack.defer(() => webhookStore.close());
  const webhooks = createWebhooks({
    config: config.webhooks,
    store: webhookStore,
    jobs: store,
    isLeader: () => leadership.isLeader(),
    log,
    now,
    onAttempt: metrics.webhookAttempt,
  });
  // After the webhooks exist, whose outbox the pending gauge reads; nothing scrapes before app below.
  metrics.collectFrom({
    jobs: () => jobs.stats(),
    limiter: () => limiter.stats(),
    webhooksPending: () => webhooks.pending(),
  });
  jobChanges.listen((job) => webhooks.onJobChanged(job));
  webhooks.start();
  stack.defer(() => webhooks.close());
  const convert = createConvertService({
    client,
    limiter,
    repo,
    conversions,
    product,
    checkUrl,
    now,
    onUpstreamCall: metrics.upstreamCall,
  });
  const app = createApp({
    jobs,
    pipelines,
    convert,
    conversions,
    log,
    files,
    keys: config.auth.keys,
    auth,
    readiness,
    metrics: metrics.registry,
    security: config.security,
    trustedDocuments: config.security.trustedDocuments,
    subscriptions: config.subscriptions,
    webhooks: webhooks.service,
    operationSpans: tracing.operationSpans,
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
    leadership,
    webhooks,
    close() {
      closing ??= stack.disposeAsync();
      return closing ?? Promise.resolve();
    },
  };
}
