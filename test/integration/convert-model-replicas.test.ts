import { describe, expect, it, vi } from 'vitest';
import { sniffFileType } from '../../src/simulator/files/file-types.ts';
import { CONVERT_SYNC_ACTION, JOB_KIND_NAMES, type JobKindName } from '../../src/tencent/job-kinds.ts';
import {
  ConvertModelDocument,
  type ConvertModelMutation,
  type ModelFileInput,
} from '../generated/graphql.ts';
import { startTestGateway, type TestGateway } from '../helpers/gateway.ts';
import { startPrivateRedis } from '../helpers/private-redis.ts';
import { startTestSimulator } from '../helpers/simulator.ts';

/**
 * `convertModel` with several replicas: the conversion's record lives in Redis like the jobs, so
 * its `/files/cnv_…` URL works on every replica, not only the one that ran it; and a Redis that
 * does not answer is a clear STORE_UNAVAILABLE (GraphQL) or 503 (`/files`), never a crash.
 */

const FAST = {
  durations: Object.fromEntries(JOB_KIND_NAMES.map((k) => [k, { waitMs: 50, runMs: 200 }])) as Record<
    JobKindName,
    { waitMs: number; runMs: number }
  >,
};
const ALICE = { authorization: 'Bearer alice-key-1' };
const ENV = { GATEWAY_API_KEYS: 'alice:alice-key-1', JOB_REFRESH_MS: '100' };

const convert = (t: TestGateway, file: ModelFileInput, format: string) =>
  t.gql<ConvertModelMutation>(ConvertModelDocument.toString(), { file, format }, ALICE);

describe('convertModel across replicas sharing Redis', () => {
  it('serves a conversion run on replica A from replica B, with its content type', async () => {
    const redis = await startPrivateRedis();
    const sim = await startTestSimulator(FAST);
    const env = { ...ENV, REDIS_URL: redis.url };
    const a = await startTestGateway(sim, env);
    const b = await startTestGateway(sim, env);

    // A finished job to convert, submitted on A (whichever replica leads sends it).
    const submitted = await a.gql<{ submitJob: { id: string } }>(
      'mutation { submitJob(input: { prompt: "a small wooden chair" }) { id } }',
      {},
      ALICE,
    );
    expect(submitted.errors).toBeUndefined();
    const jobId = submitted.data?.submitJob.id ?? '';
    await vi.waitFor(
      async () => {
        const job = await a.gateway.jobs.repo.get(jobId);
        if (job?.status !== 'DONE') throw new Error(`job ${jobId} is ${job?.status}`);
      },
      { timeout: 30_000, interval: 100 },
    );

    const res = await convert(a, { fromJob: jobId }, 'STL');
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const url = res.data?.convertModel?.url ?? '';
    expect(url).toMatch(/^http:\/\/gateway\.test\/files\/cnv_[A-Za-z0-9_-]{16}\/0\/model\.stl$/);

    // B never saw the conversion, and serves it: B's own cache downloads it from upstream storage.
    const got = await b.gateway.app.fetch(url);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('model/stl');
    expect(got.headers.get('access-control-allow-origin')).toBe('*');
    expect(sniffFileType(new Uint8Array(await got.arrayBuffer()))).toBe('stl');
    expect(sim.counters.read().requests[CONVERT_SYNC_ACTION]).toBe(1);
    // An id nobody was given is still a 404 there.
    const unknown = await b.gateway.app.fetch('http://gateway.test/files/cnv_AAAAAAAAAAAAAAAA/0/model.stl');
    expect(unknown.status).toBe(404);

    // Redis stops answering: /files says so (503, retry later) and convertModel is STORE_UNAVAILABLE.
    // (A conversion that ran but could not be recorded is too: test/unit/convert/convert-model.test.ts.)
    const glb = (await a.gateway.jobs.repo.get(jobId))?.resultFiles.find((f) => f.type === 'GLB')?.url;
    redis.pause();
    try {
      const during = await b.gateway.app.fetch(url);
      expect(during.status).toBe(503);
      expect(during.headers.get('retry-after')).toBe('5');
      expect(((await during.json()) as { error: { code: string } }).error.code).toBe('STORE_UNAVAILABLE');

      // The shared rate window is in Redis too: nothing is sent without it.
      const refused = await convert(a, { url: glb, type: 'GLB' }, 'USDZ');
      expect(refused.data?.convertModel ?? null).toBeNull();
      expect(refused.errors?.[0]?.extensions?.code).toBe('STORE_UNAVAILABLE');
      expect(refused.errors?.[0]?.message).toMatch(/nothing was sent; retry shortly/);
      expect(sim.counters.read().requests[CONVERT_SYNC_ACTION]).toBe(1);
    } finally {
      redis.resume();
    }
    // Back: the first conversion is served again.
    await vi.waitFor(async () => expect((await b.gateway.app.fetch(url)).status).toBe(200), {
      timeout: 30_000,
      interval: 200,
    });
  }, 120_000);
});
