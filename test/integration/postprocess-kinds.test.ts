import { describe, expect, it, vi } from 'vitest';
import { sniffFileType } from '../../src/simulator/files/file-types.ts';
import { encodePng } from '../../src/simulator/files/png.ts';
import type { Simulator } from '../../src/simulator/index.ts';
import { CONVERT_FORMATS, JOB_KIND_NAMES, JOB_KINDS, type JobKindName } from '../../src/tencent/job-kinds.ts';
import {
  GetPostProcessJobDocument,
  type PostProcessFieldsFragment,
  type SubmitJobInput,
  SubmitPostProcessJobDocument,
} from '../generated/graphql.ts';
import { startTestGateway, type TestGateway } from '../helpers/gateway.ts';
import { startTestSimulator } from '../helpers/simulator.ts';

/**
 * The post-processing kinds (issue 12) through GraphQL against the simulator: each takes a model by
 * `file: { fromJob }` or `{ url, type }`, runs to DONE, and its result files download through
 * `/files` with their content types; bad inputs are refused before anything is stored or sent, each
 * naming the client's field; and a kind's one slot holds however many are submitted at once.
 */

const FAST = {
  durations: Object.fromEntries(JOB_KIND_NAMES.map((k) => [k, { waitMs: 50, runMs: 200 }])) as Record<
    JobKindName,
    { waitMs: number; runMs: number }
  >,
};
const ALICE = { authorization: 'Bearer alice-key-1' };
const BOB = { authorization: 'Bearer bob-key-22' };
const KEYS = { GATEWAY_API_KEYS: 'alice:alice-key-1,bob:bob-key-22', JOB_REFRESH_MS: '100' };

/** What the gateway must serve each file name with. */
const CONTENT_TYPES: Record<string, string> = {
  glb: 'model/gltf-binary',
  zip: 'application/zip',
  obj: 'model/obj',
  mtl: 'model/mtl',
  fbx: 'application/octet-stream',
  stl: 'model/stl',
  usdz: 'model/vnd.usdz+zip',
  gif: 'image/gif',
  mp4: 'video/mp4',
  png: 'image/png',
  jpg: 'image/jpeg',
};

type GqlError = { message: string; extensions?: Record<string, unknown> };

async function setup(env: Record<string, string> = {}) {
  const sim = await startTestSimulator(FAST);
  const t = await startTestGateway(sim, { ...KEYS, ...env });
  return { sim, t, ...client(t) };
}

function client(t: TestGateway) {
  const submit = (input: SubmitJobInput, headers = ALICE, idempotencyKey?: string) =>
    t.gql<{ submitJob: PostProcessFieldsFragment }>(
      SubmitPostProcessJobDocument.toString(),
      { input, ...(idempotencyKey === undefined ? {} : { idempotencyKey }) },
      headers,
    );
  const getJob = async (id: string, headers = ALICE) => {
    const res = await t.gql<{ job: PostProcessFieldsFragment | null }>(
      GetPostProcessJobDocument.toString(),
      { id },
      headers,
    );
    expect(res.errors).toBeUndefined();
    return res.data?.job ?? undefined;
  };
  const submitOk = async (input: SubmitJobInput, headers = ALICE, idempotencyKey?: string) => {
    const res = await submit(input, headers, idempotencyKey);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const job = res.data?.submitJob;
    if (!job) throw new Error('submitJob returned no job');
    return job;
  };
  /** Waits until the job ends and expects DONE (a FAIL's code and message show in the failure). */
  const waitDone = (id: string, headers = ALICE, timeout = 15_000) =>
    vi.waitFor(
      async () => {
        const job = await getJob(id, headers);
        if (job?.status === 'FAIL') {
          throw new Error(`job ${id} failed: ${job.errorCode} ${job.errorMessage}`);
        }
        if (job?.status !== 'DONE') throw new Error(`job ${id} is ${job?.status ?? 'missing'}`);
        return job;
      },
      { timeout, interval: 50 },
    );
  /** Refused with BAD_USER_INPUT naming `field`; returns the message. */
  const refused = async (input: SubmitJobInput, field: string | RegExp, headers = ALICE) => {
    const res = await submit(input, headers);
    expect(res.data?.submitJob ?? null, JSON.stringify(input)).toBeNull();
    expect(res.errors, JSON.stringify(input)).toHaveLength(1);
    const err = res.errors?.[0] as GqlError;
    expect(err.extensions?.code, err.message).toBe('BAD_USER_INPUT');
    if (typeof field === 'string') expect(err.extensions?.field, err.message).toBe(field);
    else expect(String(err.extensions?.field), err.message).toMatch(field);
    return err.message;
  };
  return { submit, submitOk, getJob, waitDone, refused };
}

/** Downloads every file of a DONE job through the gateway and checks its content type and bytes. */
async function expectFilesServed(t: TestGateway, job: PostProcessFieldsFragment): Promise<string[]> {
  expect(job.resultFiles.length, `${job.kind} ${job.id} has no result files`).toBeGreaterThan(0);
  const names: string[] = [];
  for (const file of job.resultFiles) {
    for (const url of [file.url, file.previewImageUrl]) {
      if (!url) continue;
      expect(url).toMatch(
        new RegExp(`^http://gateway\\.test/files/${job.id}/\\d+/(model|preview)\\.[a-z0-9]+$`),
      );
      const ext = /\.([a-z0-9]+)$/.exec(url)?.[1] ?? '';
      const res = await t.gateway.app.fetch(url);
      expect(res.status, `${job.kind} ${file.type} ${url}: ${res.status}`).toBe(200);
      expect(res.headers.get('content-type'), `${job.kind} ${file.type} ${url}`).toBe(CONTENT_TYPES[ext]);
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect(bytes.length).toBeGreaterThan(0);
      // The bytes are what the name says (the simulator's files are real files of their type).
      const sniffed = sniffFileType(bytes);
      if (sniffed !== undefined) expect(sniffed, `${job.kind} ${file.type} ${url}`).toBe(ext);
      names.push(`${file.type}:${url.slice(url.lastIndexOf('/') + 1)}`);
    }
  }
  return names;
}

function submitsOf(sim: Simulator, kind: JobKindName): number {
  return sim.counters.read().requests[JOB_KINDS[kind].submitAction] ?? 0;
}

describe('post-processing kinds, end to end', () => {
  it('runs every kind from a finished job, and serves each result file with its content type', async () => {
    const { t, sim, submitOk, waitDone } = await setup();
    const pro = await waitDone((await submitOk({ prompt: 'a small wooden chair' })).id);
    expect(pro.resultFiles.map((f) => f.type)).toContain('GLB');

    // Kinds that take the GLB directly.
    const [topology, uv, toFbx] = await Promise.all([
      submitOk({
        kind: 'SMART_TOPOLOGY',
        file: { fromJob: pro.id },
        faceLevel: 'LOW',
        polygonType: 'QUADRILATERAL',
      }),
      submitOk({ kind: 'UV', file: { fromJob: pro.id } }),
      submitOk({ kind: 'CONVERT', file: { fromJob: pro.id }, format: 'FBX' }),
    ]);
    expect(topology).toMatchObject({
      kind: 'SMART_TOPOLOGY',
      faceLevel: 'LOW',
      polygonType: 'QUADRILATERAL',
      // The source's Tencent URL is not shown; the job it came from is.
      file: { fromJob: pro.id, type: 'GLB', url: null },
    });
    expect(uv.file).toEqual({ fromJob: pro.id, type: 'GLB', url: null });
    expect(toFbx).toMatchObject({ kind: 'CONVERT', format: 'FBX' });

    const fbx = await waitDone(toFbx.id);
    expect(fbx.resultFiles.map((f) => f.type)).toContain('FBX');
    // FBX-only kinds, fed the conversion's FBX.
    const [texture, part, rig] = await Promise.all([
      submitOk({ kind: 'TEXTURE_EDIT', file: { fromJob: fbx.id }, prompt: 'weathered oak', enablePBR: true }),
      submitOk({ kind: 'PART', file: { fromJob: fbx.id } }),
      submitOk({ kind: 'AUTO_RIGGING', file: { fromJob: fbx.id }, motionType: 1 }),
    ]);
    expect(rig).toMatchObject({
      kind: 'AUTO_RIGGING',
      motionType: 1,
      file: { type: 'FBX', fromJob: fbx.id },
    });

    const served: Record<string, string[]> = {};
    for (const job of [topology, uv, fbx, texture, part, rig]) {
      const done = await waitDone(job.id);
      expect(done.errorCode).toBeNull();
      served[done.kind] = await expectFilesServed(t, done);
    }
    // Part answers its segmentation data (JSON text), exposed on the job.
    const parts = await waitDone(part.id);
    expect(JSON.parse(parts.partSegmentationInfo ?? 'null')).toBeTypeOf('object');
    // UV unfolding gives a texture image (Tencent's IMAGE) besides the model.
    expect(served.UV?.some((n) => n.startsWith('IMAGE:'))).toBe(true);
    expect(served.CONVERT).toContain('FBX:model.fbx');
    for (const kind of ['SMART_TOPOLOGY', 'UV', 'TEXTURE_EDIT', 'CONVERT', 'PART', 'AUTO_RIGGING']) {
      expect(submitsOf(sim, kind as JobKindName), kind).toBe(1);
    }
  });

  it('converts to every format, and takes a model by { url, type } as well', async () => {
    const { t, submitOk, waitDone } = await setup();
    const pro = await waitDone((await submitOk({ prompt: 'a teapot' })).id);
    const stored = await t.gateway.jobs.repo.get(pro.id);
    const glbUrl = stored?.resultFiles.find((f) => f.type === 'GLB')?.url ?? '';
    expect(glbUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);

    const jobs = await Promise.all([
      ...CONVERT_FORMATS.map((format) => submitOk({ kind: 'CONVERT', file: { fromJob: pro.id }, format })),
      submitOk({ kind: 'UV', file: { url: glbUrl, type: 'GLB' } }),
    ]);
    expect(jobs.at(-1)?.file).toEqual({ url: glbUrl, type: 'GLB', fromJob: null });
    const types: string[] = [];
    for (const job of jobs) {
      const done = await waitDone(job.id, ALICE, 20_000);
      await expectFilesServed(t, done);
      types.push(...done.resultFiles.map((f) => f.type));
    }
    for (const format of CONVERT_FORMATS) expect(types).toContain(format);
  });

  it('re-textures from an inline image, and splits parts in two stages', async () => {
    const { t, submitOk, waitDone } = await setup();
    const pro = await waitDone((await submitOk({ prompt: 'a robot' })).id);
    const fbx = await waitDone(
      (await submitOk({ kind: 'CONVERT', file: { fromJob: pro.id }, format: 'FBX' })).id,
    );

    const side = 256;
    const image = encodePng(side, side, new Uint8Array(side * side * 4).fill(180)).toString('base64');
    const texture = await submitOk({ kind: 'TEXTURE_EDIT', file: { fromJob: fbx.id }, imageBase64: image });
    expect(texture).toMatchObject({ hasImageBase64: true, prompt: null });
    await expectFilesServed(t, await waitDone(texture.id));

    // Stage one answers the segmentation data; stage two takes it back (edited or not) with the model.
    const staged = await waitDone(
      (await submitOk({ kind: 'PART', file: { fromJob: fbx.id }, enableStagedGeneration: true })).id,
    );
    expect(staged.enableStagedGeneration).toBe(true);
    const segmentation = staged.partSegmentationInfo ?? '';
    expect(Object.keys(JSON.parse(segmentation) as object).length).toBeGreaterThan(0);
    const second = await submitOk({
      kind: 'PART',
      file: { fromJob: fbx.id },
      partSegmentationInfo: segmentation,
      enablePostProcess: true,
    });
    expect(second).toMatchObject({ partSegmentationInfo: segmentation, enablePostProcess: true });
    await expectFilesServed(t, await waitDone(second.id));
  });

  it('never runs more UV jobs upstream than the kind has slots, and finishes all of them', async () => {
    const { sim, submitOk, waitDone, getJob } = await setup();
    const pro = await waitDone((await submitOk({ prompt: 'a vase' })).id);
    const uvs = await Promise.all([1, 2, 3].map(() => submitOk({ kind: 'UV', file: { fromJob: pro.id } })));
    // One slot: while the first runs, the others wait in the gateway's queue.
    const queued = await Promise.all(uvs.map((j) => getJob(j.id)));
    expect(queued.filter((j) => j?.status === 'QUEUED').length).toBeGreaterThanOrEqual(1);
    for (const job of uvs) await waitDone(job.id, ALICE, 20_000);
    const counters = sim.counters.read();
    expect(counters.peakRunningJobs.UV).toBe(1);
    expect(counters.jobsSubmitted.UV).toBe(3);
    // Never refused for the slot either: the gateway kept to it rather than Tencent enforcing it.
    expect(counters.answers.SubmitHunyuanTo3DUVJob).toEqual({ OK: 3 });
  });

  it('answers a retried submit with the same idempotency key with the same job', async () => {
    const { t, submitOk, submit, waitDone } = await setup();
    const pro = await waitDone((await submitOk({ prompt: 'a lamp' })).id);
    const input: SubmitJobInput = { kind: 'UV', file: { fromJob: pro.id } };
    const first = await submitOk(input, ALICE, 'uv-1');
    const again = await submitOk(input, ALICE, 'uv-1');
    expect(again.id).toBe(first.id);
    const other = await submit({ kind: 'UV', file: { fromJob: pro.id, type: 'GLB' } }, ALICE, 'uv-1');
    expect(other.errors?.[0]?.extensions?.code).toBe('IDEMPOTENCY_KEY_REUSED');
    // Once the source's results expired, a retry still gets its job; a new submission is refused.
    await t.gateway.jobs.repo.transition(pro.id, (job) => ({
      ...job,
      expiresAt: Date.now() - 1,
      version: job.version + 1,
    }));
    expect((await submitOk(input, ALICE, 'uv-1')).id).toBe(first.id);
    const late = await submit(input, ALICE, 'uv-2');
    expect(late.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.file.fromJob',
    });
  });
});

describe('post-processing inputs are checked before anything is stored or sent', () => {
  it('refuses a missing or malformed file, options of other kinds and bad values, naming the field', async () => {
    const { sim, refused, submitOk, waitDone } = await setup();
    const pro = await waitDone((await submitOk({ prompt: 'a small wooden chair' })).id);
    const glb = { url: 'https://cos.example/m/model.glb', type: 'GLB' };
    const fbx = { url: 'https://cos.example/m/model.fbx', type: 'FBX' };

    // Required model file, per kind.
    for (const kind of ['SMART_TOPOLOGY', 'UV', 'TEXTURE_EDIT', 'CONVERT', 'AUTO_RIGGING'] as const) {
      await refused(
        {
          kind,
          format: kind === 'CONVERT' ? 'STL' : undefined,
          prompt: kind === 'TEXTURE_EDIT' ? 'x' : undefined,
        },
        /^input\.file/,
      );
    }
    // Types the action does not take.
    await refused({ kind: 'UV', file: { url: 'https://cos.example/m.stl', type: 'STL' } }, 'input.file.type');
    await refused({ kind: 'TEXTURE_EDIT', file: glb, prompt: 'rusty' }, 'input.file.type');
    await refused({ kind: 'PART', file: glb }, 'input.file.type');
    await refused({ kind: 'AUTO_RIGGING', file: glb }, 'input.file.type');
    await refused({ kind: 'SMART_TOPOLOGY', file: fbx }, 'input.file.type');
    // A file without type, a URL that is no URL.
    await refused({ kind: 'UV', file: { url: glb.url } }, /^input\.file/);
    await refused({ kind: 'UV', file: { url: 'not a url', type: 'GLB' } }, 'input.file.url');
    // Convert: the format is required and one of Tencent's.
    await refused({ kind: 'CONVERT', file: glb }, 'input.format');
    await refused({ kind: 'CONVERT', file: glb, format: 'OBJ' }, 'input.format');
    // Texture edit: exactly one of prompt and image.
    await refused(
      { kind: 'TEXTURE_EDIT', file: fbx, prompt: 'rusty', imageUrl: 'https://cos.example/i.png' },
      /^input\.(prompt|imageUrl)$/,
    );
    await refused({ kind: 'TEXTURE_EDIT', file: fbx }, /^input\.(prompt|imageUrl)$/);
    // Options a kind does not have, and a model file for kinds that take none.
    await refused({ kind: 'UV', file: glb, faceLevel: 'LOW' }, 'input.faceLevel');
    await refused({ kind: 'UV', file: glb, prompt: 'x' }, 'input.prompt');
    await refused({ kind: 'CONVERT', file: glb, format: 'STL', motionType: 2 }, 'input.motionType');
    await refused({ kind: 'PRO', prompt: 'a chair', file: glb }, 'input.file');
    await refused({ kind: 'RAPID', prompt: 'a chair', format: 'STL' }, 'input.format');

    // The file's own shape.
    expect(await refused({ kind: 'UV', file: { fromStep: 1 } }, 'input.file.fromStep')).toMatch(
      /only accepted in submitPipeline/,
    );
    await refused({ kind: 'UV', file: { fromJob: pro.id, url: glb.url } }, 'input.file.url');
    await refused({ kind: 'UV', file: { type: 'GLB' } }, 'input.file');

    for (const kind of JOB_KIND_NAMES.filter((k) => k !== 'PRO')) expect(submitsOf(sim, kind), kind).toBe(0);
    expect(submitsOf(sim, 'PRO')).toBe(1);
  });

  it('refuses a bad faceLevel as GraphQL does any enum', async () => {
    const { submit } = await setup();
    const res = await submit({
      kind: 'SMART_TOPOLOGY',
      file: { url: 'https://cos.example/m.glb', type: 'GLB' },
      faceLevel: 'HUGE' as 'LOW',
    });
    expect(res.data?.submitJob ?? null).toBeNull();
    expect(res.errors?.[0]?.message).toMatch(/FaceLevel/);
  });

  it('takes fromJob only from a DONE, unexpired job of yours with a file the kind accepts', async () => {
    const { t, sim, refused, submitOk, waitDone } = await setup();
    const pro = await waitDone((await submitOk({ prompt: 'a small wooden chair' })).id);
    const bobs = await waitDone((await submitOk({ prompt: 'a stool' }, BOB)).id, BOB);

    // Unknown, malformed and someone else's: one answer, nothing told apart.
    const unknown = await refused(
      { kind: 'UV', file: { fromJob: 'job_AAAAAAAAAAAAAAAA' } },
      'input.file.fromJob',
    );
    expect(unknown).toMatch(/no job "job_AAAAAAAAAAAAAAAA" of yours/);
    await refused({ kind: 'UV', file: { fromJob: 'nope' } }, 'input.file.fromJob');
    const foreign = await refused({ kind: 'UV', file: { fromJob: bobs.id } }, 'input.file.fromJob');
    expect(foreign).toBe(unknown.replace('job_AAAAAAAAAAAAAAAA', bobs.id));
    // Bob may use his own; by its Tencent JobId too.
    await submitOk({ kind: 'UV', file: { fromJob: bobs.upstreamJobId ?? '' } }, BOB);

    // Not finished yet.
    const running = await submitOk({ prompt: 'a table' });
    expect(await refused({ kind: 'UV', file: { fromJob: running.id } }, 'input.file.fromJob')).toMatch(
      /not DONE yet/,
    );
    // Failed.
    const failed = await submitOk({ prompt: 'a table [fail]' });
    await vi.waitFor(
      async () => {
        const job = await t.gateway.jobs.get(failed.id);
        if (job?.status !== 'FAIL') throw new Error(`job is ${job?.status}`);
      },
      { timeout: 10_000, interval: 50 },
    );
    expect(await refused({ kind: 'UV', file: { fromJob: failed.id } }, 'input.file.fromJob')).toMatch(
      /ended as FAIL/,
    );

    // No file of a type the kind takes (Pro gives GLB; texture edit takes FBX), or not the one named.
    expect(
      await refused({ kind: 'TEXTURE_EDIT', file: { fromJob: pro.id }, prompt: 'x' }, 'input.file.fromJob'),
    ).toMatch(/has no result file TEXTURE_EDIT accepts \(it has GLB; TEXTURE_EDIT takes FBX\)/);
    expect(await refused({ kind: 'UV', file: { fromJob: pro.id, type: 'STL' } }, 'input.file.type')).toMatch(
      /UV accepts FBX, OBJ, GLB, not STL/,
    );
    expect(await refused({ kind: 'UV', file: { fromJob: pro.id, type: 'OBJ' } }, 'input.file.type')).toMatch(
      /has no OBJ result/,
    );

    // Expired: Tencent's URLs are gone.
    const old = await waitDone((await submitOk({ prompt: 'an old chair' })).id);
    const expiredAt = Date.now() - 1000;
    await t.gateway.jobs.repo.transition(old.id, (job) => ({
      ...job,
      expiresAt: expiredAt,
      version: job.version + 1,
    }));
    expect(await refused({ kind: 'UV', file: { fromJob: old.id } }, 'input.file.fromJob')).toMatch(
      new RegExp(`expired at ${new Date(expiredAt).toISOString()}`),
    );

    expect(submitsOf(sim, 'UV')).toBe(1);
    expect(submitsOf(sim, 'TEXTURE_EDIT')).toBe(0);
  });
});
