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
      operation === 'insert'
        ? 'The job store did not answer in time, so this submission may or may not have been stored. ' +
            'Retry with the same idempotencyKey: you get the same job, never a second one.'
        : `The job store is unavailable (${operation}); retry shortly`,
      { cause },
    );
  }
}

/** Failures of the storage itself, as opposed to programming errors, which stay unexpected. */
function isStorageFailure(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: unknown }).code;
  return (
    err.name === 'MaxRetriesPerRequestError' ||
    err.name === 'SqliteError' ||
    (typeof code === 'string' && /^(E[A-Z]+|SQLITE_)/.test(code)) ||
    /Command timed out|Connection is closed|Stream isn't writeable|connect E|ECONN|ETIMEDOUT|EPIPE/i.test(
      err.message,
    )
  );
}

/**
 * Types the store's failures at its edge, so GraphQL can answer STORE_UNAVAILABLE rather than an
 * anonymous internal error, and readiness and logs can say what broke.
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
    update: wrap('update', store.update.bind(store)),
    get: wrap('get', store.get.bind(store)),
    getByUpstreamId: wrap('getByUpstreamId', store.getByUpstreamId.bind(store)),
    getByIdempotencyKey: wrap('getByIdempotencyKey', store.getByIdempotencyKey.bind(store)),
    listByStatus: wrap('listByStatus', store.listByStatus.bind(store)),
    page: wrap('page', store.page.bind(store)),
    claimForSubmit: wrap('claimForSubmit', store.claimForSubmit.bind(store)),
    cancelIfQueued: wrap('cancelIfQueued', store.cancelIfQueued.bind(store)),
    ping: wrap('ping', store.ping.bind(store)),
    close: () => store.close(),
  };
}
