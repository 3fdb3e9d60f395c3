import { afterEach } from 'vitest';

/**
 * A GraphQL subscription over SSE read as raw events, fields and all (graphql-sse's client drops
 * `id:`), the way a browser's EventSource sees them: for tests of event ids and `Last-Event-ID`.
 */
export interface SseEvent {
  /** `next` or `complete`. */
  event: string;
  /** The `id:` field; undefined when the event had none. */
  id: string | undefined;
  data: string;
}

export interface SseStream {
  status: number;
  headers: Headers;
  /** The next event; undefined once the stream has ended. */
  next(): Promise<SseEvent | undefined>;
  /** Every event until the stream ends. */
  rest(): Promise<SseEvent[]>;
  /** Drops the connection, as a client that went away. */
  close(): void;
}

const open = new Set<AbortController>();
afterEach(() => {
  for (const controller of open) controller.abort();
  open.clear();
});

export async function openSse(
  url: string,
  opts: {
    query: string;
    variables?: Record<string, unknown>;
    /** Sent as `Last-Event-ID`, as EventSource does when it reconnects. */
    lastEventId?: string | undefined;
    /** GET with the operation in the query string (EventSource), or POST with a JSON body. @default 'POST' */
    method?: 'GET' | 'POST';
    headers?: Record<string, string>;
  },
): Promise<SseStream> {
  const controller = new AbortController();
  open.add(controller);
  const headers: Record<string, string> = { accept: 'text/event-stream', ...opts.headers };
  if (opts.lastEventId !== undefined) headers['last-event-id'] = opts.lastEventId;
  let target = `${url}/graphql`;
  let body: string | null = null;
  if (opts.method === 'GET') {
    const params = new URLSearchParams({ query: opts.query });
    if (opts.variables) params.set('variables', JSON.stringify(opts.variables));
    target += `?${params}`;
  } else {
    headers['content-type'] = 'application/json';
    body = JSON.stringify({ query: opts.query, variables: opts.variables ?? {} });
  }
  const res = await fetch(target, {
    method: opts.method ?? 'POST',
    headers,
    body,
    signal: controller.signal,
  });
  const reader = res.body?.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let ended = false;
  const events: SseEvent[] = [];

  /** Parses whole events out of `buffer` (SSE: fields by line, an event ends at a blank line). */
  function parse(): void {
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end < 0) return;
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let event = '';
      let id: string | undefined;
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line === '' || line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        let value = colon < 0 ? '' : line.slice(colon + 1);
        if (value.startsWith(' ')) value = value.slice(1);
        if (field === 'event') event = value;
        else if (field === 'id') id = value;
        else if (field === 'data') data.push(value);
      }
      // A comment-only block is a ping.
      if (event !== '' || data.length > 0) events.push({ event, id, data: data.join('\n') });
    }
  }

  async function next(): Promise<SseEvent | undefined> {
    for (;;) {
      const event = events.shift();
      if (event) return event;
      if (ended || !reader) return undefined;
      const chunk = await reader.read().catch(() => ({ done: true, value: undefined }));
      if (chunk.done) ended = true;
      else {
        buffer += decoder.decode(chunk.value, { stream: true });
        parse();
      }
    }
  }

  return {
    status: res.status,
    headers: res.headers,
    next,
    async rest() {
      const all: SseEvent[] = [];
      for (let e = await next(); e; e = await next()) all.push(e);
      return all;
    },
    close() {
      controller.abort();
      open.delete(controller);
    },
  };
}
