import type { Mesh, MeshStandardMaterial, SkinnedMesh } from 'three';
import { describe, expect, it } from 'vitest';
import { readModel } from '../../../src/simulator/files/convert.ts';
import { readZip } from '../../../src/simulator/files/zip.ts';
import { readImageInfo } from '../../../src/tencent/image-info.ts';
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
import { download, fileOf, postprocessSim, type ResultFile } from './postprocess-helpers.ts';

/**
 * Every post-processing kind end to end against the simulator: Submit with a model the simulator
 * made itself (a Pro job's GLB, turned into FBX or OBJ by another action where the kind needs it),
 * run to DONE on the injected clock, download each result and parse it with three.js's loaders.
 */

const types = (files: readonly ResultFile[]) => files.map((f) => f.Type);

function isPng(bytes: Uint8Array): boolean {
  return readImageInfo(bytes)?.format === 'png';
}

/** A simulator with a Pro cat, its triangle count, and its FBX (through SubmitConvert3DFormatJob). */
async function withCat() {
  const s = await postprocessSim();
  const glbUrl = await s.proModel('a cat');
  const triangles = totalTriangles((await loadGltf((await download(glbUrl)).body)).scene);
  const fbxUrl = async () => {
    const { files } = await s.run('CONVERT', { File: { Url: glbUrl, Type: 'GLB' }, Format: 'FBX' });
    return fileOf(files, 'FBX').Url;
  };
  return { ...s, glbUrl, triangles, fbxUrl };
}

describe('SMART_TOPOLOGY (Submit3DSmartTopologyJob / Describe3DSmartTopologyJob)', () => {
  it('reduces a Pro GLB at each FaceLevel: OBJ and GLB with really fewer faces', async () => {
    const s = await withCat();
    const counts: number[] = [];
    for (const FaceLevel of ['high', 'medium', 'low']) {
      const { files } = await s.run('SMART_TOPOLOGY', { File3D: { Url: s.glbUrl, Type: 'GLB' }, FaceLevel });
      expect(types(files)).toEqual(['OBJ', 'GLB']);
      const obj = await download(fileOf(files, 'OBJ').Url);
      expect(obj.headers['content-type']).toBe('model/obj');
      expect(fileOf(files, 'OBJ').Url).toMatch(/\/model\.obj\?expires=\d+&sig=[0-9a-f]{64}$/);
      const fromObj = totalTriangles(loadObj(obj.body.toString('utf8')));
      const glb = await download(fileOf(files, 'GLB').Url);
      expect(glb.headers['content-type']).toBe('model/gltf-binary');
      const fromGlb = totalTriangles((await loadGltf(glb.body)).scene);
      expect(fromGlb).toBe(fromObj);
      expect(fromGlb).toBeLessThan(s.triangles);
      counts.push(fromGlb);
    }
    expect(counts[0]).toBeGreaterThan(counts[1] ?? 0);
    expect(counts[1]).toBeGreaterThan(counts[2] ?? 0);
  });

  it('writes quads with PolygonType quadrilateral and reads an OBJ input', async () => {
    const s = await withCat();
    const first = await s.run('SMART_TOPOLOGY', {
      File3D: { Url: s.glbUrl, Type: 'glb' },
      FaceLevel: 'medium',
      PolygonType: 'quadrilateral',
    });
    const objUrl = fileOf(first.files, 'OBJ').Url;
    const text = (await download(objUrl)).body.toString('utf8');
    expect(text.split('\n').some((line) => /^f( \S+){4}$/.test(line))).toBe(true);
    // The reduced OBJ goes round again.
    const again = await s.run('SMART_TOPOLOGY', { File3D: { Url: objUrl, Type: 'OBJ' }, FaceLevel: 'low' });
    const glb = await download(fileOf(again.files, 'GLB').Url);
    expect(totalTriangles((await loadGltf(glb.body)).scene)).toBeGreaterThan(0);
  });
});

describe('UV (SubmitHunyuanTo3DUVJob / DescribeHunyuanTo3DUVJob)', () => {
  it('unwraps a Pro GLB: OBJ with uvs, FBX with uvs and its texture, and the UV texture PNG', async () => {
    const s = await withCat();
    const { files } = await s.run('UV', { File: { Url: s.glbUrl, Type: 'GLB' } });
    expect(types(files)).toEqual(['OBJ', 'FBX', 'IMAGE']);
    const obj = loadObj((await download(fileOf(files, 'OBJ').Url)).body.toString('utf8'));
    for (const mesh of meshesOf(obj)) expect(mesh.geometry.getAttribute('uv')).toBeDefined();
    expect(totalTriangles(obj)).toBe(s.triangles);

    const fbx = await download(fileOf(files, 'FBX').Url);
    expect(fbx.headers['content-type']).toBe('application/octet-stream');
    expect(fileOf(files, 'FBX').Url).toMatch(/\/model\.fbx\?/);
    const group = await withImageShims(() => loadFbx(fbx.body));
    const [mesh] = meshesOf(group);
    expect(mesh?.geometry.getAttribute('uv')?.count).toBeGreaterThan(0);
    expect((mesh?.material as MeshStandardMaterial | undefined)?.map).toBeTruthy();

    const image = await download(fileOf(files, 'IMAGE').Url);
    expect(image.headers['content-type']).toBe('image/png');
    expect(fileOf(files, 'IMAGE').Url).toMatch(/\/texture\.png\?/);
    expect(isPng(image.body)).toBe(true);
  });
});

describe('CONVERT (SubmitConvert3DFormatJob / DescribeConvert3DFormatJob)', () => {
  it.each([
    ['STL', 'model/stl'],
    ['USDZ', 'model/vnd.usdz+zip'],
    ['FBX', 'application/octet-stream'],
    ['MP4', 'video/mp4'],
    ['GIF', 'image/gif'],
  ])('converts a Pro GLB to %s', async (Format, contentType) => {
    const s = await withCat();
    const { files } = await s.run('CONVERT', { File: { Url: s.glbUrl, Type: 'GLB' }, Format });
    expect(types(files)).toEqual([Format]);
    const url = fileOf(files, Format).Url;
    expect(url).toMatch(new RegExp(`/model\\.${Format.toLowerCase()}\\?`));
    const { body, headers } = await download(url);
    expect(headers['content-type']).toBe(contentType);
    switch (Format) {
      case 'STL':
        expect(loadStl(body).getAttribute('position').count / 3).toBe(s.triangles);
        break;
      case 'USDZ':
        expect(readZip(body)[0]?.name).toMatch(/\.usda$/);
        expect(meshesOf(loadUsd(body)).length).toBeGreaterThan(0);
        break;
      case 'FBX':
        expect(totalTriangles(loadFbx(body))).toBe(s.triangles);
        break;
      case 'MP4':
        expect(body.subarray(4, 8).toString('latin1')).toBe('ftyp');
        break;
      case 'GIF':
        expect(body.subarray(0, 6).toString('latin1')).toBe('GIF89a');
        break;
    }
  });
});

describe('PART (SubmitHunyuan3DPartJob / QueryHunyuan3DPartJob)', () => {
  it('splits an FBX into parts: FBX and GLB with one mesh per part, and PartSegmentationInfo', async () => {
    const s = await withCat();
    const id = await s.submit('PART', { File: { Url: await s.fbxUrl(), Type: 'FBX' } });
    expect(await s.query('PART', id)).toMatchObject({ Status: 'WAIT', PartSegmentationInfo: '' });
    const answer = await s.finish('PART', id);
    expect(answer.Status).toBe('DONE');
    const files = answer.ResultFile3Ds as ResultFile[];
    expect(types(files)).toEqual(['FBX', 'GLB']);
    const info = JSON.parse(answer.PartSegmentationInfo as string) as Record<
      string,
      { face_ids: number[]; color: string }
    >;
    const names = Object.keys(info);
    expect(names.length).toBeGreaterThanOrEqual(2);
    const faces = Object.values(info).flatMap((p) => p.face_ids);
    expect(new Set(faces).size).toBe(s.triangles);
    for (const part of Object.values(info)) expect(part.color).toMatch(/^#[0-9A-F]{6}$/);

    const fbx = loadFbx((await download(fileOf(files, 'FBX').Url)).body);
    expect(meshesOf(fbx).map((m) => m.name)).toEqual(names);
    expect(totalTriangles(fbx)).toBe(s.triangles);
    const glb = await loadGltf((await download(fileOf(files, 'GLB').Url)).body);
    expect(meshesOf(glb.scene)).toHaveLength(names.length);
  });

  it('gives one model link with EnablePostProcess', async () => {
    const s = await withCat();
    const { files } = await s.run('PART', {
      File: { Url: await s.fbxUrl(), Type: 'FBX' },
      EnablePostProcess: true,
    });
    expect(types(files)).toEqual(['FBX']);
  });

  it('staged generation: the segmented model and its data, then the parts that data names', async () => {
    const s = await withCat();
    const first = await s.run('PART', {
      File: { Url: await s.fbxUrl(), Type: 'FBX' },
      EnableStagedGeneration: true,
    });
    expect(types(first.files)).toEqual(['FBX']);
    const painted = loadFbx((await download(fileOf(first.files, 'FBX').Url)).body);
    expect(meshesOf(painted)).toHaveLength(1);
    expect(totalTriangles(painted)).toBe(s.triangles);
    // The user merges the first two parts and resubmits the segmented model with the edited data.
    const info = JSON.parse(first.answer.PartSegmentationInfo as string) as Record<
      string,
      { face_ids: number[] }
    >;
    const [a, b, ...rest] = Object.entries(info);
    if (!a || !b) throw new Error('expected two parts at least');
    const edited = Object.fromEntries([
      ['merged', { face_ids: [...a[1].face_ids, ...b[1].face_ids], color: '#FF805C' }],
      ...rest,
    ]);
    const second = await s.run('PART', {
      File: { Url: fileOf(first.files, 'FBX').Url, Type: 'FBX' },
      EnableStagedGeneration: true,
      PartSegmentationInfo: JSON.stringify(edited),
    });
    const parts = loadFbx((await download(fileOf(second.files, 'FBX').Url)).body);
    expect(meshesOf(parts).map((m) => m.name)).toEqual(Object.keys(edited));
    const out = JSON.parse(second.answer.PartSegmentationInfo as string) as Record<
      string,
      { face_ids: number[]; color: string }
    >;
    expect(out.merged?.face_ids).toHaveLength(a[1].face_ids.length + b[1].face_ids.length);
    expect(out.merged?.color).toBe('#FF805C');
  });
});

describe('TEXTURE_EDIT (SubmitHunyuanTo3DTextureEditJob / QueryHunyuanTo3DTextureEditJob)', () => {
  it('re-textures an FBX from a prompt: textured FBX with a preview, and the texture PNG', async () => {
    const s = await withCat();
    const { files } = await s.run('TEXTURE_EDIT', {
      File3D: { Url: await s.fbxUrl(), Type: 'FBX' },
      Prompt: 'red and white stripes',
      EnablePBR: true,
    });
    expect(types(files)).toEqual(['FBX', 'IMAGE']);
    const fbx = fileOf(files, 'FBX');
    const bytes = (await download(fbx.Url)).body;
    expect(readModel(bytes)[0]?.uvs).toBeDefined();
    const group = await withImageShims(() => loadFbx(bytes));
    expect(totalTriangles(group)).toBe(s.triangles);
    const [mesh] = meshesOf(group);
    expect((mesh?.material as MeshStandardMaterial | undefined)?.map).toBeTruthy();
    expect(fbx.PreviewImageUrl).toMatch(/\/preview\.png\?/);
    expect(isPng((await download(fbx.PreviewImageUrl ?? '')).body)).toBe(true);
    expect(isPng((await download(fileOf(files, 'IMAGE').Url)).body)).toBe(true);
  });

  it('takes a reference image instead, and different references give different textures', async () => {
    const s = await withCat();
    const File3D = { Url: await s.fbxUrl(), Type: 'FBX' };
    const a = await s.run('TEXTURE_EDIT', { File3D, Image: { Url: 'https://example.com/wood.png' } });
    const b = await s.run('TEXTURE_EDIT', { File3D, Image: { Url: 'https://example.com/marble.png' } });
    const textureA = (await download(fileOf(a.files, 'IMAGE').Url)).body;
    const textureB = (await download(fileOf(b.files, 'IMAGE').Url)).body;
    expect(isPng(textureA)).toBe(true);
    expect(textureA.equals(textureB)).toBe(false);
  });
});

describe('AUTO_RIGGING (SubmitAutoRiggingJob / DescribeAutoRiggingJob)', () => {
  it('rigs an FBX: FBX and GLB with a 17-bone skin and the MotionType clip', async () => {
    const s = await withCat();
    const { files } = await s.run('AUTO_RIGGING', {
      File3D: { Url: await s.fbxUrl(), Type: 'FBX' },
      MotionType: 23,
    });
    expect(types(files)).toEqual(['FBX', 'GLB']);
    const fbx = loadFbx((await download(fileOf(files, 'FBX').Url)).body);
    const skinned = meshesOf(fbx).find((m) => (m as SkinnedMesh).isSkinnedMesh) as SkinnedMesh | undefined;
    expect(skinned?.skeleton.bones).toHaveLength(17);
    expect(fbx.animations).toHaveLength(1);
    const glb = await loadGltf((await download(fileOf(files, 'GLB').Url)).body);
    const inGlb = meshesOf(glb.scene).find((m: Mesh) => (m as SkinnedMesh).isSkinnedMesh) as
      | SkinnedMesh
      | undefined;
    expect(inGlb?.skeleton.bones).toHaveLength(17);
    expect(glb.animations).toHaveLength(1);
  });

  it('rigs an OBJ (a topology result) without a motion: bones, no clip', async () => {
    const s = await withCat();
    const topo = await s.run('SMART_TOPOLOGY', { File3D: { Url: s.glbUrl, Type: 'GLB' }, FaceLevel: 'high' });
    const { files } = await s.run('AUTO_RIGGING', {
      File3D: { Url: fileOf(topo.files, 'OBJ').Url, Type: 'OBJ' },
    });
    const glb = await loadGltf((await download(fileOf(files, 'GLB').Url)).body);
    const skinned = meshesOf(glb.scene).find((m: Mesh) => (m as SkinnedMesh).isSkinnedMesh) as
      | SkinnedMesh
      | undefined;
    expect(skinned?.skeleton.bones).toHaveLength(17);
    expect(glb.animations).toHaveLength(0);
  });
});

describe('a chain of kinds', () => {
  it('Pro → topology → UV → convert, each fed the previous result, counted per kind and file', async () => {
    const s = await withCat();
    const topo = await s.run('SMART_TOPOLOGY', {
      File3D: { Url: s.glbUrl, Type: 'GLB' },
      FaceLevel: 'medium',
    });
    const uv = await s.run('UV', { File: { Url: fileOf(topo.files, 'GLB').Url, Type: 'GLB' } });
    const usdz = await s.run('CONVERT', {
      File: { Url: fileOf(uv.files, 'FBX').Url, Type: 'FBX' },
      Format: 'USDZ',
    });
    const group = loadUsd((await download(fileOf(usdz.files, 'USDZ').Url)).body);
    const reduced = totalTriangles(
      (await loadGltf((await download(fileOf(topo.files, 'GLB').Url)).body)).scene,
    );
    expect(totalTriangles(group)).toBe(reduced);
    expect(reduced).toBeLessThan(s.triangles);
    const counters = s.sim.counters.read();
    expect(counters.jobsSubmitted).toMatchObject({ PRO: 1, SMART_TOPOLOGY: 1, UV: 1, CONVERT: 1 });
    expect(counters.fileDownloads['model.usdz']).toBe(1);
    expect(s.sim.jobs.list().map((j) => [j.kind, j.status])).toEqual([
      ['PRO', 'DONE'],
      ['SMART_TOPOLOGY', 'DONE'],
      ['UV', 'DONE'],
      ['CONVERT', 'DONE'],
    ]);
  });
});
