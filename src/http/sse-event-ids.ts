import type { ExecutionResult } from 'graphql';
import { isAsyncIterable, mapAsyncIterator, type Plugin } from 'graphql-yoga';

/**
 * `id:` lines on SSE events, and the `Last-Event-ID` a reconnecting client sends back.
 *
 * yoga writes SSE events itself (`event: next`, `data: <result>`, a blank line) and has no place for
 * an id. So the subscription names each event as it resolves it (`SseEventIds.set`, called from the
 * field's `resolve`, which runs for every event), and this plugin carries that name to the event:
 * it maps the operation's result stream and gives each result a serializer (the `stringify` that
 * yoga's writer uses, as for graphql-jit's results) that appends `\nid: <name>` after the JSON. The
 * event then reads `event: next`, `data: {…}`, `id: <name>`; the order of fields within an event is
 * free in SSE. graphql-sse's client ignores the field, EventSource keeps it and sends it back as
 * `Last-Event-ID` when it reconnects.
 *
 * The result stream is pulled one result at a time (graphql-js executes an event only when the
 * next result is asked for), so the name set while a result was executed is that result's.
 * graphql-ws operations have no HTTP request: they get no ids and no resume by header.
 */
export interface SseEventIds {
  /** The request's `Last-Event-ID` header as sent: untrusted, the subscription parses it. */
  readonly lastEventId: string | undefined;
  /** Names the event being resolved now: its `id:` (our own text, never the client's). */
  set(id: string): void;
}

/** What an id may be: printable ASCII without spaces, so it can never end the line or the event. */
const SAFE_ID = /^[\x21-\x7e]{1,256}$/;

type Serializable = ExecutionResult & { stringify?: (result: unknown) => string };

function withEventId(result: Serializable, id: string | undefined): Serializable {
  if (id === undefined) return result;
  const stringify = result.stringify ?? JSON.stringify;
  return { ...result, stringify: (value) => `${stringify(value)}\nid: ${id}` };
}

export function createSseEventIds(): {
  /** The request's ids (created on first use); undefined without an HTTP request (graphql-ws). */
  of(request: Request | undefined): SseEventIds | undefined;
  plugin: Plugin;
} {
  const byRequest = new WeakMap<Request, { ids: SseEventIds; take(): string | undefined }>();
  return {
    of(request) {
      if (!request) return undefined;
      let entry = byRequest.get(request);
      if (!entry) {
        let pending: string | undefined;
        entry = {
          ids: {
            lastEventId: request.headers.get('last-event-id') ?? undefined,
            set(id) {
              pending = SAFE_ID.test(id) ? id : undefined;
            },
          },
          take() {
            const id = pending;
            pending = undefined;
            return id;
          },
        };
        byRequest.set(request, entry);
      }
      return entry.ids;
    },
    plugin: {
      // yoga's own hook has chosen the writer (SSE for a stream); this one only maps the stream.
      onResultProcess({ request, result, setResult }) {
        const entry = byRequest.get(request);
        if (!entry || !isAsyncIterable(result)) return;
        setResult(
          mapAsyncIterator(result as AsyncIterable<Serializable>, (value) =>
            withEventId(value, entry.take()),
          ) as typeof result,
        );
      },
    },
  };
}
