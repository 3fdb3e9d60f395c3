import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { JobRecord } from '../jobs/domain/job.ts';
import type { JobService } from '../jobs/job-service.ts';
import type { RateLimiter } from '../upstream/rate-limiter.ts';
import { WEBHOOK_EVENT_TYPES } from '../webhooks/events.ts';
import type { AttemptOutcome } from '../webhooks/worker.ts';

/** What the scrape-time gauges read; bound once the job service exists (see gateway.ts). */
export interface MetricSources {
  jobs: () => ReturnType<JobService['stats']>;
  limiter: () => ReturnType<RateLimiter['stats']>;
  /** PENDING deliveries in the webhook outbox (Webhooks.pending: an index count, not a scan). */
  webhooksPending?: () => Promise<number>;
}

const WEBHOOK_OUTCOMES: readonly AttemptOutcome[] = ['delivered', 'failed', 'blocked', 'gave_up', 'disabled'];

export interface GatewayMetrics {
  /** This gateway's own registry (never prom-client's global one), served on `/metrics`. */
  readonly registry: Registry;
  /** Hook for every upstream request: `outcome` is `ok`, a Tencent error code or an error name. */
  upstreamCall(action: string, outcome: string, ms: number): void;
  /** Hook for a job reaching DONE or FAIL after running at Tencent. */
  jobFinished(job: JobRecord): void;
  /** Hook for every webhook POST the delivery worker made (only the leader sends). */
  webhookAttempt(event: string, outcome: AttemptOutcome, ms: number): void;
  collectFrom(sources: MetricSources): void;
}

export interface MetricsOptions {
  /** prom-client's default process and Node.js metrics on the same registry. @default true */
  processMetrics?: boolean;
}

/**
 * Prometheus metrics. Events (upstream calls, finished jobs) are recorded as they happen; queue,
 * slots, limiter, cache and subscription figures are read from `stats()` on each scrape, so nothing
 * is done per request for them. Labels hold only actions, kinds, statuses and error codes: never
 * credentials, prompts or URLs.
 */
export function createMetrics(opts: MetricsOptions = {}): GatewayMetrics {
  const registry = new Registry();
  if (opts.processMetrics ?? true) collectDefaultMetrics({ register: registry });
  const registers = [registry];
  let sources: MetricSources | undefined;
  const jobs = () => sources?.jobs();
  const webhooksPending = () => sources?.webhooksPending?.() ?? Promise.resolve(0);
  const limiter = () => sources?.limiter() ?? {};

  const upstreamRequests = new Counter({
    name: 'gateway_upstream_requests_total',
    help: 'Requests sent to Tencent, by action and outcome (ok, a Tencent error code, or a transport error name).',
    labelNames: ['action', 'outcome'] as const,
    registers,
  });
  const upstreamDuration = new Histogram({
    name: 'gateway_upstream_request_duration_seconds',
    help: 'Time from sending a request to Tencent to its answer or failure, by action.',
    labelNames: ['action'] as const,
    buckets: [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers,
  });
  new Counter({
    name: 'gateway_limiter_wait_seconds_total',
    help: 'Time requests spent waiting for a grant of the upstream rate limiter, by action.',
    labelNames: ['action'] as const,
    registers,
    collect() {
      this.reset();
      for (const [action, s] of Object.entries(limiter())) this.inc({ action }, s.waitedMsTotal / 1000);
    },
  });
  new Gauge({
    name: 'gateway_limiter_waiting',
    help: 'Requests waiting now for a grant of the upstream rate limiter, by action.',
    labelNames: ['action'] as const,
    registers,
    collect() {
      this.reset();
      for (const [action, s] of Object.entries(limiter())) this.set({ action }, s.waiting);
    },
  });
  new Gauge({
    name: 'gateway_limiter_window_requests',
    help: 'Requests granted in the current sliding window, by action.',
    labelNames: ['action'] as const,
    registers,
    collect() {
      this.reset();
      for (const [action, s] of Object.entries(limiter())) this.set({ action }, s.inWindow);
    },
  });
  new Gauge({
    name: 'gateway_queue_depth',
    help: 'Jobs queued in the gateway, waiting for an upstream slot.',
    registers,
    collect() {
      this.set(jobs()?.queued ?? 0);
    },
  });
  new Gauge({
    name: 'gateway_slots_in_use',
    help: "Account job slots held by the gateway's running jobs, by kind.",
    labelNames: ['kind'] as const,
    registers,
    collect() {
      for (const [kind, n] of Object.entries(jobs()?.slotsInUse ?? {})) this.set({ kind }, n);
    },
  });
  new Gauge({
    name: 'gateway_poll_interval_seconds',
    help: 'Effective time between two status polls of one running job, by kind.',
    labelNames: ['kind'] as const,
    registers,
    collect() {
      for (const [kind, ms] of Object.entries(jobs()?.pollIntervalMs ?? {})) this.set({ kind }, ms / 1000);
    },
  });
  new Gauge({
    name: 'gateway_jobs_following',
    help: 'Jobs running at Tencent that the poller follows.',
    registers,
    collect() {
      this.set(jobs()?.following ?? 0);
    },
  });
  new Counter({
    name: 'gateway_cache_hits_total',
    help: 'Job snapshot reads answered by the in-memory cache.',
    registers,
    collect() {
      this.reset();
      this.inc(jobs()?.cache.hits ?? 0);
    },
  });
  new Counter({
    name: 'gateway_cache_misses_total',
    help: 'Job snapshot reads that went to the store.',
    registers,
    collect() {
      this.reset();
      this.inc(jobs()?.cache.misses ?? 0);
    },
  });
  new Gauge({
    name: 'gateway_cache_hit_ratio',
    help: 'Cache hits over all job snapshot reads since start (0 before any read).',
    registers,
    collect() {
      const c = jobs()?.cache;
      const reads = (c?.hits ?? 0) + (c?.misses ?? 0);
      this.set(reads === 0 ? 0 : (c?.hits ?? 0) / reads);
    },
  });
  new Gauge({
    name: 'gateway_cache_entries',
    help: 'Job snapshots held in the cache.',
    registers,
    collect() {
      this.set(jobs()?.cache.size ?? 0);
    },
  });
  new Gauge({
    name: 'gateway_active_subscriptions',
    help: 'Open jobStatus subscriptions (SSE and graphql-ws).',
    registers,
    collect() {
      this.set(jobs()?.subscriptions ?? 0);
    },
  });
  new Gauge({
    name: 'gateway_watched_jobs',
    help: 'Distinct jobs with at least one subscriber (polled first).',
    registers,
    collect() {
      this.set(jobs()?.watched ?? 0);
    },
  });
  const jobDuration = new Histogram({
    name: 'gateway_job_duration_seconds',
    help: 'Time from submission to the gateway until DONE or FAIL, for jobs that ran at Tencent, by kind and status.',
    labelNames: ['kind', 'status'] as const,
    buckets: [1, 5, 10, 20, 30, 60, 90, 120, 180, 300, 600, 1200, 3600],
    registers,
  });
  const webhookDeliveries = new Counter({
    name: 'gateway_webhook_deliveries_total',
    help: 'Webhook delivery attempts this replica made (only the leader sends), by event type and outcome: delivered (2xx), failed (retried), blocked (SSRF guard; retried), gave_up (the last attempt failed), disabled (410 Gone).',
    labelNames: ['event', 'outcome'] as const,
    registers,
  });
  // Every series from the start at 0, so increase() and alerts see the first attempt of each kind
  // (8 event types by 5 outcomes: a fixed set).
  for (const event of WEBHOOK_EVENT_TYPES)
    for (const outcome of WEBHOOK_OUTCOMES) webhookDeliveries.inc({ event, outcome }, 0);
  const webhookDuration = new Histogram({
    name: 'gateway_webhook_delivery_seconds',
    help: 'Duration of a webhook delivery attempt, from sending the POST to its response (status and capped body) or failure; WEBHOOK_TIMEOUT_MS at most.',
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15, 30, 60, 120],
    registers,
  });
  new Gauge({
    name: 'gateway_webhook_outbox_pending',
    help: 'Webhook deliveries waiting to be sent or retried, attempts in flight included. With Redis the outbox is shared: every replica reports the same figure (take the max, not the sum). NaN when the store did not answer.',
    registers,
    async collect() {
      try {
        this.set(await webhooksPending());
      } catch {
        // The store is unreachable (Redis fails commands within its commandTimeout): the rest of
        // the scrape still answers, and NaN says unknown rather than a stale or zero backlog.
        this.set(Number.NaN);
      }
    },
  });

  return {
    registry,
    upstreamCall(action, outcome, ms) {
      upstreamRequests.inc({ action, outcome });
      upstreamDuration.observe({ action }, ms / 1000);
    },
    jobFinished(job) {
      if (job.finishedAt === undefined) return;
      jobDuration.observe(
        { kind: job.kind, status: job.status },
        Math.max(0, job.finishedAt - job.submittedAt) / 1000,
      );
    },
    webhookAttempt(event, outcome, ms) {
      webhookDeliveries.inc({ event, outcome });
      webhookDuration.observe(ms / 1000);
    },
    collectFrom(s) {
      sources = s;
    },
  };
}
