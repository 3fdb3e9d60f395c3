import { GraphQLError } from 'graphql';
import { createGraphQLError, maskError as yogaMaskError } from 'graphql-yoga';
import { ConversionResultError } from '../convert/convert-model.ts';
import {
  ForbiddenError,
  IdempotencyConflictError,
  InvalidJobIdError,
  InvalidJobInputError,
  JobNotCancelableError,
  JobNotFoundError,
  JobNotRetryableError,
  KindNotAvailableError,
  ShuttingDownError,
  TooManyQueuedJobsError,
} from '../jobs/domain/errors.ts';
import { UpstreamBusyError } from '../jobs/read/external-lookup.ts';
import { StoreUnavailableError } from '../jobs/store/store-errors.ts';
import { TencentApiError, UpstreamTimeoutError, UpstreamTransportError } from '../tencent/errors.ts';
import {
  InvalidWebhookInputError,
  TooManyWebhooksError,
  WebhookDisabledError,
  WebhookNotFoundError,
  WebhookTargetNotAllowedError,
} from '../webhooks/errors.ts';
import { TooManySubscriptionsError } from './subscription-limits.ts';

/** The `extensions.code` values clients can rely on. */
export const ERROR_CODES = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  KIND_NOT_AVAILABLE: 'KIND_NOT_AVAILABLE',
  NOT_FOUND: 'NOT_FOUND',
  JOB_NOT_CANCELABLE: 'JOB_NOT_CANCELABLE',
  JOB_NOT_RETRYABLE: 'JOB_NOT_RETRYABLE',
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  RATE_LIMITED: 'RATE_LIMITED',
  UPSTREAM_UNAVAILABLE: 'UPSTREAM_UNAVAILABLE',
  UPSTREAM_TIMEOUT: 'UPSTREAM_TIMEOUT',
  UPSTREAM_AUTH_FAILED: 'UPSTREAM_AUTH_FAILED',
  UPSTREAM_ERROR: 'UPSTREAM_ERROR',
  SHUTTING_DOWN: 'SHUTTING_DOWN',
  STORE_UNAVAILABLE: 'STORE_UNAVAILABLE',
  TOO_MANY_QUEUED_JOBS: 'TOO_MANY_QUEUED_JOBS',
  TOO_MANY_SUBSCRIPTIONS: 'TOO_MANY_SUBSCRIPTIONS',
  UPSTREAM_BUSY: 'UPSTREAM_BUSY',
  TOO_MANY_WEBHOOKS: 'TOO_MANY_WEBHOOKS',
  WEBHOOK_TARGET_NOT_ALLOWED: 'WEBHOOK_TARGET_NOT_ALLOWED',
  WEBHOOK_DISABLED: 'WEBHOOK_DISABLED',
  /** TRUSTED_DOCUMENTS: a document that is not registered, from a non-admin key (403). */
  OPERATION_NOT_TRUSTED: 'OPERATION_NOT_TRUSTED',
  /** TRUSTED_DOCUMENTS: a sha256 sent without text that names no registered document (400). */
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

/**
 * The codes that mean the client asked for something it may not have or that cannot be: logged at
 * info with the request id (src/http/client-error-log.ts), never as server faults. The rest
 * (upstream, store, shutdown, internal) are the gateway's or Tencent's and stay errors.
 */
const CLIENT_CODES: ReadonlySet<string> = new Set([
  'BAD_USER_INPUT',
  'KIND_NOT_AVAILABLE',
  'NOT_FOUND',
  'JOB_NOT_CANCELABLE',
  'JOB_NOT_RETRYABLE',
  'IDEMPOTENCY_KEY_REUSED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'TOO_MANY_QUEUED_JOBS',
  'TOO_MANY_SUBSCRIPTIONS',
  'TOO_MANY_WEBHOOKS',
  'WEBHOOK_TARGET_NOT_ALLOWED',
  'WEBHOOK_DISABLED',
  'OPERATION_NOT_TRUSTED',
  'PERSISTED_QUERY_NOT_FOUND',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
]);

/** The code of an error that is the client's mistake (typed, or already coded); undefined otherwise. */
export function clientMistakeCode(error: unknown): string | undefined {
  const original = error instanceof GraphQLError ? error.originalError : error;
  const code =
    describe(original)?.code ??
    (error instanceof GraphQLError && typeof error.extensions?.code === 'string'
      ? error.extensions.code
      : undefined);
  return code !== undefined && CLIENT_CODES.has(code) ? code : undefined;
}

/** Bad arguments found in the GraphQL layer (page sizes, cursors, key lengths). */
export class BadInputError extends Error {
  override readonly name = 'BadInputError';
  readonly code = 'BAD_USER_INPUT' as const;
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

function describe(err: unknown): { code: ErrorCode; extensions: Record<string, unknown> } | undefined {
  if (err instanceof InvalidJobInputError) {
    return {
      code: 'BAD_USER_INPUT',
      extensions: { field: err.field, ...(err.tencentCode ? { upstreamCode: err.tencentCode } : {}) },
    };
  }
  if (err instanceof KindNotAvailableError) {
    return {
      code: 'KIND_NOT_AVAILABLE',
      extensions: { field: err.field, available: err.available, offeredBy: err.offeredBy },
    };
  }
  if (err instanceof BadInputError) return { code: 'BAD_USER_INPUT', extensions: { field: err.field } };
  if (err instanceof InvalidWebhookInputError)
    return { code: 'BAD_USER_INPUT', extensions: { field: err.field } };
  if (err instanceof WebhookNotFoundError) return { code: 'NOT_FOUND', extensions: {} };
  if (err instanceof TooManyWebhooksError)
    return { code: 'TOO_MANY_WEBHOOKS', extensions: { limit: err.limit } };
  if (err instanceof WebhookTargetNotAllowedError)
    return { code: 'WEBHOOK_TARGET_NOT_ALLOWED', extensions: { field: 'url' } };
  if (err instanceof WebhookDisabledError)
    return { code: 'WEBHOOK_DISABLED', extensions: { webhookId: err.endpointId } };
  if (err instanceof InvalidJobIdError) return { code: 'BAD_USER_INPUT', extensions: { field: 'id' } };
  if (err instanceof JobNotFoundError) return { code: 'NOT_FOUND', extensions: {} };
  if (err instanceof JobNotRetryableError)
    return { code: 'JOB_NOT_RETRYABLE', extensions: { status: err.status } };
  if (err instanceof JobNotCancelableError)
    return { code: 'JOB_NOT_CANCELABLE', extensions: { status: err.status } };
  if (err instanceof IdempotencyConflictError) {
    return { code: 'IDEMPOTENCY_KEY_REUSED', extensions: { jobId: err.existingJobId } };
  }
  if (err instanceof ShuttingDownError) return { code: 'SHUTTING_DOWN', extensions: {} };
  if (err instanceof StoreUnavailableError) return { code: 'STORE_UNAVAILABLE', extensions: {} };
  if (err instanceof ForbiddenError) return { code: 'FORBIDDEN', extensions: {} };
  if (err instanceof TooManyQueuedJobsError)
    return { code: 'TOO_MANY_QUEUED_JOBS', extensions: { limit: err.limit } };
  if (err instanceof TooManySubscriptionsError)
    return { code: 'TOO_MANY_SUBSCRIPTIONS', extensions: { scope: err.scope, limit: err.limit } };
  if (err instanceof UpstreamBusyError)
    return { code: 'UPSTREAM_BUSY', extensions: { retryAfterMs: err.retryAfterMs } };
  if (err instanceof TencentApiError) {
    const code: ErrorCode = err.isAuthFailure
      ? 'UPSTREAM_AUTH_FAILED'
      : err.isRateLimited || err.isJobLimit
        ? 'RATE_LIMITED'
        : err.isJobNotFound
          ? 'NOT_FOUND'
          : err.isTransient
            ? 'UPSTREAM_UNAVAILABLE'
            : 'UPSTREAM_ERROR';
    return { code, extensions: { upstreamCode: err.tencentCode, requestId: err.requestId } };
  }
  if (err instanceof ConversionResultError) {
    return { code: 'UPSTREAM_ERROR', extensions: { requestId: err.requestId } };
  }
  if (err instanceof UpstreamTimeoutError) {
    return { code: 'UPSTREAM_TIMEOUT', extensions: { phase: err.phase } };
  }
  if (err instanceof UpstreamTransportError) {
    return {
      code: 'UPSTREAM_UNAVAILABLE',
      extensions: { ...(err.httpStatus ? { httpStatus: err.httpStatus } : {}) },
    };
  }
  return undefined;
}

/**
 * The one place typed errors become GraphQL errors. Known errors keep their message and get a
 * code (plus Tencent's Code and RequestId); anything else is masked by yoga's default.
 */
export function maskError(error: unknown, message: string, isDev?: boolean): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  const known = describe(original);
  if (known && original instanceof Error) {
    return createGraphQLError(original.message, {
      ...(error instanceof GraphQLError && error.nodes ? { nodes: error.nodes } : {}),
      ...(error instanceof GraphQLError && error.path ? { path: error.path } : {}),
      ...(error instanceof GraphQLError && error.source ? { source: error.source } : {}),
      ...(error instanceof GraphQLError && error.positions ? { positions: error.positions } : {}),
      extensions: { code: known.code, ...known.extensions },
    });
  }
  // A wrong type or enum value in `variables` fails before any resolver, with no code (and, under
  // graphql-jit, no 400): a client error like any other bad input.
  if (
    error instanceof GraphQLError &&
    !error.originalError &&
    error.extensions?.code === undefined &&
    error.message.startsWith('Variable "$')
  ) {
    return createGraphQLError(error.message, {
      ...(error.nodes ? { nodes: error.nodes } : {}),
      ...(error.source ? { source: error.source } : {}),
      ...(error.positions ? { positions: error.positions } : {}),
      extensions: { ...error.extensions, code: 'BAD_USER_INPUT', http: { spec: true, status: 400 } },
    });
  }
  return yogaMaskError(error, message, isDev);
}
