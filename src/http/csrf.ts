import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { type AllowedOrigins, originAllowed } from './origins.ts';

/**
 * CSRF prevention. A browser sends a cross-site request without asking the server first (no CORS
 * preflight) only when it is "simple": GET/POST with no custom header and a content type of
 * text/plain, application/x-www-form-urlencoded or multipart/form-data (or none). yoga accepts
 * form-encoded POSTs, so a hostile page could otherwise submit a paid job with a plain HTML form.
 * Such a request is refused when a browser marks it as coming from another site (`Sec-Fetch-Site`,
 * or an `Origin` that is not this host nor an allowed origin). JSON requests are preflighted, so the
 * CORS allow-list governs them. This holds in every mode: `CORS_ORIGINS=*` lets any origin read
 * answers to preflighted requests, but exempts no origin from this check (only listed ones are).
 *
 * Unlike `@graphql-yoga/plugin-csrf-prevention`, a GET from a non-browser client (no `Origin`, no
 * `Sec-Fetch-Site`) is served without the custom header: such a client cannot be made to act by a
 * third-party page, GETs never run mutations, and the GraphQL-over-HTTP audit (and GraphiQL's own
 * SSE subscriptions, GETs without the header) keep working. A client may still send
 * `x-graphql-yoga-csrf` (any value) to mark a request as deliberate.
 */
export interface CsrfOptions {
  /** Origins listed for CORS: their requests are not cross-site for this check (`*` exempts none). @default [] */
  allowedOrigins?: AllowedOrigins;
}

const SIMPLE_CONTENT_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];
const CSRF_HEADER = 'x-graphql-yoga-csrf';

function isSimple(request: Request): boolean {
  if (request.headers.has(CSRF_HEADER)) return false;
  const type = request.headers.get('content-type')?.toLowerCase().trim();
  if (!type) return true;
  return SIMPLE_CONTENT_TYPES.some((simple) => type.startsWith(simple));
}

function isCrossSite(request: Request, allowed: AllowedOrigins): boolean {
  const site = request.headers.get('sec-fetch-site');
  const origin = request.headers.get('origin');
  if (origin !== null && originAllowed(origin, allowed, false)) return false;
  // `none` is a user typing the URL or following a bookmark: not a third-party page.
  if (site !== null) return site !== 'same-origin' && site !== 'none';
  if (origin === null) return false;
  try {
    // request.url is built from the Host header (node) or is the fetch URL (in-process).
    return new URL(origin).host !== new URL(request.url).host;
  } catch {
    return true;
  }
}

export function useCsrfPrevention(opts: CsrfOptions = {}): Plugin {
  const allowed = opts.allowedOrigins ?? [];
  return {
    onRequestParse({ request }) {
      if (!isSimple(request) || !isCrossSite(request, allowed)) return;
      throw createGraphQLError(
        'Cross-site request refused (CSRF prevention): send Content-Type: application/json, or the ' +
          `${CSRF_HEADER} header, from an allowed origin`,
        { extensions: { code: 'FORBIDDEN', http: { status: 403 } } },
      );
    },
  };
}
