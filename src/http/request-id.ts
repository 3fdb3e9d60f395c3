import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';

const HEADER = 'x-request-id';
/** An incoming id is kept when it is short and plain enough to log and echo safely. */
const SANE_ID = /^[\w.:-]{1,128}$/;

export interface RequestIds {
  /** The id of an HTTP request (the incoming `x-request-id` if sane, else a new one); a new id without one. */
  of(request: Request | undefined): string;
  /** Echoes the id in the `x-request-id` response header, on every route. */
  readonly plugin: Plugin;
}

/** One id per HTTP request, or per graphql-ws subscribe (which has no fetch Request). */
export function createRequestIds(): RequestIds {
  const ids = new WeakMap<Request, string>();
  function of(request: Request | undefined): string {
    if (!request) return randomUUID();
    let id = ids.get(request);
    if (id === undefined) {
      const incoming = request.headers.get(HEADER);
      id = incoming !== null && SANE_ID.test(incoming) ? incoming : randomUUID();
      ids.set(request, id);
    }
    return id;
  }
  return {
    of,
    plugin: {
      onResponse({ request, response }) {
        try {
          response.headers.set(HEADER, of(request));
        } catch {
          // Immutable headers (a proxied Response): nothing to echo into.
        }
      },
    },
  };
}
