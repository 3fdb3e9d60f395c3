import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';

/**
 * A name, an IPv4 address or a bracketed IPv6 address, with an optional port: what a Host header
 * may hold. Anything else (`a b`, `x/metrics#`, `user@host`) is refused before yoga sees it.
 */
const HOST_HEADER = /^(?:[A-Za-z0-9_.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** Why the request cannot be turned into a URL, or undefined when it can. */
export function malformedRequest(req: Pick<IncomingMessage, 'headers' | 'url'>): string | undefined {
  const host = req.headers.host;
  if (host === undefined) return undefined; // the node adapter then uses the socket's address
  if (!HOST_HEADER.test(host)) return 'Malformed Host header';
  try {
    // What @whatwg-node/server builds the request URL from.
    new URL(`http://${host}${req.url ?? '/'}`);
    return undefined;
  } catch {
    return 'Malformed request target';
  }
}

type NodeListener = (req: IncomingMessage, res: ServerResponse, ...rest: unknown[]) => unknown;

function isNodeCall(args: unknown[]): args is [IncomingMessage, ServerResponse, ...unknown[]] {
  const [req, res] = args as [Partial<IncomingMessage> | undefined, Partial<ServerResponse> | undefined];
  return (
    typeof req === 'object' &&
    req !== null &&
    typeof req.headers === 'object' &&
    typeof res === 'object' &&
    res !== null &&
    typeof res.writeHead === 'function'
  );
}

/**
 * The node adapter of yoga (@whatwg-node/server) builds each request's URL from the Host header
 * before any plugin runs; a Host it cannot parse (`Host: a b`) became a 500 whose body was the
 * stack trace, install paths included, on any route and before any key check (audit F11). This
 * wraps the app's node request listener: such a request gets 400 `BAD_REQUEST` (JSON, no stack),
 * logged as one line without a stack, and everything else (properties, `fetch`, in-process calls)
 * passes through untouched.
 */
export function guardHost<T extends object>(app: T, log: Logger): T {
  function handle(target: T, thisArg: unknown, args: unknown[]): unknown {
    if (isNodeCall(args)) {
      const [req, res] = args;
      const problem = malformedRequest(req);
      if (problem) {
        log.warn(
          {
            code: 'BAD_REQUEST',
            host: String(req.headers.host).slice(0, 100),
            remoteAddress: req.socket?.remoteAddress,
          },
          `${problem.toLowerCase()} refused`,
        );
        const body = JSON.stringify({ errors: [{ message: problem, extensions: { code: 'BAD_REQUEST' } }] });
        res.writeHead(400, {
          'content-type': 'application/json; charset=utf-8',
          'content-length': Buffer.byteLength(body),
          'cache-control': 'no-store',
          connection: 'close',
        });
        res.end(body);
        return undefined;
      }
    }
    return Reflect.apply(target as NodeListener, thisArg, args);
  }
  return new Proxy(app, {
    apply: (target, thisArg, args: unknown[]) => handle(target, thisArg, args),
    get(target, prop) {
      // Node's EventEmitter calls a listener as `listener.apply(server, args)`: yoga's own proxy
      // would answer `apply` with its inner handler's, bypassing this one.
      if (prop === 'apply')
        return (thisArg: unknown, args?: unknown[]) => handle(target, thisArg, [...(args ?? [])]);
      if (prop === 'call') return (thisArg: unknown, ...args: unknown[]) => handle(target, thisArg, args);
      if (prop === 'bind') {
        return (thisArg: unknown, ...bound: unknown[]) =>
          (...args: unknown[]) =>
            handle(target, thisArg, [...bound, ...args]);
      }
      return Reflect.get(target, prop);
    },
  });
}
