import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import { type CachedFile, type FileCache, UpstreamFileError } from '../files/file-cache.ts';
import {
  contentTypeOf,
  FILES_PREFIX,
  parseResultFilePath,
  type ResultFileRef,
  upstreamUrlOf,
} from '../files/result-paths.ts';
import { UPSTREAM_TTL_MS } from '../jobs/domain/job.ts';
import type { JobService } from '../jobs/job-service.ts';

export interface FilesProxyOptions {
  jobs: Pick<JobService, 'repo'>;
  cache: FileCache;
  log: Logger;
  /** `Access-Control-Allow-Origin` of file responses. @default '*' */
  allowOrigin?: string;
  now?: () => number;
}

/**
 * `GET /files/<jobId>/<index>/<name>`: a job's result file, fetched from upstream storage once and
 * then served from the disk cache until the job's results expire, with its real content type and
 * CORS headers, so browsers never depend on the headers upstream storage sends. Only URLs Tencent
 * returned for that job can be reached. The path is a capability, like Tencent's pre-signed URLs:
 * the unguessable job id is the secret, because `<img>`, `<a download>` and 3D loaders send no
 * Authorization header.
 */
export function useFilesProxy(opts: FilesProxyOptions): Plugin {
  const now = opts.now ?? Date.now;
  const allowOrigin = opts.allowOrigin ?? '*';
  /** Requests for /files/, so onResponse need not parse every URL again. */
  const ours = new WeakSet<Request>();

  function reply(fetchAPI: { Response: typeof Response }, status: number, code: string, message: string) {
    return new fetchAPI.Response(JSON.stringify({ error: { code, message } }), {
      status,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'cache-control': 'no-store',
        ...(status === 405 ? { allow: 'GET, HEAD, OPTIONS' } : {}),
      },
    });
  }

  const fetchFile = (ref: ResultFileRef, url: string, expiresAt: number): Promise<CachedFile> =>
    opts.cache.get(ref, { url, expiresAt });

  async function handle(request: Request, pathname: string, fetchAPI: { Response: typeof Response }) {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return reply(fetchAPI, 405, 'METHOD_NOT_ALLOWED', 'result files support GET and HEAD');
    }
    const ref = parseResultFilePath(pathname);
    const job = ref ? await opts.jobs.repo.get(ref.jobId) : undefined;
    const url = ref && job?.status === 'DONE' ? upstreamUrlOf(job.resultFiles, ref) : undefined;
    if (!ref || !job || !url) return reply(fetchAPI, 404, 'NOT_FOUND', 'no such result file');
    const expiresAt = job.expiresAt ?? job.submittedAt + UPSTREAM_TTL_MS;
    if (now() >= expiresAt) {
      return reply(
        fetchAPI,
        410,
        'EXPIRED',
        `result files of ${job.id} expired at ${new Date(expiresAt).toISOString()}`,
      );
    }

    let file: CachedFile;
    let stream: Readable;
    try {
      file = await fetchFile(ref, url, expiresAt);
      stream = await openFile(file.path);
    } catch (err) {
      if (isMissing(err)) {
        // Deleted behind our back: fetch it again once.
        await opts.cache.forget(ref);
        try {
          file = await fetchFile(ref, url, expiresAt);
          stream = await openFile(file.path);
        } catch (again) {
          return failed(again);
        }
      } else {
        return failed(err);
      }
    }

    const etag = `"${ref.jobId}-${ref.index}-${file.size}"`;
    const maxAgeS = Math.max(0, Math.floor((expiresAt - now()) / 1000));
    const headers: Record<string, string> = {
      'content-type': contentTypeOf(ref.name, file.upstreamContentType),
      'content-length': String(file.size),
      'cache-control': `public, max-age=${maxAgeS}, immutable`,
      etag,
      'content-disposition': `${ref.name.startsWith('model.') ? 'attachment' : 'inline'}; filename="${ref.jobId}-${ref.name}"`,
      'x-content-type-options': 'nosniff',
      'cross-origin-resource-policy': 'cross-origin',
    };
    if (request.headers.get('if-none-match') === etag || request.method === 'HEAD') {
      stream.destroy();
      const notModified = request.method !== 'HEAD';
      if (notModified) delete headers['content-length'];
      return new fetchAPI.Response(null, { status: notModified ? 304 : 200, headers });
    }
    // The Node stream itself, not Readable.toWeb(): yoga's node adapter pipes it and ends the response
    // at once, where the web-stream path left the connection busy (server.close waited on it).
    return new fetchAPI.Response(stream as unknown as BodyInit, {
      status: 200,
      headers,
    });

    function failed(err: unknown) {
      if (err instanceof UpstreamFileError) {
        opts.log.warn(
          { jobId: ref?.jobId, file: ref?.name, status: err.status, err: err.cause ?? err.message },
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

function isMissing(err: unknown): boolean {
  return (err as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

/** Opens before answering, so a vanished file is a retry rather than a broken 200. */
function openFile(path: string): Promise<Readable> {
  return new Promise((resolve, reject) => {
    const stream = createReadStream(path);
    stream.once('open', () => resolve(stream));
    stream.once('error', reject);
  });
}
