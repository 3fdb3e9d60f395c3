/** Typed errors of the jobs layer; src/graphql/errors.ts maps each to one `extensions.code`. */

export class JobNotFoundError extends Error {
  override readonly name = 'JobNotFoundError';
  readonly code = 'NOT_FOUND' as const;
  constructor(readonly jobId: string) {
    super(
      `No job with id "${jobId}" (ids look like job_… or a Tencent JobId of digits; JobIds expire after 24 h)`,
    );
  }
}

export class JobNotCancelableError extends Error {
  override readonly name = 'JobNotCancelableError';
  readonly code = 'JOB_NOT_CANCELABLE' as const;
  constructor(
    readonly jobId: string,
    readonly status: string,
  ) {
    super(
      status === 'DONE' || status === 'FAIL'
        ? `Job ${jobId} already finished (${status}); only jobs still queued in the gateway can be canceled`
        : `Job ${jobId} is already at Tencent (${status}), which has no cancel; it will run to the end`,
    );
  }
}

/** An unknown pipeline id, or another owner's: NOT_FOUND like an unknown job. */
export class PipelineNotFoundError extends JobNotFoundError {
  constructor(pipelineId: string) {
    super(pipelineId);
    this.message = `No pipeline with id "${pipelineId.slice(0, 80)}" (ids look like pl_…)`;
  }
}

export class InvalidJobInputError extends Error {
  override readonly name = 'InvalidJobInputError';
  readonly code = 'BAD_USER_INPUT' as const;
  constructor(
    /** The client's field path, e.g. `input.faceCount`. */
    readonly field: string,
    message: string,
    /** The code Tencent would have answered. */
    readonly tencentCode: string | undefined,
  ) {
    super(message);
  }
}

/** An invalid model file: `input.file` itself (part '') or one of its fields (part '.fromJob'). */
export function invalidFileError(part: string, message: string): InvalidJobInputError {
  return new InvalidJobInputError(`input.file${part}`, `input.file${part}: ${message}`, undefined);
}

/**
 * A kind the configured Tencent product does not offer (REDUCE_FACE on the intl product, UV on intl
 * ai3d): refused before anything is stored, naming the products that have it.
 */
export class KindNotAvailableError extends Error {
  override readonly name = 'KindNotAvailableError';
  readonly code = 'KIND_NOT_AVAILABLE' as const;
  constructor(
    /** What the client asked for it with: `input.kind`, or `convertModel`. */
    readonly field: string,
    /** The kind or action, e.g. `REDUCE_FACE` or `convertModel (Convert3DFormat)`. */
    what: string,
    /** The configured product's host and version, e.g. `hunyuan.intl.tencentcloudapi.com 2023-09-01`. */
    product: string,
    /** The kinds it offers. */
    readonly available: readonly string[],
    /** Where the kind exists. */
    readonly offeredBy: readonly string[],
  ) {
    const where = offeredBy.length > 0 ? ` It is offered by ${offeredBy.join(' and ')}.` : '';
    const has = available.length > 0 ? `, which has ${available.join(', ')}` : '';
    super(
      `${field}: ${what} is not offered by the Tencent product this gateway uses (${product})${has}.${where}`,
    );
  }
}

export class InvalidJobIdError extends Error {
  override readonly name = 'InvalidJobIdError';
  readonly code = 'BAD_USER_INPUT' as const;
  constructor(readonly jobId: string) {
    super(
      `"${jobId.slice(0, 80)}" is not a job id: expected job_ followed by 16 characters, or a Tencent JobId of digits`,
    );
  }
}

export class IdempotencyConflictError extends Error {
  override readonly name = 'IdempotencyConflictError';
  readonly code = 'IDEMPOTENCY_KEY_REUSED' as const;
  constructor(
    readonly idempotencyKey: string,
    readonly existingJobId: string,
  ) {
    super(
      `idempotencyKey "${idempotencyKey}" was already used for job ${existingJobId} with a different input; use a new key for a new job`,
    );
  }
}

export class ShuttingDownError extends Error {
  override readonly name = 'ShuttingDownError';
  readonly code = 'SHUTTING_DOWN' as const;
  constructor() {
    super('The gateway is shutting down and accepts no new jobs; retry against another instance or shortly');
  }
}

export class ForbiddenError extends Error {
  override readonly name = 'ForbiddenError';
  readonly code = 'FORBIDDEN' as const;
}

export class TooManyQueuedJobsError extends Error {
  override readonly name = 'TooManyQueuedJobsError';
  readonly code = 'TOO_MANY_QUEUED_JOBS' as const;
  constructor(
    readonly owner: string,
    readonly limit: number,
  ) {
    super(`This API key already has ${limit} jobs waiting in the queue; submit more once some have started`);
  }
}

/** retryJob on a job that cannot be submitted again (not FAIL or CANCELED, external, …). */
export class JobNotRetryableError extends Error {
  override readonly name = 'JobNotRetryableError';
  readonly code = 'JOB_NOT_RETRYABLE' as const;
  constructor(
    readonly jobId: string,
    readonly status: string,
    reason: string,
  ) {
    super(`Job ${jobId} cannot be retried: ${reason}`);
  }
}
