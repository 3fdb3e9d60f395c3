/**
 * Typed errors at the upstream edge. Nothing below src/graphql/ throws GraphQLError; the one
 * mapping to `extensions.code` lives in src/graphql/errors.ts.
 */

export abstract class UpstreamError extends Error {
  abstract readonly code: string;
  /** Tencent's RequestId when the request reached Tencent, else undefined. */
  readonly requestId: string | undefined;
  readonly action: string;

  constructor(message: string, opts: { action: string; requestId?: string | undefined; cause?: unknown }) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.action = opts.action;
    this.requestId = opts.requestId;
  }
}

/** Tencent answered with `Response.Error`: the call was rejected and did not run. */
export class TencentApiError extends UpstreamError {
  override readonly name = 'TencentApiError';
  readonly code = 'TENCENT_API_ERROR' as const;
  /** Tencent's error code, e.g. `RequestLimitExceeded.JobNumExceed`. */
  readonly tencentCode: string;

  constructor(opts: { action: string; tencentCode: string; message: string; requestId: string | undefined }) {
    super(`${opts.action}: ${opts.tencentCode}: ${opts.message}`, opts);
    this.tencentCode = opts.tencentCode;
  }

  get isRateLimited(): boolean {
    return this.tencentCode === 'RequestLimitExceeded' || this.isRateLimitFamily;
  }

  /** Every `RequestLimitExceeded*` except JobNumExceed, which is about slots, not request rate. */
  private get isRateLimitFamily(): boolean {
    return this.tencentCode.startsWith('RequestLimitExceeded') && !this.isJobLimit;
  }

  get isJobLimit(): boolean {
    return this.tencentCode === 'RequestLimitExceeded.JobNumExceed';
  }

  get isAuthFailure(): boolean {
    return this.tencentCode.startsWith('AuthFailure') || this.tencentCode.startsWith('UnauthorizedOperation');
  }

  /** Tencent does not document the answer for unknown/expired JobIds; docs/design.md decides this. */
  get isJobNotFound(): boolean {
    return (
      this.tencentCode.startsWith('ResourceNotFound') ||
      (this.tencentCode.startsWith('InvalidParameterValue') && /jobid/i.test(this.message))
    );
  }

  get isInvalidInput(): boolean {
    return (
      !this.isJobNotFound &&
      (this.tencentCode.startsWith('InvalidParameter') ||
        this.tencentCode.startsWith('MissingParameter') ||
        this.tencentCode.startsWith('UnknownParameter') ||
        this.tencentCode === 'RequestSizeLimitExceeded')
    );
  }

  /** Server-side trouble that a later identical call may not hit. */
  get isTransient(): boolean {
    return (
      this.isRateLimited ||
      this.tencentCode === 'InternalError' ||
      this.tencentCode.startsWith('InternalError.') ||
      this.tencentCode === 'ServiceUnavailable' ||
      this.tencentCode === 'ResourceUnavailable' ||
      this.tencentCode === 'FailedOperation.EngineServerLimitExceeded' ||
      this.tencentCode === 'FailedOperation.EngineRequestTimeout'
    );
  }
}

/**
 * The request failed below the API envelope: refused connection, reset, HTTP 5xx, a body that is
 * not Tencent's JSON. `mayHaveReached` says whether Tencent may have executed the call, which is
 * what decides if a Submit can ever be retried (Tencent has no idempotency token).
 */
export class UpstreamTransportError extends UpstreamError {
  override readonly name = 'UpstreamTransportError';
  readonly code = 'UPSTREAM_TRANSPORT' as const;
  readonly mayHaveReached: boolean;
  readonly httpStatus: number | undefined;

  constructor(
    message: string,
    opts: {
      action: string;
      mayHaveReached: boolean;
      httpStatus?: number | undefined;
      requestId?: string | undefined;
      cause?: unknown;
    },
  ) {
    super(message, opts);
    this.mayHaveReached = opts.mayHaveReached;
    this.httpStatus = opts.httpStatus;
  }
}

/** No answer in time. The request was sent (or partly sent), so its outcome is unknown. */
export class UpstreamTimeoutError extends UpstreamError {
  override readonly name = 'UpstreamTimeoutError';
  readonly code = 'UPSTREAM_TIMEOUT' as const;
  readonly phase: 'connect' | 'headers' | 'body' | 'total';
  /** A connect timeout provably did not reach Tencent; the others may have. */
  readonly mayHaveReached: boolean;

  constructor(opts: {
    action: string;
    phase: UpstreamTimeoutError['phase'];
    timeoutMs: number;
    cause?: unknown;
  }) {
    super(
      `${opts.action}: no ${opts.phase === 'total' ? 'answer' : opts.phase} within ${opts.timeoutMs} ms`,
      opts,
    );
    this.phase = opts.phase;
    this.mayHaveReached = opts.phase !== 'connect';
  }
}

/**
 * The caller's own AbortSignal ended the call (a readiness budget, a shutdown, a client that went
 * away). It says nothing about Tencent's health, so upstream health neither counts it as an answer
 * nor as a failure. The client's own timeouts are UpstreamTimeoutError, never this.
 */
export class UpstreamAbortedError extends UpstreamError {
  override readonly name = 'UpstreamAbortedError';
  readonly code = 'UPSTREAM_ABORTED' as const;
  /**
   * False when the abort came before a single byte of the request was written (the signal was
   * already aborted, or the request was still waiting for a connection); true once the request was
   * on the wire, where a Submit may have started a job.
   */
  readonly mayHaveReached: boolean;

  constructor(opts: { action: string; mayHaveReached: boolean; cause?: unknown }) {
    super(
      opts.mayHaveReached
        ? `${opts.action}: aborted by the caller after sending; the outcome is unknown`
        : `${opts.action}: aborted by the caller before sending`,
      opts,
    );
    this.mayHaveReached = opts.mayHaveReached;
  }
}

/** True when the call provably did not run upstream, so repeating it cannot start a second job. */
export function provablyDidNotRun(err: unknown): boolean {
  if (err instanceof TencentApiError) return true;
  if (
    err instanceof UpstreamTransportError ||
    err instanceof UpstreamTimeoutError ||
    err instanceof UpstreamAbortedError
  )
    return !err.mayHaveReached;
  return false;
}

/**
 * Worth another try later (for idempotent reads); submits additionally need provablyDidNotRun.
 * A caller's abort is not: the caller chose to stop, and the abort says nothing about Tencent.
 */
export function isRetryable(err: unknown): boolean {
  if (err instanceof TencentApiError) return err.isTransient;
  return err instanceof UpstreamTransportError || err instanceof UpstreamTimeoutError;
}

/** How an upstream call ended, as a metric label: `ok` is the caller's; else Tencent's code or the error's name. */
export function upstreamOutcome(err: unknown): string {
  return err instanceof TencentApiError ? err.tencentCode : err instanceof Error ? err.name : 'error';
}
