import type { Logger } from 'pino';
import type { JobKindName } from '../../tencent/job-kinds.ts';
import { checkStartBy } from '../domain/deadline.ts';
import {
  IdempotencyConflictError,
  InvalidJobInputError,
  invalidFileError,
  PipelineNotFoundError,
  ShuttingDownError,
} from '../domain/errors.ts';
import { type JobInput, type JobRecord, newJobRecord } from '../domain/job.ts';
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
} from '../domain/pipeline.ts';
import { cancelQueued } from '../domain/transitions.ts';
import {
  DEFAULT_MAX_QUEUED_PER_OWNER,
  type JobService,
  type JobViewer,
  type SubmitOptions,
} from '../job-service.ts';
import { type JobTrace, NO_JOB_TRACE, type SubmitSpan, tracedSubmit, withTraceParent } from '../job-trace.ts';
import type { QueueView } from '../read/queue-view.ts';
import { replayPipeline, versionsFrom } from '../read/resume.ts';
import type { Dispatcher } from '../scheduler/dispatcher.ts';
import type { LeaderRole } from '../scheduler/leader-role.ts';
import type { JobRepository } from '../store/job-repository.ts';

/** The collaborators, built by the composition root (gateway.ts) and injected. */
export interface PipelineServiceDeps {
  /**
   * What a pipeline takes from the job service, so the rules live in one place: whether submits
   * are accepted, a step's input as stored and validated, who sees a job, and job streams (counted
   * and ended on shutdown like jobStatus).
   */
  jobs: Pick<JobService, 'isAccepting' | 'storedInput' | 'validateInput' | 'row' | 'get' | 'watch'>;
  repo: JobRepository;
  queue: Pick<QueueView, 'invalidate'>;
  dispatcher: Pick<Dispatcher, 'withdraw'>;
  leader: Pick<LeaderRole, 'offer' | 'nudge'>;
  log: Logger;
  now?: () => number;
  /** Jobs one owner may have waiting in the queue (all kinds), as for single jobs. @default 200 */
  maxQueuedPerOwner?: number;
  /** Every step carries the pipeline submit's trace context. @default NO_JOB_TRACE */
  trace?: JobTrace;
}

/**
 * Pipelines (domain/pipeline.ts) for the GraphQL layer: every step validated before any is stored,
 * then stored as jobs, later steps waiting for the step their `file.fromStep` (1-based) names.
 */
export interface PipelineService {
  /** Idempotent per owner. */
  submitPipeline(steps: PipelineStepInput[], opts: SubmitOptions): Promise<PipelineView>;
  /** Undefined when unknown or not the viewer's. */
  getPipeline(id: string, viewer?: JobViewer): Promise<PipelineView | undefined>;
  /** Cancels every step not sent yet; steps already at Tencent run on. */
  cancelPipeline(id: string, viewer?: JobViewer): Promise<PipelineView>;
  /**
   * The pipeline first, then again on every step change; ends once every step has ended. With
   * `after` (each step's version, as a resuming subscriber last saw them), the views it missed
   * instead of the first one, from the steps' change history; the pipeline as it is when that
   * history no longer covers them.
   */
  watchPipeline(
    pipeline: PipelineView,
    signal?: AbortSignal,
    opts?: { after?: readonly number[] | undefined },
  ): AsyncGenerator<PipelineView>;
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

export function createPipelineService(deps: PipelineServiceDeps): PipelineService {
  const now = deps.now ?? Date.now;
  const { jobs, repo, log } = deps;
  const trace = deps.trace ?? NO_JOB_TRACE;

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
            throw invalidFileError('.fromStep', 'the first step has no earlier step to take a model from');
          prepared.push({ kind, input: await jobs.storedInput(kind, input, sopts), source: undefined });
          continue;
        }
        if (fromStep === undefined) {
          throw invalidFileError(
            '.fromStep',
            'every step after the first takes its model from an earlier step: give file: { fromStep: n }',
          );
        }
        if (!Number.isInteger(fromStep) || fromStep < 1 || fromStep > index) {
          throw invalidFileError(
            '.fromStep',
            `must name an earlier step, 1 to ${index} (steps are numbered from 1), not ${fromStep}`,
          );
        }
        if (input.file?.url !== undefined || input.file?.fromJob !== undefined)
          throw invalidFileError(
            '.fromStep',
            'give fromStep alone (with type at most), not with url or fromJob',
          );
        const source = steps[fromStep - 1] as PipelineStepInput;
        const expected = expectedStepType(jobs.row(kind), input.file?.type, { ...source, step: fromStep });
        if (!expected.ok)
          throw invalidFileError(input.file?.type === undefined ? '.fromStep' : '.type', expected.message);
        // Validated like Tencent with the file it will get (its URL is only known then).
        jobs.validateInput(kind, {
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

  function submitPipeline(steps: PipelineStepInput[], sopts: SubmitOptions): Promise<PipelineView> {
    const span = trace.submit('pipeline.submit', sopts.trace);
    return tracedSubmit(
      span,
      () => submitSteps(steps, sopts, span),
      (pipeline) => pipeline.steps,
    );
  }

  async function submitSteps(
    steps: PipelineStepInput[],
    sopts: SubmitOptions,
    span: SubmitSpan,
  ): Promise<PipelineView> {
    if (!jobs.isAccepting()) throw new ShuttingDownError();
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
    // A deadline is the first step's: it is the one waiting in the queue for a slot (the others
    // wait for their source step; if the first is canceled at its startBy, the pipeline ends).
    checkStartBy(sopts.startBy, now());
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
        ...withTraceParent(record, span),
        id: ids.steps[index] as string,
        // The first step's key guards the whole pipeline: it is compared on every step.
        inputHash: index === 0 ? inputHash : record.inputHash,
        pipeline: { id: ids.id, step: index + 1, steps: ids.steps },
        waitsFor: step.source === undefined ? undefined : ids.steps[step.source],
        ...(index === 0 && sopts.startBy !== undefined ? { startBy: sopts.startBy } : {}),
      };
    });
    // Every step in one atomic write (as submitJobs): a store failure half way leaves no steps
    // behind, and a concurrent submit under the same key finds either the whole pipeline or none.
    const result = await repo.insertBatch(records, {
      maxQueuedPerOwner: deps.maxQueuedPerOwner ?? DEFAULT_MAX_QUEUED_PER_OWNER,
    });
    if (!result.created) return priorOf(result.existing);
    const stored = result.jobs;
    const first = stored[0] as JobRecord;
    (sopts.log ?? log).info(
      { pipelineId: ids.id, steps: records.map((r) => r.kind), owner: sopts.owner },
      'pipeline accepted',
    );
    deps.queue.invalidate();
    deps.leader.offer(first);
    return { id: ids.id, owner: sopts.owner, steps: stored };
  }

  async function getPipeline(id: string, viewer?: JobViewer): Promise<PipelineView | undefined> {
    if (!PIPELINE_ID_RE.test(id)) return undefined;
    // A valid pipeline id names a gateway job id (job_…): read from the store, visible as job(id).
    const first = await jobs.get(firstStepIdOf(id), viewer);
    if (!first?.pipeline || first.pipeline.id !== id) return undefined;
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

  /**
   * What a subscriber that saw the steps at versions `after` missed: one view per step change
   * since, oldest first (resume.ts replayPipeline), and the steps as they are now, read from the
   * store. Undefined when that cannot be told (a version the store does not have, a history that no
   * longer covers it, a store that does not answer): the stream then starts from the snapshot.
   */
  async function missedViews(
    pipeline: PipelineView,
    after: readonly number[],
  ): Promise<{ views: PipelineView[]; steps: JobRecord[] } | undefined> {
    if (after.length !== pipeline.steps.length) return undefined;
    try {
      const steps = await Promise.all(pipeline.steps.map((step) => repo.store.get(step.id)));
      const runs: JobRecord[][] = [];
      for (const [index, step] of steps.entries()) {
        const from = after[index] as number;
        if (!step || from > step.version) return undefined;
        // From the version the subscriber has: the views before a step's first change show it so.
        const history = from < step.version ? await repo.history(step.id, from - 1) : [];
        const run = versionsFrom(from, step, history);
        if (!run) return undefined;
        runs.push(run);
      }
      return { views: replayPipeline(pipeline, runs), steps: steps as JobRecord[] };
    } catch {
      return undefined;
    }
  }

  async function* watchPipeline(
    pipeline: PipelineView,
    signal?: AbortSignal,
    wopts: { after?: readonly number[] | undefined } = {},
  ): AsyncGenerator<PipelineView> {
    const resumed = wopts.after ? await missedViews(pipeline, wopts.after) : undefined;
    const latest = resumed ? [...resumed.steps] : [...pipeline.steps];
    // Resumed, each step's stream starts after the version the replay ends with.
    const streams = latest.map((step) =>
      jobs.watch(step, signal, resumed ? { after: step.version } : undefined),
    );
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
      let sent: string;
      if (resumed) {
        for (const missed of resumed.views) yield missed;
        for (const index of streams.keys()) pull(index);
        sent = versions();
      } else {
        // Each step's current snapshot, then one pipeline snapshot.
        for (const [index, stream] of streams.entries()) {
          const first = await stream.next();
          if (!first.done) {
            latest[index] = first.value;
            pull(index);
          }
        }
        sent = versions();
        yield view();
      }
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

  return { submitPipeline, getPipeline, cancelPipeline, watchPipeline };
}
