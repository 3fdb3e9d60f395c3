import { GatewayHttpError, GatewayRequestError, GatewayUnreachableError } from './errors.ts';
import type { ClientOptions, GraphQLErrorShape, TypedDocument } from './types.ts';

/**
 * POST /graphql, and the plumbing every call shares: where the gateway is, which headers go with
 * each request, and which error class a failure becomes. Only web platform globals (fetch, Headers,
 * URL), so the same code runs in browsers and in Node 20.
 */
export interface Transport {
  /** The gateway's /graphql URL, absolute. */
  readonly graphqlUrl: string;
  /** The gateway's origin: only requests there carry the API key. */
  readonly origin: string;
  /** `options.headers` with the authorization the API key gives, for a request to `url`. */
  headers(url: string, extra?: Record<string, string>): Headers;
  /** fetch, with a network failure turned into GatewayUnreachableError (an abort stays an abort). */
  fetch(url: string, init: FetchInit): Promise<Response>;
  request<R, V>(document: TypedDocument<R, V>, variables: V, signal?: AbortSignal): Promise<R>;
}

/** fetch's init, where an absent signal may be given as undefined. */
export type FetchInit = Omit<RequestInit, 'signal'> & { signal?: AbortSignal | undefined };

/**
 * `http://host:4000`, `http://host:4000/` and `http://host:4000/graphql` all name the same gateway;
 * a gateway behind a path prefix (`https://example.com/3d/`) is served at `<prefix>/graphql`.
 */
export function graphqlUrlOf(url: string): string {
  const parsed = new URL(url);
  if (/\/graphql\/?$/.test(parsed.pathname)) return parsed.href;
  if (!parsed.pathname.endsWith('/')) parsed.pathname += '/';
  return new URL('graphql', parsed).href;
}

/** The abort reason when `signal` fired, so callers see their own reason rather than a network error. */
export function abortedReason(signal: AbortSignal | undefined): unknown {
  return signal?.aborted
    ? (signal.reason ?? new DOMException('This operation was aborted', 'AbortError'))
    : undefined;
}

/**
 * Reads a response body: a connection that breaks half way is the gateway becoming unreachable,
 * unless the caller aborted (then the caller's reason).
 */
export async function readBody<T>(
  read: () => Promise<T>,
  url: string,
  signal: AbortSignal | undefined,
): Promise<T> {
  try {
    return await read();
  } catch (err) {
    const reason = abortedReason(signal);
    if (reason !== undefined) throw reason;
    throw new GatewayUnreachableError(url, { cause: err });
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The `errors` of a GraphQL result, or undefined when `body` carries none in the spec's shape. */
export function graphqlErrorsOf(body: unknown): GraphQLErrorShape[] | undefined {
  if (!isRecord(body) || !Array.isArray(body.errors) || body.errors.length === 0) return undefined;
  return body.errors.map((e: unknown) => {
    const message = isRecord(e) && typeof e.message === 'string' ? e.message : String(e);
    const extensions = isRecord(e) && isRecord(e.extensions) ? e.extensions : undefined;
    return extensions ? { message, extensions } : { message };
  });
}

export function requestError(errors: readonly GraphQLErrorShape[], status: number): GatewayRequestError {
  const code = errors[0]?.extensions?.code;
  return new GatewayRequestError(
    errors.map((e) => e.message).join('; ') || 'request failed',
    typeof code === 'string' ? code : undefined,
    errors,
    status,
  );
}

/**
 * The data of a GraphQL-over-HTTP answer. Errors in the body win over the status code: the gateway
 * answers a bad key with 401 and a GraphQL error whose code says so, which is what callers branch on.
 */
export function resultOf<R>(status: number, text: string): R {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new GatewayHttpError(status, text);
  }
  const errors = graphqlErrorsOf(body);
  if (errors) throw requestError(errors, status);
  if (!isRecord(body) || !isRecord(body.data)) throw new GatewayHttpError(status, text);
  return body.data as R;
}

export function createTransport(options: ClientOptions): Transport {
  const graphqlUrl = graphqlUrlOf(options.url);
  const { origin } = new URL(graphqlUrl);
  // Bound now: a caller's fetch may be a method, and the global one must be called unbound.
  const fetchImpl: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  const headers = (url: string, extra?: Record<string, string>): Headers => {
    const h = new Headers(options.headers);
    for (const [name, value] of Object.entries(extra ?? {})) h.set(name, value);
    // The key goes to the gateway only: a result URL on another host must not receive it.
    if (options.apiKey && new URL(url, graphqlUrl).origin === origin) {
      h.set('authorization', `Bearer ${options.apiKey}`);
    }
    return h;
  };

  const send = async (url: string, init: FetchInit) => {
    try {
      return await fetchImpl(url, { ...init, signal: init.signal ?? null });
    } catch (err) {
      const reason = abortedReason(init.signal);
      if (reason !== undefined) throw reason;
      throw new GatewayUnreachableError(url, { cause: err });
    }
  };

  return {
    graphqlUrl,
    origin,
    headers,
    fetch: send,
    async request<R, V>(document: TypedDocument<R, V>, variables: V, signal?: AbortSignal): Promise<R> {
      const res = await send(graphqlUrl, {
        method: 'POST',
        headers: headers(graphqlUrl, {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json;q=0.9',
        }),
        body: JSON.stringify({ query: document.toString(), variables }),
        signal,
      });
      const text = await readBody(() => res.text(), graphqlUrl, signal);
      return resultOf<R>(res.status, text);
    },
  };
}
