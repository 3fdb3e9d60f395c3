/**
 * Which browser origins may call the gateway across origins (CORS), and whose simple requests
 * (forms, text/plain, GET) are not cross-site for CSRF prevention. An entry is an exact origin
 * (`https://app.example.com`) or a loopback-style pattern with any port (`http://localhost:*`).
 * `*` means any origin for CORS, but never exempts a request from CSRF prevention.
 */
export type AllowedOrigins = '*' | readonly string[];

/**
 * The default in every mode: the gateway's own origin (same-origin needs no CORS) plus loopback
 * origins on any port, for frontend development servers (`npm run dev` on http://localhost:5173).
 */
export const DEFAULT_CORS_ORIGINS: readonly string[] = [
  'http://localhost:*',
  'http://127.0.0.1:*',
  'http://[::1]:*',
];

/** True when `origin` (an Origin header value) is one of `allowed`'s entries. `*` counts only when `wildcard`. */
export function originAllowed(origin: string, allowed: AllowedOrigins, wildcard = true): boolean {
  if (allowed === '*') return wildcard;
  for (const entry of allowed) {
    if (entry === origin) return true;
    if (entry.endsWith(':*')) {
      const base = entry.slice(0, -2);
      // `http://localhost:*` matches http://localhost and http://localhost:<digits>, nothing else.
      if (origin === base) return true;
      if (origin.startsWith(`${base}:`) && /^\d{1,5}$/.test(origin.slice(base.length + 1))) return true;
    }
  }
  return false;
}

/** An entry of CORS_ORIGINS: `scheme://host[:port]` exactly as browsers send it, or `scheme://host:*`. */
export function isOriginEntry(entry: string): boolean {
  const pattern = entry.endsWith(':*') ? entry.slice(0, -2) : entry;
  try {
    const url = new URL(pattern);
    return (
      /^https?:$/.test(url.protocol) &&
      url.origin === pattern &&
      /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])$/.test(url.hostname) &&
      (pattern === entry || url.port === '')
    );
  } catch {
    return false;
  }
}
