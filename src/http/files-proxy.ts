import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import { CONVERSION_ID_RE, type Conversions } from '../files/conversions.ts';
import {
  type FileCache,
  FileCacheFullError,
  type OpenedFile,
  ResultFileRefusedError,
  UpstreamFileError,
} from '../files/file-cache.ts';
import { contentTypeOf, FILES_PREFIX, parseResultFilePath, upstreamUrlOf } from '../files/result-paths.ts';
import { type ResultFile, UPSTREAM_TTL_MS } from '../jobs/domain/job.ts';
import type { JobService } from '../jobs/job-service.ts';
import { StoreUnavailableError } from '../jobs/store/store-errors.ts';

/** No scripts, no subresources, an opaque origin: a result file opened as a page can do nothing. */
export const FILE_CSP = "default-src 'none'; sandbox";

export interface FilesProxyOptions {
  jobs: Pick<JobService, 'repo'>;
  cache: FileCache;
  /** `convertModel` results, served at `/files/cnv_…/0/…`; without it such paths are 404. */
  conversions?: Conversions | undefined;
  log: Logger;
  /** `Access-Control-Allow-Origin` of file responses. @default '*' */
  allowOrigin?: string;
  now?: () => number;
}

/**
 * `GET /files/<jobId>/<index>/<name>`: a job's result file, fetched from upstream storage once and
 * then served from the disk cache until the job's results expire, with its real content type and
 * CORS headers, so browsers never depend on the headers upstream storage sends. Only URLs Tencent
 * returned for that job can be reached, only on allowed storage hosts (the cache checks), and only
 * known model, video and image types are served, with nosniff and a sandboxing CSP. A store that
 * does not answer is a 503 (STORE_UNAVAILABLE). The path is a capability, like Tencent's pre-signed URLs:
 * the unguessable job id is the secret, because `<img>`, `<a download>` and 3D loaders send no
 * Authorization header.
 */
export function useFilesProxy(opts: FilesProxyOptions): Plugin {
  const now = opts.now ?? Date.now;
  const allowOrigin = opts.allowOrigin ?? '*';
  /** Requests for /files/, so onResponse need not parse every URL again. */
  const ours = new WeakSet<Request>();

  function reply(
    fetchAPI: { Response: typeof Response },
    status: number,
    code: string,
    message: string,
    extra: Record<string, string> = {},
  ) {
    return new fetchAPI.Response(JSON.stringify({ error: { code, message } }), {
      status,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        ...(status === 405 ? { allow: 'GET, HEAD, OPTIONS' } : {}),
        ...extra,
      },
    });
  }

  /** The files behind an id: a DONE job's results, or a conversion's one file. */
  async function sourceOf(
    id: string,
  ): Promise<{ id: string; resultFiles: readonly ResultFile[]; expiresAt: number } | undefined> {
    if (CONVERSION_ID_RE.test(id)) {
      // An expired conversion is forgotten, so it is a 404 rather than a 410.
      const conversion = await opts.conversions?.get(id, now());
      return conversion && { id, resultFiles: [conversion.file], expiresAt: conversion.expiresAt };
    }
    const job = await opts.jobs.repo.get(id);
    if (job?.status !== 'DONE') return undefined;
    return {
      id: job.id,
      resultFiles: job.resultFiles,
      expiresAt: job.expiresAt ?? job.submittedAt + UPSTREAM_TTL_MS,
    };
  }

  async function handle(request: Request, pathname: string, fetchAPI: { Response: typeof Response }) {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return reply(fetchAPI, 405, 'METHOD_NOT_ALLOWED', 'result files support GET and HEAD');
    }
    const ref = parseResultFilePath(pathname);
    let job: Awaited<ReturnType<typeof sourceOf>>;
    try {
      job = ref ? await sourceOf(ref.jobId) : undefined;
    } catch (err) {
      // The job or conversion store did not answer: the file may well exist, so not a 404.
      if (!(err instanceof StoreUnavailableError)) throw err;
      opts.log.warn(
        { jobId: ref?.jobId, err: err.cause ?? err.message },
        'result file lookup: store unavailable',
      );
      return reply(fetchAPI, 503, err.code, err.message, { 'retry-after': '5' });
    }
    const url = ref && job ? upstreamUrlOf(job.resultFiles, ref) : undefined;
    if (!ref || !job || !url) return reply(fetchAPI, 404, 'NOT_FOUND', 'no such result file');
    const { expiresAt } = job;
    if (now() >= expiresAt) {
      return reply(
        fetchAPI,
        410,
        'EXPIRED',
        `result files of ${job.id} expired at ${new Date(expiresAt).toISOString()}`,
      );
    }
    // Only known model, video and image types, decided by the name alone: upstream cannot make the
    // gateway serve HTML or SVG on its own origin (audit F9). Refused before anything is fetched.
    const type = contentTypeOf(ref.name);
    if (type === undefined) {
      opts.log.warn({ jobId: ref.jobId, file: ref.name }, 'result file of a type the gateway does not serve');
      return reply(
        fetchAPI,
        502,
        'RESULT_FILE_TYPE_NOT_ALLOWED',
        `upstream gave a ${ref.name.replace(/^[a-z]+\./, '.')} file, which the gateway does not serve`,
      );
    }

    let file: OpenedFile;
    try {
      file = await opts.cache.open(ref, { url, expiresAt });
    } catch (err) {
      return failed(err);
    }
    const { stream } = file;

    const etag = `"${ref.jobId}-${ref.index}-${file.size}"`;
    const maxAgeS = Math.max(0, Math.floor((expiresAt - now()) / 1000));
    const headers: Record<string, string> = {
      'content-type': type,
      'content-length': String(file.size),
      'cache-control': `public, max-age=${maxAgeS}, immutable`,
      etag,
      // Images may show inline; anything else is a download, never a page of the gateway's origin.
      'content-disposition': `${type.startsWith('image/') ? 'inline' : 'attachment'}; filename="${ref.jobId}-${ref.name}"`,
      'x-content-type-options': 'nosniff',
      // Even opened as a page, the file runs nothing and loads nothing, with an opaque origin.
      'content-security-policy': FILE_CSP,
      'cross-origin-resource-policy': 'cross-origin',
    };
    if (request.headers.get('if-none-match') === etag || request.method === 'HEAD') {
      stream.destroy();
      const notModified = request.method !== 'HEAD';
      if (notModified) delete headers['content-length'];
      return new fetchAPI.Response(null, { status: notModified ? 304 : 200, headers });
    }
    // A client that goes away mid-download releases the file (the cache pins it while it is read).
    if (request.signal?.aborted) stream.destroy();
    else request.signal?.addEventListener('abort', () => stream.destroy(), { once: true });
    // The Node stream itself, not Readable.toWeb(): yoga's node adapter pipes it and ends the response
    // at once, where the web-stream path left the connection busy (server.close waited on it).
    return new fetchAPI.Response(stream as unknown as BodyInit, {
      status: 200,
      headers,
    });

    function failed(err: unknown) {
      const where = { jobId: ref?.jobId, file: ref?.name };
      if (err instanceof ResultFileRefusedError) {
        opts.log.warn({ ...where, reason: err.message }, 'result file URL refused');
        return reply(fetchAPI, 502, err.code, err.message);
      }
      if (err instanceof FileCacheFullError) {
        opts.log.warn(where, err.message);
        return reply(fetchAPI, 503, err.code, err.message, { 'retry-after': '5' });
      }
      if (err instanceof UpstreamFileError) {
        opts.log.warn(
          { ...where, status: err.status, err: err.cause ?? err.message },
          'result file download failed',
        );
        return reply(fetchAPI, 502, 'UPSTREAM_FILE_ERROR', `upstream storage failed: ${err.message}`);
      }
      throw err;
    }
  }

  return {
    onRequest({ request, url, fetchAPI, endResponse }) {
      // Synchronous for every other path: no promise per GraphQL request.
      if (!url.pathname.startsWith(FILES_PREFIX)) return;
      ours.add(request);
      return handle(request, url.pathname, fetchAPI).then(endResponse);
    },
    onResponse({ request, response }) {
      // Preflights are answered by yoga's CORS plugin before onRequest above sees them.
      const preflight =
        request.method === 'OPTIONS' && new URL(request.url).pathname.startsWith(FILES_PREFIX);
      if (!ours.has(request) && !preflight) return;
      // After yoga's CORS plugin, which would echo the Origin with credentials: these files need none.
      response.headers.set('access-control-allow-origin', allowOrigin);
      response.headers.delete('access-control-allow-credentials');
    },
  };
}
