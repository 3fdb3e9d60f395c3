import type { IncomingHttpHeaders } from 'node:http';

const HOST_RE = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

function first(value: string | string[] | null | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v?.split(',')[0]?.trim() || undefined;
}

/**
 * The origin clients reach this gateway at (`https://gw.example.com`), for absolute URLs in
 * responses: `X-Forwarded-Proto`/`X-Forwarded-Host` from a reverse proxy win over the request's own
 * Host. A spoofed header only changes the URLs in the spoofer's own response. Undefined when the
 * request carries no usable host (then callers use gateway-relative paths).
 */
export function publicOrigin(
  request: Request | undefined,
  req: { headers: IncomingHttpHeaders } | undefined,
): string | undefined {
  const header = (name: string) => first(request ? request.headers.get(name) : req?.headers[name]);
  let ownProto: string | undefined;
  let ownHost: string | undefined;
  if (request) {
    try {
      const url = new URL(request.url);
      ownProto = url.protocol.replace(/:$/, '');
      ownHost = url.host;
    } catch {
      // fall through to headers
    }
  }
  const proto = header('x-forwarded-proto') ?? ownProto ?? 'http';
  const host = header('x-forwarded-host') ?? ownHost ?? header('host');
  if (!host || !HOST_RE.test(host) || (proto !== 'http' && proto !== 'https')) return undefined;
  return `${proto}://${host}`;
}
