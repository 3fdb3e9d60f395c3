import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/**
 * A static body (the demo page's assets, GraphiQL's 9 MB page) with its ETag and its compressed
 * forms, each made once on first use (off the event loop, in zlib's thread pool) and then kept:
 * these bodies never change while the process runs.
 */
export type Encoding = 'br' | 'gzip';

export interface StaticBody {
  readonly bytes: Uint8Array<ArrayBuffer>;
  /** Strong ETag of the identity bytes; a compressed form's is `"<tag>-br"` / `"<tag>-gz"`. */
  readonly etag: string;
  /** The body in `encoding`, made on first use. */
  encoded(encoding: Encoding): Promise<Uint8Array<ArrayBuffer>>;
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export function staticBody(bytes: Uint8Array<ArrayBuffer>): StaticBody {
  const tag = createHash('sha256').update(bytes).digest('base64url').slice(0, 22);
  const made = new Map<Encoding, Promise<Uint8Array<ArrayBuffer>>>();
  return {
    bytes,
    etag: `"${tag}"`,
    encoded(encoding) {
      let p = made.get(encoding);
      if (!p) {
        // Brotli quality 5: most of the gain at a small part of the cost of 11 (seconds on 9 MB).
        const run =
          encoding === 'br'
            ? brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
            : gzipAsync(bytes, { level: 6 });
        p = run.then((b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength) as Uint8Array<ArrayBuffer>);
        // A failure is not kept: the next request tries again (and gets identity meanwhile).
        p.catch(() => made.delete(encoding));
        made.set(encoding, p);
      }
      return p;
    },
  };
}

/** The ETag of `body` as sent in `encoding` (identity when undefined). */
export function etagFor(body: StaticBody, encoding: Encoding | undefined): string {
  return encoding === undefined ? body.etag : `${body.etag.slice(0, -1)}-${encoding === 'br' ? 'br' : 'gz'}"`;
}

/** The encoding to answer with: br, else gzip, when `Accept-Encoding` allows it (q=0 refuses). */
export function preferredEncoding(acceptEncoding: string | null): Encoding | undefined {
  if (!acceptEncoding) return undefined;
  const accepted = new Set<string>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q !== undefined && Number(q.slice(2)) === 0)) accepted.add(name.trim());
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return undefined;
}

/** `If-None-Match` names this tag (a list, or `*`). */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === etag || t === '*');
}

/**
 * The answer for a static body: 304 when the client has it, else the body compressed when the
 * client takes it, with `vary: accept-encoding` so caches keep the forms apart.
 */
export async function staticResponse(
  request: Request,
  body: StaticBody,
  headers: Record<string, string>,
  ResponseCtor: typeof Response,
): Promise<Response> {
  const encoding = preferredEncoding(request.headers.get('accept-encoding'));
  let bytes = body.bytes;
  let used: Encoding | undefined;
  if (encoding) {
    try {
      bytes = await body.encoded(encoding);
      used = encoding;
    } catch {
      // Identity it is.
    }
  }
  const etag = etagFor(body, used);
  const common = { ...headers, etag, vary: 'accept-encoding', ...(used ? { 'content-encoding': used } : {}) };
  if (matchesEtag(request.headers.get('if-none-match'), etag)) {
    return new ResponseCtor(null, { status: 304, headers: common });
  }
  return new ResponseCtor(request.method === 'HEAD' ? null : bytes, {
    status: 200,
    headers: { ...common, 'content-length': String(bytes.byteLength) },
  });
}
