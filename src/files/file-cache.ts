import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type Readable, Transform } from 'node:stream';
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
  /** Fetches an upstream URL. @default undici with `timeoutMs`, never following redirects */
  download?: Downloader;
  /** Whole-download timeout in ms. @default 120000 */
  timeoutMs?: number;
  /** Larger files are refused (UpstreamFileError) rather than filling the disk. @default 1 GiB */
  maxBytes?: number;
  /**
   * All cached files together, in bytes, downloads in progress included (FILE_CACHE_MAX_BYTES). Beyond
   * it the least recently used files are deleted, never one being downloaded or served; when those
   * alone fill it, a new download fails with FileCacheFullError. @default 2 GiB
   */
  maxTotalBytes?: number;
  /** Says why an upstream URL may not be fetched (RESULT_FILE_HOSTS), or undefined. @default any http(s) URL */
  checkUrl?: (url: string) => string | undefined;
  /** How often expired files are deleted, in ms. @default 600000 */
  sweepIntervalMs?: number;
  now?: () => number;
}

/** A cached file opened for reading. It stays on disk (never evicted) until `stream` closes. */
export interface OpenedFile extends CachedFile {
  stream: Readable;
}

export interface FileCache {
  readonly dir: string;
  /**
   * The file on disk, downloaded first when absent or expired, opened for reading: it is pinned, so
   * never evicted, until the stream closes (destroy it when not reading it). A file deleted behind
   * the cache's back is downloaded again once.
   */
  open(key: FileCacheKey, source: FileSource): Promise<OpenedFile>;
  /** The file on disk, downloaded first when absent or expired; not pinned (see `open`). */
  get(key: FileCacheKey, source: FileSource): Promise<CachedFile>;
  /** Deletes every expired file now (also runs every `sweepIntervalMs`). */
  sweep(): Promise<void>;
  /** Drops what is known about a file (e.g. it vanished from disk), so the next get downloads it. */
  forget(key: FileCacheKey): Promise<void>;
  stats(): {
    hits: number;
    downloads: number;
    inFlight: number;
    /** Files on disk that the cache knows of. */
    files: number;
    /** Their bytes plus those of downloads in progress: at most `maxTotalBytes`. */
    bytes: number;
    /** Files deleted to stay under `maxTotalBytes`. */
    evictions: number;
  };
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

/** The URL upstream gave for a result file is not one the gateway fetches from (RESULT_FILE_HOSTS). */
export class ResultFileRefusedError extends Error {
  override readonly name = 'ResultFileRefusedError';
  readonly code = 'RESULT_FILE_HOST_NOT_ALLOWED';
}

/** The files being downloaded and served fill FILE_CACHE_MAX_BYTES: nothing can be evicted for a new one. */
export class FileCacheFullError extends Error {
  override readonly name = 'FileCacheFullError';
  readonly code = 'FILE_CACHE_FULL';
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

interface Entry extends CachedFile {
  id: string;
}

/** `<index>-<name>` inside a job's directory. */
const FILE_NAME = /^(\d{1,3})-([A-Za-z0-9_.-]{1,64})$/;

export function createFileCache(opts: FileCacheOptions): FileCache {
  const now = opts.now ?? Date.now;
  const maxTotal = opts.maxTotalBytes ?? 2 * 1024 ** 3;
  const maxBytes = Math.min(opts.maxBytes ?? 1024 ** 3, maxTotal);
  const timeoutMs = opts.timeoutMs ?? 120_000;
  const agent = opts.download ? undefined : new Agent({ headersTimeout: 30_000, bodyTimeout: 30_000 });
  const download = opts.download ?? undiciDownloader(agent as Agent);
  /** What is on disk, least recently used first (a Map keeps insertion order; a use re-inserts). */
  const index = new Map<string, Entry>();
  const inFlight = new Map<string, Promise<CachedFile>>();
  /** Open readers per file id: a pinned file is never evicted nor swept. */
  const pins = new Map<string, number>();
  /** Deletions in progress per file id: a new download of that file waits for its deletion. */
  const deleting = new Map<string, Promise<void>>();
  const closing = new AbortController();
  let indexedBytes = 0;
  /** Bytes written so far by downloads in progress. */
  let reservedBytes = 0;
  let hits = 0;
  let downloads = 0;
  let evictions = 0;

  const idOf = (key: FileCacheKey) => `${key.jobId}/${key.index}/${key.name}`;
  const busy = (id: string) => (pins.get(id) ?? 0) > 0 || inFlight.has(id);

  function pathOf(key: FileCacheKey): { dir: string; file: string } {
    if (!SAFE_SEGMENT.test(key.jobId) || !SAFE_SEGMENT.test(key.name) || !Number.isInteger(key.index)) {
      throw new TypeError(`FileCache: unsafe key ${JSON.stringify(key)}`);
    }
    const dir = join(opts.dir, key.jobId);
    return { dir, file: join(dir, `${key.index}-${key.name}`) };
  }

  function remember(entry: Entry): void {
    const old = index.get(entry.id);
    if (old) {
      indexedBytes -= old.size;
      index.delete(entry.id);
    }
    index.set(entry.id, entry);
    indexedBytes += entry.size;
  }

  function unremember(id: string): Entry | undefined {
    const entry = index.get(id);
    if (!entry) return undefined;
    index.delete(id);
    indexedBytes -= entry.size;
    return entry;
  }

  function touch(entry: Entry): void {
    index.delete(entry.id);
    index.set(entry.id, entry);
  }

  /** Forgets the file and deletes it from disk; a later download of it waits for the deletion. */
  function remove(id: string): void {
    const entry = unremember(id);
    if (!entry) return;
    const done: Promise<void> = Promise.all([
      rm(entry.path, { force: true }),
      rm(`${entry.path}.meta.json`, { force: true }),
    ])
      .then(() => {})
      .catch(() => {})
      .finally(() => {
        if (deleting.get(id) === done) deleting.delete(id);
      });
    deleting.set(id, done);
  }

  /**
   * Evicts least recently used files, skipping those being downloaded or read, until everything
   * fits under `maxTotal`. Synchronous, so no other download or reader slips in between the choice
   * and the removal. Returns whether it fits.
   */
  function makeRoom(): boolean {
    for (const entry of index.values()) {
      if (indexedBytes + reservedBytes <= maxTotal) break;
      if (busy(entry.id)) continue;
      remove(entry.id);
      evictions += 1;
    }
    return indexedBytes + reservedBytes <= maxTotal;
  }

  async function deletions(): Promise<void> {
    await Promise.all(deleting.values());
  }

  function pin(id: string): void {
    pins.set(id, (pins.get(id) ?? 0) + 1);
  }

  function unpin(id: string): void {
    const n = (pins.get(id) ?? 0) - 1;
    if (n > 0) pins.set(id, n);
    else pins.delete(id);
  }

  async function fromDisk(id: string, file: string): Promise<Entry | undefined> {
    try {
      const meta = JSON.parse(await readFile(`${file}.meta.json`, 'utf8')) as Meta;
      const st = await stat(file);
      if (st.size !== meta.size) return undefined;
      return { id, path: file, ...meta };
    } catch {
      return undefined;
    }
  }

  /** What an earlier run left on disk, oldest first, so the total is known before the first download. */
  async function scan(): Promise<void> {
    const found: Array<{ entry: Entry; mtimeMs: number }> = [];
    const jobDirs = await readdir(opts.dir).catch(() => [] as string[]);
    for (const jobId of jobDirs) {
      if (!SAFE_SEGMENT.test(jobId)) continue;
      const names = await readdir(join(opts.dir, jobId)).catch(() => [] as string[]);
      for (const name of names) {
        const m = FILE_NAME.exec(name);
        if (!m?.[1] || !m[2] || name.endsWith('.meta.json')) continue;
        const path = join(opts.dir, jobId, name);
        const entry = await fromDisk(`${jobId}/${Number(m[1])}/${m[2]}`, path);
        const mtimeMs = await stat(path).then(
          (st) => st.mtimeMs,
          () => 0,
        );
        if (entry) found.push({ entry, mtimeMs });
      }
    }
    found.sort((a, b) => a.mtimeMs - b.mtimeMs);
    for (const { entry } of found) if (!index.has(entry.id)) remember(entry);
    makeRoom();
    await deletions();
  }

  async function fetchToDisk(id: string, dir: string, file: string, source: FileSource): Promise<Entry> {
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
      // Redirects are never followed: a 3xx could point anywhere, the gateway itself included.
      throw new UpstreamFileError(`upstream storage answered HTTP ${res.status}`, res.status);
    }
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.part`;
    let size = 0;
    let reserved = 0;
    const sink = createWriteStream(tmp);
    try {
      await pipeline(
        res.body,
        new Transform({
          transform(chunk: Buffer, _enc, cb) {
            size += chunk.length;
            if (size > maxBytes) {
              cb(new UpstreamFileError(`file exceeds ${maxBytes} bytes`, 200));
              return;
            }
            // Counted as it arrives, so the files on disk never exceed the cap, partial ones included.
            reserved += chunk.length;
            reservedBytes += chunk.length;
            if (!makeRoom()) {
              cb(
                new FileCacheFullError(
                  `the result file cache is full (${maxTotal} bytes) with files being downloaded or served`,
                ),
              );
              return;
            }
            cb(null, chunk);
          },
        }),
        sink,
        { signal },
      );
      const meta: Meta = { size, upstreamContentType: res.contentType, expiresAt: source.expiresAt };
      // Data before meta, each renamed into place: a crash leaves no meta pointing at a partial file.
      await rename(tmp, file);
      await writeFile(`${file}.meta.json.tmp`, JSON.stringify(meta));
      await rename(`${file}.meta.json.tmp`, `${file}.meta.json`);
      downloads += 1;
      const entry: Entry = { id, path: file, ...meta };
      // The reservation becomes the entry in one step: the total never counts the file twice or not at all.
      reservedBytes -= reserved;
      reserved = 0;
      remember(entry);
      // The files evicted for this one are gone from disk when it is handed out.
      await deletions();
      return entry;
    } catch (err) {
      // A destroyed write stream may still be opening its file: wait until it is closed, or the
      // part file would appear after it was removed.
      if (!sink.closed) await once(sink, 'close').catch(() => undefined);
      await rm(tmp, { force: true });
      if (err instanceof UpstreamFileError || err instanceof FileCacheFullError) throw err;
      throw new UpstreamFileError('reading the file from upstream storage failed', 200, { cause: err });
    } finally {
      reservedBytes -= reserved;
    }
  }

  async function load(id: string, key: FileCacheKey, source: FileSource): Promise<CachedFile> {
    const { dir, file } = pathOf(key);
    await ready;
    await deleting.get(id);
    const known = index.get(id);
    if (known && known.expiresAt > now()) {
      hits += 1;
      touch(known);
      return known;
    }
    const onDisk = known ? undefined : await fromDisk(id, file);
    if (onDisk && onDisk.expiresAt > now()) {
      // Written by an earlier run or a process sharing the directory.
      hits += 1;
      remember(onDisk);
      makeRoom();
      await deletions();
      return onDisk;
    }
    return fetchToDisk(id, dir, file, source);
  }

  function get(key: FileCacheKey, source: FileSource): Promise<CachedFile> {
    // Checked on every request, cached or not: a file is served only from an allowed URL.
    const refused = opts.checkUrl?.(source.url);
    if (refused !== undefined) {
      return Promise.reject(new ResultFileRefusedError(`result file URL refused: ${refused}`));
    }
    const id = idOf(key);
    const entry = index.get(id);
    if (entry && entry.expiresAt > now() && !deleting.has(id)) {
      hits += 1;
      touch(entry);
      return Promise.resolve(entry);
    }
    let pending = inFlight.get(id);
    if (!pending) {
      pending = load(id, key, source).finally(() => inFlight.delete(id));
      inFlight.set(id, pending);
    }
    return pending;
  }

  async function open(key: FileCacheKey, source: FileSource): Promise<OpenedFile> {
    const id = idOf(key);
    // Pinned from the start: from the moment a reader asks until its stream closes.
    pin(id);
    try {
      let file = await get(key, source);
      let stream: Readable;
      try {
        stream = await openFile(file.path);
      } catch (err) {
        if ((err as NodeJS.ErrnoException | undefined)?.code !== 'ENOENT') throw err;
        // Deleted behind the cache's back: fetch it again once.
        unremember(id);
        file = await get(key, source);
        stream = await openFile(file.path);
      }
      stream.once('close', () => unpin(id));
      return { ...file, stream };
    } catch (err) {
      unpin(id);
      throw err;
    }
  }

  async function sweep(): Promise<void> {
    await ready;
    const t = now();
    for (const entry of [...index.values()]) {
      if (entry.expiresAt <= t && !busy(entry.id)) remove(entry.id);
    }
    await deletions();
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
      // A directory with nothing but leftovers (no valid meta) goes too, unless a file in it is in use.
      const inUse = [...inFlight.keys(), ...pins.keys()].some((k) => k.startsWith(`${jobId}/`));
      if (expired && !inUse) {
        for (const id of [...index.keys()]) if (id.startsWith(`${jobId}/`)) unremember(id);
        await rm(dir, { recursive: true, force: true });
      }
    }
  }

  const ready = scan().catch(() => {});
  const timer = setInterval(() => void sweep(), opts.sweepIntervalMs ?? 600_000);
  timer.unref();

  return {
    dir: opts.dir,
    open,
    get,
    sweep,
    async forget(key) {
      unremember(idOf(key));
      const { file } = pathOf(key);
      await rm(`${file}.meta.json`, { force: true });
    },
    stats: () => ({
      hits,
      downloads,
      inFlight: inFlight.size,
      files: index.size,
      bytes: indexedBytes + reservedBytes,
      evictions,
    }),
    async close() {
      clearInterval(timer);
      closing.abort();
      await Promise.allSettled([...inFlight.values()]);
      await deletions();
      await agent?.close();
    },
  };
}

/** Opens before answering, so a vanished file is a retry rather than a broken 200. */
function openFile(path: string): Promise<Readable> {
  return new Promise((resolve, reject) => {
    const stream = createReadStream(path);
    stream.once('open', () => resolve(stream));
    stream.once('error', reject);
  });
}
