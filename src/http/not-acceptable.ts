import type { Plugin } from 'graphql-yoga';

/**
 * yoga answers a subscription sent without `Accept: text/event-stream` with an empty 406: a client
 * sees no reason. This gives that answer a GraphQL-shaped body that says what to send instead,
 * keeping the status and yoga's `accept` header.
 */
const MESSAGE =
  'Subscriptions are streamed: send the request with `Accept: text/event-stream` (Server-Sent Events), ' +
  'or subscribe over graphql-ws (WebSocket) on the same path.';

export function useNotAcceptableBody(): Plugin {
  return {
    onResponse({ response, setResponse, fetchAPI }) {
      // Only yoga's bare 406 (no content type); one with a body of its own keeps it.
      if (response.status !== 406 || response.headers.has('content-type')) return;
      const headers = new fetchAPI.Headers(response.headers);
      headers.set('content-type', 'application/json; charset=utf-8');
      headers.delete('content-length');
      const body = JSON.stringify({ errors: [{ message: MESSAGE, extensions: { code: 'NOT_ACCEPTABLE' } }] });
      setResponse(new fetchAPI.Response(body, { status: 406, headers }));
    },
  };
}
