import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createFileCache,
  type Downloader,
  type FileCache,
  FileCacheFullError,
  type FileCacheOptions,
  ResultFileRefusedError,
  UpstreamFileError,
} from '../../../src/files/file-cache.ts';
import { resultUrlCheck } from '../../../src/files/result-hosts.ts';
import { manualClock } from '../../helpers/simulator.ts';

const dirs: string[] = [];
const caches: FileCache[] = [];
afterEach(async () => {
  for (const c of caches.splice(0)) await c.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A downloader that records each URL and answers from `files` (404 when absent). */
function fakeStorage(files: Record<string, string>, gate?: Promise<void>) {
  const calls: string[] = [];
  const download: Downloader = async (url) => {
    calls.push(url);
    await gate;
    const body = files[url];
    return {
      status: body === undefined ? 404 : 200,
      contentType: 'application/octet-stream',
      body: (async function* () {
        if (body !== undefined) yield Buffer.from(body);
      })(),
      discard: async () => {},
    };
  };
  return [download, calls] as const;
}

function setup(download: Downloader, extra: Partial<FileCacheOptions> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'file-cache-test-'));
  dirs.push(dir);
  const make = () => {
    const cache = createFileCache({ dir, download, ...extra });
    caches.push(cache);
    return cache;
  };
  return { dir, make };
}

const KEY = { jobId: 'job_AAAAAAAAAAAAAAAA', index: 0, name: 'model.glb' };

describe('createFileCache', () => {
  it('downloads once for concurrent callers and serves from disk after a restart', async () => {
    let open = () => {};
    const gate = new Promise<void>((r) => {
      open = r;
    });
    const [download, calls] = fakeStorage({ 'https://cos/a.glb': 'glTF-bytes' }, gate);
    const clock = manualClock(1_000);
    const { make } = setup(download, { now: clock.now });
    const cache = make();
    const source = { url: 'https://cos/a.glb', expiresAt: 10_000 };
    const pending = Promise.all([cache.get(KEY, source), cache.get(KEY, source), cache.get(KEY, source)]);
    open();
    const [a, b, c] = await pending;
    expect(calls).toEqual(['https://cos/a.glb']);
    expect(a).toEqual(b);
    expect(c?.size).toBe(10);
    expect(a?.upstreamContentType).toBe('application/octet-stream');

    const restarted = make();
    const again = await restarted.get(KEY, source);
    expect(again.path).toBe(a?.path);
    expect(calls).toHaveLength(1);
    expect(restarted.stats()).toMatchObject({ hits: 1, downloads: 0 });
  });

  it('deletes expired files when sweeping, and downloads again for a new validity', async () => {
    const [download, calls] = fakeStorage({ 'https://cos/a.glb': 'x' });
    const clock = manualClock(1_000);
    const { dir, make } = setup(download, { now: clock.now });
    const cache = make();
    await cache.get(KEY, { url: 'https://cos/a.glb', expiresAt: 5_000 });
    expect(readdirSync(dir)).toEqual([KEY.jobId]);
    clock.set(5_000);
    await cache.sweep();
    expect(readdirSync(dir)).toEqual([]);
    await cache.get(KEY, { url: 'https://cos/a.glb', expiresAt: 9_000 });
    expect(calls).toHaveLength(2);
  });

  it('fails with UpstreamFileError on an upstream error or an oversized file, leaving nothing behind', async () => {
    const [download] = fakeStorage({ 'https://cos/big.glb': 'x'.repeat(100) });
    const { dir, make } = setup(download, { maxBytes: 50 });
    const cache = make();
    const missing = await cache
      .get(KEY, { url: 'https://cos/none.glb', expiresAt: Date.now() + 1000 })
      .catch((e) => e);
    expect(missing).toBeInstanceOf(UpstreamFileError);
    expect(missing.status).toBe(404);
    const big = await cache
      .get(KEY, { url: 'https://cos/big.glb', expiresAt: Date.now() + 1000 })
      .catch((e) => e);
    expect(big).toBeInstanceOf(UpstreamFileError);
    expect(big.message).toMatch(/exceeds 50 bytes/);
    expect(readdirSync(join(dir, KEY.jobId))).toEqual([]);
    expect(cache.stats().inFlight).toBe(0);
  });

  it('refuses keys that could leave its directory', async () => {
    const [download] = fakeStorage({});
    const { dir, make } = setup(download);
    const cache = make();
    await expect(cache.get({ ...KEY, name: '../x' }, { url: 'https://cos/a', expiresAt: 1 })).rejects.toThrow(
      /unsafe key/,
    );
    expect(existsSync(join(dir, '..', 'x'))).toBe(false);
  });

  it('refuses a URL off the allowed hosts before fetching anything, cached or not', async () => {
    const [download, calls] = fakeStorage({
      'https://b.cos.ap-singapore.myqcloud.com/a.glb': 'glTF',
      'http://127.0.0.1:9/metrics': 'secret metrics',
    });
    const { make } = setup(download, { checkUrl: resultUrlCheck(['.myqcloud.com']) });
    const cache = make();
    const expiresAt = Date.now() + 60_000;
    for (const url of ['http://127.0.0.1:9/metrics', 'file:///etc/passwd', 'https://evil.example/a.glb']) {
      const err = await cache.get(KEY, { url, expiresAt }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ResultFileRefusedError);
      expect((err as ResultFileRefusedError).code).toBe('RESULT_FILE_HOST_NOT_ALLOWED');
    }
    expect(calls).toEqual([]);
    await cache.get(KEY, { url: 'https://b.cos.ap-singapore.myqcloud.com/a.glb', expiresAt });
    // The same file, now said to live elsewhere: refused although it is on disk.
    await expect(cache.open(KEY, { url: 'http://127.0.0.1:9/metrics', expiresAt })).rejects.toBeInstanceOf(
      ResultFileRefusedError,
    );
    expect(calls).toEqual(['https://b.cos.ap-singapore.myqcloud.com/a.glb']);
  });
});

describe('createFileCache: total size (FILE_CACHE_MAX_BYTES)', () => {
  const key = (n: number) => ({ jobId: `job_${String(n).padStart(16, 'A')}`, index: 0, name: 'model.glb' });
  const url = (n: number) => `https://cos/${n}.glb`;
  /** Files 1..5 of 40 bytes each under a 100-byte cap: two fit, a third evicts one. */
  function storage() {
    return fakeStorage(Object.fromEntries([1, 2, 3, 4, 5].map((n) => [url(n), String(n).repeat(40)])));
  }
  const cachedJobs = (dir: string) => readdirSync(dir).filter((d) => readdirSync(join(dir, d)).length > 0);

  it('evicts the least recently used files to stay under the cap', async () => {
    const [download, calls] = storage();
    const clock = manualClock(1_000);
    const { dir, make } = setup(download, { maxTotalBytes: 100, now: clock.now });
    const cache = make();
    const expiresAt = 1_000 + 86_400_000;
    await cache.get(key(1), { url: url(1), expiresAt });
    await cache.get(key(2), { url: url(2), expiresAt });
    // 1 is used again, so 2 is now the least recently used.
    await cache.get(key(1), { url: url(1), expiresAt });
    await cache.get(key(3), { url: url(3), expiresAt });
    expect(cache.stats()).toMatchObject({ files: 2, bytes: 80, evictions: 1 });
    expect(cachedJobs(dir).sort()).toEqual([key(1).jobId, key(3).jobId]);
    // 2 is downloaded again when asked for; 1 (least recently used by now) makes room.
    await cache.get(key(2), { url: url(2), expiresAt });
    expect(calls.filter((u) => u === url(2))).toHaveLength(2);
    expect(cachedJobs(dir).sort()).toEqual([key(2).jobId, key(3).jobId]);
    expect(cache.stats().bytes).toBeLessThanOrEqual(100);
  });

  it('never evicts a file being served: it waits until its reader closes', async () => {
    const [download] = storage();
    const { dir, make } = setup(download, { maxTotalBytes: 100 });
    const cache = make();
    const expiresAt = Date.now() + 60_000;
    const served = await cache.open(key(1), { url: url(1), expiresAt });
    await cache.get(key(2), { url: url(2), expiresAt });
    // 1 is older but open: 2 goes instead.
    await cache.get(key(3), { url: url(3), expiresAt });
    expect(cachedJobs(dir).sort()).toEqual([key(1).jobId, key(3).jobId]);
    // 1 and 3 pinned by readers: nothing can make room for 4.
    const other = await cache.open(key(3), { url: url(3), expiresAt });
    const full = await cache.get(key(4), { url: url(4), expiresAt }).catch((e: unknown) => e);
    expect(full).toBeInstanceOf(FileCacheFullError);
    expect(readdirSync(join(dir, key(4).jobId))).toEqual([]);
    // The reader still gets every byte of its file.
    const chunks: Buffer[] = [];
    for await (const chunk of served.stream) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe('1'.repeat(40));
    // Closed (read to the end): 1 can go now.
    await cache.get(key(4), { url: url(4), expiresAt });
    expect(cachedJobs(dir).sort()).toEqual([key(3).jobId, key(4).jobId]);
    other.stream.destroy();
    expect(cache.stats().bytes).toBe(80);
  });

  it('never evicts a file being downloaded, and counts its bytes while they arrive', async () => {
    const [download] = storage();
    let release = () => {};
    const slow: Downloader = async (u, signal) => {
      if (u !== url(9)) return download(u, signal);
      const gate = new Promise<void>((r) => {
        release = r;
      });
      return {
        status: 200,
        contentType: undefined,
        body: (async function* () {
          yield Buffer.from('9'.repeat(30));
          await gate;
          yield Buffer.from('9'.repeat(10));
        })(),
        discard: async () => {},
      };
    };
    const { make } = setup(slow, { maxTotalBytes: 100 });
    const cache = make();
    const expiresAt = Date.now() + 60_000;
    await cache.get(key(1), { url: url(1), expiresAt });
    const big = cache.get(key(9), { url: url(9), expiresAt });
    await vi.waitFor(() => expect(cache.stats().bytes).toBe(70));
    // 40 more do not fit next to 40 + 30 in progress: 1 goes, not the download.
    await cache.get(key(2), { url: url(2), expiresAt });
    expect(cache.stats()).toMatchObject({ evictions: 1, inFlight: 1, bytes: 70 });
    release();
    expect((await big).size).toBe(40);
    expect(cache.stats()).toMatchObject({ files: 2, bytes: 80, inFlight: 0 });
  });

  it('counts what an earlier run left on disk, and trims it to a lower cap', async () => {
    const [download, calls] = storage();
    const { dir, make } = setup(download, { maxTotalBytes: 200 });
    const first = make();
    const expiresAt = Date.now() + 60_000;
    for (const n of [1, 2, 3]) await first.get(key(n), { url: url(n), expiresAt });
    await first.close();
    const restarted = createFileCache({ dir, download, maxTotalBytes: 100 });
    caches.push(restarted);
    // A hit on disk, with the total known: 3 files are over 100 bytes, so the oldest went.
    await restarted.get(key(3), { url: url(3), expiresAt });
    expect(calls).toHaveLength(3);
    expect(restarted.stats()).toMatchObject({ files: 2, bytes: 80, evictions: 1 });
    expect(cachedJobs(dir).sort()).toEqual([key(2).jobId, key(3).jobId]);
  });
});
