import { createHash, randomFillSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGateway, type Gateway } from '../../src/gateway.ts';
import { encodePng } from '../../src/simulator/files/png.ts';
import { configFor, memoryLog } from '../helpers/gateway.ts';
import { startTestSimulator } from '../helpers/simulator.ts';

/**
 * Audit F1/F2/F3: inline images (up to 8 MB of base64 each) live beside the job records, not in
 * them. With 30 such jobs queued on a SQLite file gateway, memory stays flat, every record the
 * lists and rescans read is small, lists do not stall the process, and the images reach Tencent
 * intact when the jobs are finally sent.
 */

const MiB = 1024 * 1024;

/** A real garbage collection: --expose-gc is not given to vitest's workers, so turn it on here. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

function rssAfterGc(): number {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().rss;
}

/** A valid PNG of random pixels (incompressible): 1280x1024 RGBA is ~5.2 MB, ~7 MB in base64. */
function bigPngBase64(): string {
  const width = 1280;
  const height = 1024;
  const rgba = randomFillSync(new Uint8Array(width * height * 4));
  return encodePng(width, height, rgba).toString('base64');
}

/** The simulator's seed for an image input: how it tells which image it was sent. */
const imageSeed = (base64: string) =>
  `image:${createHash('sha256').update(base64).digest('hex').slice(0, 16)}`;

const dirs: string[] = [];
const gateways: Gateway[] = [];
afterEach(async () => {
  for (const gateway of gateways.splice(0)) await gateway.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('inline images stay out of job records (audit F1, F2, F3)', () => {
  it('30 queued jobs with ~7 MB images: flat memory, small records, responsive lists, images sent intact', async () => {
    // The simulator's clock stands still until the test lets it run: the first job stays in WAIT,
    // holding the only slot, so the others stay queued. It answers any number of Queries meanwhile.
    let frozenAt: number | undefined = Date.now();
    const sim = await startTestSimulator({
      now: () => frozenAt ?? Date.now(),
      ratePerSecond: 1_000_000,
      durations: { PRO: { waitMs: 100, runMs: 100 } },
    });
    const dir = mkdtempSync(join(tmpdir(), 'inline-images-'));
    dirs.push(dir);
    const log = memoryLog('warn');
    const gateway = await createGateway(
      configFor(sim, {
        GATEWAY_DB: join(dir, 'gateway.db'),
        UPSTREAM_PRO_SLOTS: '1',
        JOB_REFRESH_MS: '100',
        LOG_LEVEL: 'warn',
      }),
      log.logger,
    );
    gateways.push(gateway);
    const gql = async <T>(query: string, variables?: Record<string, unknown>): Promise<T> => {
      const res = await gateway.app.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: T; errors?: unknown[] };
      expect(body.errors).toBeUndefined();
      return body.data as T;
    };
    const submit = (image: string) =>
      gql<{ submitJob: { id: string; status: string; hasImageBase64: boolean } }>(
        'mutation ($b: String!) { submitJob(input: { imageBase64: $b }) { id status hasImageBase64 } }',
        { b: image },
      );

    // One job first, so the slot is taken and the code paths are warm before the baseline.
    const seeds = new Map<string, string>();
    let image = bigPngBase64();
    expect(image.length).toBeGreaterThan(6.9 * 1_000_000);
    expect(image.length).toBeLessThan(8 * MiB);
    const first = (await submit(image)).submitJob;
    seeds.set(first.id, imageSeed(image));
    await vi.waitFor(async () => expect((await gateway.store.get(first.id))?.status).toBe('WAIT'), {
      timeout: 10_000,
    });

    const submitStarted = performance.now();
    const before = rssAfterGc();
    for (let i = 0; i < 30; i++) {
      image = bigPngBase64();
      const { submitJob } = await submit(image);
      expect(submitJob).toMatchObject({ status: 'QUEUED', hasImageBase64: true });
      seeds.set(submitJob.id, imageSeed(image));
    }
    image = '';
    const submitMs = performance.now() - submitStarted;
    // Two rescans (every 2 s) have read the whole queue by now.
    await new Promise((resolve) => setTimeout(resolve, 4_500));
    const after = rssAfterGc();
    const growth = (after - before) / MiB;
    console.info(
      `inline images: RSS ${(before / MiB).toFixed(0)} MiB -> ${(after / MiB).toFixed(0)} MiB ` +
        `(+${growth.toFixed(1)} MiB) with 30 jobs of ~7 MB images queued (210 MB of base64 submitted ` +
        `in ${(submitMs / 1000).toFixed(1)} s)`,
    );
    expect(growth).toBeLessThan(150);

    // What lists and rescans read: small records, whatever the images weigh.
    const queued = await gateway.store.listByStatus(['QUEUED']);
    const page = await gateway.store.page({ limit: 50 });
    expect(queued).toHaveLength(30);
    expect(page).toHaveLength(31);
    const sizes = [...queued, ...page].map((job) => JSON.stringify(job).length);
    console.info(`inline images: record JSON sizes ${Math.min(...sizes)}..${Math.max(...sizes)} bytes`);
    for (const size of sizes) expect(size).toBeLessThan(4_096);
    for (const job of page) expect(job.inputBlobs).toEqual(['image']);
    expect(gateway.jobs.repo.cacheStats().bytes).toBeLessThan(MiB);

    // /health while 40 `jobs(first: 50)` lists are served at once: a figure, not an assertion.
    const lists = Array.from({ length: 40 }, () =>
      gql<{ jobs: { nodes: Array<{ hasImageBase64: boolean }> } }>(
        '{ jobs(first: 50) { nodes { id status hasImageBase64 queuePosition submittedAt } } }',
      ),
    );
    const health: number[] = [];
    const probing = (async () => {
      for (let i = 0; i < 5; i++) {
        const started = performance.now();
        const res = await gateway.app.fetch('http://gateway.test/health');
        await res.arrayBuffer();
        health.push(performance.now() - started);
      }
    })();
    const started = performance.now();
    const answers = await Promise.all(lists);
    const listsMs = performance.now() - started;
    await probing;
    console.info(
      `inline images: 40 concurrent jobs(first: 50) lists in ${listsMs.toFixed(0)} ms; ` +
        `/health meanwhile ${health.map((ms) => ms.toFixed(1)).join(', ')} ms`,
    );
    for (const { jobs } of answers) {
      expect(jobs.nodes).toHaveLength(31);
      expect(jobs.nodes.every((node) => node.hasImageBase64)).toBe(true);
    }

    // The slot frees: every job is sent, each with its own image, byte for byte.
    frozenAt = undefined;
    const drainStarted = performance.now();
    await vi.waitFor(
      async () => {
        const jobs = await Promise.all([...seeds.keys()].map((id) => gateway.store.get(id)));
        expect(jobs.filter((job) => job?.status === 'DONE')).toHaveLength(seeds.size);
      },
      { timeout: 120_000, interval: 200 },
    );
    console.info(
      `inline images: the 31 jobs sent and done in ${((performance.now() - drainStarted) / 1000).toFixed(1)} s`,
    );
    const simSeeds = new Map(sim.jobs.list().map((job) => [job.id, job.seed]));
    for (const [id, seed] of seeds) {
      const job = await gateway.store.get(id);
      expect(simSeeds.get(job!.upstreamJobId!)).toBe(seed);
      expect(await gateway.store.getInputBlobs(id)).toStrictEqual({});
    }
    expect(sim.jobs.list()).toHaveLength(31);
  }, 180_000);
});
