/**
 * How many `jobStatus` subscriptions may be open at once: per graphql-ws socket, and per API key
 * over every transport (SSE and graphql-ws alike). Each open subscription holds a pub/sub listener
 * and a poller watch (about 16 KB), so without a cap one socket could open 50,000 of them and stall
 * the process (audit F6). Counts are per process: with several replicas, each allows this many.
 */
export interface SubscriptionLimits {
  /**
   * Counts one more subscription of `key` (and of `connection`, the graphql-ws socket, if any), or
   * throws TooManySubscriptionsError. Returns the release, which is idempotent.
   */
  acquire(key: string, connection: object | undefined): () => void;
  /** Open subscriptions of `key`. */
  active(key: string): number;
}

export interface SubscriptionLimitsOptions {
  /** Per graphql-ws socket (MAX_SUBSCRIPTIONS_PER_SOCKET). */
  maxPerSocket: number;
  /** Per API key, every transport and socket together (MAX_SUBSCRIPTIONS_PER_KEY). */
  maxPerKey: number;
}

export const DEFAULT_SUBSCRIPTION_LIMITS: SubscriptionLimitsOptions = { maxPerSocket: 100, maxPerKey: 1000 };

export class TooManySubscriptionsError extends Error {
  override readonly name = 'TooManySubscriptionsError';
  readonly code = 'TOO_MANY_SUBSCRIPTIONS' as const;
  constructor(
    /** Which limit: `socket` (this graphql-ws connection) or `key` (this API key, every transport). */
    readonly scope: 'socket' | 'key',
    readonly limit: number,
  ) {
    super(
      scope === 'socket'
        ? `Too many subscriptions on this connection: at most ${limit} may be open on one graphql-ws socket; complete one first`
        : `Too many subscriptions for this API key: at most ${limit} may be open at once (SSE and graphql-ws together); complete one first`,
    );
  }
}

export function createSubscriptionLimits(opts: SubscriptionLimitsOptions): SubscriptionLimits {
  const perKey = new Map<string, number>();
  const perSocket = new WeakMap<object, number>();
  return {
    acquire(key, connection) {
      const onSocket = connection ? (perSocket.get(connection) ?? 0) : 0;
      if (connection && onSocket >= opts.maxPerSocket) {
        throw new TooManySubscriptionsError('socket', opts.maxPerSocket);
      }
      const ofKey = perKey.get(key) ?? 0;
      if (ofKey >= opts.maxPerKey) throw new TooManySubscriptionsError('key', opts.maxPerKey);
      perKey.set(key, ofKey + 1);
      if (connection) perSocket.set(connection, onSocket + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        const k = (perKey.get(key) ?? 1) - 1;
        if (k <= 0) perKey.delete(key);
        else perKey.set(key, k);
        if (connection) perSocket.set(connection, Math.max(0, (perSocket.get(connection) ?? 1) - 1));
      };
    },
    active: (key) => perKey.get(key) ?? 0,
  };
}

/**
 * `stream`, calling `release` once when it ends: run to completion, returned or thrown by its
 * consumer, failed, or when `signal` (the client's connection) aborts. On abort the stream is also
 * returned, so it ends even if the transport, having lost its client before it started reading,
 * never calls next() or return() at all. A hand-written iterator rather than an async generator,
 * whose return() would wait behind a pending next().
 */
export function releasing<T>(
  stream: AsyncGenerator<T>,
  release: () => void,
  signal: AbortSignal | undefined,
): AsyncGenerator<T> {
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    signal?.removeEventListener('abort', onAbort);
    release();
  };
  const onAbort = () => {
    end();
    stream.return(undefined).catch(() => {});
  };
  if (signal?.aborted) onAbort();
  else signal?.addEventListener('abort', onAbort, { once: true });
  const settle = (r: IteratorResult<T>) => {
    if (r.done) end();
    return r;
  };
  const fail = (err: unknown): never => {
    end();
    throw err;
  };
  const out: AsyncGenerator<T> = {
    next: (...args) => stream.next(...args).then(settle, fail),
    return(value) {
      end();
      return stream.return(value);
    },
    throw(err) {
      end();
      return stream.throw(err);
    },
    [Symbol.asyncIterator]() {
      return out;
    },
  };
  return out;
}

/**
 * Opens a subscription within the limits: takes a place for the key (and socket), finds what to
 * follow (an error, e.g. NOT_FOUND, gives the place back) and watches it through `releasing`, so the
 * place is freed when the stream ends or the client goes.
 */
export async function openLimited<F, T>(
  at: {
    limits: SubscriptionLimits;
    key: string;
    connection: object | undefined;
    signal: AbortSignal | undefined;
  },
  find: () => Promise<F>,
  watch: (found: F) => AsyncGenerator<T>,
): Promise<AsyncGenerator<T>> {
  const release = at.limits.acquire(at.key, at.connection);
  try {
    return releasing(watch(await find()), release, at.signal);
  } catch (err) {
    release();
    throw err;
  }
}
