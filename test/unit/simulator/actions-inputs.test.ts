import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeModel } from '../../../src/simulator/files/convert.ts';
import { meshForPrompt } from '../../../src/simulator/files/mesh.ts';
import { withName } from '../../../src/simulator/files/model.ts';
import { JOB_KINDS } from '../../../src/tencent/job-kinds.ts';
import { callApi } from '../../helpers/signed-fetch.ts';
import { manualClock, startTestSimulator } from '../../helpers/simulator.ts';
import { loadGltf, loadStl, totalTriangles } from './files-loaders.ts';
import { download, fileOf, postprocessSim, type ResultFile, serveOnLoopback } from './postprocess-helpers.ts';

/**
 * How the simulator gets a post-processing job's model (its own result files, loopback HTTP only, a
 * size cap and a timeout, failures as FAIL jobs), and that slots, rates, faults, markers, counters
 * and restarts hold for the new kinds as for Pro and Rapid.
 */

const catGlb = encodeModel('GLB', [withName(meshForPrompt('a cat'), 'cat')]).bytes;
const catFbx = encodeModel('FBX', [withName(meshForPrompt('a cat'), 'cat')]).bytes;

/** A flat strip of exactly `triangles` triangles (an even number), as GLB. */
function grid(triangles: number): Buffer {
  const columns = triangles / 2;
  const positions = new Float32Array((columns + 1) * 2 * 3);
  for (let c = 0; c <= columns; c++) {
    positions.set([c / columns, 0, 0], c * 6);
    positions.set([c / columns, 0.01, 0], c * 6 + 3);
  }
  const indices = new Uint32Array(triangles * 3);
  for (let c = 0; c < columns; c++)
    indices.set([2 * c, 2 * c + 2, 2 * c + 1, 2 * c + 1, 2 * c + 2, 2 * c + 3], c * 6);
  const normals = new Float32Array(positions.length);
  for (let v = 0; v < normals.length; v += 3) normals[v + 2] = 1;
  return encodeModel('GLB', [{ name: 'strip', positions, normals, indices, color: [0.5, 0.5, 0.5] }]).bytes;
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('model files from loopback hosts', () => {
  it('downloads a model served on 127.0.0.1 and works on it', async () => {
    const base = await serveOnLoopback(() => ({ status: 200, body: catGlb }));
    const s = await postprocessSim();
    const { files } = await s.run('CONVERT', {
      File: { Url: `${base}/cat.glb`, Type: 'GLB' },
      Format: 'STL',
    });
    const stl = loadStl((await download(fileOf(files, 'STL').Url)).body);
    expect(stl.getAttribute('position').count / 3).toBe(totalTriangles((await loadGltf(catGlb)).scene));
  });

  it.each([
    [
      'an HTTP 404',
      () => ({ status: 404, body: 'gone' }),
      {},
      /HTTP 404 from http:\/\/127\.0\.0\.1:\d+\/cat\.glb\./,
    ],
    [
      'a file over the size cap',
      () => ({ status: 200, body: catGlb }),
      { modelMaxBytes: 1000 },
      /larger than 1000 bytes/,
    ],
    ['no answer in time', () => 'hang' as const, { modelFetchTimeoutMs: 100 }, /within 100 ms/],
  ])(
    'fails the job (not the Submit) on %s: FailedOperation.DownloadError',
    async (_name, answer, extra, message) => {
      const base = await serveOnLoopback(answer);
      const s = await postprocessSim(extra);
      const id = await s.submit('UV', { File: { Url: `${base}/cat.glb?sig=secret`, Type: 'GLB' } });
      expect((await s.query('UV', id)).Status).toBe('WAIT');
      const answered = await s.finish('UV', id);
      expect(answered).toMatchObject({
        Status: 'FAIL',
        ErrorCode: 'FailedOperation.DownloadError',
        ResultFile3Ds: [],
      });
      expect(answered.ErrorMessage).toMatch(message);
      expect(answered.ErrorMessage).not.toContain('secret');
    },
  );

  it('never fetches from a non-loopback host', async () => {
    const s = await postprocessSim();
    const id = await s.submit('UV', {
      File: { Url: 'https://cos.ap-singapore.myqcloud.com/a.glb', Type: 'GLB' },
    });
    const answered = await s.finish('UV', id);
    expect(answered).toMatchObject({ Status: 'FAIL', ErrorCode: 'FailedOperation.DownloadError' });
    expect(answered.ErrorMessage).toContain('cos.ap-singapore.myqcloud.com');
  });

  it.each([
    [
      'bytes that are not the declared Type',
      'UV',
      { File: { Url: '/cat.glb', Type: 'OBJ' } },
      /declared as `OBJ` but is a GLB file/,
    ],
    ['an unreadable model', 'UV', { File: { Url: '/junk', Type: 'GLB' } }, /cannot be read/],
    [
      'face ids the model lacks',
      'PART',
      { File: { Url: '/cat.fbx', Type: 'FBX' }, PartSegmentationInfo: '{"a":{"face_ids":[0,999999]}}' },
      /names face 999999/,
    ],
  ] as const)('fails the job with InvalidParameter on %s', async (_name, kind, body, message) => {
    const base = await serveOnLoopback((path) =>
      path === '/cat.glb'
        ? { status: 200, body: catGlb }
        : path === '/cat.fbx'
          ? { status: 200, body: catFbx }
          : { status: 200, body: 'glTF-not-really' },
    );
    const s = await postprocessSim();
    const field = JOB_KINDS[kind].file?.field ?? 'File';
    const file = (body as Record<string, { Url: string; Type: string }>)[field];
    const id = await s.submit(kind, { ...body, [field]: { ...file, Url: `${base}${file?.Url}` } });
    const answered = await s.finish(kind, id);
    expect(answered).toMatchObject({ Status: 'FAIL', ErrorCode: 'InvalidParameter' });
    expect(answered.ErrorMessage).toMatch(message);
  });

  it('accepts a Part Submit without its optional File, and fails the job', async () => {
    const s = await postprocessSim();
    const id = await s.submit('PART', {});
    expect(await s.finish('PART', id)).toMatchObject({
      Status: 'FAIL',
      ErrorCode: 'InvalidParameter',
      ErrorMessage: 'No model file was given in `File`; there is nothing to work on.',
      PartSegmentationInfo: '',
    });
  });

  it('fails a UV job on a model of 30,000 faces or more (Tencent: "less than 30,000")', async () => {
    const s = await postprocessSim();
    const base = await serveOnLoopback((path) => ({
      status: 200,
      body: path === '/big.glb' ? grid(30_000) : grid(29_998),
    }));
    const big = await s.finish('UV', await s.submit('UV', { File: { Url: `${base}/big.glb`, Type: 'GLB' } }));
    expect(big).toMatchObject({ Status: 'FAIL', ErrorCode: 'InvalidParameter' });
    expect(big.ErrorMessage).toBe('The model has 30000 faces; SubmitHunyuanTo3DUVJob takes at most 29999.');
    const small = await s.finish(
      'UV',
      await s.submit('UV', { File: { Url: `${base}/small.glb`, Type: 'GLB' } }),
    );
    expect(small.Status).toBe('DONE');
  });

  it('an own result URL that expired fails like a download would (403), one with a forged signature too', async () => {
    const s = await postprocessSim({ fileTtlMs: 60_000 });
    const url = await s.proModel();
    s.clock.advance(61_000);
    const expired = await s.finish('UV', await s.submit('UV', { File: { Url: url, Type: 'GLB' } }));
    expect(expired).toMatchObject({ Status: 'FAIL', ErrorCode: 'FailedOperation.DownloadError' });
    expect(expired.ErrorMessage).toMatch(/HTTP 403 \(AccessDenied/);
    const forged = url.replace(/sig=[0-9a-f]{4}/, 'sig=0000');
    const refused = await s.finish('UV', await s.submit('UV', { File: { Url: forged, Type: 'GLB' } }));
    expect(refused.ErrorMessage).toMatch(/HTTP 403 from/);
  });
});

describe('failure markers without a prompt', () => {
  it.each([
    ['?x=[fail]', 'FailedOperation.InnerError', '服务内部错误，请重试。'],
    ['?x=%5Bfail%3AFailedOperation.ServerError%5D', 'FailedOperation.ServerError', '算法服务异常'],
  ])('a model URL with %s fails the job without fetching it', async (suffix, code, message) => {
    const s = await postprocessSim();
    const Url = `https://example.com/model.fbx${suffix}`;
    const id = await s.submit('AUTO_RIGGING', { File3D: { Url, Type: 'FBX' } });
    expect((await s.query('AUTO_RIGGING', id)).Status).toBe('WAIT');
    expect(await s.finish('AUTO_RIGGING', id)).toMatchObject({
      Status: 'FAIL',
      ErrorCode: code,
      ErrorMessage: message,
    });
    expect(s.sim.jobs.get(id)?.errorCode).toBe(code);
  });

  it("TextureEdit's prompt marker works too", async () => {
    const s = await postprocessSim();
    const id = await s.submit('TEXTURE_EDIT', {
      File3D: { Url: 'https://example.com/a.fbx', Type: 'FBX' },
      Prompt: 'red [fail]',
    });
    expect(await s.finish('TEXTURE_EDIT', id)).toMatchObject({
      Status: 'FAIL',
      ErrorCode: 'FailedOperation.InnerError',
    });
  });
});

describe('limits, faults and counters hold for every kind', () => {
  it('two UV jobs at once: the second gets JobNumExceed (one slot), and the slot frees at DONE', async () => {
    const base = await serveOnLoopback(() => ({ status: 200, body: catGlb }));
    const s = await postprocessSim();
    const body = { File: { Url: `${base}/cat.glb`, Type: 'GLB' } };
    const answers = await Promise.all([s.submitRaw('UV', body), s.submitRaw('UV', body)]);
    const codes = answers.map((a) => a.Error?.Code ?? 'OK').sort();
    expect(codes).toEqual(['OK', 'RequestLimitExceeded.JobNumExceed']);
    const refused = answers.find((a) => a.Error);
    expect(refused?.Error?.Message).toContain('1 concurrent job');
    expect(s.sim.jobs.list()).toHaveLength(1);
    // Other kinds have their own slots.
    await s.submit('SMART_TOPOLOGY', { File3D: body.File });
    const { waitMs, runMs } = s.sim.options.durations.UV;
    s.clock.advance(waitMs + runMs);
    await s.submit('UV', body);
    expect(s.sim.counters.read().peakRunningJobs).toMatchObject({ UV: 1, SMART_TOPOLOGY: 1 });
  });

  it('honours configured slots and durations per kind', async () => {
    const s = await postprocessSim({
      slots: { CONVERT: 2 },
      durations: { CONVERT: { waitMs: 10, runMs: 20 } },
    });
    const File = { Url: 'https://example.com/a.glb?[fail]', Type: 'GLB' };
    await s.submit('CONVERT', { File, Format: 'STL' });
    await s.submit('CONVERT', { File, Format: 'GIF' });
    expect((await s.submitRaw('CONVERT', { File, Format: 'FBX' })).Error?.Code).toBe(
      'RequestLimitExceeded.JobNumExceed',
    );
    s.clock.advance(30);
    await s.submit('CONVERT', { File, Format: 'FBX' });
  });

  it('rate-limits each new action at 20 requests per second', async () => {
    const s = await postprocessSim();
    const JobId = '1000000000000000000';
    const codes = await Promise.all(
      Array.from({ length: 21 }, () => s.call({ action: 'Describe3DSmartTopologyJob', body: { JobId } })),
    );
    const byCode = codes.map((c) => c.Error?.Code ?? 'OK');
    expect(byCode.filter((c) => c === 'RequestLimitExceeded')).toHaveLength(1);
    expect(byCode.filter((c) => c === 'ResourceNotFound')).toHaveLength(20);
    // Another action has its own window.
    expect((await s.call({ action: 'DescribeAutoRiggingJob', body: { JobId } })).Error?.Code).toBe(
      'ResourceNotFound',
    );
  });

  it('faults apply to the new actions by name', async () => {
    const s = await postprocessSim({
      faults: { actions: ['SubmitHunyuanTo3DUVJob'], nextErrors: ['InternalError'] },
    });
    const File = { Url: 'https://example.com/a.glb', Type: 'GLB' };
    expect((await s.submitRaw('UV', { File })).Error?.Code).toBe('InternalError');
    expect((await s.submitRaw('UV', { File })).Error).toBeUndefined();
    expect(s.sim.counters.read().answers.SubmitHunyuanTo3DUVJob).toEqual({ InternalError: 1, OK: 1 });
  });

  it("a job is found only through its own kind's query action", async () => {
    const s = await postprocessSim();
    const id = await s.submit('UV', { File: { Url: 'https://example.com/a.glb?[fail]', Type: 'GLB' } });
    expect((await s.query('SMART_TOPOLOGY', id)).Error?.Code).toBe('ResourceNotFound');
    expect((await s.query('UV', id)).Status).toBe('WAIT');
  });

  it('answers validation errors with Tencent codes before anything is stored', async () => {
    const s = await postprocessSim();
    const res = await s.submitRaw('SMART_TOPOLOGY', {
      File3D: { Url: 'https://x/a.glb', Type: 'GLB' },
      FaceLevel: 'tiny',
    });
    expect(res.Error).toMatchObject({ Code: 'InvalidParameterValue' });
    expect(res.Error?.Message).toContain('`FaceLevel`');
    expect(
      (await s.submitRaw('CONVERT', { File: { Url: 'https://x/a.glb', Type: 'GLB' } })).Error?.Code,
    ).toBe('MissingParameter');
    expect(s.sim.jobs.list()).toEqual([]);
  });

  it('the ai3d intl product still has Pro only', async () => {
    const s = await postprocessSim();
    const res = await s.call({
      action: 'SubmitHunyuanTo3DUVJob',
      version: '2025-05-13',
      service: 'ai3d',
      host: 'ai3d.intl.tencentcloudapi.com',
      body: { File: { Url: 'https://x/a.glb', Type: 'GLB' } },
    });
    expect(res.Error?.Code).toBe('InvalidAction');
  });
});

describe('Convert3DFormat (synchronous)', () => {
  it('answers with the converted file URL at once, holding no slot and no JobId', async () => {
    const s = await postprocessSim();
    const url = await s.proModel();
    const res = await s.call({ action: 'Convert3DFormat', body: { File3D: url, Format: 'STL' } });
    expect(res.Error).toBeUndefined();
    expect(res.ResultFile3D).toMatch(/\/model\.stl\?expires=\d+&sig=[0-9a-f]{64}$/);
    const stl = await download(res.ResultFile3D as string);
    expect(stl.headers['content-type']).toBe('model/stl');
    expect(loadStl(stl.body).getAttribute('position').count).toBeGreaterThan(0);
    // No slot taken: an async conversion may start, and the sync result is no job.
    await s.submit('CONVERT', { File: { Url: url, Type: 'GLB' }, Format: 'GIF' });
    expect(s.sim.jobs.list().map((j) => j.kind)).toEqual(['PRO', 'CONVERT']);
  });

  it('a file it cannot get is the call error', async () => {
    const s = await postprocessSim();
    const res = await s.call({
      action: 'Convert3DFormat',
      body: { File3D: 'https://example.com/a.fbx', Format: 'STL' },
    });
    expect(res.Error?.Code).toBe('FailedOperation.DownloadError');
    const bad = await s.call({
      action: 'Convert3DFormat',
      body: { File3D: 'https://example.com/a.fbx', Format: 'OBJ' },
    });
    expect(bad.Error?.Code).toBe('InvalidParameterValue');
  });
});

describe('restarts', () => {
  it("a post-processing job's result URLs still download after a restart (its input kept beside the state file)", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-pp-'));
    dirs.push(dir);
    const stateFile = join(dir, 'sim.json');
    const clock = manualClock();
    const base = await serveOnLoopback(() => ({ status: 200, body: catFbx }));
    const first = await startTestSimulator({ now: clock.now, stateFile });
    const call = (sim: typeof first, action: string, body: Record<string, unknown>) =>
      callApi(sim.url, {
        timestamp: Math.floor(clock.now() / 1000),
        headers: { connection: 'close' },
        action,
        body,
      });
    const submitted = await call(first, 'SubmitHunyuanTo3DUVJob', {
      File: { Url: `${base}/cat.fbx`, Type: 'FBX' },
    });
    const id = submitted.JobId as string;
    expect(readdirSync(`${stateFile}.inputs`)).toHaveLength(1);
    await first.close();

    const second = await startTestSimulator({ now: clock.now, stateFile });
    expect(second.port).toBe(first.port);
    clock.advance(10_000);
    const done = await call(second, 'DescribeHunyuanTo3DUVJob', { JobId: id });
    expect(done.Status).toBe('DONE');
    const files = done.ResultFile3Ds as ResultFile[];
    expect(files.map((f) => f.Type)).toEqual(['OBJ', 'FBX', 'IMAGE']);
    const fbx = await download(fileOf(files, 'FBX').Url);
    expect(fbx.body.subarray(0, 18).toString('latin1')).toBe('Kaydara FBX Binary');
    await second.close();

    // And once more: the URL handed out before this restart is the same one and still serves.
    const third = await startTestSimulator({ now: clock.now, stateFile });
    const again = await download(fileOf(files, 'OBJ').Url);
    expect(again.headers['content-type']).toBe('model/obj');
    expect(third.jobs.get(id)?.status).toBe('DONE');
  });
});
