import { Box3, type Mesh, type MeshStandardMaterial, type Object3D, type SkinnedMesh, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../../src/simulator/files/png.ts';
import { readZip } from '../../../src/simulator/files/zip.ts';
import { readImageInfo } from '../../../src/tencent/image-info.ts';
import { JOB_KINDS, type JobKindName } from '../../../src/tencent/job-kinds.ts';
import {
  loadFbx,
  loadGltf,
  loadObj,
  loadStl,
  loadUsd,
  meshesOf,
  totalTriangles,
  withImageShims,
} from './files-loaders.ts';
import { CHINA, download, fileOf, INTL, postprocessSim, type ResultFile } from './postprocess-helpers.ts';

/**
 * The China ai3d 2025-05-13 product end to end against the simulator (docs/hunyuan-api.md §1.3, §2.5–§2.10):
 * Submit with a model the simulator made itself (a Pro GLB, or an FBX from the synchronous
 * Convert3DFormat), run to DONE on the manual clock, download every result and parse it with
 * three.js's loaders; and which actions each product answers.
 */

const types = (files: readonly ResultFile[]) => files.map((f) => f.Type);

function isPng(bytes: Uint8Array): boolean {
  return readImageInfo(bytes)?.format === 'png';
}

/** The last path segment of a result URL: what an OBJ's `mtllib` or an MTL's `map_Kd` names. */
function fileName(url: string): string {
  return new URL(url).pathname.split('/').pop() ?? '';
}

function size(root: Object3D): Vector3 {
  return new Box3().setFromObject(root).getSize(new Vector3());
}

function skinnedOf(root: Object3D): SkinnedMesh | undefined {
  return meshesOf(root).find((m: Mesh) => (m as SkinnedMesh).isSkinnedMesh) as SkinnedMesh | undefined;
}

function bonesOf(root: Object3D): string[] {
  const out: string[] = [];
  root.traverse((o) => {
    if ((o as { isBone?: boolean }).isBone) out.push(o.name);
  });
  return out;
}

/** A standing figure: taller than deep, a head and two legs' worth of height (not a flat or round thing). */
function expectFigure(root: Object3D): void {
  const { y, z } = size(root);
  expect(totalTriangles(root)).toBeGreaterThan(100);
  expect(y).toBeGreaterThan(2 * z);
}

function png(width: number, height = width): string {
  return encodePng(width, height, new Uint8Array(width * height * 4).fill(200)).toString('base64');
}

/** A China simulator with a Pro cat (GLB), its triangle count, and the synchronous Convert3DFormat. */
async function chinaCat() {
  const s = await postprocessSim({}, CHINA);
  const glbUrl = await s.proModel('a cat');
  const triangles = totalTriangles((await loadGltf((await download(glbUrl)).body)).scene);
  /** Convert3DFormat on the China product: the converted file's URL, no job. */
  const convert = async (File3D: string, Format: string): Promise<string> => {
    const res = await s.call({ action: 'Convert3DFormat', body: { File3D, Format } });
    expect(res.Error, `Convert3DFormat ${Format}`).toBeUndefined();
    return res.ResultFile3D as string;
  };
  return { ...s, glbUrl, triangles, convert };
}

describe('China REDUCE_FACE (SubmitReduceFaceJob / DescribeReduceFaceJob)', () => {
  it('reduces a Pro GLB at each FaceLevel: OBJ, GLB and a preview IMAGE, with really fewer faces', async () => {
    const s = await chinaCat();
    const counts: number[] = [];
    for (const FaceLevel of ['high', 'medium', 'low']) {
      const { files } = await s.run('REDUCE_FACE', { File3D: { Url: s.glbUrl, Type: 'GLB' }, FaceLevel });
      expect(types(files)).toEqual(['OBJ', 'GLB', 'IMAGE']);
      const obj = await download(fileOf(files, 'OBJ').Url);
      expect(obj.headers['content-type']).toBe('model/obj');
      const fromObj = totalTriangles(loadObj(obj.body.toString('utf8')));
      const glb = await download(fileOf(files, 'GLB').Url);
      expect(glb.headers['content-type']).toBe('model/gltf-binary');
      const fromGlb = totalTriangles((await loadGltf(glb.body)).scene);
      expect(fromGlb).toBe(fromObj);
      expect(fromGlb).toBeGreaterThan(0);
      expect(fromGlb).toBeLessThan(s.triangles);
      const image = await download(fileOf(files, 'IMAGE').Url);
      expect(image.headers['content-type']).toBe('image/png');
      expect(isPng(image.body)).toBe(true);
      counts.push(fromGlb);
    }
    expect(counts[0]).toBeGreaterThan(counts[1] ?? 0);
    expect(counts[1]).toBeGreaterThan(counts[2] ?? 0);
  });

  it('writes quads with PolygonType quadrilateral, and reads its own OBJ back', async () => {
    const s = await chinaCat();
    const first = await s.run('REDUCE_FACE', {
      File3D: { Url: s.glbUrl, Type: 'glb' },
      PolygonType: 'quadrilateral',
    });
    const objUrl = fileOf(first.files, 'OBJ').Url;
    const text = (await download(objUrl)).body.toString('utf8');
    expect(text.split('\n').some((line) => /^f( \S+){4}$/.test(line))).toBe(true);
    const before = totalTriangles(loadObj(text));
    const again = await s.run('REDUCE_FACE', { File3D: { Url: objUrl, Type: 'OBJ' }, FaceLevel: 'low' });
    const after = totalTriangles(
      (await loadGltf((await download(fileOf(again.files, 'GLB').Url)).body)).scene,
    );
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
  });
});

describe('China TEXTURE_TO_3D (SubmitTextureTo3DJob / DescribeTextureTo3DJob)', () => {
  it("re-textures a Pro GLB from a prompt: Tencent's six files, the geometry's triangles kept", async () => {
    const s = await chinaCat();
    const { files } = await s.run('TEXTURE_TO_3D', {
      File3D: { Url: s.glbUrl, Type: 'GLB' },
      Prompt: 'red and white stripes',
      EnablePBR: true,
      TextureSize: 1024,
    });
    expect(types(files)).toEqual(['TEXTURE_IMAGE', 'MTL', 'ZIP', 'OBJ', 'GLB', 'IMAGE']);

    const texture = await download(fileOf(files, 'TEXTURE_IMAGE').Url);
    expect(isPng(texture.body)).toBe(true);

    // The MTL names a material and the texture file that TEXTURE_IMAGE serves beside it.
    const mtl = (await download(fileOf(files, 'MTL').Url)).body.toString('utf8');
    expect(mtl).toMatch(/^newmtl \S+/m);
    expect(mtl).toContain(`map_Kd ${fileName(fileOf(files, 'TEXTURE_IMAGE').Url)}`);

    // The OBJ uses that MTL and keeps every triangle, with UVs.
    const objText = (await download(fileOf(files, 'OBJ').Url)).body.toString('utf8');
    expect(objText).toContain(`mtllib ${fileName(fileOf(files, 'MTL').Url)}`);
    const obj = loadObj(objText);
    expect(totalTriangles(obj)).toBe(s.triangles);
    for (const mesh of meshesOf(obj)) expect(mesh.geometry.getAttribute('uv')?.count).toBeGreaterThan(0);

    // The ZIP is the bundle: an .obj and its .mtl (and the texture), the same geometry.
    const zip = readZip((await download(fileOf(files, 'ZIP').Url)).body);
    const names = zip.map((e) => e.name);
    expect(names.some((n) => n.endsWith('.obj'))).toBe(true);
    expect(names.some((n) => n.endsWith('.mtl'))).toBe(true);
    const zippedObj = zip.find((e) => e.name.endsWith('.obj'));
    expect(totalTriangles(loadObj(Buffer.from(zippedObj?.data ?? []).toString('utf8')))).toBe(s.triangles);

    const glbBytes = (await download(fileOf(files, 'GLB').Url)).body;
    const glb = await withImageShims(() => loadGltf(glbBytes));
    expect(totalTriangles(glb.scene)).toBe(s.triangles);
    const [mesh] = meshesOf(glb.scene);
    expect((mesh?.material as MeshStandardMaterial | undefined)?.map).toBeTruthy();

    expect(isPng((await download(fileOf(files, 'IMAGE').Url)).body)).toBe(true);
  });

  it('takes a reference Image instead, and different references give different textures', async () => {
    const s = await chinaCat();
    const File3D = { Url: s.glbUrl, Type: 'GLB' };
    const a = await s.run('TEXTURE_TO_3D', { File3D, Image: { Url: 'https://example.com/wood.png' } });
    const b = await s.run('TEXTURE_TO_3D', { File3D, Image: { Base64: png(256) }, EnableKeepUV: true });
    const textureA = (await download(fileOf(a.files, 'TEXTURE_IMAGE').Url)).body;
    const textureB = (await download(fileOf(b.files, 'TEXTURE_IMAGE').Url)).body;
    expect(isPng(textureA)).toBe(true);
    expect(isPng(textureB)).toBe(true);
    expect(textureA.equals(textureB)).toBe(false);
  });

  it('takes multi-view images on Model 3.1, and an OBJ input (a ReduceFace result)', async () => {
    const s = await chinaCat();
    const reduced = await s.run('REDUCE_FACE', {
      File3D: { Url: s.glbUrl, Type: 'GLB' },
      FaceLevel: 'medium',
    });
    const objUrl = fileOf(reduced.files, 'OBJ').Url;
    const faces = totalTriangles(loadObj((await download(objUrl)).body.toString('utf8')));
    const { files } = await s.run('TEXTURE_TO_3D', {
      File3D: { Url: objUrl, Type: 'OBJ' },
      Model: '3.1',
      Image: { Url: 'https://example.com/front.png' },
      MultiViewImages: [
        { ViewType: 'left', ViewImageUrl: 'https://example.com/left.png' },
        { ViewType: 'top', ViewImageBase64: png(256) },
      ],
    });
    const glbBytes = (await download(fileOf(files, 'GLB').Url)).body;
    const glb = await withImageShims(() => loadGltf(glbBytes));
    expect(totalTriangles(glb.scene)).toBe(faces);
  });
});

describe('China PROFILE (SubmitProfileTo3DJob / DescribeProfileTo3DJob)', () => {
  it('makes a figure from a headshot: POSTPROCESS_OBJ, OBJ, IMAGE, MTL and FBX', async () => {
    const s = await postprocessSim({}, CHINA);
    const { files } = await s.run('PROFILE', { Profile: { Base64: png(600) }, Template: 'basketball' });
    expect(types(files)).toEqual(['POSTPROCESS_OBJ', 'OBJ', 'IMAGE', 'MTL', 'FBX']);

    const objText = (await download(fileOf(files, 'OBJ').Url)).body.toString('utf8');
    const obj = loadObj(objText);
    expectFigure(obj);
    const post = loadObj((await download(fileOf(files, 'POSTPROCESS_OBJ').Url)).body.toString('utf8'));
    expectFigure(post);

    const image = await download(fileOf(files, 'IMAGE').Url);
    expect(isPng(image.body)).toBe(true);
    const mtl = (await download(fileOf(files, 'MTL').Url)).body.toString('utf8');
    expect(mtl).toMatch(/^newmtl \S+/m);
    expect(mtl).toContain(`map_Kd ${fileName(fileOf(files, 'IMAGE').Url)}`);
    expect(objText).toContain(`mtllib ${fileName(fileOf(files, 'MTL').Url)}`);

    const fbxBytes = (await download(fileOf(files, 'FBX').Url)).body;
    const fbx = await withImageShims(() => loadFbx(fbxBytes));
    expectFigure(fbx);
    expect(totalTriangles(fbx)).toBe(totalTriangles(obj));
    const [mesh] = meshesOf(fbx);
    expect((mesh?.material as MeshStandardMaterial | undefined)?.map).toBeTruthy();
  });

  it('takes the headshot by Url, and another template dresses the figure differently', async () => {
    const s = await postprocessSim({}, CHINA);
    const Profile = { Url: 'https://example.com/me.jpg' };
    const a = await s.run('PROFILE', { Profile, Template: 'explorer' });
    const b = await s.run('PROFILE', { Profile, Template: 'guitar' });
    const textureA = (await download(fileOf(a.files, 'IMAGE').Url)).body;
    const textureB = (await download(fileOf(b.files, 'IMAGE').Url)).body;
    expect(textureA.equals(textureB)).toBe(false);
    expectFigure(loadObj((await download(fileOf(a.files, 'OBJ').Url)).body.toString('utf8')));
  });
});

describe('China MOTION (SubmitHunyuanTo3DMotionJob / DescribeHunyuanTo3DMotionJob)', () => {
  it.each([1, 3, 12])(
    'animates a figure of its own: one FBX, a skin and a clip of Duration %i s',
    async (Duration) => {
      const s = await postprocessSim({}, CHINA);
      const { files } = await s.run('MOTION', {
        Prompt: 'a man waves hello',
        Model: 'HY-Motion-1.0',
        Duration,
      });
      expect(types(files)).toEqual(['FBX']);
      const fbx = loadFbx((await download(fileOf(files, 'FBX').Url)).body);
      expectFigure(fbx);
      expect(skinnedOf(fbx)?.skeleton.bones.length).toBeGreaterThan(1);
      expect(fbx.animations).toHaveLength(1);
      expect(fbx.animations[0]?.duration).toBeCloseTo(Duration, 3);
      expect(fbx.animations[0]?.tracks.length).toBeGreaterThan(0);
    },
  );

  it('lasts 5 s without a Duration', async () => {
    const s = await postprocessSim({}, CHINA);
    const { files } = await s.run('MOTION', { Prompt: '一个人在走路', EnableRewrite: true });
    const fbx = loadFbx((await download(fileOf(files, 'FBX').Url)).body);
    expect(fbx.animations[0]?.duration).toBeCloseTo(5, 3);
  });

  it('EnableMesh false: the skeleton and its clip, no geometry', async () => {
    const s = await postprocessSim({}, CHINA);
    const { files } = await s.run('MOTION', { Prompt: 'a dancer spins', Duration: 4, EnableMesh: false });
    expect(types(files)).toEqual(['FBX']);
    const fbx = loadFbx((await download(fileOf(files, 'FBX').Url)).body);
    expect(totalTriangles(fbx)).toBe(0);
    for (const mesh of meshesOf(fbx)) expect(mesh.geometry.getAttribute('position')?.count ?? 0).toBe(0);
    const bones = bonesOf(fbx);
    expect(bones.length).toBeGreaterThan(1);
    expect(fbx.animations).toHaveLength(1);
    expect(fbx.animations[0]?.duration).toBeCloseTo(4, 3);
    // The clip drives those bones.
    const driven = new Set(fbx.animations[0]?.tracks.map((t) => t.name.split('.')[0]));
    expect(bones.filter((b) => driven.has(b)).length).toBeGreaterThan(0);
  });

  it("retargets onto a RetargetFile (an FBX from Convert3DFormat): that model's mesh, skinned and animated", async () => {
    const s = await postprocessSim({}, CHINA);
    const glbUrl = await s.proModel('a woman standing');
    const res = await s.call({ action: 'Convert3DFormat', body: { File3D: glbUrl, Format: 'FBX' } });
    expect(res.Error).toBeUndefined();
    const fbxUrl = res.ResultFile3D as string;
    const input = totalTriangles(loadFbx((await download(fbxUrl)).body));
    const { files } = await s.run('MOTION', {
      Prompt: 'walks forward',
      RetargetFile: { Url: fbxUrl, Type: 'FBX' },
      Duration: 6,
    });
    expect(types(files)).toEqual(['FBX']);
    const fbx = loadFbx((await download(fileOf(files, 'FBX').Url)).body);
    expect(totalTriangles(fbx)).toBe(input);
    expect(skinnedOf(fbx)?.skeleton.bones.length).toBeGreaterThan(1);
    expect(fbx.animations[0]?.duration).toBeCloseTo(6, 3);

    // A Motion result is itself a model Motion retargets (Tencent: "only models made by Hunyuan").
    const again = await s.run('MOTION', {
      Prompt: 'jumps',
      RetargetFile: { Url: fileOf(files, 'FBX').Url, Type: 'FBX' },
      Duration: 2,
    });
    const second = loadFbx((await download(fileOf(again.files, 'FBX').Url)).body);
    expect(totalTriangles(second)).toBe(input);
    expect(second.animations).toHaveLength(1);
    expect(second.animations[0]?.duration).toBeCloseTo(2, 3);
  });
});

describe('China AUTO_RIGGING (SubmitAutoRiggingJob / DescribeAutoRiggingJob)', () => {
  it('rigs a Pro GLB (China takes GLB) and an FBX from Convert3DFormat', async () => {
    const s = await chinaCat();
    const fromGlb = await s.run('AUTO_RIGGING', { File3D: { Url: s.glbUrl, Type: 'GLB' }, MotionType: 5 });
    expect(types(fromGlb.files)[0]).toBe('FBX');
    const fbx = loadFbx((await download(fileOf(fromGlb.files, 'FBX').Url)).body);
    expect(totalTriangles(fbx)).toBe(s.triangles);
    expect(skinnedOf(fbx)?.skeleton.bones).toHaveLength(17);
    expect(fbx.animations).toHaveLength(1);

    const fbxUrl = await s.convert(s.glbUrl, 'FBX');
    const fromFbx = await s.run('AUTO_RIGGING', { File3D: { Url: fbxUrl, Type: 'FBX' } });
    const rigged = loadFbx((await download(fileOf(fromFbx.files, 'FBX').Url)).body);
    expect(skinnedOf(rigged)?.skeleton.bones).toHaveLength(17);
    expect(rigged.animations).toHaveLength(0);
  });

  it('refuses an OBJ on China (intl takes FBX or OBJ), and a GLB on intl', async () => {
    const china = await postprocessSim({}, CHINA);
    const onChina = await china.submitRaw('AUTO_RIGGING', {
      File3D: { Url: 'https://x/a.zip', Type: 'OBJ' },
    });
    expect(onChina.Error?.Code).toBe('InvalidParameterValue');
    expect(onChina.Error?.Message).toContain('`File3D.Type`');
    const intl = await postprocessSim();
    const onIntl = await intl.submitRaw('AUTO_RIGGING', { File3D: { Url: 'https://x/a.glb', Type: 'GLB' } });
    expect(onIntl.Error?.Code).toBe('InvalidParameterValue');
    expect(onIntl.Error?.Message).toContain('`File3D.Type`');
  });
});

describe('China PRO, PART and UV', () => {
  it.each([
    ['STL', 'model/stl'],
    ['USDZ', 'model/vnd.usdz+zip'],
    ['FBX', 'application/octet-stream'],
  ])('PRO with ResultFormat %s adds that file after the GLB', async (ResultFormat, contentType) => {
    const s = await postprocessSim({}, CHINA);
    const { files } = await s.run('PRO', { Prompt: 'a cat', ResultFormat });
    expect(types(files)).toEqual(['GLB', ResultFormat]);
    const triangles = totalTriangles((await loadGltf((await download(fileOf(files, 'GLB').Url)).body)).scene);
    const { body, headers } = await download(fileOf(files, ResultFormat).Url);
    expect(headers['content-type']).toBe(contentType);
    if (ResultFormat === 'STL') expect(loadStl(body).getAttribute('position').count / 3).toBe(triangles);
    if (ResultFormat === 'USDZ') expect(totalTriangles(loadUsd(body))).toBe(triangles);
    if (ResultFormat === 'FBX') expect(totalTriangles(loadFbx(body))).toBe(triangles);
  });

  it('intl PRO answers UnknownParameter for ResultFormat; China PRO refuses a format outside STL/USDZ/FBX', async () => {
    const intl = await postprocessSim();
    const res = await intl.submitRaw('PRO', { Prompt: 'a cat', ResultFormat: 'STL' });
    expect(res.Error?.Code).toBe('UnknownParameter');
    expect(res.Error?.Message).toContain('`ResultFormat`');
    const china = await postprocessSim({}, CHINA);
    const bad = await china.submitRaw('PRO', { Prompt: 'a cat', ResultFormat: 'MP4' });
    expect(bad.Error?.Code).toBe('InvalidParameterValue');
    expect(bad.Error?.Message).toContain('`ResultFormat`');
  });

  it("PART takes Model 1.5 and splits an FBX from Convert3DFormat; intl's Part does not know Model", async () => {
    const s = await chinaCat();
    const fbxUrl = await s.convert(s.glbUrl, 'FBX');
    const { files, answer } = await s.run('PART', { File: { Url: fbxUrl, Type: 'FBX' }, Model: '1.5' });
    expect(types(files)).toEqual(['FBX', 'GLB']);
    const parts = loadFbx((await download(fileOf(files, 'FBX').Url)).body);
    expect(meshesOf(parts).length).toBeGreaterThanOrEqual(2);
    expect(totalTriangles(parts)).toBe(s.triangles);
    expect(Object.keys(JSON.parse(answer.PartSegmentationInfo as string))).toEqual(
      meshesOf(parts).map((m) => m.name),
    );
    const bad = await s.submitRaw('PART', { File: { Url: fbxUrl, Type: 'FBX' }, Model: '1.0' });
    expect(bad.Error?.Code).toBe('InvalidParameterValue');
    expect(bad.Error?.Message).toContain('`Model`');
    const intl = await postprocessSim();
    const onIntl = await intl.submitRaw('PART', { File: { Url: fbxUrl, Type: 'FBX' }, Model: '1.5' });
    expect(onIntl.Error?.Code).toBe('UnknownParameter');
  });

  it('UV unwraps a Pro GLB; without File the Submit is accepted and the job fails naming File', async () => {
    const s = await chinaCat();
    const { files } = await s.run('UV', { File: { Url: s.glbUrl, Type: 'GLB' } });
    expect(types(files)).toEqual(['OBJ', 'FBX', 'IMAGE']);
    const obj = loadObj((await download(fileOf(files, 'OBJ').Url)).body.toString('utf8'));
    expect(totalTriangles(obj)).toBe(s.triangles);
    for (const mesh of meshesOf(obj)) expect(mesh.geometry.getAttribute('uv')).toBeDefined();
    expect(isPng((await download(fileOf(files, 'IMAGE').Url)).body)).toBe(true);

    const id = await s.submit('UV', {});
    const answer = await s.finish('UV', id);
    expect(answer).toMatchObject({ Status: 'FAIL', ErrorCode: 'InvalidParameter', ResultFile3Ds: [] });
    expect(answer.ErrorMessage).toContain('`File`');
    // intl's UV requires File.
    const intl = await postprocessSim();
    expect((await intl.submitRaw('UV', {})).Error?.Code).toBe('MissingParameter');
  });
});

describe('which product answers which action', () => {
  const INTL_ONLY = [
    'Submit3DSmartTopologyJob',
    'Describe3DSmartTopologyJob',
    'SubmitHunyuanTo3DTextureEditJob',
    'QueryHunyuanTo3DTextureEditJob',
    'SubmitConvert3DFormatJob',
    'DescribeConvert3DFormatJob',
  ];
  const CHINA_ONLY = (['REDUCE_FACE', 'TEXTURE_TO_3D', 'PROFILE', 'MOTION'] as const).flatMap((k) => [
    JOB_KINDS[k].submitAction,
    JOB_KINDS[k].queryAction,
  ]);

  it.each(INTL_ONLY)('%s is InvalidAction on China ai3d', async (action) => {
    const s = await postprocessSim({}, CHINA);
    const res = await s.call({ action, body: {} });
    expect(res.Error?.Code).toBe('InvalidAction');
    expect(res.Error?.Message).toContain(action);
    expect(res.Error?.Message).toContain('2025-05-13');
  });

  it.each(CHINA_ONLY)('%s is InvalidAction on intl hunyuan', async (action) => {
    const s = await postprocessSim({}, INTL);
    const res = await s.call({ action, body: {} });
    expect(res.Error?.Code).toBe('InvalidAction');
    expect(res.Error?.Message).toContain(action);
  });

  it('the China product is also reached by its own Host, and answers in Chinese by default', async () => {
    const s = await postprocessSim({}, { ...CHINA, host: 'ai3d.tencentcloudapi.com' });
    const id = await s.submit('MOTION', { Prompt: 'a man jumps' });
    expect((await s.query('MOTION', id)).Status).toBe('WAIT');
    const busy = await s.submitRaw('MOTION', { Prompt: 'a man jumps again' });
    expect(busy.Error).toEqual({
      Code: 'RequestLimitExceeded.JobNumExceed',
      Message: '当前已达到1个任务上限，请稍后重试',
    });
  });
});

describe('slots of the China-only kinds', () => {
  const bodies: Record<'REDUCE_FACE' | 'TEXTURE_TO_3D' | 'PROFILE' | 'MOTION', (glb: string) => object> = {
    REDUCE_FACE: (Url) => ({ File3D: { Url, Type: 'GLB' } }),
    TEXTURE_TO_3D: (Url) => ({ File3D: { Url, Type: 'GLB' }, Prompt: 'gold' }),
    PROFILE: () => ({ Profile: { Url: 'https://example.com/me.png' } }),
    MOTION: () => ({ Prompt: 'a boy runs' }),
  };

  it.each(Object.keys(bodies) as (keyof typeof bodies)[])(
    '%s holds 1 job at a time: a second concurrent one is RequestLimitExceeded.JobNumExceed',
    async (kind: JobKindName & keyof typeof bodies) => {
      expect(JOB_KINDS[kind].slots).toBe(1);
      const s = await postprocessSim({}, CHINA);
      const glb = await s.proModel('a cat');
      const body = bodies[kind](glb) as Record<string, unknown>;
      const first = await s.submit(kind, body);
      const second = await s.submitRaw(kind, body);
      expect(second.Error?.Code).toBe('RequestLimitExceeded.JobNumExceed');
      expect(second.Error?.Message).toContain('1');
      expect(second.JobId).toBeUndefined();
      // Once the first is DONE the slot is free again.
      expect((await s.finish(kind, first)).Status).toBe('DONE');
      await s.submit(kind, body);
    },
  );
});
