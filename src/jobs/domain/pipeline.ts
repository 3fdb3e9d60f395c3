import { createHash } from 'node:crypto';
import { JOB_KINDS, type JobKind, type JobKindName } from '../../tencent/job-kinds.ts';
import { hashInput, type JobInput, type JobRecord, type JobStatus, newJobId } from './job.ts';
import { pickSourceFile } from './model-file.ts';
import { type JobChange, withoutWaitsFor } from './transitions.ts';

/**
 * Pipelines: steps submitted together, each an ordinary durable job, where a step's model file is
 * an earlier step's result (`file: { fromStep: n }`, 1-based). A pipeline has no record of its
 * own: every step carries `pipeline` (the pipeline's id, its own 1-based index, every step's job id),
 * and the pipeline's id is derived from its first step's (`pl_X` ⇔ `job_X`), so a pipeline is read
 * as its steps and needs no table, index or store method beyond the jobs'.
 *
 * A step whose source step is not DONE yet is QUEUED with `waitsFor` set to the source's job id:
 * never claimable (transitions.ts), never counted in the queue. The leader releases it when the
 * source reaches DONE (releaseWaitingStep: the source's result file becomes the step's input, as
 * with fromJob), and when any step ends FAIL or CANCELED it cancels every step not yet sent
 * (endPipelineStep), so they never reach Tencent and say why.
 */

export interface PipelineRef {
  /** `pl_…`, derived from the first step's job id. */
  id: string;
  /** This step's 1-based index. */
  step: number;
  /** Every step's job id, in order. */
  steps: string[];
}

/** A pipeline as read: its id, owner and steps in order (a step can be missing if never stored). */
export interface PipelineView {
  id: string;
  owner: string;
  steps: JobRecord[];
}

export const MAX_PIPELINE_STEPS = 10;

export const PIPELINE_ID_RE = /^pl_[A-Za-z0-9_-]{16}$/;

export const PREVIOUS_STEP_FAILED = 'PREVIOUS_STEP_FAILED';
export const PREVIOUS_STEP_CANCELED = 'PREVIOUS_STEP_CANCELED';
export const STEP_INPUT_UNAVAILABLE = 'STEP_INPUT_UNAVAILABLE';

/** A submitted step: its kind and input as the client gave them. */
export interface PipelineStepInput {
  kind: JobKindName;
  input: JobInput;
}

/**
 * The first step's idempotency key: the client's key in a namespace of its own, so a pipeline's key
 * and a job's never meet (a client would have to send this control character on purpose).
 */
export function pipelineIdempotencyKey(key: string): string {
  return `\u0001pipeline:${key}`;
}

/** What a pipeline's idempotency key is compared on: every step, as the client sent it. */
export function hashPipeline(steps: readonly PipelineStepInput[]): string {
  const hash = createHash('sha256');
  for (const step of steps) hash.update(`${hashInput(step.kind, step.input)}\n`);
  return hash.digest('hex');
}

/** Fresh step ids and the pipeline id that goes with them. */
export function newPipelineIds(count: number): { id: string; steps: string[] } {
  const steps = Array.from({ length: count }, () => newJobId());
  return { id: pipelineIdOf(steps[0] as string), steps };
}

export function pipelineIdOf(firstStepId: string): string {
  return `pl_${firstStepId.slice('job_'.length)}`;
}

/** The first step's job id of a pipeline id (the record there says whether it is one). */
export function firstStepIdOf(pipelineId: string): string {
  return `job_${pipelineId.slice('pl_'.length)}`;
}

/**
 * The pipeline's status, from its steps: FAIL or CANCELED as soon as a step ended so (the first
 * such in step order), DONE when every step is DONE, QUEUED while no step has been sent, else RUN
 * while a step runs at Tencent and WAIT otherwise.
 */
export function pipelineStatus(steps: readonly Pick<JobRecord, 'status'>[]): JobStatus {
  const ended = steps.find((s) => s.status === 'FAIL' || s.status === 'CANCELED');
  if (ended) return ended.status;
  if (steps.every((s) => s.status === 'DONE')) return 'DONE';
  if (steps.every((s) => s.status === 'QUEUED')) return 'QUEUED';
  return steps.some((s) => s.status === 'RUN') ? 'RUN' : 'WAIT';
}

/** Every step has ended: a pipelineStatus subscription completes. */
export function pipelineFinished(steps: readonly Pick<JobRecord, 'status'>[]): boolean {
  return steps.every((s) => s.status === 'DONE' || s.status === 'FAIL' || s.status === 'CANCELED');
}

/**
 * The model types a kind's results can hold (docs/hunyuan-api.md §2.1, what the simulator returns), to
 * check a step's `fromStep` before anything is stored. The actual file is picked from the source's
 * results when it is DONE (pickSourceFile).
 */
export function producedTypes(kind: JobKindName, input: JobInput): string[] {
  switch (kind) {
    case 'PRO': {
      const base = input.generateType === 'Geometry' ? ['GLB'] : ['GLB', 'OBJ'];
      // China Pro: one extra format.
      return input.resultFormat ? [...base, input.resultFormat.toUpperCase()] : base;
    }
    case 'RAPID':
      return input.resultFormat
        ? [input.resultFormat.toUpperCase()]
        : input.enableGeometry
          ? ['GLB']
          : ['OBJ', 'GLB'];
    case 'SMART_TOPOLOGY':
      return ['OBJ', 'GLB'];
    case 'UV':
      return ['OBJ', 'FBX', 'IMAGE'];
    case 'PART':
      return input.enablePostProcess ? ['FBX'] : ['FBX', 'GLB'];
    case 'TEXTURE_EDIT':
      return ['FBX', 'IMAGE'];
    case 'CONVERT':
      return input.format ? [input.format.toUpperCase()] : [];
    case 'AUTO_RIGGING':
      return ['FBX', 'GLB'];
    case 'REDUCE_FACE':
      return ['OBJ', 'GLB', 'IMAGE'];
    case 'TEXTURE_TO_3D':
      return ['TEXTURE_IMAGE', 'MTL', 'ZIP', 'OBJ', 'GLB', 'IMAGE'];
    case 'PROFILE':
      return ['POSTPROCESS_OBJ', 'OBJ', 'IMAGE', 'MTL', 'FBX'];
    case 'MOTION':
      return ['FBX'];
  }
}

/** Preference among usable types, as pickSourceFile ranks them. */
const PREFERENCE = ['GLB', 'FBX', 'OBJ'];

/**
 * The type a step will most likely receive from its source (for validating it like Tencent before
 * it is stored), or a message why the source can never feed it.
 */
export function expectedStepType(
  row: JobKind,
  wantedType: string | undefined,
  source: { kind: JobKindName; input: JobInput; step: number },
): { ok: true; type: string } | { ok: false; message: string } {
  const kind = row.name;
  const accepted = row.file?.types ?? [];
  if (accepted.length === 0) return { ok: false, message: `${kind} takes no model file` };
  const produced = producedTypes(source.kind, source.input);
  const usable = accepted.filter((t) => produced.includes(t));
  const what = `step ${source.step} (${source.kind}) produces ${produced.join(', ') || 'no model file'}; ${kind} accepts ${accepted.join(', ')}`;
  if (wantedType !== undefined) {
    const wanted = wantedType.toUpperCase();
    return usable.includes(wanted)
      ? { ok: true, type: wanted }
      : { ok: false, message: `${what}, so it cannot take ${wantedType} from it` };
  }
  const rank = (t: string) => (PREFERENCE.includes(t) ? PREFERENCE.indexOf(t) : PREFERENCE.length);
  const best = [...usable].sort((a, b) => rank(a) - rank(b))[0];
  return best ? { ok: true, type: best } : { ok: false, message: `${what}: no type in common` };
}

/** Not sent yet (QUEUED and unclaimed), waiting or not: what a pipeline's end cancels. */
function notSent(job: JobRecord): boolean {
  return job.status === 'QUEUED' && job.submitAttemptAt === undefined;
}

/**
 * The source step is DONE: the step waiting for it takes the source's result file (of a type its
 * kind accepts, `file.type` if the client named one) as its input and joins the queue. A source
 * whose results cannot feed it (expired, no usable file) fails the step with STEP_INPUT_UNAVAILABLE.
 */
export function releaseWaitingStep(
  source: JobRecord,
  at: number,
  rows: Readonly<Record<JobKindName, JobKind>> = JOB_KINDS,
): JobChange {
  return (job) => {
    if (!notSent(job) || job.waitsFor !== source.id || source.status !== 'DONE') return undefined;
    const pick = pickSourceFile(rows[job.kind], source, at, job.input.file?.type);
    if (!pick.ok) {
      return {
        ...withoutWaitsFor(job),
        status: 'FAIL',
        errorCode: STEP_INPUT_UNAVAILABLE,
        errorMessage: `The result of step ${source.pipeline?.step ?? '?'} cannot feed this step: ${pick.message}`,
        finishedAt: at,
        updatedAt: at,
        version: job.version + 1,
      };
    }
    return {
      ...withoutWaitsFor(job),
      input: {
        ...job.input,
        file: {
          fromStep: job.input.file?.fromStep,
          fromJob: source.id,
          url: pick.file.url,
          type: pick.file.type,
        },
      },
      updatedAt: at,
      version: job.version + 1,
    };
  };
}

/**
 * A step of the pipeline ended FAIL or CANCELED (or is missing): every step not sent yet is
 * CANCELED with PREVIOUS_STEP_FAILED or PREVIOUS_STEP_CANCELED and a message naming that step.
 */
export function endPipelineStep(
  cause: { step: number; jobId: string; status: JobStatus | 'MISSING'; errorCode?: string | undefined },
  at: number,
): JobChange {
  return (job) => {
    if (!notSent(job) || job.id === cause.jobId) return undefined;
    const canceled = cause.status === 'CANCELED';
    const why =
      cause.status === 'MISSING'
        ? `step ${cause.step} (${cause.jobId}) of this pipeline was never stored or no longer exists`
        : canceled
          ? `step ${cause.step} (${cause.jobId}) was canceled`
          : `step ${cause.step} (${cause.jobId}) failed${cause.errorCode ? ` with ${cause.errorCode}` : ''}`;
    return {
      ...withoutWaitsFor(job),
      status: 'CANCELED',
      errorCode: canceled ? PREVIOUS_STEP_CANCELED : PREVIOUS_STEP_FAILED,
      errorMessage: `The pipeline ended because ${why}; this step was never sent to Tencent.`,
      finishedAt: at,
      updatedAt: at,
      version: job.version + 1,
    };
  };
}
