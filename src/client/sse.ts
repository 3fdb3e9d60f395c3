import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { GatewayClientError, GatewayHttpError, GatewayUnreachableError } from './errors.ts';
import { abortedReason, graphqlErrorsOf, requestError, resultOf, type Transport } from './transport.ts';
import type { TypedDocument } from './types.ts';

/**
 * GraphQL over SSE, "distinct connections" mode: one POST per subscription with
 * `accept: text/event-stream`, answered with `event: next` (a GraphQL result as `data`, and an `id:`)
 * per change and `event: complete` at the end. A stream that breaks before it is complete is opened
 * again with `Last-Event-ID: <last id received>`, so the gateway replays only what was missed
 * (README "Reconnecting"): the caller sees every event once, in order.
 */
export interface SubscribeOptions<R> {
  signal?: AbortSignal | undefined;
  /** Reopenings in a row before giving up; every event received resets the count. */
  retries: number;
  /**
   * True for the last result the caller wants: the iterator ends after yielding it, without
   * waiting for `complete` (and without reconnecting when the stream breaks after it).
   */
  isLast(result: R): boolean;
}

/** Statuses of a proxy or load balancer in front of a restarting gateway: worth asking again. */
const TRANSIENT_STATUSES = new Set([502, 503, 504]);
const BACKOFF_MS = 250;
const MAX_BACKOFF_MS = 4000;

/** Why a connection ended before the last result: retried unless the retries are used up. */
class Dropped extends Error {}

function early(how: string): GatewayClientError {
  return new GatewayClientError(`the gateway's event stream ${how} before the subscription's final result`);
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const reason = abortedReason(signal);
    if (reason !== undefined) {
      reject(reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortedReason(signal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The results of `document`, as an async iterator that reconnects; `return()` closes the stream. */
export async function* subscribe<R, V>(
  transport: Transport,
  document: TypedDocument<R, V>,
  variables: V,
  options: SubscribeOptions<R>,
): AsyncGenerator<R, void, undefined> {
  const url = transport.graphqlUrl;
  const body = JSON.stringify({ query: document.toString(), variables });
  let lastEventId: string | undefined;
  let failures = 0;
  let lastFailure: unknown;

  for (;;) {
    const reason = abortedReason(options.signal);
    if (reason !== undefined) throw reason;
    if (failures > 0) {
      if (failures > options.retries) {
        if (lastFailure instanceof GatewayClientError) throw lastFailure;
        throw new GatewayUnreachableError(url, { cause: lastFailure });
      }
      await sleep(Math.min(BACKOFF_MS * 2 ** (failures - 1), MAX_BACKOFF_MS), options.signal);
    }

    // One controller per connection, so the caller's signal, a break out of the loop and a
    // reconnection each close exactly the stream that is open.
    const connection = new AbortController();
    const forward = () => connection.abort(options.signal?.reason);
    options.signal?.addEventListener('abort', forward, { once: true });
    try {
      const extra: Record<string, string> = {
        'content-type': 'application/json',
        accept: 'text/event-stream',
      };
      if (lastEventId !== undefined) extra['last-event-id'] = lastEventId;
      let res: Response;
      try {
        res = await transport.fetch(url, {
          method: 'POST',
          headers: transport.headers(url, extra),
          body,
          signal: connection.signal,
        });
      } catch (err) {
        if (err instanceof GatewayUnreachableError) throw new Dropped('connect', { cause: err });
        throw err;
      }

      const type = res.headers.get('content-type') ?? '';
      if (TRANSIENT_STATUSES.has(res.status)) {
        const text = await res.text().catch(() => '');
        throw new Dropped('status', { cause: new GatewayHttpError(res.status, text) });
      }
      // A refusal (a bad key: 401) may come as a stream too, its error in a `next` event: read below.
      if (!type.includes('text/event-stream') || !res.body) {
        const text = await res.text().catch(() => '');
        resultOf(res.status, text);
        throw new GatewayHttpError(res.status, text);
      }

      const events: EventSourceMessage[] = [];
      const parser = createParser({ onEvent: (event) => events.push(event) });
      const decoder = new TextDecoder();
      const reader = res.body.getReader();
      try {
        for (;;) {
          let chunk: ReadableStreamReadResult<Uint8Array>;
          try {
            chunk = await reader.read();
          } catch (err) {
            const aborted = abortedReason(options.signal);
            if (aborted !== undefined) throw aborted;
            throw new Dropped('read', { cause: err });
          }
          if (chunk.done) {
            parser.feed(decoder.decode());
            parser.reset({ consume: true });
          } else {
            parser.feed(decoder.decode(chunk.value, { stream: true }));
          }
          for (const event of events.splice(0)) {
            // The gateway completes a stream after its final event; a `complete` before that (a
            // gateway shutting down) is a break like any other, resumed from the last id.
            if (event.event === 'complete') throw new Dropped('complete', { cause: early('completed') });
            if (event.event !== 'next' && event.event !== undefined) continue;
            let payload: unknown;
            try {
              payload = JSON.parse(event.data);
            } catch {
              throw new GatewayHttpError(res.status, event.data);
            }
            const errors = graphqlErrorsOf(payload);
            if (errors) throw requestError(errors, res.status);
            const data = (payload as { data?: R | null }).data;
            if (data === undefined || data === null) throw new GatewayHttpError(res.status, event.data);
            if (event.id !== undefined) lastEventId = event.id;
            failures = 0;
            yield data;
            if (options.isLast(data)) return;
          }
          if (chunk.done) throw new Dropped('ended', { cause: early('ended') });
        }
      } finally {
        // Also on return() from a break in the caller's loop: the gateway sees the stream closed.
        connection.abort();
        reader.cancel().catch(() => undefined);
      }
    } catch (err) {
      if (!(err instanceof Dropped)) throw err;
      failures++;
      lastFailure = err.cause;
    } finally {
      options.signal?.removeEventListener('abort', forward);
      connection.abort();
    }
  }
}
