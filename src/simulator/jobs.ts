import { randomBytes, randomInt } from 'node:crypto';
import type { JobKindName } from '../tencent/job-kinds.ts';
import type { TencentJobStatus } from '../tencent/types.ts';

/**
 * Simulated jobs. A job's status is computed from its timestamps and the clock at query time
 * (WAIT for waitMs, then RUN for runMs, then DONE or FAIL), never from timers, so a fake clock
 * drives it and nothing needs cleaning up on close.
 *
 * Failure on demand, through the prompt:
 * - `[fail]` anywhere in the prompt: the job ends in FAIL with ErrorCode `FailedOperation.InnerError`
 *   and Tencent's message "服务内部错误，请重试。";
 * - `[fail:SomeCode]`, e.g. `[fail:FailedOperation.ServerError]`: FAIL with that ErrorCode.
 * - `[fail-once]` or `[fail-once:SomeCode]`: like `[fail]`, but only the account's first job with
 *   that exact prompt fails; a later Submit of the same prompt (a retry) runs normally while the
 *   simulator still has that first job.
 * Kinds without a prompt (Part, topology, UV, convert, rigging) take the same marker anywhere in
 * their model file's URL, e.g. `…/model.fbx?x=[fail]` (percent-encoded or not); the file is then not
 * downloaded at all. The job walks WAIT and RUN as usual and fails when it would have finished.
 */
export const FAIL_MARKER = '[fail]';
export const FAIL_MARKER_PATTERN = /\[fail(?::([A-Za-z][A-Za-z0-9_.]*))?\]/;
export const DEFAULT_FAIL_CODE = 'FailedOperation.InnerError';

/** Tencent's job-level messages from the api.json examples (docs/hunyuan-api.md §4.1). */
const FAIL_MESSAGES: Readonly<Record<string, string>> = {
  'FailedOperation.InnerError': '服务内部错误，请重试。',
  'FailedOperation.ServerError': '算法服务异常',
  InvalidParameter: '参数错误。',
};

export interface JobFailure {
  code: string;
  message: string;
}

export function failureForPrompt(prompt: string | undefined): JobFailure | undefined {
  const m = prompt === undefined ? null : FAIL_MARKER_PATTERN.exec(prompt);
  if (!m) return undefined;
  return failure(m);
}

export const FAIL_ONCE_MARKER_PATTERN = /\[fail-once(?::([A-Za-z][A-Za-z0-9_.]*))?\]/;

/** `[fail-once]`: the failure, when `firstOfPrompt` (no earlier job of the account had this prompt). */
export function failureOnceForPrompt(
  prompt: string | undefined,
  firstOfPrompt: () => boolean,
): JobFailure | undefined {
  const m = prompt === undefined ? null : FAIL_ONCE_MARKER_PATTERN.exec(prompt);
  return m && firstOfPrompt() ? failure(m) : undefined;
}

/** The marker in a model file's URL, as sent or percent-decoded. */
export function failureForUrl(url: string | undefined): JobFailure | undefined {
  if (url === undefined) return undefined;
  let decoded = url;
  try {
    decoded = decodeURIComponent(url);
  } catch {
    // A malformed escape: look at the URL as sent.
  }
  const m = FAIL_MARKER_PATTERN.exec(decoded) ?? FAIL_MARKER_PATTERN.exec(url);
  return m ? failure(m) : undefined;
}

function failure(m: RegExpExecArray): JobFailure {
  const code = m[1] ?? DEFAULT_FAIL_CODE;
  return { code, message: FAIL_MESSAGES[code] ?? `Simulated failure ${code} requested by a [fail] marker.` };
}

/** The model a post-processing job read at submit, kept in the InputStore by its digest. */
export interface JobInput {
  /** sha256 of the bytes, hex. */
  digest: string;
  /** InputFile3D.Type as sent, upper case ('' for Convert3DFormat, which sends no type). */
  type: string;
}

/** Recipe options taken from the Submit body (FaceLevel, Format, MotionType, EnablePostProcess…). */
export type JobParams = Readonly<Record<string, string | number | boolean>>;

export interface SimJob {
  /** 19-digit numeric string, first digit non-zero, like Tencent's. */
  readonly id: string;
  readonly kind: JobKindName;
  /** The account that submitted it; other accounts get ResourceNotFound. */
  readonly secretId: string;
  readonly submittedAt: number;
  readonly waitMs: number;
  readonly runMs: number;
  /** Text the result mesh is derived from: the prompt, or a digest of the input image. */
  readonly seed: string;
  readonly prompt: string | undefined;
  readonly faceCount: number | undefined;
  /** Untextured white model (Pro GenerateType Geometry, Rapid EnableGeometry). */
  readonly geometryOnly: boolean;
  readonly failure: JobFailure | undefined;
  /** Unguessable path segment of the job's file URLs. */
  readonly fileToken: string;
  /** Post-processing kinds: the input model (absent when the job fails without one). */
  readonly input?: JobInput | undefined;
  /** Post-processing kinds: the options their recipe reads. */
  readonly params?: JobParams | undefined;
  /** A synchronous Convert3DFormat result: finished at once, holds no slot, answers no Query. */
  readonly sync?: boolean | undefined;
}

export type NewJob = Omit<SimJob, 'id' | 'fileToken'>;

export function finishedAt(job: SimJob): number {
  return job.submittedAt + job.waitMs + job.runMs;
}

export function statusAt(job: SimJob, now: number): TencentJobStatus {
  if (now < job.submittedAt + job.waitMs) return 'WAIT';
  if (now < finishedAt(job)) return 'RUN';
  return job.failure ? 'FAIL' : 'DONE';
}

/** Read-only view for tests (`simulator.jobs.list()`). */
export interface JobView {
  id: string;
  kind: JobKindName;
  secretId: string;
  status: TencentJobStatus;
  prompt: string | undefined;
  /** The prompt, or `image:` and the first 16 hex digits of the input image's sha256 (as sent). */
  seed: string;
  submittedAt: number;
  finishedAt: number;
  errorCode: string;
}

function newJobId(): string {
  // 1 + 18 digits: a non-zero lead and no Number precision issue since it stays a string.
  const rest = Array.from({ length: 3 }, () => String(randomInt(0, 1_000_000)).padStart(6, '0')).join('');
  return `${randomInt(1, 10)}${rest}`;
}

/**
 * Expired: its JobId is past jobTtlMs and it no longer holds a slot. `prune()` forgets such jobs and
 * a state file never keeps them.
 */
export function isExpired(
  job: SimJob,
  now: number,
  opts: Pick<JobBookOptions, 'jobTtlMs' | 'slotHoldAfterDoneMs'>,
): boolean {
  return now - job.submittedAt >= opts.jobTtlMs && now >= finishedAt(job) + opts.slotHoldAfterDoneMs;
}

export interface JobBookOptions {
  now: () => number;
  jobTtlMs: number;
  slotHoldAfterDoneMs: number;
  /** Jobs are kept (for their files) until their result URLs expire too. */
  fileTtlMs: number;
}

export class JobBook {
  readonly #jobs = new Map<string, SimJob>();
  readonly #opts: JobBookOptions;

  constructor(opts: JobBookOptions) {
    this.#opts = opts;
  }

  create(input: NewJob): SimJob {
    let id = newJobId();
    while (this.#jobs.has(id)) id = newJobId();
    const job: SimJob = { ...input, id, fileToken: randomBytes(12).toString('hex') };
    this.#jobs.set(id, job);
    return job;
  }

  /** Puts back jobs saved by an earlier run (state file), keeping their ids and file tokens. */
  restore(jobs: readonly SimJob[]): void {
    const now = this.#opts.now();
    for (const job of jobs) if (!isExpired(job, now, this.#opts)) this.#jobs.set(job.id, job);
  }

  /** Every job still kept, expired ones left out: what a state file saves. */
  snapshot(): SimJob[] {
    const now = this.#opts.now();
    return [...this.#jobs.values()].filter((job) => !isExpired(job, now, this.#opts));
  }

  /** Takes back a job just created (its Submit could not be saved, so it was never answered). */
  remove(id: string): void {
    this.#jobs.delete(id);
  }

  /** The job if it exists and is younger than jobTtlMs (what Query may answer about). */
  find(id: string): SimJob | undefined {
    const job = this.#jobs.get(id);
    if (!job || job.sync) return undefined;
    if (this.#opts.now() - job.submittedAt >= this.#opts.jobTtlMs) return undefined;
    return job;
  }

  /** The job whatever its age, while it is kept: its files outlive the JobId. */
  peek(id: string): SimJob | undefined {
    return this.#jobs.get(id);
  }

  /** Jobs holding one of the account's slots: WAIT/RUN, or finished less than slotHoldAfterDoneMs ago. */
  occupying(secretId: string, kind: JobKindName): number {
    const now = this.#opts.now();
    let n = 0;
    for (const job of this.#jobs.values()) {
      if (
        !job.sync &&
        job.secretId === secretId &&
        job.kind === kind &&
        now < finishedAt(job) + this.#opts.slotHoldAfterDoneMs
      )
        n++;
    }
    return n;
  }

  /** Jobs in WAIT or RUN for a kind, over all accounts. */
  running(kind: JobKindName): number {
    const now = this.#opts.now();
    let n = 0;
    for (const job of this.#jobs.values()) if (!job.sync && job.kind === kind && now < finishedAt(job)) n++;
    return n;
  }

  /** Jobs, without the records of synchronous conversions (they have no JobId a client knows). */
  list(): JobView[] {
    const now = this.#opts.now();
    return [...this.#jobs.values()]
      .filter((job) => !job.sync)
      .map((job) => ({
        id: job.id,
        kind: job.kind,
        secretId: job.secretId,
        status: statusAt(job, now),
        prompt: job.prompt,
        seed: job.seed,
        submittedAt: job.submittedAt,
        finishedAt: finishedAt(job),
        errorCode: statusAt(job, now) === 'FAIL' ? (job.failure?.code ?? '') : '',
      }));
  }

  /** Forgets expired jobs; returns their ids so cached files can go too. */
  prune(): string[] {
    const now = this.#opts.now();
    const gone: string[] = [];
    for (const [id, job] of this.#jobs) {
      if (isExpired(job, now, this.#opts)) {
        this.#jobs.delete(id);
        gone.push(id);
      }
    }
    return gone;
  }
}
