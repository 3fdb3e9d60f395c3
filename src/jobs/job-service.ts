import type { Context } from '@opentelemetry/api';
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
import { type BatchJobInput, batchIdempotencyKey, hashBatch, MAX_BATCH_JOBS } from './domain/batch.ts';
import { checkStartBy as checkDeadline } from './domain/deadline.ts';
import {
  ForbiddenError,
  IdempotencyConflictError,
  InvalidJobIdError,
  InvalidJobInputError,
  invalidFileError,
  JobNotCancelableError,
  JobNotFoundError,
  JobNotRetryableError,
  KindNotAvailableError,
  ShuttingDownError,
  TooManyQueuedJobsError,
} from './domain/errors.ts';
import {
  attachInputImages,
  GATEWAY_ID_RE,
  hashInput,
  InputBlobMissingError,
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
import { linkRetry, retryability, retryInput, unlinkRetry } from './domain/retry.ts';
import { cancelQueued } from './domain/transitions.ts';
import type { JobEvents } from './events/events.ts';
import { type JobTrace, NO_JOB_TRACE, type SubmitSpan, tracedSubmit, withTraceParent } from './job-trace.ts';
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
  /** Spans of submits; the records stored carry their trace context. @default NO_JOB_TRACE */
  trace?: JobTrace;
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
  /**
   * Deadline (ms) for leaving the queue: a job still QUEUED then is CANCELED with DEADLINE_EXCEEDED
   * and never sent. After now and at most MAX_START_BY_MS ahead (BAD_USER_INPUT otherwise). Not part
   * of what an idempotency key compares.
   */
  startBy?: number | undefined;
  /** The GraphQL operation's trace context: the submit's span, and the job's, join its trace. */
  trace?: Context | undefined;
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
   * submitJobs (domain/batch.ts): 1 to MAX_BATCH_JOBS jobs, every one validated before any is stored
   * (an error names `inputs[i]…`), then stored in one atomic write. Idempotent per owner and key.
   */
  submitMany(jobs: readonly BatchJobInput[], opts: SubmitOptions): Promise<JobRecord[]>;
  /**
   * retryJob: a FAIL or CANCELED job's input (inline images included) submitted again as a new job
   * of the same owner, linked both ways (`retryOf`, `retries`). NOT_FOUND for a job the viewer does
   * not see; JobNotRetryableError for one that cannot be retried.
   */
  retry(
    id: string,
    viewer: JobViewer | undefined,
    opts?: { startBy?: number | undefined; log?: Logger | undefined; trace?: Context | undefined },
  ): Promise<JobRecord>;
  /** The ids of the job's retries as stored now (the cached record may trail on another replica). */
  retriesOf(job: JobRecord): Promise<string[]>;
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
  /**
   * Current snapshot first, then every change, ending after a terminal status. With `after` (the
   * version a resuming subscriber has), the versions after it instead of the snapshot (watch.ts).
   */
  watch(
    job: JobRecord,
    signal?: AbortSignal,
    opts?: { after?: number | undefined },
  ): AsyncGenerator<JobRecord>;
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
  /** 0–100: an estimate while WAIT or RUN, 100 once DONE, else undefined (QueueView.progress). */
  progress(job: JobRecord): Promise<number | undefined>;
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
  const trace = deps.trace ?? NO_JOB_TRACE;
  let accepting = false;
  const shutdown = new AbortController();

  const offered = deps.product.kinds;
  function row(kind: JobKindName, field = 'input.kind'): JobKind {
    const found = offered[kind];
    if (found) return found;
    const { host, version } = deps.product;
    throw new KindNotAvailableError(
      field,
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

  const checkStartBy = (startBy: number | undefined) => checkDeadline(startBy, now());

  /** A new QUEUED record of `owner` for an input as stored, with the optional fields given. */
  function queuedRecord(
    kind: JobKindName,
    stored: JobInput,
    sopts: SubmitOptions,
    hashedInput: JobInput,
    idempotencyKey: string | undefined,
    span: SubmitSpan,
  ) {
    const record = newJobRecord(
      {
        kind,
        status: 'QUEUED',
        input: stored,
        owner: sopts.owner,
        idempotencyKey,
        external: false,
        upstreamJobId: undefined,
        submittedAt: now(),
        expiresAt: undefined,
      },
      // Idempotency compares what the client sent, not the URL it was resolved to.
      { hashedInput },
    );
    // Only when given, so records without a deadline (or trace) stay as they were.
    const traced = withTraceParent(record, span);
    return sopts.startBy === undefined ? traced : { ...traced, startBy: sopts.startBy };
  }

  function submit(kind: JobKindName, input: JobInput, sopts: SubmitOptions): Promise<JobRecord> {
    const span = trace.submit('job.submit', sopts.trace);
    return tracedSubmit(
      span,
      () => submitOne(kind, input, sopts, span),
      (job) => [job],
    );
  }

  async function submitOne(
    kind: JobKindName,
    input: JobInput,
    sopts: SubmitOptions,
    span: SubmitSpan,
  ): Promise<JobRecord> {
    if (!accepting) throw new ShuttingDownError();
    let stored: JobInput;
    try {
      stored = await resolveFile(kind, input, sopts);
      checkStartBy(sopts.startBy);
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
    const record = queuedRecord(kind, stored, sopts, input, sopts.idempotencyKey, span);
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

  async function storedInput(kind: JobKindName, input: JobInput, sopts: SubmitOptions): Promise<JobInput> {
    const stored = await resolveFile(kind, input, sopts);
    validate(kind, stored);
    return stored;
  }

  /** An error about one job of a batch, re-addressed to it (`inputs[3].prompt`) and naming it. */
  function atInput(index: number, err: unknown): unknown {
    if (!(err instanceof InvalidJobInputError) || !err.field.startsWith('input')) return err;
    const field = `inputs[${index}]${err.field.slice('input'.length)}`;
    const message = err.message.startsWith(err.field)
      ? field + err.message.slice(err.field.length)
      : err.message;
    return new InvalidJobInputError(field, message, err.tencentCode);
  }

  function submitMany(jobs: readonly BatchJobInput[], sopts: SubmitOptions): Promise<JobRecord[]> {
    const span = trace.submit('job.submit_batch', sopts.trace);
    return tracedSubmit(
      span,
      () => submitBatch(jobs, sopts, span),
      (stored) => stored,
    );
  }

  async function submitBatch(
    jobs: readonly BatchJobInput[],
    sopts: SubmitOptions,
    span: SubmitSpan,
  ): Promise<JobRecord[]> {
    if (!accepting) throw new ShuttingDownError();
    if (jobs.length === 0 || jobs.length > MAX_BATCH_JOBS) {
      throw new InvalidJobInputError(
        'inputs',
        `inputs: submitJobs takes 1 to ${MAX_BATCH_JOBS} jobs, not ${jobs.length}`,
        undefined,
      );
    }
    const hash = hashBatch(jobs);
    const key = sopts.idempotencyKey === undefined ? undefined : batchIdempotencyKey(sopts.idempotencyKey);
    const priorOf = async (first: JobRecord): Promise<JobRecord[]> => {
      if (!first.batchJobIds || first.inputHash !== hash)
        throw new IdempotencyConflictError(sopts.idempotencyKey ?? '', first.id);
      const found = await Promise.all(first.batchJobIds.map((id) => repo.get(id)));
      // A job deleted by retention meanwhile is left out.
      return found.filter((job): job is JobRecord => job !== undefined);
    };
    // A retry under a used key gets its jobs back, whatever has changed since (deadline, sources).
    if (key !== undefined) {
      const prior = await repo.store.getByIdempotencyKey(sopts.owner, key);
      if (prior) return priorOf(prior);
    }
    checkStartBy(sopts.startBy);
    const prepared: Array<{ kind: JobKindName; stored: JobInput; input: JobInput }> = [];
    for (const [index, { kind, input }] of jobs.entries()) {
      try {
        row(kind, `inputs[${index}].kind`);
        prepared.push({ kind, input, stored: await storedInput(kind, input, sopts) });
      } catch (err) {
        throw atInput(index, err);
      }
    }
    const records = prepared.map((p, index) =>
      queuedRecord(p.kind, p.stored, sopts, p.input, index === 0 ? key : undefined, span),
    );
    // The first job holds the batch's key: it is compared on every job, and names them all.
    records[0] = { ...records[0]!, inputHash: hash, batchJobIds: records.map((r) => r.id) };
    const result = await repo.insertBatch(records, {
      maxQueuedPerOwner: deps.maxQueuedPerOwner ?? DEFAULT_MAX_QUEUED_PER_OWNER,
    });
    if (!result.created) return priorOf(result.existing);
    (sopts.log ?? log).info(
      { jobIds: result.jobs.map((j) => j.id), count: result.jobs.length, owner: sopts.owner },
      'batch accepted',
    );
    deps.queue.invalidate();
    for (const job of result.jobs) deps.leader.offer(job);
    return result.jobs;
  }

  function retry(
    id: string,
    viewer: JobViewer | undefined,
    ropts: { startBy?: number | undefined; log?: Logger | undefined; trace?: Context | undefined } = {},
  ): Promise<JobRecord> {
    const span = trace.submit('job.retry', ropts.trace);
    return tracedSubmit(
      span,
      () => retryOnce(id, viewer, ropts, span),
      (job) => [job],
    );
  }

  async function retryOnce(
    id: string,
    viewer: JobViewer | undefined,
    ropts: { startBy?: number | undefined; log?: Logger | undefined },
    span: SubmitSpan,
  ): Promise<JobRecord> {
    if (!accepting) throw new ShuttingDownError();
    const original = await get(id, viewer);
    if (!original) throw new JobNotFoundError(id);
    span.linkTo(original.traceParent);
    const check = retryability(original);
    if (!check.ok) throw new JobNotRetryableError(original.id, original.status, check.reason);
    let input: JobInput;
    try {
      // The inline images as the client sent them: kept beside the record until DONE.
      const blobs = original.inputBlobs?.length ? await repo.store.getInputBlobs(original.id) : {};
      input = retryInput(attachInputImages(original, blobs));
    } catch (err) {
      if (!(err instanceof InputBlobMissingError)) throw err;
      throw new JobNotRetryableError(
        original.id,
        original.status,
        'its inline image is no longer stored; submit it again',
      );
    }
    // The retry is the original owner's job, whoever asks (an admin may retry anyone's).
    const sopts: SubmitOptions = {
      owner: original.owner,
      admin: viewer?.admin ?? true,
      startBy: ropts.startBy,
      log: ropts.log,
    };
    checkStartBy(sopts.startBy);
    const stored = await storedInput(original.kind, input, sopts);
    const record = {
      ...queuedRecord(original.kind, stored, sopts, input, undefined, span),
      retryOf: original.id,
    };
    // The link is the atomic check (still FAIL or CANCELED, under the cap), written before the retry.
    const linked = await repo.transition(original.id, linkRetry(record.id, now()));
    // Deleted meanwhile (retention): as if never found.
    if (!linked) throw new JobNotFoundError(id);
    if (!linked.changed) {
      const again = linked.job;
      const why = retryability(again);
      throw new JobNotRetryableError(original.id, again.status, why.ok ? 'it changed meanwhile' : why.reason);
    }
    let job: JobRecord;
    try {
      ({ job } = await repo.insert(record, {
        maxQueuedPerOwner: deps.maxQueuedPerOwner ?? DEFAULT_MAX_QUEUED_PER_OWNER,
      }));
    } catch (err) {
      // Certainly not stored: take the link back. (After a store timeout the retry may exist, so the
      // link stays; `retries` skips an id that was never stored.)
      if (err instanceof TooManyQueuedJobsError) {
        await repo.transition(original.id, unlinkRetry(record.id, now())).catch(() => undefined);
      }
      throw err;
    }
    (ropts.log ?? log).info(
      { jobId: job.id, retryOf: original.id, owner: job.owner },
      'job accepted (retry)',
    );
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

  function watch(
    job: JobRecord,
    signal?: AbortSignal,
    opts: { after?: number | undefined } = {},
  ): AsyncGenerator<JobRecord> {
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
        after: opts.after,
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
    submitMany,
    retry,
    async retriesOf(job) {
      return (await repo.store.get(job.id))?.retries ?? job.retries ?? [];
    },
    get,
    cancel,
    async list({ first, afterSeq, status, owner }) {
      const rows = await repo.store.page({ limit: first + 1, beforeSeq: afterSeq, status, owner });
      return { jobs: rows.slice(0, first), hasNextPage: rows.length > first };
    },
    watch,
    storedInput,
    validateInput: validate,
    row,
    isAccepting: () => accepting,
    queuePosition: (job) => deps.queue.position(job),
    queueReason: (job) => deps.queue.reason(job),
    estimatedCompletionAt: (job) => deps.queue.estimatedCompletionAt(job),
    progress: (job) => deps.queue.progress(job),
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
