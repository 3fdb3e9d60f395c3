import { createGraphQLError, type Plugin } from 'graphql-yoga';

/**
 * yoga's request-body limit (`maxRequestBodySize`), without its per-request cost. yoga pipes every
 * body through a TransformStream to count bytes; profiling the gateway under load put that pipe
 * (stream pipeline, AbortController, a DOMException per request) at 15–20% of the CPU of a cached
 * `job(id)`. A request with a valid Content-Length cannot carry more bytes than it declares (Node's
 * HTTP parser frames the body by it), so checking the header is enough; only a body without one
 * (chunked) is counted as it streams, as yoga does. Use with `maxRequestBodySize: false`, and keep
 * it after any plugin that registers a request parser, so it wraps whichever parser is chosen.
 */
export interface BodyLimitOptions {
  /** Largest accepted body in bytes. @default 25_000_000 (yoga's default) */
  maxBytes?: number;
}

// One non-negative integer only: lists ("10, 10") are request-smuggling attempts.
const CONTENT_LENGTH = /^\d+$/;

function tooLarge() {
  return createGraphQLError('Request body too large', {
    // The rest of the body is never read: close the connection, or a client reusing it for its
    // next request would race the unread upload (ECONNRESET).
    extensions: { http: { status: 413, headers: { Connection: 'close' } }, code: 'REQUEST_ENTITY_TOO_LARGE' },
  });
}

interface FetchParts {
  Request: typeof Request;
  TransformStream: typeof TransformStream;
}

function countingBody(request: Request, limit: number, fetchAPI: FetchParts): Request {
  const body = request.body;
  if (!body) return request;
  let bytes = 0;
  // A native stream needs the native TransformStream, a ponyfill one the ponyfill (yoga #4583).
  const Transform = body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
  const limited = body.pipeThrough(
    new Transform<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        bytes += chunk.byteLength;
        if (bytes > limit) controller.error(tooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
  return new fetchAPI.Request(request.url, {
    method: request.method,
    headers: request.headers,
    signal: request.signal,
    body: limited,
    duplex: 'half',
  } as RequestInit);
}

export function useBodyLimit(opts: BodyLimitOptions = {}): Plugin {
  const limit = opts.maxBytes ?? 25_000_000;
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const length = request.headers.get('content-length');
      if (length !== null) {
        if (!CONTENT_LENGTH.test(length)) {
          throw createGraphQLError('Content-Length header is invalid.', {
            extensions: { http: { status: 400 }, code: 'BAD_REQUEST' },
          });
        }
        if (Number(length) > limit) throw tooLarge();
        return;
      }
      if (!requestParser || !request.body) return;
      const parse = requestParser;
      setRequestParser((req) => parse(countingBody(req, limit, fetchAPI)));
    },
  };
}
