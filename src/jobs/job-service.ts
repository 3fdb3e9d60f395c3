import type { Logger } from 'pino';
import type { TencentClient } from '../tencent/client.ts';
import { TencentApiError } from '../tencent/errors.ts';
import { JOB_KINDS, type JobKindName } from '../tencent/job-kinds.ts';
import { checkSubmitRequest } from '../tencent/submit-rules.ts';
import type { JobSlots } from '../upstream/job-slots.ts';
import type { RateLimiter } from '../upstream/rate-limiter.ts';
import type { UpstreamHealth } from '../upstream/upstream-health.ts';
import {
  ForbiddenError,
  IdempotencyConflictError,
  InvalidJobIdError,
  InvalidJobInputError,
  JobNotCancelableError,
  JobNotFoundError,
  ShuttingDownError,
  TooManyQueuedJobsError,
} from './domain/errors.ts';
import {
  failedJob,
  GATEWAY_ID_RE,
  INPUT_FIELD_BY_TENCENT,
  isTerminal,
  isUpstreamActive,
  type JobInput,
  type JobRecord,
  type JobStatus,
  newJobRecord,
  toTencentRequest,
  UPSTREAM_ID_RE,
} from './domain/job.ts';
import { applyQueryResponse } from './domain/snapshot.ts';
import type { JobEvents } from './events/events.ts';
import { createEstimator } from './read/estimator.ts';
import { createExternalLookup } from './read/external-lookup.ts';
import { watchJob } from './read/watch.ts';
import { createDispatcher } from './scheduler/dispatcher.ts';
import { createLocalLeadership, type Leadership } from './scheduler/leadership.ts';
import { createPoller } from './scheduler/poller.ts';
import { createUpstreamQuery } from './scheduler/upstream-query.ts';
import { createJobRepository, type JobRepository } from './store/job-repository.ts';
import type { JobStore } from './store/store.ts';

export interface JobServiceOptions {
  store: JobStore;
  events: JobEvents;
  client: TencentClient;
  limiter: RateLimiter;
  slots: JobSlots;
  /** Freshness target of a running job's snapshot (ms). */
  refreshMs: number;
  /** Upstream requests per second per action, for the adaptive interval. */
  ratePerSecond: number;
  log: Logger;
  now?: () => number;
  onUpstreamCall?: (action: string, outcome: string, ms: number) => void;
  /** A job reached DONE or FAIL after running at Tencent (job duration metrics). */
  onJobFinished?: (job: JobRecord) => void;
  /** Which replica dispatches and polls. @default this process alone (createLocalLeadership) */
  leadership?: Leadership;
  /**
   * Subscriptions also re-read the store this often, for event transports that can miss a change
   * while subscribing (Redis). @default undefined (never)
   */
  watchRecheckMs?: number | undefined;
  /** How often the leader rescans the store for work other replicas stored. @default 2000 */
  rescanMs?: number;
  /** Whether Tencent answers; submits wait while it does not. @default always healthy */
  health?: UpstreamHealth;
  /** Jobs one owner may have waiting in the queue. @default 200 */
  maxQueuedPerOwner?: number;
}

/**
 * Who is asking. Owners see and cancel only their own jobs; admins (and everyone on an open
 * gateway) see all and may look up raw Tencent JobIds, which can belong to anyone on the account.
 */
export interface JobViewer {
  owner: string;
  admin: boolean;
}

export interface SubmitOptions {
  owner: string;
  idempotencyKey?: string | undefined;
  /** The request's logger (bound to its requestId). @default the service's */
  log?: Logger | undefined;
}

export interface JobPage {
  jobs: JobRecord[];
  hasNextPage: boolean;
}

export interface JobService {
  submit(kind: JobKindName, input: JobInput, opts: SubmitOptions): Promise<JobRecord>;
  /**
   * By the gateway's id or a raw Tencent JobId (looked up upstream, then followed). Without a
   * viewer, everything is visible (internal use).
   */
  get(id: string, viewer?: JobViewer): Promise<JobRecord | undefined>;
  cancel(id: string, viewer?: JobViewer): Promise<JobRecord>;
  list(opts: {
    first: number;
    afterSeq?: number | undefined;
    status?: JobStatus | undefined;
    owner?: string | undefined;
  }): Promise<JobPage>;
  /** Current snapshot first, then every change, ending after a terminal status. */
  watch(job: JobRecord, signal?: AbortSignal): AsyncGenerator<JobRecord>;
  queuePosition(job: JobRecord): Promise<number | undefined>;
  estimatedCompletionAt(job: JobRecord): Promise<number | undefined>;
  stats(): {
    queued: number;
    following: number;
    watched: number;
    /** Open watch() streams: jobStatus subscriptions. */
    subscriptions: number;
    slotsInUse: Record<JobKindName, number>;
    pollIntervalMs: Record<JobKindName, number>;
    cache: { hits: number; misses: number; size: number };
  };
  readonly repo: JobRepository;
  /**
   * Starts accepting work; when (and while) this process leads, recovers queued and running jobs
   * from the store and dispatches and polls them.
   */
  start(): Promise<void>;
  isLeader(): boolean;
  /**
   * First step of a graceful stop: refuse new submits and complete every subscription stream, so
   * clients get a proper `complete` rather than a cut connection.
   */
  beginShutdown(): void;
  /** Stops accepting submits, lets in-flight submits finish, stops polling. */
  stop(): Promise<void>;
}

export function createJobService(opts: JobServiceOptions): JobService {
  const now = opts.now ?? Date.now;
  const log = opts.log;
  const repo = createJobRepository({
    store: opts.store,
    events: opts.events,
    liveTtlMs: opts.refreshMs,
    now,
  });
  const estimator = createEstimator();
  const upstream = createUpstreamQuery({
    client: opts.client,
    limiter: opts.limiter,
    ...(opts.onUpstreamCall ? { onCall: opts.onUpstreamCall } : {}),
  });
  let accepting = false;
  const shutdown = new AbortController();

  const poller = createPoller({
    upstream,
    limiter: opts.limiter,
    kinds: JOB_KINDS,
    // Twice per freshness target: a change is seen within half of it, leaving the other half for
    // the answer to travel and for a busy event loop.
    intervalMs: Math.max(100, Math.round(opts.refreshMs / 2)),
    ratePerSecond: opts.ratePerSecond,
    now,
    onResult: async (id, res) => {
      const job = await repo.get(id);
      if (!job || !isUpstreamActive(job)) return false;
      const { job: next, changed } = applyQueryResponse(job, res, now());
      await repo.save(next, { publish: changed });
      if (isTerminal(next.status)) finished(next);
      return !isTerminal(next.status);
    },
    onError: async (id, err) => {
      const job = await repo.get(id);
      if (!job || !isUpstreamActive(job)) return false;
      if (err instanceof TencentApiError && err.isJobNotFound) {
        const next = failedJob(job, {
          code: 'UPSTREAM_JOB_NOT_FOUND',
          message: `Tencent no longer knows JobId ${job.upstreamJobId} (${err.tencentCode}): JobIds expire 24 h after submission`,
          at: now(),
          requestId: err.requestId,
        });
        await repo.save(next);
        finished(next);
        return false;
      }
      log.warn({ jobId: id, err }, 'poll failed; will retry');
      return true;
    },
  });

  const dispatcher = createDispatcher({
    ...(opts.onUpstreamCall ? { onUpstreamCall: opts.onUpstreamCall } : {}),
    repo,
    client: opts.client,
    limiter: opts.limiter,
    slots: opts.slots,
    kinds: JOB_KINDS,
    log,
    now,
    ...(opts.health ? { health: opts.health } : {}),
    onSubmitted: (job) => {
      if (job.upstreamJobId) poller.follow({ id: job.id, kind: job.kind, upstreamJobId: job.upstreamJobId });
    },
  });

  function finished(job: JobRecord): void {
    opts.slots.release(job.kind, job.id);
    estimator.observe(job);
    opts.onJobFinished?.(job);
    dispatcher.pump();
  }

  function validate(kind: JobKindName, input: JobInput): void {
    const violations = checkSubmitRequest(JOB_KINDS[kind], toTencentRequest(kind, input));
    const first = violations[0];
    if (!first) return;
    const [head = '', ...rest] = first.field.split('.');
    const field = ['input', INPUT_FIELD_BY_TENCENT[head] ?? head, ...rest].join('.');
    throw new InvalidJobInputError(field, `${field}: ${first.message}`, first.tencentCode);
  }

  async function submit(kind: JobKindName, input: JobInput, sopts: SubmitOptions): Promise<JobRecord> {
    if (!accepting) throw new ShuttingDownError();
    validate(kind, input);
    const limit = opts.maxQueuedPerOwner ?? 200;
    if (dispatcher.queuedBy(sopts.owner) >= limit) throw new TooManyQueuedJobsError(sopts.owner, limit);
    const record = newJobRecord({
      kind,
      status: 'QUEUED',
      input,
      owner: sopts.owner,
      idempotencyKey: sopts.idempotencyKey,
      external: false,
      upstreamJobId: undefined,
      submittedAt: now(),
      expiresAt: undefined,
    });
    const { job, created } = await repo.insert(record);
    if (!created) {
      if (job.inputHash !== record.inputHash)
        throw new IdempotencyConflictError(sopts.idempotencyKey ?? '', job.id);
      return job;
    }
    (sopts.log ?? log).info({ jobId: job.id, kind, owner: job.owner }, 'job accepted');
    if (leadership.isLeader()) dispatcher.enqueue(job);
    else nudge();
    return (await repo.get(job.id)) ?? job;
  }

  const external = createExternalLookup({ upstream, repo, now });

  const visible = (job: JobRecord | undefined, viewer: JobViewer | undefined) =>
    job && (!viewer || viewer.admin || job.owner === viewer.owner) ? job : undefined;

  async function get(id: string, viewer?: JobViewer): Promise<JobRecord | undefined> {
    if (GATEWAY_ID_RE.test(id)) return visible(await repo.get(id), viewer);
    if (!UPSTREAM_ID_RE.test(id)) throw new InvalidJobIdError(id);
    const known = await repo.getByUpstreamId(id);
    if (known) return visible(known, viewer);
    if (viewer && !viewer.admin) {
      throw new ForbiddenError('Looking up a Tencent JobId not submitted with your key needs an admin key');
    }
    const job = await external.lookup(id);
    if (job && isUpstreamActive(job) && job.upstreamJobId) {
      if (leadership.isLeader()) {
        opts.slots.hold(job.kind, job.id);
        poller.follow({ id: job.id, kind: job.kind, upstreamJobId: job.upstreamJobId });
      } else nudge();
    }
    return job;
  }

  async function cancel(id: string, viewer?: JobViewer): Promise<JobRecord> {
    const job = await get(id, viewer);
    if (!job) throw new JobNotFoundError(id);
    if (job.status === 'CANCELED') return job;
    const result = await repo.cancelIfQueued(job.id, now());
    if (!result) throw new JobNotFoundError(id);
    if (!result.canceled) {
      if (result.job.status === 'CANCELED') return result.job;
      // Still QUEUED here means it is being sent right now: past the point of no return.
      throw new JobNotCancelableError(job.id, result.job.status === 'QUEUED' ? 'WAIT' : result.job.status);
    }
    dispatcher.withdraw(job.id);
    log.info({ jobId: id }, 'job canceled');
    return result.job;
  }

  let subscriptions = 0;
  async function* counted(stream: AsyncGenerator<JobRecord>): AsyncGenerator<JobRecord> {
    subscriptions += 1;
    try {
      yield* stream;
    } finally {
      subscriptions -= 1;
    }
  }

  async function runningOf(kind: JobKindName): Promise<JobRecord[]> {
    const jobs = await Promise.all(poller.followedIds(kind).map((id) => repo.get(id)));
    return jobs.filter((j): j is JobRecord => j !== undefined);
  }

  const leadership = opts.leadership ?? createLocalLeadership();
  let rescanTimer: NodeJS.Timeout | undefined;
  let rescanning: Promise<void> | undefined;
  let nudges: AsyncIterableIterator<unknown> | undefined;

  /** Picks up what is in the store: jobs other replicas accepted, jobs found by their lookups. */
  function rescan(): Promise<void> {
    rescanning ??= (async () => {
      for (const job of await opts.store.listByStatus(['WAIT', 'RUN'])) {
        if (!job.upstreamJobId || !leadership.isLeader()) continue;
        opts.slots.hold(job.kind, job.id);
        poller.follow({ id: job.id, kind: job.kind, upstreamJobId: job.upstreamJobId });
      }
      for (const job of await opts.store.listByStatus(['QUEUED'])) {
        if (job.submitAttemptAt === undefined && leadership.isLeader()) dispatcher.enqueue(job);
      }
    })()
      .catch((err: unknown) => log.warn({ err }, 'rescan failed'))
      .finally(() => {
        rescanning = undefined;
      });
    return rescanning;
  }

  function nudge(): void {
    if (leadership.isLeader()) void rescan();
    else opts.events.publish('jobs:changed');
  }

  async function becomeLeader(): Promise<void> {
    for (const job of await opts.store.listByStatus(['QUEUED'])) {
      if (job.submitAttemptAt === undefined || dispatcher.position(job.id) !== undefined) continue;
      // The previous leader (or this process, before a crash) died while this Submit was in the
      // air: Tencent may have started it.
      await repo.save(
        failedJob(job, {
          code: 'SUBMIT_OUTCOME_UNKNOWN',
          message:
            'The gateway stopped while sending this job to Tencent, so whether Tencent started it is unknown. ' +
            'It was not sent again, to avoid a second paid job. Submit again if needed.',
          at: now(),
        }),
      );
    }
    await rescan();
    poller.start();
    dispatcher.resume();
    rescanTimer = setInterval(() => void rescan(), opts.rescanMs ?? 2000);
    rescanTimer.unref();
    log.info({ queued: dispatcher.depth(), running: poller.following() }, 'jobs recovered');
  }

  async function stepDown(): Promise<void> {
    if (rescanTimer) clearInterval(rescanTimer);
    rescanTimer = undefined;
    dispatcher.pause();
    await poller.stop();
    dispatcher.clear();
    poller.clear();
    opts.slots.clear();
  }

  async function start(): Promise<void> {
    for (const job of await opts.store.page({ limit: 100, status: 'DONE' })) estimator.observe(job);
    accepting = true;
    leadership.onChange((leader) => {
      const change = leader ? becomeLeader() : stepDown();
      void change.catch((err: unknown) => log.error({ err }, 'leadership change failed'));
    });
    nudges = opts.events.subscribe('jobs:changed');
    const stream = nudges;
    void (async () => {
      for await (const _ of stream) if (leadership.isLeader()) void rescan();
    })();
    await leadership.start();
  }

  /** Queue positions as the store sees them, for replicas that do not hold the queue. */
  let positions: { at: number; byId: Map<string, number> } | undefined;
  async function storePosition(job: JobRecord): Promise<number | undefined> {
    if (!positions || now() - positions.at > 500) {
      const queued = await opts.store.listByStatus(['QUEUED']);
      const byId = new Map<string, number>();
      const perKind = new Map<string, number>();
      for (const q of queued) {
        const n = (perKind.get(q.kind) ?? 0) + 1;
        perKind.set(q.kind, n);
        byId.set(q.id, q.submitAttemptAt === undefined ? n : 0);
      }
      positions = { at: now(), byId };
    }
    return positions.byId.get(job.id);
  }

  return {
    repo,
    submit,
    get,
    cancel,
    async list({ first, afterSeq, status, owner }) {
      const rows = await opts.store.page({ limit: first + 1, beforeSeq: afterSeq, status, owner });
      return { jobs: rows.slice(0, first), hasNextPage: rows.length > first };
    },
    watch(job, signal) {
      const stop = signal ? AbortSignal.any([signal, shutdown.signal]) : shutdown.signal;
      return counted(
        watchJob(job, { repo, events: opts.events, poller, signal: stop, recheckMs: opts.watchRecheckMs }),
      );
    },
    async queuePosition(job) {
      if (job.status !== 'QUEUED') return undefined;
      return leadership.isLeader() ? dispatcher.position(job.id) : storePosition(job);
    },
    isLeader: () => leadership.isLeader(),
    async estimatedCompletionAt(job) {
      if (isTerminal(job.status)) return undefined;
      return estimator.estimate(job, {
        running: job.status === 'QUEUED' ? await runningOf(job.kind) : [],
        slots: opts.slots.capacity(job.kind),
        position: job.status === 'QUEUED' ? dispatcher.position(job.id) : undefined,
        now: now(),
      });
    },
    stats() {
      return {
        queued: dispatcher.depth(),
        following: poller.following(),
        watched: poller.watched(),
        subscriptions,
        slotsInUse: { PRO: opts.slots.held('PRO'), RAPID: opts.slots.held('RAPID') },
        pollIntervalMs: {
          PRO: poller.effectiveIntervalMs('PRO'),
          RAPID: poller.effectiveIntervalMs('RAPID'),
        },
        cache: repo.cacheStats(),
      };
    },
    start,
    beginShutdown() {
      accepting = false;
      shutdown.abort();
    },
    async stop() {
      accepting = false;
      shutdown.abort();
      if (rescanTimer) clearInterval(rescanTimer);
      await nudges?.return?.();
      await leadership.stop();
      await dispatcher.stop();
      await poller.stop();
    },
  };
}
