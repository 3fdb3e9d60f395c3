import type { Logger } from 'pino';
import {
  JOB_KIND_NAMES,
  type JobKind,
  type JobKindName,
  kindsOf,
  type ProductSpec,
  productsOffering,
} from '../tencent/job-kinds.ts';
import { checkSubmitRequest } from '../tencent/submit-rules.ts';
import type { JobSlots } from '../upstream/job-slots.ts';
import {
  ForbiddenError,
  IdempotencyConflictError,
  InvalidJobIdError,
  InvalidJobInputError,
  invalidFileError,
  JobNotCancelableError,
  JobNotFoundError,
  KindNotAvailableError,
  ShuttingDownError,
} from './domain/errors.ts';
import {
  GATEWAY_ID_RE,
  hashInput,
  inputFieldOf,
  isUpstreamActive,
  type JobInput,
  type JobRecord,
  type JobStatus,
  newJobRecord,
  type QueueReason,
  toTencentRequest,
  UPSTREAM_ID_RE,
} from './domain/job.ts';
import { findSourceJob, pickSourceFile } from './domain/model-file.ts';
import { cancelQueued } from './domain/transitions.ts';
import type { JobEvents } from './events/events.ts';
import type { ExternalLookup } from './read/external-lookup.ts';
import type { QueueView } from './read/queue-view.ts';
import { watchJob } from './read/watch.ts';
import type { Dispatcher } from './scheduler/dispatcher.ts';
import type { LeaderRole } from './scheduler/leader-role.ts';
import type { Poller } from './scheduler/poller.ts';
import type { JobRepository } from './store/job-repository.ts';

export const DEFAULT_MAX_QUEUED_PER_OWNER = 200;

/** The collaborators, built by the composition root (gateway.ts) and injected, so tests can build their own. */
export interface JobServiceDeps {
  repo: JobRepository;
  events: JobEvents;
  queue: QueueView;
  dispatcher: Dispatcher;
  poller: Poller;
  leader: LeaderRole;
  external: ExternalLookup;
  slots: JobSlots;
  log: Logger;
  /** The Tencent product the gateway talks to: the kinds it accepts and their rows. */
  product: ProductSpec;
  now?: () => number;
  /** Jobs one owner may have waiting in the queue (all kinds). @default DEFAULT_MAX_QUEUED_PER_OWNER */
  maxQueuedPerOwner?: number;
  /**
   * Subscriptions also re-read the store this often, for event transports that can miss a change
   * while subscribing (Redis). @default undefined (never)
   */
  watchRecheckMs?: number | undefined;
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
  /** Admins may use any job's result as `file.fromJob`; others only their own. @default false */
  admin?: boolean | undefined;
  idempotencyKey?: string | undefined;
  /** The request's logger (bound to its requestId). @default the service's */
  log?: Logger | undefined;
}

export interface JobPage {
  jobs: JobRecord[];
  hasNextPage: boolean;
}

/**
 * The jobs API the GraphQL layer uses. Commands (submit, cancel) are conditional writes to the
 * shared store; reads come from the store too (through the snapshot cache and the queue view), so
 * every replica answers alike. The leader's work (dispatch, poll, recovery) is the LeaderRole's.
 */
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
  /**
   * The input as submit would store it (a `file.fromJob` resolved to that job's result file),
   * validated like Tencent. Throws InvalidJobInputError. (Pipelines: their first step.)
   */
  storedInput(kind: JobKindName, input: JobInput, opts: SubmitOptions): Promise<JobInput>;
  /** Validates an input as stored like Tencent. Throws InvalidJobInputError. */
  validateInput(kind: JobKindName, input: JobInput): void;
  /** The configured product's row of an offered kind. Throws KindNotAvailableError for the others. */
  row(kind: JobKindName): JobKind;
  /** Whether submits are accepted: from start() until beginShutdown() or stop(). */
  isAccepting(): boolean;
  queuePosition(job: JobRecord): Promise<number | undefined>;
  queueReason(job: JobRecord): Promise<QueueReason | undefined>;
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
  /** Starts accepting work and takes part in leadership. */
  start(): Promise<void>;
  isLeader(): boolean;
  /**
   * First step of a graceful stop: refuse new submits and complete every subscription stream, so
   * clients get a proper `complete` rather than a cut connection.
   */
  beginShutdown(): void;
  /** Stops accepting submits, gives up leadership, lets in-flight submits finish, stops polling. */
  stop(): Promise<void>;
}

export function createJobService(deps: JobServiceDeps): JobService {
  const now = deps.now ?? Date.now;
  const { repo, log } = deps;
  let accepting = false;
  const shutdown = new AbortController();

  const offered = deps.product.kinds;
  function row(kind: JobKindName): JobKind {
    const found = offered[kind];
    if (found) return found;
    const { host, version } = deps.product;
    throw new KindNotAvailableError(
      'input.kind',
      kind,
      `${host} ${version}`,
      kindsOf(offered).map((k) => k.name),
      productsOffering(kind).map((p) => `${p.host} ${p.version}`),
    );
  }

  function validate(kind: JobKindName, input: JobInput): void {
    const kindRow = row(kind);
    const violations = checkSubmitRequest(kindRow, toTencentRequest(kindRow, input));
    const first = violations[0];
    if (!first) return;
    const field = inputFieldOf(first.field);
    throw new InvalidJobInputError(field, `${field}: ${first.message}`, first.tencentCode);
  }

  /**
   * The input as it is stored: a `file.fromJob` replaced by that job's result file (its upstream URL
   * and type, with `fromJob` kept), so the job is self-contained and Tencent gets the file's URL.
   */
  async function resolveFile(kind: JobKindName, input: JobInput, sopts: SubmitOptions): Promise<JobInput> {
    const file = input.file;
    if (file === undefined) return input;
    if (file.fromStep !== undefined) {
      throw invalidFileError(
        '.fromStep',
        'names an earlier step of a pipeline and is only accepted in submitPipeline; use file.fromJob (a finished job) or file.url with file.type',
      );
    }
    if (file.fromJob === undefined) {
      if (file.url === undefined) throw invalidFileError('', 'give url (with type) or fromJob');
      return input;
    }
    if (file.url !== undefined)
      throw invalidFileError('.url', 'give either fromJob or url with type, not both');
    const kindRow = row(kind);
    // A kind that takes no model file: validation refuses the field itself.
    if (kindRow.file === undefined) return input;
    const source = await findSourceJob(repo, file.fromJob, {
      owner: sopts.owner,
      admin: sopts.admin ?? false,
    });
    if (!source) {
      // One answer for unknown jobs and other tenants' (like job(id)): nothing tells them apart.
      throw invalidFileError(
        '.fromJob',
        `no job "${file.fromJob.slice(0, 80)}" of yours to take the model from`,
      );
    }
    const pick = pickSourceFile(kindRow, source, now(), file.type);
    if (!pick.ok) throw invalidFileError(pick.on === 'type' ? '.type' : '.fromJob', pick.message);
    return { ...input, file: { fromJob: source.id, url: pick.file.url, type: pick.file.type } };
  }

  async function submit(kind: JobKindName, input: JobInput, sopts: SubmitOptions): Promise<JobRecord> {
    if (!accepting) throw new ShuttingDownError();
    let stored: JobInput;
    try {
      stored = await resolveFile(kind, input, sopts);
    } catch (err) {
      // A retry under a used key gets its job back, even once the source job's results have expired.
      const prior =
        err instanceof InvalidJobInputError && sopts.idempotencyKey !== undefined
          ? await repo.store.getByIdempotencyKey(sopts.owner, sopts.idempotencyKey)
          : undefined;
      if (prior && prior.inputHash === hashInput(kind, input)) return prior;
      throw err;
    }
    validate(kind, stored);
    const record = newJobRecord(
      {
        kind,
        status: 'QUEUED',
        input: stored,
        owner: sopts.owner,
        idempotencyKey: sopts.idempotencyKey,
        external: false,
        upstreamJobId: undefined,
        submittedAt: now(),
        expiresAt: undefined,
      },
      // Idempotency compares what the client sent, not the URL it was resolved to.
      { hashedInput: input },
    );
    // The store looks the idempotency key up first, then applies the per-owner limit, atomically.
    const { job, created } = await repo.insert(record, {
      maxQueuedPerOwner: deps.maxQueuedPerOwner ?? DEFAULT_MAX_QUEUED_PER_OWNER,
    });
    if (!created) {
      if (job.inputHash !== record.inputHash)
        throw new IdempotencyConflictError(sopts.idempotencyKey ?? '', job.id);
      return job;
    }
    (sopts.log ?? log).info({ jobId: job.id, kind, owner: job.owner }, 'job accepted');
    deps.queue.invalidate();
    deps.leader.offer(job);
    return job;
  }

  const visible = (job: JobRecord | undefined, viewer: JobViewer | undefined) =>
    job && (!viewer || viewer.admin || job.owner === viewer.owner) ? job : undefined;

  async function get(id: string, viewer?: JobViewer): Promise<JobRecord | undefined> {
    if (GATEWAY_ID_RE.test(id)) return visible(await repo.get(id), viewer);
    if (!UPSTREAM_ID_RE.test(id)) throw new InvalidJobIdError(id);
    const known = await repo.getByUpstreamId(id);
    if (viewer && !viewer.admin) {
      // One answer for every JobId that is not the caller's, whether another tenant's or unknown:
      // null for one and FORBIDDEN for the other would tell who else uses the account (audit F13).
      if (known && known.owner === viewer.owner) return known;
      throw new ForbiddenError('Looking up a Tencent JobId not submitted with your key needs an admin key');
    }
    if (known) return known;
    const job = await deps.external.lookup(id);
    // Stored: the leader follows it from its next rescan (now, if this process leads).
    if (job && isUpstreamActive(job)) deps.leader.nudge();
    return job;
  }

  async function cancel(id: string, viewer?: JobViewer): Promise<JobRecord> {
    const job = await get(id, viewer);
    if (!job) throw new JobNotFoundError(id);
    if (job.status === 'CANCELED') return job;
    const result = await repo.transition(job.id, cancelQueued(now()));
    if (!result) throw new JobNotFoundError(id);
    if (!result.changed) {
      if (result.job.status === 'CANCELED') return result.job;
      // Still QUEUED here means it is being sent right now: past the point of no return.
      throw new JobNotCancelableError(job.id, result.job.status === 'QUEUED' ? 'WAIT' : result.job.status);
    }
    deps.dispatcher.withdraw(job.id);
    deps.queue.invalidate();
    // The leader (maybe another replica) drops it from its queue at once.
    deps.leader.nudge();
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

  const perKind = <T>(f: (kind: JobKindName) => T) =>
    Object.fromEntries(JOB_KIND_NAMES.map((k) => [k, f(k)])) as Record<JobKindName, T>;

  function watch(job: JobRecord, signal?: AbortSignal): AsyncGenerator<JobRecord> {
    // The consumer's return() must end the stream at once: an async generator queues return()
    // behind a pending next(), which waits for the job's next change, so a subscriber that went
    // away would stay counted and keep its poll priority until then. Aborting first wakes it.
    const own = new AbortController();
    const stop = AbortSignal.any([own.signal, shutdown.signal, ...(signal ? [signal] : [])]);
    const inner = counted(
      watchJob(job, {
        repo,
        events: deps.events,
        poller: deps.poller,
        signal: stop,
        recheckMs: deps.watchRecheckMs,
      }),
    );
    const stream: AsyncGenerator<JobRecord> = {
      next: () => inner.next(),
      return(value) {
        own.abort();
        return inner.return(value);
      },
      throw(err) {
        own.abort();
        return inner.throw(err);
      },
      [Symbol.asyncIterator]() {
        return stream;
      },
    };
    return stream;
  }

  return {
    repo,
    submit,
    get,
    cancel,
    async list({ first, afterSeq, status, owner }) {
      const rows = await repo.store.page({ limit: first + 1, beforeSeq: afterSeq, status, owner });
      return { jobs: rows.slice(0, first), hasNextPage: rows.length > first };
    },
    watch,
    async storedInput(kind, input, sopts) {
      const stored = await resolveFile(kind, input, sopts);
      validate(kind, stored);
      return stored;
    },
    validateInput: validate,
    row,
    isAccepting: () => accepting,
    queuePosition: (job) => deps.queue.position(job),
    queueReason: (job) => deps.queue.reason(job),
    estimatedCompletionAt: (job) => deps.queue.estimatedCompletionAt(job),
    isLeader: () => deps.leader.activeTerm() !== undefined,
    stats() {
      return {
        queued: deps.dispatcher.depth(),
        following: deps.poller.following(),
        watched: deps.poller.watched(),
        subscriptions,
        slotsInUse: perKind((k) => deps.slots.held(k)),
        pollIntervalMs: perKind((k) => deps.poller.effectiveIntervalMs(k)),
        cache: repo.cacheStats(),
      };
    },
    async start() {
      accepting = true;
      await deps.leader.start();
    },
    beginShutdown() {
      accepting = false;
      shutdown.abort();
    },
    async stop() {
      accepting = false;
      shutdown.abort();
      await deps.leader.stop();
    },
  };
}
