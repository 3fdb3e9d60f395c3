import type { Logger } from 'pino';
import { JOB_KIND_NAMES, JOB_KINDS, type JobKindName } from '../tencent/job-kinds.ts';
import { checkSubmitRequest } from '../tencent/submit-rules.ts';
import type { JobSlots } from '../upstream/job-slots.ts';
import {
  ForbiddenError,
  IdempotencyConflictError,
  InvalidJobIdError,
  InvalidJobInputError,
  JobNotCancelableError,
  JobNotFoundError,
  PipelineNotFoundError,
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
import { pickSourceFile } from './domain/model-file.ts';
import {
  expectedStepType,
  firstStepIdOf,
  hashPipeline,
  MAX_PIPELINE_STEPS,
  newPipelineIds,
  PIPELINE_ID_RE,
  type PipelineStepInput,
  type PipelineView,
  pipelineFinished,
  pipelineIdempotencyKey,
} from './domain/pipeline.ts';
import { cancelQueued } from './domain/transitions.ts';
import type { JobEvents } from './events/events.ts';
import type { ExternalLookup } from './read/external-lookup.ts';
import type { QueueView } from './read/queue-view.ts';
import { watchJob } from './read/watch.ts';
import type { Dispatcher } from './scheduler/dispatcher.ts';
import type { LeaderRole } from './scheduler/leader-role.ts';
import type { Poller } from './scheduler/poller.ts';
import type { JobRepository } from './store/job-repository.ts';

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
  now?: () => number;
  /** Jobs one owner may have waiting in the queue (all kinds). @default 200 */
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
   * Pipelines (domain/pipeline.ts): every step validated before any is stored, then stored as jobs,
   * later steps waiting for the step their `file.fromStep` (1-based) names. Idempotent per owner.
   */
  submitPipeline(steps: PipelineStepInput[], opts: SubmitOptions): Promise<PipelineView>;
  /** Undefined when unknown or not the viewer's. */
  getPipeline(id: string, viewer?: JobViewer): Promise<PipelineView | undefined>;
  /** Cancels every step not sent yet; steps already at Tencent run on. */
  cancelPipeline(id: string, viewer?: JobViewer): Promise<PipelineView>;
  /** The pipeline first, then again on every step change; ends once every step has ended. */
  watchPipeline(pipeline: PipelineView, signal?: AbortSignal): AsyncGenerator<PipelineView>;
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

  function validate(kind: JobKindName, input: JobInput): void {
    const violations = checkSubmitRequest(JOB_KINDS[kind], toTencentRequest(kind, input));
    const first = violations[0];
    if (!first) return;
    const field = inputFieldOf(first.field);
    throw new InvalidJobInputError(field, `${field}: ${first.message}`, first.tencentCode);
  }

  const badFile = (part: string, message: string) =>
    new InvalidJobInputError(`input.file${part}`, `input.file${part}: ${message}`, undefined);

  /** The job `file.fromJob` names, if the submitter may see it: known here (no upstream lookup). */
  async function findSource(id: string, sopts: SubmitOptions): Promise<JobRecord | undefined> {
    const job = GATEWAY_ID_RE.test(id)
      ? await repo.get(id)
      : UPSTREAM_ID_RE.test(id)
        ? await repo.getByUpstreamId(id)
        : undefined;
    return job && (sopts.admin || job.owner === sopts.owner) ? job : undefined;
  }

  /**
   * The input as it is stored: a `file.fromJob` replaced by that job's result file (its upstream URL
   * and type, with `fromJob` kept), so the job is self-contained and Tencent gets the file's URL.
   */
  async function resolveFile(kind: JobKindName, input: JobInput, sopts: SubmitOptions): Promise<JobInput> {
    const file = input.file;
    if (file === undefined) return input;
    if (file.fromStep !== undefined) {
      throw badFile(
        '.fromStep',
        'names an earlier step of a pipeline and is only accepted in submitPipeline; use file.fromJob (a finished job) or file.url with file.type',
      );
    }
    if (file.fromJob === undefined) {
      if (file.url === undefined) throw badFile('', 'give url (with type) or fromJob');
      return input;
    }
    if (file.url !== undefined) throw badFile('.url', 'give either fromJob or url with type, not both');
    const row = JOB_KINDS[kind];
    // A kind that takes no model file: validation refuses the field itself.
    if (row.file === undefined) return input;
    const source = await findSource(file.fromJob, sopts);
    if (!source) {
      // One answer for unknown jobs and other tenants' (like job(id)): nothing tells them apart.
      throw badFile('.fromJob', `no job "${file.fromJob.slice(0, 80)}" of yours to take the model from`);
    }
    const pick = pickSourceFile(row, source, now(), file.type);
    if (!pick.ok) throw badFile(pick.on === 'type' ? '.type' : '.fromJob', pick.message);
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
    const { job, created } = await repo.insert(record, { maxQueuedPerOwner: deps.maxQueuedPerOwner ?? 200 });
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

  /** A step's error, re-addressed to the step (`steps[1].file.fromStep`) and named in the message. */
  function atStep(index: number, err: unknown): unknown {
    if (!(err instanceof InvalidJobInputError)) return err;
    const field = `steps[${index}]${err.field.replace(/^input/, '')}`;
    const message = err.message.startsWith(err.field)
      ? field + err.message.slice(err.field.length)
      : err.message;
    return new InvalidJobInputError(field, `step ${index + 1}: ${message}`, err.tencentCode);
  }

  /**
   * Each step's input as stored, and the step it waits for. Steps after the first take their model
   * from an earlier step (`file.fromStep`, 1-based) whose kind can produce a type theirs accepts;
   * they are validated like Tencent with the type they will get. Throws before anything is stored.
   */
  async function prepareSteps(
    steps: PipelineStepInput[],
    sopts: SubmitOptions,
  ): Promise<Array<{ kind: JobKindName; input: JobInput; source: number | undefined }>> {
    if (steps.length === 0 || steps.length > MAX_PIPELINE_STEPS) {
      throw new InvalidJobInputError(
        'steps',
        `steps: a pipeline has 1 to ${MAX_PIPELINE_STEPS} steps, not ${steps.length}`,
        undefined,
      );
    }
    const prepared: Array<{ kind: JobKindName; input: JobInput; source: number | undefined }> = [];
    for (const [index, { kind, input }] of steps.entries()) {
      try {
        const fromStep = input.file?.fromStep;
        if (index === 0) {
          if (fromStep !== undefined)
            throw badFile('.fromStep', 'the first step has no earlier step to take a model from');
          const stored = await resolveFile(kind, input, sopts);
          validate(kind, stored);
          prepared.push({ kind, input: stored, source: undefined });
          continue;
        }
        if (fromStep === undefined) {
          throw badFile(
            '.fromStep',
            'every step after the first takes its model from an earlier step: give file: { fromStep: n }',
          );
        }
        if (!Number.isInteger(fromStep) || fromStep < 1 || fromStep > index) {
          throw badFile(
            '.fromStep',
            `must name an earlier step, 1 to ${index} (steps are numbered from 1), not ${fromStep}`,
          );
        }
        if (input.file?.url !== undefined || input.file?.fromJob !== undefined)
          throw badFile('.fromStep', 'give fromStep alone (with type at most), not with url or fromJob');
        const source = steps[fromStep - 1] as PipelineStepInput;
        const expected = expectedStepType(kind, input.file?.type, { ...source, step: fromStep });
        if (!expected.ok)
          throw badFile(input.file?.type === undefined ? '.fromStep' : '.type', expected.message);
        // Validated like Tencent with the file it will get (its URL is only known then).
        validate(kind, {
          ...input,
          file: { url: 'https://pipeline.invalid/step-result', type: expected.type },
        });
        const file = input.file?.type === undefined ? { fromStep } : { fromStep, type: input.file.type };
        prepared.push({ kind, input: { ...input, file }, source: fromStep - 1 });
      } catch (err) {
        throw atStep(index, err);
      }
    }
    return prepared;
  }

  async function submitPipeline(steps: PipelineStepInput[], sopts: SubmitOptions): Promise<PipelineView> {
    if (!accepting) throw new ShuttingDownError();
    const inputHash = hashPipeline(steps);
    const key = sopts.idempotencyKey === undefined ? undefined : pipelineIdempotencyKey(sopts.idempotencyKey);
    const priorOf = async (job: JobRecord): Promise<PipelineView> => {
      const pipeline =
        job.pipeline && job.inputHash === inputHash ? await getPipeline(job.pipeline.id) : undefined;
      if (!pipeline)
        throw new IdempotencyConflictError(sopts.idempotencyKey ?? '', job.pipeline?.id ?? job.id);
      return pipeline;
    };
    if (key !== undefined) {
      const prior = await repo.store.getByIdempotencyKey(sopts.owner, key);
      if (prior) return priorOf(prior);
    }
    const prepared = await prepareSteps(steps, sopts);
    const ids = newPipelineIds(prepared.length);
    const records = prepared.map((step, index) => {
      const record = newJobRecord(
        {
          kind: step.kind,
          status: 'QUEUED',
          input: step.input,
          owner: sopts.owner,
          idempotencyKey: index === 0 ? key : undefined,
          external: false,
          upstreamJobId: undefined,
          submittedAt: now(),
          expiresAt: undefined,
        },
        { hashedInput: (steps[index] as PipelineStepInput).input },
      );
      return {
        ...record,
        id: ids.steps[index] as string,
        // The first step's key guards the whole pipeline: it is compared on every step.
        inputHash: index === 0 ? inputHash : record.inputHash,
        pipeline: { id: ids.id, step: index + 1, steps: ids.steps },
        waitsFor: step.source === undefined ? undefined : ids.steps[step.source],
      };
    });
    // Later steps first, the first step (holding the idempotency key) last: until it is stored
    // nothing can run, and steps left by a submit that died half way are canceled by the leader.
    const stored: JobRecord[] = [];
    const undo = async () => {
      for (const job of stored) await repo.transition(job.id, cancelQueued(now()));
      deps.queue.invalidate();
    };
    try {
      for (const record of [...records].reverse()) {
        const { job, created } = await repo.insert(record, {
          maxQueuedPerOwner: deps.maxQueuedPerOwner ?? 200,
        });
        if (!created) {
          // Another submit with the same key won the race: ours are withdrawn, theirs answered.
          await undo();
          return priorOf(job);
        }
        stored.push(job);
      }
    } catch (err) {
      await undo().catch(() => undefined);
      throw err;
    }
    const first = stored[stored.length - 1] as JobRecord;
    (sopts.log ?? log).info(
      { pipelineId: ids.id, steps: records.map((r) => r.kind), owner: sopts.owner },
      'pipeline accepted',
    );
    deps.queue.invalidate();
    deps.leader.offer(first);
    return { id: ids.id, owner: sopts.owner, steps: [...stored].reverse() };
  }

  async function getPipeline(id: string, viewer?: JobViewer): Promise<PipelineView | undefined> {
    if (!PIPELINE_ID_RE.test(id)) return undefined;
    const first = await repo.get(firstStepIdOf(id));
    if (!first?.pipeline || first.pipeline.id !== id || !visible(first, viewer)) return undefined;
    const steps = await Promise.all(first.pipeline.steps.map((stepId) => repo.get(stepId)));
    return { id, owner: first.owner, steps: steps.filter((s): s is JobRecord => s !== undefined) };
  }

  async function cancelPipeline(id: string, viewer?: JobViewer): Promise<PipelineView> {
    const pipeline = await getPipeline(id, viewer);
    if (!pipeline) throw new PipelineNotFoundError(id);
    let canceled = 0;
    for (const step of pipeline.steps) {
      const result = await repo.transition(step.id, cancelQueued(now()));
      if (result?.changed) {
        canceled += 1;
        deps.dispatcher.withdraw(step.id);
      }
    }
    if (canceled > 0) {
      deps.queue.invalidate();
      deps.leader.nudge();
      log.info({ pipelineId: id, canceled }, 'pipeline canceled');
    }
    return (await getPipeline(id)) ?? pipeline;
  }

  async function* watchPipeline(pipeline: PipelineView, signal?: AbortSignal): AsyncGenerator<PipelineView> {
    const latest = [...pipeline.steps];
    const streams = latest.map((step) => watch(step, signal));
    type Next = { index: number; result: IteratorResult<JobRecord> };
    const pending = new Map<number, Promise<Next>>();
    const pull = (index: number) =>
      pending.set(
        index,
        (streams[index] as AsyncGenerator<JobRecord>).next().then((result) => ({ index, result })),
      );
    const view = (): PipelineView => ({ ...pipeline, steps: [...latest] });
    const versions = () => latest.map((s) => `${s.id}:${s.version}`).join(',');
    try {
      // Each step's current snapshot, then one pipeline snapshot.
      for (const [index, stream] of streams.entries()) {
        const first = await stream.next();
        if (!first.done) {
          latest[index] = first.value;
          pull(index);
        }
      }
      let sent = versions();
      yield view();
      while (pending.size > 0 && !pipelineFinished(latest)) {
        const { index, result } = await Promise.race(pending.values());
        pending.delete(index);
        if (result.done) continue;
        latest[index] = result.value;
        pull(index);
        if (versions() === sent) continue;
        sent = versions();
        yield view();
      }
    } finally {
      await Promise.allSettled(streams.map((stream) => stream.return(undefined)));
    }
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
    submitPipeline,
    getPipeline,
    cancelPipeline,
    watchPipeline,
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
