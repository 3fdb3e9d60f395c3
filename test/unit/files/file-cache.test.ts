import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createFileCache,
  type Downloader,
  type FileCache,
  UpstreamFileError,
} from '../../../src/files/file-cache.ts';
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

function setup(download: Downloader, extra: { maxBytes?: number; now?: () => number } = {}) {
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
});
