import { createHash } from 'node:crypto';
import { CONVERT_SYNC_MAX_BYTES, type JobKind, type ModelFileSpec } from '../tencent/job-kinds.ts';
import { checkConvertRequest, checkSubmitRequest, type RuleViolation } from '../tencent/submit-rules.ts';
import type { Convert3DFormatResponse, QueryJobResponse, SubmitJobResponse } from '../tencent/types.ts';
import { SimulatorApiError } from './api-error.ts';
import type { Counters } from './counters.ts';
import type { FileStore } from './files-route.ts';
import type { InputStore } from './inputs.ts';
import {
  failureForPrompt,
  failureForUrl,
  failureOnceForPrompt,
  type JobBook,
  type JobFailure,
  type JobInput,
  type JobParams,
  type SimJob,
  statusAt,
} from './jobs.ts';
import { jobNumExceedMessage } from './limits.ts';
import { fetchModel } from './model-fetch.ts';
import type { SimulatorOptions } from './options.ts';
import type { ActionRoute } from './products.ts';
import { ANSWER_FIELDS, inspectInput } from './recipes.ts';

/** The Submit, Query and Convert3DFormat actions, once the call is routed, authenticated and admitted. */
export interface ActionContext {
  options: SimulatorOptions;
  jobs: JobBook;
  files: FileStore;
  inputs: InputStore;
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

type Answer =
  | Omit<SubmitJobResponse, 'RequestId'>
  | Omit<QueryJobResponse, 'RequestId'>
  | Omit<Convert3DFormatResponse, 'RequestId'>;

export function runAction(ctx: ActionContext, call: ActionCall): Promise<Answer> {
  switch (call.route.op) {
    case 'submit':
      return submit(ctx, call);
    case 'convert':
      return convertNow(ctx, call);
    case 'query':
      return Promise.resolve(query(ctx, call));
  }
}

/** A stable seed for image input, so the same image always yields the same mesh. */
function imageSeed(image: string): string {
  return `image:${createHash('sha256').update(image).digest('hex').slice(0, 16)}`;
}

/**
 * What the result is derived from when there is no prompt: the image as sent (Pro/Rapid ImageBase64
 * or ImageUrl, TextureEdit's Image, whose Url wins over its Base64), else the input model's digest.
 */
function seedOf(body: Record<string, unknown>, input: JobInput | undefined): string {
  const image = (body.Image ?? body.Profile) as { Url?: unknown; Base64?: unknown } | undefined;
  const sent = image?.Url ?? image?.Base64 ?? body.ImageBase64 ?? body.ImageUrl;
  if (typeof sent === 'string') return imageSeed(sent);
  return input ? `file:${input.digest.slice(0, 16)}` : imageSeed('');
}

function reject(violation: RuleViolation | undefined): void {
  if (violation) throw new SimulatorApiError(violation.tencentCode, violation.message);
}

function checkSlot(
  ctx: ActionContext,
  kind: JobKind,
  secretId: string,
  language: ActionCall['language'],
): void {
  const slots = ctx.options.slots[kind.name];
  if (ctx.jobs.occupying(secretId, kind.name) >= slots) {
    throw new SimulatorApiError('RequestLimitExceeded.JobNumExceed', jobNumExceedMessage(slots, language));
  }
}

/** The recipe's options: the body's plain values, bar the prompt and the model/image objects. */
function paramsOf(body: Record<string, unknown>): JobParams {
  const out: Record<string, string | number | boolean> = {};
  for (const [field, value] of Object.entries(body)) {
    // The prompt is the job's seed; images are only digested into it (never kept in the state file).
    if (field === 'Prompt' || field === 'ImageBase64' || field === 'ImageUrl') continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      out[field] = value;
  }
  return out;
}

/** Downloads and checks the model; a problem becomes the job's failure, never the call's. */
async function readInput(
  ctx: ActionContext,
  kind: JobKind,
  file: { url: string; type: string; maxBytes: number },
  params: JobParams | undefined,
): Promise<{ input: JobInput } | { failure: JobFailure }> {
  const fetched = await fetchModel(file.url, {
    own: (url) => ctx.files.readOwn(ctx.jobs, url),
    maxBytes: Math.min(file.maxBytes, ctx.options.modelMaxBytes),
    timeoutMs: ctx.options.modelFetchTimeoutMs,
  });
  if (!fetched.ok) return { failure: fetched.failure };
  const inspected = inspectInput(kind, file.type, fetched.bytes, params);
  if ('failure' in inspected) return inspected;
  let digest: string;
  try {
    digest = ctx.inputs.put(fetched.bytes);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    throw new SimulatorApiError('InternalError', `The simulator could not save the input model: ${message}`);
  }
  return { input: { digest, type: file.type } };
}

/** An optional model file left out (Part's `File`): accepted, and the job has nothing to work on. */
const NO_MODEL = (field: string): JobFailure => ({
  code: 'InvalidParameter',
  message: `No model file was given in \`${field}\`; there is nothing to work on.`,
});

/** The InputFile3D the body carries (already validated). */
function modelFile(
  spec: ModelFileSpec,
  body: Record<string, unknown>,
): { url: string; type: string } | undefined {
  const value = body[spec.field] as { Url?: unknown; Type?: unknown } | undefined;
  if (typeof value?.Url !== 'string' || typeof value.Type !== 'string') return undefined;
  return { url: value.Url, type: value.Type.toUpperCase() };
}

/**
 * Forgets expired jobs, their cached files and inputs no kept job needs but `fresh` (the input of the
 * job about to be created: from reading it to creating the job nothing awaits, so no other Submit
 * runs in between).
 */
function prune(ctx: ActionContext, fresh: JobInput | undefined): void {
  ctx.files.evict(ctx.jobs.prune());
  const keep = new Set<string>(fresh ? [fresh.digest] : []);
  for (const job of ctx.jobs.snapshot()) if (job.input) keep.add(job.input.digest);
  ctx.inputs.retain(keep);
}

/** Saved before the answer: a client told about a job (or a file URL) finds it after a restart. */
function save(ctx: ActionContext, job: SimJob): void {
  if (!ctx.persist) return;
  try {
    ctx.persist();
  } catch (err) {
    ctx.jobs.remove(job.id);
    const message = err instanceof Error ? err.message : String(err);
    throw new SimulatorApiError('InternalError', `The simulator could not save its state: ${message}`);
  }
}

async function submit(ctx: ActionContext, { route, secretId, body, language }: ActionCall): Promise<Answer> {
  const { kind } = route;
  reject(checkSubmitRequest(kind, body)[0]);
  checkSlot(ctx, kind, secretId, language);
  const prompt = typeof body.Prompt === 'string' ? body.Prompt : undefined;
  const file = kind.file ? modelFile(kind.file, body) : undefined;
  const params = paramsOf(body);
  let failure =
    failureForPrompt(prompt) ??
    failureOnceForPrompt(
      prompt,
      () => !ctx.jobs.snapshot().some((j) => j.secretId === secretId && j.prompt === prompt),
    ) ??
    failureForUrl(file?.url);
  if (kind.file && !file && !failure && kind.file.whenAbsent !== 'own') failure = NO_MODEL(kind.file.field);
  let input: JobInput | undefined;
  if (kind.file && file && !failure) {
    const read = await readInput(ctx, kind, { ...file, maxBytes: kind.file.maxBytes }, params);
    if ('failure' in read) failure = read.failure;
    else input = read.input;
    // Another Submit may have taken the last slot while the file was read.
    checkSlot(ctx, kind, secretId, language);
  }
  prune(ctx, input);
  const { waitMs, runMs } = ctx.options.durations[kind.name];
  const job = ctx.jobs.create({
    kind: kind.name,
    secretId,
    submittedAt: ctx.options.now(),
    waitMs,
    runMs,
    seed: prompt ?? seedOf(body, input),
    prompt,
    faceCount: typeof body.FaceCount === 'number' ? body.FaceCount : undefined,
    geometryOnly: body.GenerateType === 'Geometry' || body.EnableGeometry === true,
    failure,
    ...(input ? { input } : {}),
    ...(Object.keys(params).length > 0 ? { params } : {}),
  });
  save(ctx, job);
  ctx.counters.jobSubmitted(kind.name, ctx.jobs.running(kind.name));
  return { JobId: job.id };
}

/**
 * The synchronous Convert3DFormat: the converted file's URL in the answer, no job. A file that cannot
 * be downloaded or read is the call's error here (there is no job to fail): `FailedOperation.DownloadError`
 * or `InvalidParameterValue`.
 */
async function convertNow(ctx: ActionContext, { route, secretId, body }: ActionCall): Promise<Answer> {
  reject(checkConvertRequest(body)[0]);
  const url = body.File3D as string;
  const params = { Format: body.Format as string };
  const marked = failureForUrl(url);
  if (marked) throw new SimulatorApiError(marked.code, marked.message);
  const read = await readInput(ctx, route.kind, { url, type: '', maxBytes: CONVERT_SYNC_MAX_BYTES }, params);
  if ('failure' in read) {
    const code = read.failure.code === 'InvalidParameter' ? 'InvalidParameterValue' : read.failure.code;
    throw new SimulatorApiError(code, read.failure.message);
  }
  prune(ctx, read.input);
  const job = ctx.jobs.create({
    kind: route.kind.name,
    secretId,
    submittedAt: ctx.options.now(),
    waitMs: 0,
    runMs: 0,
    seed: `file:${read.input.digest.slice(0, 16)}`,
    prompt: undefined,
    faceCount: undefined,
    geometryOnly: false,
    failure: undefined,
    input: read.input,
    params,
    sync: true,
  });
  // Converted now, as Tencent does before it answers; a file the converter chokes on is the call's error.
  let output: ReturnType<FileStore['output']>;
  try {
    output = ctx.files.output(job);
  } catch (err) {
    ctx.jobs.remove(job.id);
    const message = err instanceof Error ? err.message : String(err);
    throw new SimulatorApiError('FailedOperation', `The model could not be converted: ${message}`);
  }
  save(ctx, job);
  const [result] = output.results;
  return { ResultFile3D: result ? ctx.files.fileUrl(job, result.file) : '' };
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
  const answer: Omit<QueryJobResponse, 'RequestId'> & Record<string, unknown> = {
    Status: status,
    ErrorCode: failed?.code ?? '',
    ErrorMessage: failed?.message ?? '',
    ResultFile3Ds: status === 'DONE' ? ctx.files.resultFiles(job) : [],
  };
  for (const field of ANSWER_FIELDS[job.kind] ?? []) {
    answer[field] = status === 'DONE' ? (ctx.files.output(job).answer[field] ?? '') : '';
  }
  return answer;
}
