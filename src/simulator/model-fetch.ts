import { Buffer } from 'node:buffer';
import type { JobFailure } from './jobs.ts';

/**
 * Getting the model a post-processing Submit names (`File.Url` / `File3D.Url`). Tencent downloads it
 * in the job, so a file it cannot get or read fails the job (FAIL with an ErrorCode), never the Submit;
 * the simulator does the same, but downloads at submit time so the job's outcome is fixed before its
 * JobId is answered (and the bytes are kept: the source may be gone by the time the job is DONE).
 *
 * Where from: one of the simulator's own result URLs is read from its own file store (no HTTP, so a
 * chain of jobs works whatever the host it was reached as); any other URL only from a loopback host
 * (127.0.0.0/8, [::1], localhost: tests serve models from 127.0.0.1), with a size cap and a timeout,
 * no redirects. Anything else fails the job: the simulator never fetches from the network.
 */
export const DOWNLOAD_ERROR = 'FailedOperation.DownloadError';

export type OwnFile = { bytes: Buffer } | { status: number; reason: string };

export interface ModelFetchOptions {
  /** Reads one of the simulator's own result URLs; undefined when the URL is not one of them. */
  own: (url: URL) => OwnFile | undefined;
  maxBytes: number;
  timeoutMs: number;
}

export type ModelFetch = { ok: true; bytes: Buffer } | { ok: false; failure: JobFailure };

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

function downloadFailure(message: string): ModelFetch {
  return {
    ok: false,
    failure: { code: DOWNLOAD_ERROR, message: `The model file could not be downloaded: ${message}` },
  };
}

/** The URL without its query (signatures) and fragment, for messages. */
function shown(url: URL): string {
  return `${url.origin}${url.pathname}`;
}

async function readCapped(res: Response, maxBytes: number): Promise<Buffer | undefined> {
  const declared = Number(res.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) {
    await res.body?.cancel();
    return undefined;
  }
  const chunks: Buffer[] = [];
  let total = 0;
  if (!res.body) return Buffer.alloc(0);
  for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
    total += chunk.byteLength;
    if (total > maxBytes) return undefined;
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

export async function fetchModel(rawUrl: string, opts: ModelFetchOptions): Promise<ModelFetch> {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return downloadFailure('the URL is not valid.');
  }
  const own = opts.own(url);
  if (own !== undefined) {
    if ('reason' in own) return downloadFailure(`HTTP ${own.status} (${own.reason}) from ${shown(url)}.`);
    if (own.bytes.length > opts.maxBytes) return downloadFailure(`it is larger than ${opts.maxBytes} bytes.`);
    return { ok: true, bytes: own.bytes };
  }
  if (!isLoopbackHost(url.hostname)) {
    return downloadFailure(
      `the simulator only reads its own result URLs and files on loopback hosts (127.0.0.1, [::1], localhost), not \`${url.hostname}\`.`,
    );
  }
  const signal = AbortSignal.timeout(opts.timeoutMs);
  try {
    const res = await fetch(url, { redirect: 'manual', signal });
    if (res.status !== 200) {
      await res.body?.cancel();
      return downloadFailure(`HTTP ${res.status} from ${shown(url)}.`);
    }
    const bytes = await readCapped(res, opts.maxBytes);
    if (bytes === undefined) return downloadFailure(`it is larger than ${opts.maxBytes} bytes.`);
    return { ok: true, bytes };
  } catch (err) {
    if (signal.aborted)
      return downloadFailure(`no complete answer from ${shown(url)} within ${opts.timeoutMs} ms.`);
    const cause = err instanceof Error && err.cause instanceof Error ? err.cause.message : String(err);
    return downloadFailure(`${shown(url)}: ${cause}.`);
  }
}
