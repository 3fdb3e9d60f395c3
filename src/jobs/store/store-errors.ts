import { TooManyQueuedJobsError } from '../domain/errors.ts';
import type { JobStore } from './store.ts';

/**
 * The job store did not answer (Redis away, disk failure). A write that timed out may still be
 * applied when the store comes back, so the message for submits says how to retry safely.
 */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
  readonly code = 'STORE_UNAVAILABLE' as const;
  constructor(operation: string, cause: unknown) {
    super(
      operation === 'insert' || operation === 'insertBatch'
        ? 'The job store did not answer in time, so this submission may or may not have been stored. ' +
            'Retry with the same idempotencyKey: you get the same job, never a second one.'
        : operation === 'addConversion'
          ? 'The store did not answer in time, so the converted file could not be recorded and has no ' +
            'URL here; convert again shortly (no job was started)'
          : operation === 'rateLimiter'
            ? 'The shared upstream rate budget (Redis) did not answer, so nothing was sent; retry shortly'
            : `The job store is unavailable (${operation}); retry shortly`,
      { cause },
    );
  }
}

/**
 * A fenced write (TransitionOptions.fence) was refused because the writer's leader term is no
 * longer the one holding the lease: another replica leads now, and what it decides must stand.
 * Nothing was written. Not a storage failure: the writer should stop acting as leader.
 */
export class FencedError extends Error {
  override readonly name = 'FencedError';
  readonly code = 'FENCED' as const;
  constructor(operation: string) {
    super(
      `The job store refused a ${operation} write: the writer's leader term is over (another replica ` +
        'holds the lease now), so nothing was written',
    );
  }
}

/**
 * better-sqlite3's SqliteError primary result codes that mean the storage itself failed (locked
 * too long, disk, file, memory), as opposed to a statement the code got wrong (SQLITE_ERROR,
 * SQLITE_CONSTRAINT, SQLITE_MISMATCH...), which stays a programming error. Extended codes such as
 * SQLITE_IOERR_WRITE or SQLITE_BUSY_SNAPSHOT belong to their primary code.
 */
const SQLITE_STORAGE_CODES: readonly string[] = [
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  'SQLITE_IOERR',
  'SQLITE_FULL',
  'SQLITE_CANTOPEN',
  'SQLITE_CORRUPT',
  'SQLITE_NOTADB',
  'SQLITE_READONLY',
  'SQLITE_NOMEM',
  'SQLITE_PROTOCOL',
  'SQLITE_NOLFS',
  'SQLITE_INTERRUPT',
];

/**
 * ioredis rejects these as plain `Error`s, with no name or code of their own: connection closed,
 * command timeout (`commandTimeout`), offline queue disabled, connect timeout, failed ready check.
 * Node's socket errors that surface without their `code` say `connect E…`/`ECONN…` in the text.
 */
const PLAIN_CONNECTION_ERROR =
  /^(Connection is closed|Command timed out|Stream isn't writeable|connect E|Ready check failed)|ECONN|ETIMEDOUT|EPIPE/;

/** Failures of the storage itself, as opposed to programming errors, which stay unexpected. */
export function isStorageFailure(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  // Answers of the store, not failures of it.
  if (err instanceof FencedError || err instanceof TooManyQueuedJobsError) return false;
  const code = (err as { code?: unknown }).code;
  switch (err.name) {
    // ioredis gave up on the command while the connection was down, or the connection closed under it.
    case 'MaxRetriesPerRequestError':
    case 'AbortError':
      return true;
    // Redis answered (a script error, a wrong type): Redis works, the request was wrong.
    case 'ReplyError':
      return false;
    case 'SqliteError':
      return (
        typeof code === 'string' &&
        SQLITE_STORAGE_CODES.some((storage) => code === storage || code.startsWith(`${storage}_`))
      );
  }
  // Node system errors (ECONNREFUSED, ECONNRESET, EPIPE, ENOSPC, EIO...); not ERR_* programming errors.
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return true;
  return err.constructor === Error && PLAIN_CONNECTION_ERROR.test(err.message);
}

/**
 * Types the store's failures at its edge, so GraphQL can answer STORE_UNAVAILABLE rather than an
 * anonymous internal error, and readiness and logs can say what broke. FencedError and
 * TooManyQueuedJobsError are answers, not failures, and pass through untouched.
 */
export function withStoreErrors(store: JobStore): JobStore {
  const wrap =
    <A extends unknown[], R>(name: string, fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await fn(...args);
      } catch (err) {
        if (err instanceof StoreUnavailableError || !isStorageFailure(err)) throw err;
        throw new StoreUnavailableError(name, err);
      }
    };
  return {
    insert: wrap('insert', store.insert.bind(store)),
    insertBatch: wrap('insertBatch', store.insertBatch.bind(store)),
    transition: wrap('transition', store.transition.bind(store)),
    get: wrap('get', store.get.bind(store)),
    getByUpstreamId: wrap('getByUpstreamId', store.getByUpstreamId.bind(store)),
    getByIdempotencyKey: wrap('getByIdempotencyKey', store.getByIdempotencyKey.bind(store)),
    listByStatus: wrap('listByStatus', store.listByStatus.bind(store)),
    page: wrap('page', store.page.bind(store)),
    getInputBlobs: wrap('getInputBlobs', store.getInputBlobs.bind(store)),
    deleteFinished: wrap('deleteFinished', store.deleteFinished.bind(store)),
    listFinishedSince: wrap('listFinishedSince', store.listFinishedSince.bind(store)),
    deleteOrphanBlobs: wrap('deleteOrphanBlobs', store.deleteOrphanBlobs.bind(store)),
    appendHistory: wrap('appendHistory', store.appendHistory.bind(store)),
    history: wrap('history', store.history.bind(store)),
    setQueueState: wrap('setQueueState', store.setQueueState.bind(store)),
    queueStates: wrap('queueStates', store.queueStates.bind(store)),
    ping: wrap('ping', store.ping.bind(store)),
    close: () => store.close(),
  };
}
