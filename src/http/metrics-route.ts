import type { Plugin } from 'graphql-yoga';
import type { Registry } from 'prom-client';

/** `GET /metrics`: the registry in Prometheus text format. Not behind API keys: keep it off the public network. */
export function useMetricsRoute(registry: Registry, endpoint = '/metrics'): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      // The string test first: most requests are /graphql and should not pay for a URL parse.
      if (!request.url.includes(endpoint) || url.pathname !== endpoint) return;
      return registry.metrics().then((text) =>
        endResponse(
          new fetchAPI.Response(text, {
            status: 200,
            headers: { 'content-type': registry.contentType, 'cache-control': 'no-store' },
          }),
        ),
      );
    },
  };
}
