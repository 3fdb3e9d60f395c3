import { createClient } from 'graphql-sse';
import type { TypedDocumentString } from './generated/graphql.ts';

/**
 * The page's GraphQL client: queries and mutations as plain POSTs, the `jobStatus` and
 * `pipelineStatus` subscriptions over GraphQL over SSE (graphql-sse, distinct connections). Documents come from codegen, so
 * variables and results are typed. Everything is relative to the page: a gateway behind a path
 * prefix still works.
 */

const KEY_STORAGE = 'hunyuan3d-gateway.apiKey';
const endpoint = () => new URL('graphql', document.baseURI).href;

export class GraphQLRequestError extends Error {
  override readonly name = 'GraphQLRequestError';
  readonly code: string | undefined;
  constructor(message: string, code: string | undefined) {
    super(message);
    this.code = code;
  }
}

interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string };
}

export function apiKey(): string {
  return localStorage.getItem(KEY_STORAGE) ?? '';
}

export function setApiKey(key: string): void {
  if (key) localStorage.setItem(KEY_STORAGE, key);
  else localStorage.removeItem(KEY_STORAGE);
}

function headers(): Record<string, string> {
  const key = apiKey();
  return key ? { authorization: `Bearer ${key}` } : {};
}

function toError(errors: readonly GraphQLErrorShape[]): GraphQLRequestError {
  const first = errors[0];
  return new GraphQLRequestError(
    errors.map((e) => e.message).join('; ') || 'request failed',
    first?.extensions?.code,
  );
}

export async function request<R, V>(document: TypedDocumentString<R, V>, variables: V): Promise<R> {
  const res = await fetch(endpoint(), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...headers(),
    },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const body = (await res.json().catch(() => ({}))) as { data?: R | null; errors?: GraphQLErrorShape[] };
  if (body.errors?.length) throw toError(body.errors);
  if (!body.data) throw new GraphQLRequestError(`HTTP ${res.status} without data`, undefined);
  return body.data;
}

const sse = createClient({
  url: endpoint,
  headers,
  // A dropped stream is resumed by subscribing again: the first event is the current snapshot.
  retryAttempts: 5,
});

export interface Sink<R> {
  next(data: R): void;
  error(err: Error): void;
  complete(): void;
}

/** Starts a subscription; the returned function stops it at once (closing its SSE stream). */
export function subscribe<R, V extends Record<string, unknown>>(
  document: TypedDocumentString<R, V>,
  variables: V,
  sink: Sink<R>,
): () => void {
  return sse.subscribe<R>(
    { query: document.toString(), variables },
    {
      next: (result) => {
        if (result.errors?.length) sink.error(toError(result.errors as readonly GraphQLErrorShape[]));
        else if (result.data) sink.next(result.data);
      },
      error: (err) => sink.error(err instanceof Error ? err : new Error(String(err))),
      complete: () => sink.complete(),
    },
  );
}
