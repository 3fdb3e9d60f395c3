import { createHash } from 'node:crypto';
import { checkSubmitRequest } from '../tencent/submit-rules.ts';
import type { QueryJobResponse, SubmitJobResponse } from '../tencent/types.ts';
import { SimulatorApiError } from './api-error.ts';
import type { Counters } from './counters.ts';
import type { FileStore } from './files-route.ts';
import { failureForPrompt, type JobBook, statusAt } from './jobs.ts';
import { jobNumExceedMessage } from './limits.ts';
import type { SimulatorOptions } from './options.ts';
import type { ActionRoute } from './products.ts';

/** The Submit and Query actions, once the call is routed, authenticated and admitted. */
export interface ActionContext {
  options: SimulatorOptions;
  jobs: JobBook;
  files: FileStore;
  counters: Counters;
  /** Saves the simulator's state file, when it has one; throws when it cannot. */
  persist?: (() => void) | undefined;
}

export interface ActionCall {
  route: ActionRoute;
  secretId: string;
  body: Record<string, unknown>;
  language: 'zh-CN' | 'en-US';
}

type Answer = Omit<SubmitJobResponse, 'RequestId'> | Omit<QueryJobResponse, 'RequestId'>;

export function runAction(ctx: ActionContext, call: ActionCall): Answer {
  return call.route.op === 'submit' ? submit(ctx, call) : query(ctx, call);
}

/** A stable seed for image input, so the same image always yields the same mesh. */
function imageSeed(image: string): string {
  return `image:${createHash('sha256').update(image).digest('hex').slice(0, 16)}`;
}

function submit(ctx: ActionContext, { route, secretId, body, language }: ActionCall): Answer {
  const { kind } = route;
  const [violation] = checkSubmitRequest(kind, body);
  if (violation) throw new SimulatorApiError(violation.tencentCode, violation.message);
  const slots = ctx.options.slots[kind.name];
  if (ctx.jobs.occupying(secretId, kind.name) >= slots) {
    throw new SimulatorApiError('RequestLimitExceeded.JobNumExceed', jobNumExceedMessage(slots, language));
  }
  ctx.files.evict(ctx.jobs.prune());
  const prompt = typeof body.Prompt === 'string' ? body.Prompt : undefined;
  const image = typeof body.ImageBase64 === 'string' ? body.ImageBase64 : body.ImageUrl;
  const { waitMs, runMs } = ctx.options.durations[kind.name];
  const job = ctx.jobs.create({
    kind: kind.name,
    secretId,
    submittedAt: ctx.options.now(),
    waitMs,
    runMs,
    seed: prompt ?? imageSeed(typeof image === 'string' ? image : ''),
    prompt,
    faceCount: typeof body.FaceCount === 'number' ? body.FaceCount : undefined,
    geometryOnly: body.GenerateType === 'Geometry' || body.EnableGeometry === true,
    failure: failureForPrompt(prompt),
  });
  if (ctx.persist) {
    // Saved before the JobId is answered: a client told about a job finds it after a restart.
    try {
      ctx.persist();
    } catch (err) {
      ctx.jobs.remove(job.id);
      const message = err instanceof Error ? err.message : String(err);
      throw new SimulatorApiError('InternalError', `The simulator could not save its state: ${message}`);
    }
  }
  ctx.counters.jobSubmitted(kind.name, ctx.jobs.running(kind.name));
  return { JobId: job.id };
}

function query(ctx: ActionContext, { route, secretId, body }: ActionCall): Answer {
  for (const field of Object.keys(body)) {
    if (field !== 'JobId') {
      throw new SimulatorApiError(
        'UnknownParameter',
        `The parameter \`${field}\` is not recognized. ${route.kind.queryAction} accepts: \`JobId\`.`,
      );
    }
  }
  const id = body.JobId;
  if (id === undefined)
    throw new SimulatorApiError('MissingParameter', 'The request is missing a required parameter `JobId`.');
  if (typeof id !== 'string')
    throw new SimulatorApiError('InvalidParameter', 'The parameter `JobId` must be a string.');
  const job = ctx.jobs.find(id);
  // Another kind's or another account's job is as unknown as a made-up id.
  if (!job || job.kind !== route.kind.name || job.secretId !== secretId) {
    throw new SimulatorApiError(
      'ResourceNotFound',
      `The job does not exist or has expired: JobId \`${id}\`.`,
    );
  }
  const status = statusAt(job, ctx.options.now());
  const failed = status === 'FAIL' ? job.failure : undefined;
  return {
    Status: status,
    ErrorCode: failed?.code ?? '',
    ErrorMessage: failed?.message ?? '',
    ResultFile3Ds: status === 'DONE' ? ctx.files.resultFiles(job) : [],
  };
}
