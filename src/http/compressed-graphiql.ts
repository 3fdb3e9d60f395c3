import { createHash } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import { type StaticBody, staticBody, staticResponse } from './compressed-body.ts';

/**
 * GraphiQL's page is about 9 MB of inlined HTML and JavaScript (so it works offline), rendered by
 * yoga on every `GET /graphql` for text/html and sent uncompressed and uncacheable. This keeps the
 * rendered page (it is the same every time), answers with an ETag (304 when the browser has it)
 * and brotli or gzip when the browser takes them.
 */
export function useCompressedGraphiQL(opts: { endpoint: string }): Plugin {
  // Keyed by a digest of the page: a handful of variants at most (one per GraphiQL option set).
  const pages = new Map<string, StaticBody>();
  return {
    async onResponse({ request, response, setResponse, fetchAPI }) {
      if (request.method !== 'GET' || response.status !== 200) return;
      if (!response.headers.get('content-type')?.startsWith('text/html')) return;
      if (new URL(request.url).pathname !== opts.endpoint) return;
      const bytes = new Uint8Array(await response.arrayBuffer());
      const key = createHash('sha256').update(bytes).digest('base64url');
      let body = pages.get(key);
      if (!body) {
        if (pages.size >= 4) pages.clear();
        body = staticBody(bytes);
        pages.set(key, body);
      }
      const headers: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        if (name !== 'content-length' && name !== 'content-encoding') headers[name] = value;
      });
      headers['cache-control'] = 'no-cache';
      setResponse(await staticResponse(request, body, headers, fetchAPI.Response));
    },
  };
}
