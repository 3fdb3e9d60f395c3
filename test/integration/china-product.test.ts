import { describe, expect, it, vi } from 'vitest';
import { sniffFileType } from '../../src/simulator/files/file-types.ts';
import { encodePng } from '../../src/simulator/files/png.ts';
import type { Simulator } from '../../src/simulator/index.ts';
import { JOB_KIND_NAMES, JOB_KINDS, type JobKindName } from '../../src/tencent/job-kinds.ts';
import {
  GetPostProcessJobDocument,
  type PostProcessFieldsFragment,
  type SubmitJobInput,
  SubmitPostProcessJobDocument,
} from '../generated/graphql.ts';
import { startTestGateway, type TestGateway } from '../helpers/gateway.ts';
import { startTestSimulator } from '../helpers/simulator.ts';

/**
 * The China `ai3d` 2025-05-13 product through GraphQL (issue 12): a gateway configured for it
 * (HUNYUAN_API_VERSION=2025-05-13 against the simulator) offers its kinds — REDUCE_FACE,
 * TEXTURE_TO_3D, PROFILE, MOTION besides PRO, RAPID, PART, UV, AUTO_RIGGING with China's own rules —
 * runs each end to end with real result files through /files, and refuses kinds it lacks
 * (SMART_TOPOLOGY, TEXTURE_EDIT, CONVERT) with KIND_NOT_AVAILABLE before anything is stored. The
 * intl gateway refuses the China-only kinds the same way.
 */

const FAST = {
  durations: Object.fromEntries(JOB_KIND_NAMES.map((k) => [k, { waitMs: 50, runMs: 200 }])) as Record<
    JobKindName,
    { waitMs: number; runMs: number }
  >,
};
const ALICE = { authorization: 'Bearer alice-key-1' };
const ENV = { GATEWAY_API_KEYS: 'alice:alice-key-1', JOB_REFRESH_MS: '100' };

type GqlError = { message: string; extensions?: Record<string, unknown> };

function client(t: TestGateway) {
  const submit = (input: SubmitJobInput) =>
    t.gql<{ submitJob: PostProcessFieldsFragment }>(
      SubmitPostProcessJobDocument.toString(),
      { input },
      ALICE,
    );
  const submitOk = async (input: SubmitJobInput) => {
    const res = await submit(input);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const job = res.data?.submitJob;
    if (!job) throw new Error('submitJob returned no job');
    return job;
  };
  const getJob = async (id: string) => {
    const res = await t.gql<{ job: PostProcessFieldsFragment | null }>(
      GetPostProcessJobDocument.toString(),
      { id },
      ALICE,
    );
    expect(res.errors).toBeUndefined();
    return res.data?.job ?? undefined;
  };
  const waitDone = (id: string) =>
    vi.waitFor(
      async () => {
        const job = await getJob(id);
        if (job?.status === 'FAIL') throw new Error(`job ${id} failed: ${job.errorCode} ${job.errorMessage}`);
        if (job?.status !== 'DONE') throw new Error(`job ${id} is ${job?.status ?? 'missing'}`);
        return job;
      },
      { timeout: 20_000, interval: 50 },
    );
  /** The one error of a refused submit. */
  const refusal = async (input: SubmitJobInput): Promise<GqlError> => {
    const res = await submit(input);
    expect(res.data?.submitJob ?? null, JSON.stringify(input)).toBeNull();
    expect(res.errors, JSON.stringify(input)).toHaveLength(1);
    return res.errors?.[0] as GqlError;
  };
  return { submitOk, waitDone, refusal };
}

/** Every result file of a DONE job downloads through the gateway as a real file of its type. */
async function filesOf(t: TestGateway, job: PostProcessFieldsFragment): Promise<string[]> {
  const types: string[] = [];
  for (const file of job.resultFiles) {
    const res = await t.gateway.app.fetch(file.url);
    expect(res.status, `${job.kind} ${file.type} ${file.url}`).toBe(200);
    const bytes = new Uint8Array(await res.arrayBuffer());
    const ext = /\.([a-z0-9]+)$/.exec(file.url)?.[1] ?? '';
    const sniffed = sniffFileType(bytes);
    // MTL is text the sniffer does not claim; everything else is what its name says.
    if (ext !== 'mtl') expect(sniffed, `${job.kind} ${file.type} ${file.url}`).toBe(ext);
    else expect(new TextDecoder().decode(bytes)).toMatch(/^newmtl /m);
    types.push(file.type);
  }
  return types;
}

function submitsOf(sim: Simulator, action: string): number {
  return sim.counters.read().requests[action] ?? 0;
}

/** A headshot-sized PNG (China's Profile wants each side over 500 px). */
function headshot(side = 512): string {
  const rgba = new Uint8Array(side * side * 4);
  for (let i = 0; i < rgba.length; i += 4) rgba.set([200, 160, 140, 255], i);
  return encodePng(side, side, rgba).toString('base64');
}

/** A China-configured gateway on a fresh simulator (both closed after the test), and a DONE Pro job. */
async function china() {
  const sim = await startTestSimulator(FAST);
  const t = await startTestGateway(sim, { ...ENV, HUNYUAN_API_VERSION: '2025-05-13' });
  const api = client(t);
  const pro = await api.waitDone(
    (await api.submitOk({ prompt: 'a person standing', resultFormat: 'FBX' })).id,
  );
  return { sim, t, api, pro };
}

describe('a gateway configured for the China ai3d product', () => {
  it('runs China Pro with a result format, then REDUCE_FACE and TEXTURE_TO_3D on its result', async () => {
    const { sim, t, api, pro } = await china();
    expect(await filesOf(t, pro)).toEqual(['GLB', 'FBX']);
    expect(submitsOf(sim, 'SubmitHunyuanTo3DProJob')).toBeGreaterThanOrEqual(1);

    const reduced = await api.waitDone(
      (await api.submitOk({ kind: 'REDUCE_FACE', file: { fromJob: pro.id }, faceLevel: 'LOW' })).id,
    );
    expect(reduced.file).toMatchObject({ fromJob: pro.id, type: 'GLB' });
    expect(await filesOf(t, reduced)).toEqual(['OBJ', 'GLB', 'IMAGE']);
    expect(submitsOf(sim, 'SubmitReduceFaceJob')).toBe(1);

    const textured = await api.waitDone(
      (
        await api.submitOk({
          kind: 'TEXTURE_TO_3D',
          file: { fromJob: reduced.id, type: 'OBJ' },
          prompt: 'red and white stripes',
          textureSize: 1024,
          enableKeepUV: false,
        })
      ).id,
    );
    expect(await filesOf(t, textured)).toEqual(['TEXTURE_IMAGE', 'MTL', 'ZIP', 'OBJ', 'GLB', 'IMAGE']);
  });

  it('runs PROFILE from a headshot and MOTION from a prompt, retargeting an FBX', async () => {
    const { t, api } = await china();
    const profile = await api.waitDone(
      (await api.submitOk({ kind: 'PROFILE', imageBase64: headshot(), template: 'basketball' })).id,
    );
    expect(await filesOf(t, profile)).toEqual(['POSTPROCESS_OBJ', 'OBJ', 'IMAGE', 'MTL', 'FBX']);

    const motion = await api.waitDone(
      (await api.submitOk({ kind: 'MOTION', prompt: 'a person walks forward', duration: 3 })).id,
    );
    expect(await filesOf(t, motion)).toEqual(['FBX']);
    const retargeted = await api.waitDone(
      (await api.submitOk({ kind: 'MOTION', prompt: 'waves hello', file: { fromJob: motion.id } })).id,
    );
    expect(retargeted.file).toMatchObject({ fromJob: motion.id, type: 'FBX' });
    expect(await filesOf(t, retargeted)).toEqual(['FBX']);
  });

  it("runs its UV, PART and AUTO_RIGGING with China's rules (rigging takes GLB here)", async () => {
    const { t, api, pro } = await china();
    const rigged = await api.waitDone(
      (await api.submitOk({ kind: 'AUTO_RIGGING', file: { fromJob: pro.id, type: 'GLB' } })).id,
    );
    expect((await filesOf(t, rigged))[0]).toBe('FBX');
    const uv = await api.waitDone((await api.submitOk({ kind: 'UV', file: { fromJob: pro.id } })).id);
    expect(await filesOf(t, uv)).toEqual(['OBJ', 'FBX', 'IMAGE']);
    const parts = await api.waitDone(
      (await api.submitOk({ kind: 'PART', file: { fromJob: pro.id, type: 'FBX' }, model: '1.5' })).id,
    );
    expect(await filesOf(t, parts)).toContain('FBX');
  });

  it('refuses kinds only the intl product has, and China-rule violations, before anything is stored', async () => {
    const { sim, api, pro } = await china();
    const before = sim.counters.read().requests;
    for (const kind of ['SMART_TOPOLOGY', 'TEXTURE_EDIT', 'CONVERT'] as const) {
      const err = await api.refusal({ kind, file: { fromJob: pro.id }, format: 'STL' });
      expect(err.extensions?.code, err.message).toBe('KIND_NOT_AVAILABLE');
      expect(err.extensions?.field).toBe('input.kind');
      expect(err.message).toContain('ai3d.tencentcloudapi.com 2025-05-13');
      expect(err.extensions?.available).toEqual([
        'PRO',
        'RAPID',
        'PART',
        'UV',
        'AUTO_RIGGING',
        'REDUCE_FACE',
        'TEXTURE_TO_3D',
        'PROFILE',
        'MOTION',
      ]);
      expect(err.extensions?.offeredBy).toEqual(['hunyuan.intl.tencentcloudapi.com 2023-09-01']);
    }
    const bad: [SubmitJobInput, string][] = [
      [{ kind: 'MOTION', duration: 5 }, 'input.prompt'],
      [{ kind: 'MOTION', prompt: 'x'.repeat(129) }, 'input.prompt'],
      [{ kind: 'MOTION', prompt: 'jump', duration: 13 }, 'input.duration'],
      [{ kind: 'PROFILE', template: 'basketball' }, 'input.imageUrl'],
      [{ kind: 'PROFILE', imageBase64: headshot(300) }, 'input.imageBase64'],
      [{ kind: 'PROFILE', imageBase64: headshot(), template: 'cricket' }, 'input.template'],
      [
        { kind: 'TEXTURE_TO_3D', file: { fromJob: pro.id }, prompt: 'gold', textureSize: 512 },
        'input.textureSize',
      ],
      [{ kind: 'TEXTURE_TO_3D', file: { fromJob: pro.id } }, 'input.prompt'],
      [{ kind: 'AUTO_RIGGING', file: { url: 'https://cos.example/a.obj', type: 'OBJ' } }, 'input.file.type'],
      [{ kind: 'PRO', prompt: 'a cup', resultFormat: 'GIF' }, 'input.resultFormat'],
    ];
    for (const [input, field] of bad) {
      const err = await api.refusal(input);
      expect(err.extensions?.code, `${JSON.stringify(input)}: ${err.message}`).toBe('BAD_USER_INPUT');
      expect(err.extensions?.field, `${JSON.stringify(input)}: ${err.message}`).toBe(field);
    }
    expect(sim.counters.read().requests).toEqual(before);
  });
});

describe('the intl gateway (default product)', () => {
  it('refuses the China-only kinds with KIND_NOT_AVAILABLE naming where they are', async () => {
    const sim = await startTestSimulator(FAST);
    const t = await startTestGateway(sim, ENV);
    {
      const api = client(t);
      for (const kind of ['REDUCE_FACE', 'TEXTURE_TO_3D', 'PROFILE', 'MOTION'] as const) {
        const err = await api.refusal({ kind, prompt: 'a dance' });
        expect(err.extensions?.code, err.message).toBe('KIND_NOT_AVAILABLE');
        expect(err.extensions?.offeredBy).toEqual(['ai3d.tencentcloudapi.com 2025-05-13']);
        expect(err.message).toContain(`${kind} is not offered by the Tencent product this gateway uses`);
      }
      // intl Pro has no ResultFormat (China's has): refused as Tencent would, naming the field.
      const err = await api.refusal({ prompt: 'a cup', resultFormat: 'FBX' });
      expect(err.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.resultFormat' });
      expect(sim.counters.read().requests[JOB_KINDS.PRO.submitAction] ?? 0).toBe(0);
    }
  });
});
