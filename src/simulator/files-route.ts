import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { File3D } from '../tencent/types.ts';
import type { Counters } from './counters.ts';
import { sendBody } from './http-io.ts';
import type { InputStore } from './inputs.ts';
import { finishedAt, type JobBook, type SimJob, statusAt } from './jobs.ts';
import type { OwnFile } from './model-fetch.ts';
import { buildOutput, type JobOutput } from './recipes.ts';

/**
 * Result files, served by the simulator itself at URLs shaped like COS pre-signed URLs:
 * `/files/<jobId>/<token>/<name>?expires=<unix s>&sig=<hmac>`, where `<name>` is `model.<ext>`
 * (glb, obj, fbx, stl, usdz, gif, mp4), `texture.png` (Type IMAGE) or `preview.png`. Files are made
 * on first download by the kind's recipe (recipes.ts) from the job's seed or input model, and cached
 * per job; a bad or expired signature gets 403 with a COS-style XML error.
 */

const PATH_RE = /^\/files\/(\d{19})\/([0-9a-f]+)\/([a-z]+\.[a-z0-9]+)$/;

export interface FileStoreOptions {
  now: () => number;
  fileTtlMs: number;
  /** Base of the URLs handed out, without a trailing slash. */
  baseUrl: () => string;
  /** HMAC key of the URL signatures; a restarted simulator passes its saved one. @default 32 random bytes */
  signingKey?: Buffer | undefined;
  /** Where post-processing jobs' input models are kept. */
  inputs?: InputStore | undefined;
}

type Lookup =
  | { ok: true; bytes: Buffer; contentType: string }
  | { ok: false; status: number; code: string; message: string };

function xmlError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  resource: string,
): void {
  const body = `<?xml version='1.0' encoding='utf-8' ?>\n<Error>\n  <Code>${code}</Code>\n  <Message>${message}</Message>\n  <Resource>${resource.replace(/[<>&]/g, '')}</Resource>\n  <RequestId>${randomUUID()}</RequestId>\n</Error>\n`;
  sendBody(res, status, 'application/xml', body);
}

export class FileStore {
  readonly #key: Buffer;
  readonly #cache = new Map<string, JobOutput>();
  readonly #opts: FileStoreOptions;

  constructor(opts: FileStoreOptions) {
    this.#opts = opts;
    this.#key = opts.signingKey ?? randomBytes(32);
  }

  /** The key URLs are signed with, saved in the state file so URLs handed out survive a restart. */
  get signingKey(): Buffer {
    return this.#key;
  }

  #sign(job: { id: string; fileToken: string }, name: string, expires: number): string {
    return createHmac('sha256', this.#key)
      .update(`${job.id}/${job.fileToken}/${name}:${expires}`)
      .digest('hex');
  }

  #url(job: SimJob, name: string): string {
    const expires = Math.floor((finishedAt(job) + this.#opts.fileTtlMs) / 1000);
    const sig = this.#sign(job, name, expires);
    return `${this.#opts.baseUrl()}/files/${job.id}/${job.fileToken}/${name}?expires=${expires}&sig=${sig}`;
  }

  /** The job's files, made by its kind's recipe on first use and cached. */
  output(job: SimJob): JobOutput {
    const hit = this.#cache.get(job.id);
    if (hit) return hit;
    const input = job.input ? this.#opts.inputs?.get(job.input.digest) : undefined;
    const made = buildOutput(job, input);
    this.#cache.set(job.id, made);
    return made;
  }

  /**
   * `ResultFile3Ds` of a DONE job, in its recipe's order. Pro and Rapid get one GLB with its preview
   * (the simulator only generates GLB, so a Rapid job asking for OBJ/STL/… still gets Type `GLB`
   * rather than a file whose bytes would not match its Type); other kinds see recipes.ts.
   */
  resultFiles(job: SimJob): File3D[] {
    return this.output(job).results.map((r) => ({
      Type: r.type,
      Url: this.#url(job, r.file),
      ...(r.preview ? { PreviewImageUrl: this.#url(job, r.preview) } : {}),
    }));
  }

  /** The URL of one of the job's files (the synchronous Convert3DFormat answers with one). */
  fileUrl(job: SimJob, name: string): string {
    return this.#url(job, name);
  }

  evict(jobIds: readonly string[]): void {
    for (const id of jobIds) this.#cache.delete(id);
  }

  /** What a GET of `/files/...` would answer, without HTTP. */
  #lookup(jobs: JobBook, pathname: string, query: URLSearchParams): Lookup {
    const m = PATH_RE.exec(pathname);
    const [, id, token, name] = m ?? [];
    if (!id || !token || !name) {
      return { ok: false, status: 404, code: 'NoSuchKey', message: 'The specified key does not exist.' };
    }
    const expires = Number(query.get('expires') ?? Number.NaN);
    const given = Buffer.from(query.get('sig') ?? '', 'hex');
    const expected = Buffer.from(this.#sign({ id, fileToken: token }, name, expires), 'hex');
    if (!Number.isInteger(expires) || given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return {
        ok: false,
        status: 403,
        code: 'SignatureDoesNotMatch',
        message: 'The request signature we calculated does not match.',
      };
    }
    if (this.#opts.now() / 1000 > expires) {
      return { ok: false, status: 403, code: 'AccessDenied', message: 'Request has expired' };
    }
    const job = jobs.peek(id);
    const file =
      job && job.fileToken === token && statusAt(job, this.#opts.now()) === 'DONE'
        ? this.output(job).files.get(name)
        : undefined;
    if (!file)
      return { ok: false, status: 404, code: 'NoSuchKey', message: 'The specified key does not exist.' };
    return { ok: true, bytes: file.bytes, contentType: file.contentType };
  }

  /**
   * A model named by one of our own result URLs (whatever host it names): undefined when the URL is
   * not one (no `/files/` path or a signature not ours), else its bytes or the HTTP error a download
   * would get.
   */
  readOwn(jobs: JobBook, url: URL): OwnFile | undefined {
    if (!PATH_RE.test(url.pathname)) return undefined;
    const found = this.#lookup(jobs, url.pathname, url.searchParams);
    if (found.ok) return { bytes: found.bytes };
    if (found.code === 'SignatureDoesNotMatch') return undefined;
    return { status: found.status, reason: `${found.code}: ${found.message}` };
  }

  handle(req: IncomingMessage, res: ServerResponse, jobs: JobBook, counters: Counters): void {
    const url = new URL(req.url ?? '/', 'http://simulator');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      xmlError(
        res,
        405,
        'MethodNotAllowed',
        'The specified method is not allowed against this resource.',
        url.pathname,
      );
      return;
    }
    const found = this.#lookup(jobs, url.pathname, url.searchParams);
    if (!found.ok) {
      xmlError(res, found.status, found.code, found.message, url.pathname);
      return;
    }
    const name = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
    if (req.method === 'GET') counters.fileDownload(name);
    sendBody(res, 200, found.contentType, found.bytes, req.method === 'HEAD');
  }
}
