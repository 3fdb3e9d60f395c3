import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import { createGraphQLError, type GraphQLParams, type Plugin } from 'graphql-yoga';

/**
 * yoga's request-body limit (`maxRequestBodySize`) and JSON body parsing, without their costs.
 *
 * - yoga pipes every body through a TransformStream to count bytes; profiling the gateway under
 *   load put that pipe (stream pipeline, AbortController, a DOMException per request) at 15–20% of
 *   the CPU of a cached `job(id)`. A request with a valid Content-Length cannot carry more bytes
 *   than it declares (Node's HTTP parser frames the body by it), so checking the header is enough.
 * - A JSON POST that came through node:http is read straight from the IncomingMessage, counting
 *   bytes, instead of through the fetch-API body wrapper: cheaper, and under 500 connections
 *   (bench/, poll storm) the wrapper left about 1% of POSTs unanswered until the client gave up,
 *   in bare graphql-yoga too, while GET requests and this reader answered every one. Errors and
 *   their messages are yoga's (`parsePOSTJsonRequest`).
 * - Anything else without a Content-Length (chunked, or `app.fetch` in tests) is counted as it
 *   streams, as yoga does.
 *
 * Use with `maxRequestBodySize: false`, after any plugin that registers a request parser.
 */
export interface BodyLimitOptions {
  /** Largest accepted body in bytes. @default 25_000_000 (yoga's default) */
  maxBytes?: number;
}

// One non-negative integer only: lists ("10, 10") are request-smuggling attempts.
const CONTENT_LENGTH = /^\d+$/;
const JSON_TYPES = ['application/json', 'application/graphql+json'];

/** Names the limit, so a client knows how far to shrink (an 8 MiB base64 image fits). */
function tooLarge(limit: number) {
  return createGraphQLError(`Request body too large: at most ${limit} bytes are accepted`, {
    extensions: { http: { status: 413 }, code: 'REQUEST_ENTITY_TOO_LARGE', limit },
  });
}

function badBody(message: string, err?: unknown) {
  return createGraphQLError(message, {
    extensions: {
      http: { spec: true, status: 400 },
      code: 'BAD_REQUEST',
      ...(err instanceof Error ? { originalError: { name: err.name, message: err.message } } : {}),
    },
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
        if (bytes > limit) controller.error(tooLarge(limit));
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

function isJsonPost(request: Request): boolean {
  if (request.method !== 'POST') return false;
  // As yoga: the first of a (non-standard) list of types, with or without parameters.
  const type = request.headers.get('content-type')?.split(',')[0];
  return type !== undefined && JSON_TYPES.some((t) => type === t || type.startsWith(`${t};`));
}

/** The node:http request behind `request`, while nobody has read its body yet. */
function unreadNodeRequest(serverContext: unknown): IncomingMessage | undefined {
  const req = (serverContext as { req?: IncomingMessage } | undefined)?.req;
  return req && typeof req.on === 'function' && !req.readableDidRead && !req.destroyed ? req : undefined;
}

// Inline, anonymous callbacks: under tsx every named function made per request also costs a
// `__name` call, which was 3% of a cached job(id) in the profile.
function readNodeBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    let settled = false;
    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      bytes += chunk.length;
      if (bytes <= limit) {
        chunks.push(chunk);
        return;
      }
      settled = true;
      reject(tooLarge(limit)); // the rest is drained by 'data' above, so the 413 can still be sent
    });
    req.on('end', () => {
      if (settled) return;
      settled = true;
      resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks));
    });
    req.on('error', (err) => {
      if (settled) return;
      settled = true;
      reject(err);
    });
    req.on('close', () => {
      if (settled || req.complete) return;
      settled = true;
      reject(new Error('the client closed the connection before sending the whole body'));
    });
  });
}

async function parseNodeJson(req: IncomingMessage, limit: number): Promise<GraphQLParams> {
  let body: unknown;
  try {
    body = JSON.parse((await readNodeBody(req, limit)).toString('utf8'));
  } catch (err) {
    if (err instanceof GraphQLError) throw err;
    throw badBody('POST body sent invalid JSON.', err);
  }
  if (body === null || body === undefined) {
    throw createGraphQLError(`POST body is expected to be object but received ${body}`, {
      extensions: { http: { status: 400 }, code: 'BAD_REQUEST' },
    });
  }
  if (typeof body !== 'object') {
    throw createGraphQLError(`POST body is expected to be object but received ${typeof body}`, {
      extensions: { http: { status: 400 }, code: 'BAD_REQUEST' },
    });
  }
  // An object or an array (a batch), checked further by yoga like any parsed body.
  return body as GraphQLParams;
}

export function useBodyLimit(opts: BodyLimitOptions = {}): Plugin {
  const limit = opts.maxBytes ?? 25_000_000;
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI, serverContext }) {
      const length = request.headers.get('content-length');
      if (length !== null) {
        if (!CONTENT_LENGTH.test(length)) {
          throw createGraphQLError('Content-Length header is invalid.', {
            extensions: { http: { status: 400 }, code: 'BAD_REQUEST' },
          });
        }
        if (Number(length) > limit) throw tooLarge(limit);
      }
      if (!requestParser) return;
      const req = isJsonPost(request) ? unreadNodeRequest(serverContext) : undefined;
      if (req) {
        setRequestParser(() => parseNodeJson(req, limit));
        return;
      }
      if (length !== null || !request.body) return;
      const parse = requestParser;
      setRequestParser((r) => parse(countingBody(r, limit, fetchAPI)));
    },
  };
}
