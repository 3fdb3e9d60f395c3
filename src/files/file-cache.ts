import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Agent, request } from 'undici';

/**
 * Result files on local disk: each is downloaded from upstream storage once (concurrent requests for
 * it share that download) and kept until its job's results expire. A sidecar `.meta.json` records
 * the upstream content type and expiry, so a restarted gateway serves what it already has.
 */

export interface FileCacheKey {
  jobId: string;
  index: number;
  name: string;
}

export interface CachedFile {
  path: string;
  size: number;
  /** What upstream storage said; the proxy prefers the type implied by the name. */
  upstreamContentType: string | undefined;
  /** ms since the epoch. */
  expiresAt: number;
}

export interface FileSource {
  url: string;
  /** ms since the epoch; the file is deleted after this. */
  expiresAt: number;
}

export interface FileDownload {
  status: number;
  contentType: string | undefined;
  body: AsyncIterable<Uint8Array>;
  /** Releases the connection when the body is not read. */
  discard(): Promise<void>;
}

export type Downloader = (url: string, signal: AbortSignal) => Promise<FileDownload>;

export interface FileCacheOptions {
  /** Directory for the cached files; created on first use. */
  dir: string;
  /** Fetches an upstream URL. @default undici with `timeoutMs` */
  download?: Downloader;
  /** Whole-download timeout in ms. @default 120000 */
  timeoutMs?: number;
  /** Larger files are refused (UpstreamFileError) rather than filling the disk. @default 1 GiB */
  maxBytes?: number;
  /** How often expired files are deleted, in ms. @default 600000 */
  sweepIntervalMs?: number;
  now?: () => number;
}

export interface FileCache {
  readonly dir: string;
  /** The file on disk, downloaded first when absent or expired. */
  get(key: FileCacheKey, source: FileSource): Promise<CachedFile>;
  /** Deletes every expired file now (also runs every `sweepIntervalMs`). */
  sweep(): Promise<void>;
  /** Drops what is known about a file (e.g. it vanished from disk), so the next get downloads it. */
  forget(key: FileCacheKey): Promise<void>;
  stats(): { hits: number; downloads: number; inFlight: number };
  close(): Promise<void>;
}

/** Upstream storage answered with an error or could not be read. */
export class UpstreamFileError extends Error {
  override readonly name = 'UpstreamFileError';
  readonly code = 'UPSTREAM_FILE_ERROR';
  /** Upstream HTTP status; undefined when there was no answer. */
  readonly status: number | undefined;
  constructor(message: string, status: number | undefined, options?: { cause?: unknown }) {
    super(message, options);
    this.status = status;
  }
}

const SAFE_SEGMENT = /^[A-Za-z0-9_.-]{1,64}$/;

interface Meta {
  size: number;
  upstreamContentType: string | undefined;
  expiresAt: number;
}

function undiciDownloader(agent: Agent): Downloader {
  return async (url, signal) => {
    const res = await request(url, { method: 'GET', dispatcher: agent, signal });
    const type = res.headers['content-type'];
    return {
      status: res.statusCode,
      contentType: Array.isArray(type) ? type[0] : type,
      body: res.body,
      discard: async () => {
        await res.body.dump();
      },
    };
  };
}

/**
 * Where result files are cached: `files/` next to the SQLite file (`./data/files/` by default), or
 * a temporary directory, removed by `dispose`, when the store is `:memory:` and keeps nothing.
 */
export async function fileCacheDir(storePath: string): Promise<{ dir: string; dispose(): Promise<void> }> {
  if (storePath === ':memory:') {
    const dir = await mkdtemp(join(tmpdir(), 'hunyuan3d-files-'));
    return { dir, dispose: () => rm(dir, { recursive: true, force: true }) };
  }
  return { dir: join(dirname(storePath), 'files'), dispose: async () => {} };
}

export function createFileCache(opts: FileCacheOptions): FileCache {
  const now = opts.now ?? Date.now;
  const maxBytes = opts.maxBytes ?? 1024 ** 3;
  const timeoutMs = opts.timeoutMs ?? 120_000;
  const agent = opts.download ? undefined : new Agent({ headersTimeout: 30_000, bodyTimeout: 30_000 });
  const download = opts.download ?? undiciDownloader(agent as Agent);
  const known = new Map<string, CachedFile>();
  const inFlight = new Map<string, Promise<CachedFile>>();
  const closing = new AbortController();
  let hits = 0;
  let downloads = 0;

  function pathOf(key: FileCacheKey): { dir: string; file: string } {
    if (!SAFE_SEGMENT.test(key.jobId) || !SAFE_SEGMENT.test(key.name) || !Number.isInteger(key.index)) {
      throw new TypeError(`FileCache: unsafe key ${JSON.stringify(key)}`);
    }
    const dir = join(opts.dir, key.jobId);
    return { dir, file: join(dir, `${key.index}-${key.name}`) };
  }

  async function fromDisk(file: string): Promise<CachedFile | undefined> {
    try {
      const meta = JSON.parse(await readFile(`${file}.meta.json`, 'utf8')) as Meta;
      const st = await stat(file);
      if (st.size !== meta.size) return undefined;
      return { path: file, ...meta };
    } catch {
      return undefined;
    }
  }

  async function fetchToDisk(dir: string, file: string, source: FileSource): Promise<CachedFile> {
    await mkdir(dir, { recursive: true });
    const signal = AbortSignal.any([closing.signal, AbortSignal.timeout(timeoutMs)]);
    let res: FileDownload;
    try {
      res = await download(source.url, signal);
    } catch (err) {
      throw new UpstreamFileError('upstream storage could not be reached', undefined, { cause: err });
    }
    if (res.status !== 200) {
      await res.discard().catch(() => {});
      throw new UpstreamFileError(`upstream storage answered HTTP ${res.status}`, res.status);
    }
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.part`;
    let size = 0;
    try {
      await pipeline(
        res.body,
        new Transform({
          transform(chunk: Buffer, _enc, cb) {
            size += chunk.length;
            cb(size > maxBytes ? new UpstreamFileError(`file exceeds ${maxBytes} bytes`, 200) : null, chunk);
          },
        }),
        createWriteStream(tmp),
        { signal },
      );
      const meta: Meta = { size, upstreamContentType: res.contentType, expiresAt: source.expiresAt };
      // Data before meta, each renamed into place: a crash leaves no meta pointing at a partial file.
      await rename(tmp, file);
      await writeFile(`${file}.meta.json.tmp`, JSON.stringify(meta));
      await rename(`${file}.meta.json.tmp`, `${file}.meta.json`);
      downloads += 1;
      return { path: file, ...meta };
    } catch (err) {
      await rm(tmp, { force: true });
      if (err instanceof UpstreamFileError) throw err;
      throw new UpstreamFileError('reading the file from upstream storage failed', 200, { cause: err });
    }
  }

  async function load(id: string, key: FileCacheKey, source: FileSource): Promise<CachedFile> {
    const { dir, file } = pathOf(key);
    const onDisk = await fromDisk(file);
    if (onDisk && onDisk.expiresAt > now()) {
      hits += 1;
      known.set(id, onDisk);
      return onDisk;
    }
    const fresh = await fetchToDisk(dir, file, source);
    known.set(id, fresh);
    return fresh;
  }

  async function sweep(): Promise<void> {
    const t = now();
    for (const [id, entry] of known) if (entry.expiresAt <= t) known.delete(id);
    let jobDirs: string[];
    try {
      jobDirs = await readdir(opts.dir);
    } catch {
      return;
    }
    for (const jobId of jobDirs) {
      const dir = join(opts.dir, jobId);
      const names = await readdir(dir).catch(() => [] as string[]);
      let expired = true;
      for (const name of names.filter((n) => n.endsWith('.meta.json'))) {
        const meta = await readFile(join(dir, name), 'utf8')
          .then((s) => JSON.parse(s) as Meta)
          .catch(() => undefined);
        if (meta && meta.expiresAt > t) expired = false;
      }
      // A directory with nothing but leftovers (no valid meta) goes too, unless a download is running.
      const busy = [...inFlight.keys()].some((k) => k.startsWith(`${jobId}/`));
      if (expired && !busy) await rm(dir, { recursive: true, force: true });
    }
  }

  const timer = setInterval(() => void sweep(), opts.sweepIntervalMs ?? 600_000);
  timer.unref();

  return {
    dir: opts.dir,
    get(key, source) {
      const id = `${key.jobId}/${key.index}/${key.name}`;
      const entry = known.get(id);
      if (entry && entry.expiresAt > now()) {
        hits += 1;
        return Promise.resolve(entry);
      }
      let pending = inFlight.get(id);
      if (!pending) {
        pending = load(id, key, source).finally(() => inFlight.delete(id));
        inFlight.set(id, pending);
      }
      return pending;
    },
    sweep,
    async forget(key) {
      known.delete(`${key.jobId}/${key.index}/${key.name}`);
      const { file } = pathOf(key);
      await rm(`${file}.meta.json`, { force: true });
    },
    stats: () => ({ hits, downloads, inFlight: inFlight.size }),
    async close() {
      clearInterval(timer);
      closing.abort();
      await Promise.allSettled([...inFlight.values()]);
      await agent?.close();
    },
  };
}
