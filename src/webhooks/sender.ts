import { isIP } from 'node:net';
import { Agent, request } from 'undici';
import { guardedLookup, hostOf, isForbiddenAddress, type Resolver } from './ssrf.ts';

/** One POST of a delivery attempt. */
export interface SendRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * What came back: a response (any status; the caller decides what counts), or no response at all
 * (connection refused or reset, DNS, TLS, timeout, a target the SSRF guard refused).
 */
export type SendResult =
  | { kind: 'response'; status: number; body: string }
  | { kind: 'error'; error: string; reason: 'timeout' | 'network' | 'forbidden' };

export interface Sender {
  /** Never rejects. `signal` cuts the attempt short (shutdown); it then ends as a timeout. */
  send(req: SendRequest, signal?: AbortSignal): Promise<SendResult>;
  close(): Promise<void>;
}

export interface HttpSenderOptions {
  /** WEBHOOK_ALLOW_PRIVATE_TARGETS: skip the SSRF guard. */
  allowPrivate: boolean;
  /** The whole attempt: connect, send, headers and (capped) body. */
  timeoutMs: number;
  /** Response bytes read at most; the rest is dropped with the connection. @default 65536 */
  maxResponseBytes?: number;
  /** How names resolve (tests). @default the system resolver */
  resolve?: Resolver;
}

const TIMEOUT_ERRORS = new Set([
  'TimeoutError',
  'AbortError',
  'HeadersTimeoutError',
  'BodyTimeoutError',
  'ConnectTimeoutError',
]);

/** The error, or one in its cause chain, is the SSRF guard's refusal. */
function isForbidden(err: unknown): boolean {
  for (let e = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e.name === 'WebhookTargetNotAllowedError') return true;
  }
  return false;
}

function describeError(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const code = (err as { code?: unknown }).code;
  const cause = err.cause instanceof Error ? `: ${err.cause.message}` : '';
  return `${typeof code === 'string' ? `${code} ` : ''}${err.message}${cause}`.slice(0, 300);
}

/**
 * Webhook POSTs over undici: no redirects followed (undici's `request` never follows one, so a 3xx
 * is just a status, which the worker counts as a failure), a deadline on the whole attempt, the
 * response body read up to a cap, and, unless private targets are allowed, the SSRF guard on the
 * address connected to (the Agent's connect lookup) and on IP-literal hosts, which skip lookup.
 */
export function createHttpSender(opts: HttpSenderOptions): Sender {
  const maxBytes = opts.maxResponseBytes ?? 65_536;
  const agent = new Agent({
    connect: {
      timeout: Math.min(opts.timeoutMs, 10_000),
      ...(opts.allowPrivate ? {} : { lookup: guardedLookup(opts.resolve) }),
    },
    headersTimeout: opts.timeoutMs,
    bodyTimeout: opts.timeoutMs,
    keepAliveTimeout: 4_000,
    connections: 8,
  });

  return {
    async send(req, cancel) {
      const url = new URL(req.url);
      const host = hostOf(url);
      if (!opts.allowPrivate && isIP(host) !== 0 && isForbiddenAddress(host)) {
        return { kind: 'error', reason: 'forbidden', error: `target address ${host} is not public` };
      }
      const deadline = AbortSignal.timeout(opts.timeoutMs);
      const signal = cancel ? AbortSignal.any([deadline, cancel]) : deadline;
      let res: Awaited<ReturnType<typeof request>>;
      try {
        res = await request(url, {
          method: 'POST',
          headers: req.headers,
          body: req.body,
          dispatcher: agent,
          signal,
        });
      } catch (err) {
        if (isForbidden(err)) return { kind: 'error', reason: 'forbidden', error: describeError(err) };
        const timeout = err instanceof Error && TIMEOUT_ERRORS.has(err.name);
        return { kind: 'error', reason: timeout ? 'timeout' : 'network', error: describeError(err) };
      }
      // The status is the answer; the body only explains it, so a slow or endless one is cut.
      const chunks: Buffer[] = [];
      let size = 0;
      try {
        for await (const chunk of res.body) {
          const buf = chunk as Buffer;
          chunks.push(buf.subarray(0, Math.max(0, maxBytes - size)));
          size += buf.length;
          if (size >= maxBytes) break;
        }
      } catch {
        // Cut off by the deadline or the peer: what was read is enough.
      } finally {
        if (!res.body.destroyed) res.body.destroy();
      }
      return { kind: 'response', status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') };
    },
    close: () => agent.close(),
  };
}
