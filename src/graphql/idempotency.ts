import { BadInputError } from './errors.ts';

/** Longest idempotency key, as the argument or the header. */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;

/**
 * The `Idempotency-Key` request header (IETF draft-ietf-httpapi-idempotency-key-header): a
 * Structured Field string, `Idempotency-Key: "8e03978e-40d5-43e8-bc93-6894a57f9324"`, whose quotes
 * and escapes are removed here; a bare value is taken as it is. Undefined when absent.
 */
export function parseIdempotencyKeyHeader(raw: string | null | undefined): string | undefined {
  if (raw === null || raw === undefined) return undefined;
  const value = raw.trim();
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
    return value.slice(1, -1).replace(/\\(["\\])/g, '$1');
  }
  return value;
}

/**
 * The idempotency key of a submit (submitJob, submitJobs, submitPipeline): the `idempotencyKey`
 * argument or the request's Idempotency-Key header. Both given and different is BAD_USER_INPUT, as
 * is a key over MAX_IDEMPOTENCY_KEY_LENGTH characters or an empty header.
 */
export function idempotencyKeyOf(
  argument: string | null | undefined,
  header: string | undefined,
): string | undefined {
  if (argument !== null && argument !== undefined && argument.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    throw new BadInputError(
      'idempotencyKey',
      `idempotencyKey must be at most ${MAX_IDEMPOTENCY_KEY_LENGTH} characters`,
    );
  }
  if (header === undefined) return argument ?? undefined;
  if (header.length === 0 || header.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    throw new BadInputError(
      'Idempotency-Key',
      `The Idempotency-Key header must be 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters`,
    );
  }
  if (argument !== null && argument !== undefined && argument !== header) {
    throw new BadInputError(
      'idempotencyKey',
      'The idempotencyKey argument and the Idempotency-Key header differ: send one of them, or the same key in both',
    );
  }
  return header;
}
