import { createHash, randomBytes } from 'node:crypto';
import type { JobKind, JobKindName } from '../../tencent/job-kinds.ts';
import type { File3D, TencentJobStatus } from '../../tencent/types.ts';
import type { PipelineRef } from './pipeline.ts';

/**
 * The gateway's job: what a client submitted, where it is, and the latest upstream snapshot.
 * Tencent's WAIT/RUN/DONE/FAIL are mapped here explicitly; QUEUED and CANCELED exist only here.
 */
export type JobStatus = 'QUEUED' | 'WAIT' | 'RUN' | 'DONE' | 'FAIL' | 'CANCELED';

/**
 * Why a QUEUED job waits: the account's slots are full, it is being sent right now, the whole
 * kind's queue is held back (Tencent unreachable, credentials refused, rate limited), or it is a
 * pipeline step whose source step is not DONE yet (PREVIOUS_STEP).
 */
export type QueueReason =
  | 'SLOTS_BUSY'
  | 'SUBMITTING'
  | 'UPSTREAM_UNREACHABLE'
  | 'UPSTREAM_AUTH_FAILED'
  | 'RATE_LIMITED'
  | 'PREVIOUS_STEP';
export const QUEUE_REASONS: readonly QueueReason[] = [
  'SLOTS_BUSY',
  'SUBMITTING',
  'UPSTREAM_UNREACHABLE',
  'UPSTREAM_AUTH_FAILED',
  'RATE_LIMITED',
  'PREVIOUS_STEP',
];

export const JOB_STATUSES: readonly JobStatus[] = ['QUEUED', 'WAIT', 'RUN', 'DONE', 'FAIL', 'CANCELED'];
export const TERMINAL_STATUSES: ReadonlySet<JobStatus> = new Set(['DONE', 'FAIL', 'CANCELED']);

export function isTerminal(status: JobStatus): boolean {
  return TERMINAL_STATUSES.has(status);
}

/** Upstream is working on it: the job holds an account slot and the poller follows it. */
export function isUpstreamActive(job: Pick<JobRecord, 'status' | 'upstreamJobId'>): boolean {
  return job.upstreamJobId !== undefined && (job.status === 'WAIT' || job.status === 'RUN');
}

export function fromTencentStatus(status: TencentJobStatus): JobStatus {
  switch (status) {
    case 'WAIT':
      return 'WAIT';
    case 'RUN':
      return 'RUN';
    case 'DONE':
      return 'DONE';
    case 'FAIL':
      return 'FAIL';
  }
}

export interface ViewImageInput {
  viewType: string;
  imageUrl?: string | undefined;
  imageBase64?: string | undefined;
}

/**
 * The model file a post-processing kind works on: `{ url, type }` of a model anywhere, or
 * `fromJob`, a finished job whose result file the gateway picks (its upstream URL and type are
 * then filled in at submit time, so the stored job is self-contained), or `fromStep` inside a
 * pipeline. `url` and `type` are what Tencent receives as `{ Url, Type }`.
 */
export interface ModelFileInput {
  url?: string | undefined;
  type?: string | undefined;
  fromJob?: string | undefined;
  fromStep?: number | undefined;
}

export type FaceLevel = 'HIGH' | 'MEDIUM' | 'LOW';

/** The submission as the client gave it (camelCase); `toTencentRequest` maps it to the wire. */
export interface JobInput {
  prompt?: string | undefined;
  imageUrl?: string | undefined;
  imageBase64?: string | undefined;
  multiViewImages?: ViewImageInput[] | undefined;
  enablePBR?: boolean | undefined;
  faceCount?: number | undefined;
  generateType?: 'Normal' | 'LowPoly' | 'Geometry' | 'Sketch' | undefined;
  polygonType?: 'triangle' | 'quadrilateral' | undefined;
  model?: string | undefined;
  resultFormat?: string | undefined;
  enableGeometry?: boolean | undefined;
  /** Post-processing kinds: the input model (resolved to `{ url, type }` before it is stored). */
  file?: ModelFileInput | undefined;
  /** SMART_TOPOLOGY: how far to reduce (Tencent's lower-case `high`, `medium`, `low`). */
  faceLevel?: FaceLevel | undefined;
  /** CONVERT: the output format. */
  format?: string | undefined;
  /** AUTO_RIGGING: index of a preset motion. */
  motionType?: number | undefined;
  /** PART: segmentation data (JSON text), e.g. edited from a staged job's answer. */
  partSegmentationInfo?: string | undefined;
  enableStagedGeneration?: boolean | undefined;
  enablePostProcess?: boolean | undefined;
  /** TEXTURE_TO_3D (China): keep the model's UVs; square texture size in px. */
  enableKeepUV?: boolean | undefined;
  textureSize?: number | undefined;
  /** PROFILE (China): the character template; the headshot is imageUrl/imageBase64. */
  template?: string | undefined;
  /** MOTION (China): clip length in seconds, skin mesh in the FBX, prompt rewriting, automatic length. */
  duration?: number | undefined;
  enableMesh?: boolean | undefined;
  enableRewrite?: boolean | undefined;
  enableDurationEstimate?: boolean | undefined;
}

export interface ResultFile {
  type: string;
  url: string;
  previewImageUrl: string | undefined;
}

export interface JobRecord {
  /** The gateway's id, `job_…`; stable across restarts. */
  id: string;
  kind: JobKindName;
  status: JobStatus;
  input: JobInput;
  /** sha256 of the canonical input, to compare submissions under one idempotency key. */
  inputHash: string;
  /** API key name of the submitter; '' when the gateway is open. */
  owner: string;
  idempotencyKey: string | undefined;
  /** Started elsewhere and looked up by its raw Tencent JobId. */
  external: boolean;
  upstreamJobId: string | undefined;
  /** Insertion order: `jobs` lists newest (highest) first; ties of queueRound go by seq. */
  seq: number;
  /**
   * Fair-queue round, assigned by the store when a QUEUED job is inserted (nextQueueRound): jobs
   * leave the queue by (queueRound, seq), so every replica computes the same order and positions.
   * Undefined for jobs that never queued (external) and for records written before rounds existed
   * (they sort as round 0, first).
   */
  queueRound: number | undefined;
  /** Bumped on every visible change, so subscribers can drop duplicates and stale events. */
  version: number;
  submittedAt: number;
  /** When the Submit left for Tencent; set before sending so a crash mid-submit is detectable. */
  submitAttemptAt: number | undefined;
  upstreamSubmittedAt: number | undefined;
  startedAt: number | undefined;
  finishedAt: number | undefined;
  expiresAt: number | undefined;
  errorCode: string | undefined;
  errorMessage: string | undefined;
  resultFiles: ResultFile[];
  /** PART: the segmentation data Tencent returned with the result (JSON text); absent otherwise. */
  partSegmentationInfo?: string | undefined;
  lastRequestId: string | undefined;
  /** When the upstream state was last confirmed (ms); the age clients see. */
  refreshedAt: number | undefined;
  updatedAt: number;
  /**
   * The inline images (base64, up to 8 MB each) taken out of `input` when the job was stored, by
   * part: `image` for `imageBase64`, `view:<i>` for `multiViewImages[i].imageBase64`. The store keeps
   * them beside the record (JobStore.getInputBlobs) until the job is DONE (holdsInputBlobs; a
   * failed or canceled job keeps them for retryJob), so records stay small wherever they are read,
   * cached or listed. The names stay as a marker of what was submitted. Absent when the input had no inline
   * image, and in records written before (their `input` still holds the images).
   */
  inputBlobs?: string[];
  /** A pipeline step (domain/pipeline.ts): the pipeline, this step's index, every step's id. */
  pipeline?: PipelineRef | undefined;
  /**
   * A pipeline step still QUEUED whose source step is not DONE yet: the source's job id. Such a job
   * is never claimed (claimable) nor counted in the queue; the leader clears it when the source ends.
   */
  waitsFor?: string | undefined;
  /**
   * The client's deadline (ms) for leaving the queue: a job still QUEUED and unclaimed at that time
   * is CANCELED with DEADLINE_EXCEEDED (transitions.ts cancelPastDeadline) and never claimed.
   */
  startBy?: number | undefined;
  /**
   * When the leader flagged the job as stalled: in WAIT or RUN much longer than its kind's observed
   * durations (domain/stall.ts). Cleared when the job goes back to the queue for another attempt.
   */
  stalledAt?: number | undefined;
  /**
   * Earlier upstream attempts of this job, oldest first: each failed at Tencent with a transient
   * error and the job went back to the queue for another (domain/retry.ts). Absent on a first attempt.
   */
  previousAttempts?: UpstreamAttempt[] | undefined;
  /** retryJob: the FAIL or CANCELED job this one submits again. */
  retryOf?: string | undefined;
  /** retryJob: the jobs submitted as retries of this one, oldest first (a job not stored is skipped). */
  retries?: string[] | undefined;
  /** submitJobs: on the batch's first job (which holds its idempotency key), every job's id in order. */
  batchJobIds?: string[] | undefined;
  /**
   * The W3C traceparent of the span that accepted the job (README "Traces"): whichever replica or
   * later process sends, polls or ends it adds its spans to that trace. Absent when tracing was off.
   */
  traceParent?: string | undefined;
}

/** One upstream attempt of a job that failed at Tencent and was sent again (JobRecord.previousAttempts). */
export interface UpstreamAttempt {
  upstreamJobId: string;
  errorCode: string;
  errorMessage: string;
  /** When that Submit was answered (ms). */
  submittedAt: number | undefined;
  /** When the gateway saw it FAIL (ms). */
  failedAt: number;
}

/** How many times the job was (or is being) sent to Tencent: 1 plus its earlier attempts. */
export function attemptCount(job: Pick<JobRecord, 'previousAttempts'>): number {
  return (job.previousAttempts?.length ?? 0) + 1;
}

/** Parts of a job's input stored beside its record: part name (JobRecord.inputBlobs) → base64 text. */
export type InputBlobs = Record<string, string>;

const IMAGE_PART = 'image';
const viewPart = (index: number): string => `view:${index}`;

/**
 * Takes the inline images out of a new job's input: the record keeps the rest and names the parts
 * in `inputBlobs`; the images go to the store beside it. `inputHash` is the caller's, computed over
 * the full input, so idempotency conflicts are judged as before. Jobs without inline images come
 * back unchanged.
 */
export function detachInputImages<T extends Pick<JobRecord, 'input' | 'inputBlobs'>>(
  job: T,
): { job: T; blobs: InputBlobs } {
  const blobs: InputBlobs = {};
  const input: JobInput = { ...job.input };
  if (input.imageBase64 !== undefined) {
    blobs[IMAGE_PART] = input.imageBase64;
    delete input.imageBase64;
  }
  if (input.multiViewImages !== undefined) {
    input.multiViewImages = input.multiViewImages.map((view, index) => {
      if (view.imageBase64 === undefined) return view;
      blobs[viewPart(index)] = view.imageBase64;
      const { imageBase64: _, ...kept } = view;
      return kept;
    });
  }
  const parts = Object.keys(blobs);
  if (parts.length === 0) return { job, blobs };
  return { job: { ...job, input, inputBlobs: parts }, blobs };
}

/** A part named in `inputBlobs` that the store no longer has: the input cannot be sent as given. */
export class InputBlobMissingError extends Error {
  override readonly name = 'InputBlobMissingError';
  constructor(jobId: string, part: string) {
    super(`The stored input image "${part}" of job ${jobId} is missing`);
  }
}

/** The input as the client gave it: the record's, with the images stored beside it put back. */
export function attachInputImages(
  job: Pick<JobRecord, 'id' | 'input' | 'inputBlobs'>,
  blobs: InputBlobs,
): JobInput {
  const parts = job.inputBlobs ?? [];
  if (parts.length === 0) return job.input;
  const blob = (part: string): string => {
    const data = blobs[part];
    if (data === undefined) throw new InputBlobMissingError(job.id, part);
    return data;
  };
  const input: JobInput = { ...job.input };
  if (parts.includes(IMAGE_PART)) input.imageBase64 = blob(IMAGE_PART);
  if (input.multiViewImages) {
    input.multiViewImages = input.multiViewImages.map((view, index) =>
      parts.includes(viewPart(index)) ? { ...view, imageBase64: blob(viewPart(index)) } : view,
    );
  }
  return input;
}

/** An inline image was submitted: still in the input (older records) or stored beside it. */
export function hasInlineImage(job: Pick<JobRecord, 'input' | 'inputBlobs'>): boolean {
  return job.input.imageBase64 !== undefined || (job.inputBlobs?.includes(IMAGE_PART) ?? false);
}

/**
 * The store keeps a job's input blobs while the job may still be sent, now or again: QUEUED (claimed
 * or not), WAIT and RUN (a transient failure at Tencent sends it again, domain/retry.ts), and FAIL or
 * CANCELED (retryJob submits its input again). Only DONE drops them, in the write that makes it
 * DONE; retention deletes the rest with their job.
 */
export function holdsInputBlobs(job: Pick<JobRecord, 'status'>): boolean {
  return job.status !== 'DONE';
}

/** When a finished job ended, for retention; undefined while it is not finished. */
export function finishedTime(
  job: Pick<JobRecord, 'status' | 'finishedAt' | 'updatedAt'>,
): number | undefined {
  return isTerminal(job.status) ? (job.finishedAt ?? job.updatedAt) : undefined;
}

/** JobIds and result URLs are valid 24 h after submission (docs/hunyuan-api.md §5). */
export const UPSTREAM_TTL_MS = 24 * 60 * 60 * 1000;

/** What a new record needs; everything else starts empty (not yet submitted, no result). */
export type NewJobFields = Pick<
  JobRecord,
  | 'kind'
  | 'status'
  | 'input'
  | 'owner'
  | 'idempotencyKey'
  | 'external'
  | 'upstreamJobId'
  | 'submittedAt'
  | 'expiresAt'
>;

/**
 * A new job record with a fresh id, version 1 and no upstream progress yet. `hashedInput` is the
 * input as the client sent it when the stored one was completed at submit time (a `fromJob` file
 * resolved to its URL): idempotency compares what clients send.
 */
export function newJobRecord(
  fields: NewJobFields,
  opts: { hashedInput?: JobInput } = {},
): Omit<JobRecord, 'seq' | 'queueRound'> {
  return {
    ...fields,
    id: newJobId(),
    inputHash: hashInput(fields.kind, opts.hashedInput ?? fields.input),
    version: 1,
    submitAttemptAt: undefined,
    upstreamSubmittedAt: undefined,
    startedAt: undefined,
    finishedAt: undefined,
    errorCode: undefined,
    errorMessage: undefined,
    resultFiles: [],
    lastRequestId: undefined,
    refreshedAt: undefined,
    updatedAt: fields.submittedAt,
  };
}

/** The job ended in FAIL at `at` with this code and message: a visible change (version + 1). */
export function failedJob(
  job: JobRecord,
  failure: { code: string; message: string; at: number; requestId?: string | undefined },
): JobRecord {
  return {
    ...job,
    status: 'FAIL',
    errorCode: failure.code,
    errorMessage: failure.message,
    finishedAt: failure.at,
    updatedAt: failure.at,
    lastRequestId: failure.requestId ?? job.lastRequestId,
    version: job.version + 1,
  };
}

export function newJobId(): string {
  return `job_${randomBytes(12).toString('base64url')}`;
}

export const GATEWAY_ID_RE = /^job_[A-Za-z0-9_-]{16}$/;
export const UPSTREAM_ID_RE = /^\d{1,32}$/;

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => [k, sortKeys(v)]),
    );
  }
  return value;
}

export function hashInput(kind: JobKindName, input: JobInput): string {
  return createHash('sha256')
    .update(JSON.stringify(sortKeys({ kind, input })))
    .digest('hex');
}

/**
 * Client input → Tencent request body, omitting unset fields (Tencent rejects nulls as bad types).
 * Generic over the job-kind table: every field the client set is sent under its Tencent name, even
 * when the kind does not declare it, so validation names it (`UnknownParameter`); the row only
 * decides where the model file goes (`File`, `File3D` or `RetargetFile`) and whether the image is
 * Tencent's ImageInfo `{ Url, Base64 }` (`Image` for texturing, `Profile` for a headshot) or
 * `ImageUrl`/`ImageBase64`.
 */
export function toTencentRequest(row: JobKind, input: JobInput): Record<string, unknown> {
  const body: Record<string, unknown> = {
    Prompt: input.prompt,
    EnablePBR: input.enablePBR,
    Model: input.model,
    FaceCount: input.faceCount,
    GenerateType: input.generateType,
    PolygonType: input.polygonType,
    MultiViewImages: input.multiViewImages?.map((v) => ({
      ViewType: v.viewType,
      ViewImageUrl: v.imageUrl,
      ViewImageBase64: v.imageBase64,
    })),
    ResultFormat: input.resultFormat,
    EnableGeometry: input.enableGeometry,
    FaceLevel: input.faceLevel?.toLowerCase(),
    Format: input.format,
    MotionType: input.motionType,
    PartSegmentationInfo: input.partSegmentationInfo,
    EnableStagedGeneration: input.enableStagedGeneration,
    EnablePostProcess: input.enablePostProcess,
    EnableKeepUV: input.enableKeepUV,
    TextureSize: input.textureSize,
    Template: input.template,
    Duration: input.duration,
    EnableMesh: input.enableMesh,
    EnableRewrite: input.enableRewrite,
    EnableDurationEst: input.enableDurationEstimate,
  };
  if (row.imageInfoField) {
    if (input.imageUrl !== undefined || input.imageBase64 !== undefined)
      body[row.imageInfoField] = { Url: input.imageUrl, Base64: input.imageBase64 };
  } else {
    body.ImageUrl = input.imageUrl;
    body.ImageBase64 = input.imageBase64;
  }
  if (input.file !== undefined) {
    body[row.file?.field ?? 'File'] = { Url: input.file.url, Type: input.file.type };
  }
  return sortKeys(body) as Record<string, unknown>;
}

/**
 * Tencent field name → the client's field, for error messages that name what the client sent.
 * Dotted keys name parts of a structure; `inputFieldOf` takes the longest match.
 */
export const INPUT_FIELD_BY_TENCENT: Readonly<Record<string, string>> = {
  Prompt: 'prompt',
  ImageUrl: 'imageUrl',
  ImageBase64: 'imageBase64',
  Image: 'imageUrl',
  'Image.Url': 'imageUrl',
  'Image.Base64': 'imageBase64',
  MultiViewImages: 'multiViewImages',
  EnablePBR: 'enablePBR',
  FaceCount: 'faceCount',
  GenerateType: 'generateType',
  PolygonType: 'polygonType',
  Model: 'model',
  ResultFormat: 'resultFormat',
  EnableGeometry: 'enableGeometry',
  File: 'file',
  'File.Url': 'file.url',
  'File.Type': 'file.type',
  File3D: 'file',
  'File3D.Url': 'file.url',
  'File3D.Type': 'file.type',
  FaceLevel: 'faceLevel',
  Format: 'format',
  MotionType: 'motionType',
  PartSegmentationInfo: 'partSegmentationInfo',
  EnableStagedGeneration: 'enableStagedGeneration',
  EnablePostProcess: 'enablePostProcess',
  EnableKeepUV: 'enableKeepUV',
  TextureSize: 'textureSize',
  Profile: 'imageUrl',
  'Profile.Url': 'imageUrl',
  'Profile.Base64': 'imageBase64',
  Template: 'template',
  RetargetFile: 'file',
  'RetargetFile.Url': 'file.url',
  'RetargetFile.Type': 'file.type',
  Duration: 'duration',
  EnableMesh: 'enableMesh',
  EnableRewrite: 'enableRewrite',
  EnableDurationEst: 'enableDurationEstimate',
};

/** The client's field path (`input.file.type`) for Tencent's dotted parameter path (`File3D.Type`). */
export function inputFieldOf(tencentPath: string): string {
  const parts = tencentPath.split('.');
  for (let n = parts.length; n > 0; n--) {
    const key = parts.slice(0, n).join('.');
    if (Object.hasOwn(INPUT_FIELD_BY_TENCENT, key))
      return ['input', INPUT_FIELD_BY_TENCENT[key], ...parts.slice(n)].join('.');
  }
  return ['input', ...parts].join('.');
}

export function toResultFiles(files: File3D[]): ResultFile[] {
  return files
    .filter((f): f is File3D & { Url: string } => typeof f.Url === 'string' && f.Url !== '')
    .map((f) => ({ type: f.Type ?? 'UNKNOWN', url: f.Url, previewImageUrl: f.PreviewImageUrl }));
}
