import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { File3D } from '../tencent/types.ts';
import type { Counters } from './counters.ts';
import { encodeGlb } from './files/glb.ts';
import { meshForPrompt } from './files/mesh.ts';
import { renderPreview } from './files/png.ts';
import { sendBody } from './http-io.ts';
import { finishedAt, type JobBook, type SimJob, statusAt } from './jobs.ts';

/**
 * Result files, served by the simulator itself at URLs shaped like COS pre-signed URLs:
 * `/files/<jobId>/<token>/model.glb?expires=<unix s>&sig=<hmac>`. Files are generated on first
 * download from the job's prompt and cached per job; a bad or expired signature gets 403 with a
 * COS-style XML error.
 */

const FILES = {
  'model.glb': { contentType: 'model/gltf-binary' },
  'preview.png': { contentType: 'image/png' },
} as const;
type FileName = keyof typeof FILES;

const PATH_RE = /^\/files\/(\d{19})\/([0-9a-f]+)\/(model\.glb|preview\.png)$/;
/** Light grey for untextured (Geometry) models, so they read as Tencent's "white model". */
const WHITE_MODEL: [number, number, number] = [0.9, 0.9, 0.9];

export interface FileStoreOptions {
  now: () => number;
  fileTtlMs: number;
  /** Base of the URLs handed out, without a trailing slash. */
  baseUrl: () => string;
  /** HMAC key of the URL signatures; a restarted simulator passes its saved one. @default 32 random bytes */
  signingKey?: Buffer | undefined;
}

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
  readonly #cache = new Map<string, Partial<Record<FileName, Buffer>>>();
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

  #url(job: SimJob, name: FileName): string {
    const expires = Math.floor((finishedAt(job) + this.#opts.fileTtlMs) / 1000);
    const sig = this.#sign(job, name, expires);
    return `${this.#opts.baseUrl()}/files/${job.id}/${job.fileToken}/${name}?expires=${expires}&sig=${sig}`;
  }

  /**
   * `ResultFile3Ds` of a DONE job. Every kind gets one GLB with its preview: the simulator only
   * produces GLB, so a Rapid job asking for OBJ/STL/… still gets Type `GLB` rather than a file
   * whose bytes would not match its Type.
   */
  resultFiles(job: SimJob): File3D[] {
    return [
      { Type: 'GLB', Url: this.#url(job, 'model.glb'), PreviewImageUrl: this.#url(job, 'preview.png') },
    ];
  }

  evict(jobIds: readonly string[]): void {
    for (const id of jobIds) this.#cache.delete(id);
  }

  #bytes(job: SimJob, name: FileName): Buffer {
    const cached = this.#cache.get(job.id) ?? {};
    this.#cache.set(job.id, cached);
    const hit = cached[name];
    if (hit) return hit;
    const mesh = meshForPrompt(job.seed, job.faceCount);
    if (job.geometryOnly) mesh.color = WHITE_MODEL;
    const bytes = name === 'model.glb' ? encodeGlb(mesh, { name: `hunyuan-${job.id}` }) : renderPreview(mesh);
    cached[name] = bytes;
    return bytes;
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
    const m = PATH_RE.exec(url.pathname);
    const [, id, token, rawName] = m ?? [];
    if (!id || !token || !rawName) {
      xmlError(res, 404, 'NoSuchKey', 'The specified key does not exist.', url.pathname);
      return;
    }
    const name = rawName as FileName;
    const expires = Number(url.searchParams.get('expires') ?? Number.NaN);
    const given = Buffer.from(url.searchParams.get('sig') ?? '', 'hex');
    const expected = Buffer.from(this.#sign({ id, fileToken: token }, name, expires), 'hex');
    if (!Number.isInteger(expires) || given.length !== expected.length || !timingSafeEqual(given, expected)) {
      xmlError(
        res,
        403,
        'SignatureDoesNotMatch',
        'The request signature we calculated does not match.',
        url.pathname,
      );
      return;
    }
    if (this.#opts.now() / 1000 > expires) {
      xmlError(res, 403, 'AccessDenied', 'Request has expired', url.pathname);
      return;
    }
    const job = jobs.peek(id);
    if (!job || job.fileToken !== token || statusAt(job, this.#opts.now()) !== 'DONE') {
      xmlError(res, 404, 'NoSuchKey', 'The specified key does not exist.', url.pathname);
      return;
    }
    const bytes = this.#bytes(job, name);
    if (req.method === 'GET') counters.fileDownload(name);
    sendBody(res, 200, FILES[name].contentType, bytes, req.method === 'HEAD');
  }
}
