import type { Mesh, MeshStandardMaterial } from 'three';
import { unzipSync } from 'three/addons/libs/fflate.module.js';
import { MTLLoader } from 'three/addons/loaders/MTLLoader.js';
import { describe, expect, it } from 'vitest';
import { encodeModel, type ModelFormat } from '../../../src/simulator/files/convert.ts';
import { encodeFbx } from '../../../src/simulator/files/fbx.ts';
import {
  contentTypeForExtension,
  extensionForType,
  FILE_TYPES,
  fileTypeOf,
  sniffFileType,
} from '../../../src/simulator/files/file-types.ts';
import { encodeSceneGlb } from '../../../src/simulator/files/glb-scene.ts';
import { meshForPrompt } from '../../../src/simulator/files/mesh.ts';
import { type MeshData, triangleCount, withName } from '../../../src/simulator/files/model.ts';
import { encodeMtl, encodeObj, encodeObjZip } from '../../../src/simulator/files/obj.ts';
import { encodeStl } from '../../../src/simulator/files/stl.ts';
import { encodeUsdz } from '../../../src/simulator/files/usdz.ts';
import { unwrapUvs } from '../../../src/simulator/files/uv.ts';
import { encodeZip, readZip } from '../../../src/simulator/files/zip.ts';
import { readImageInfo } from '../../../src/tencent/image-info.ts';
import {
  loadFbx,
  loadGltf,
  loadObj,
  loadStl,
  loadUsd,
  meshesOf,
  totalTriangles,
  trianglesOf,
  withImageShims,
} from './files-loaders.ts';

const cat = withName(meshForPrompt('a cat'), 'cat');
const cube = withName(meshForPrompt('a red cube'), 'cube');
const both: MeshData[] = [cat, cube];
const trianglesIn = (meshes: readonly MeshData[]) => meshes.reduce((n, m) => n + triangleCount(m), 0);
/** "A few hundred KB at most" for any one output. */
const MAX_BYTES = 400_000;

describe('GLB scene writer', () => {
  it('writes several named meshes that GLTFLoader loads with their triangles and colours', async () => {
    const glb = encodeSceneGlb(both, { name: 'pair' });
    const gltf = await loadGltf(glb);
    const meshes = meshesOf(gltf.scene);
    expect(meshes.map((m) => m.name)).toEqual(['cat', 'cube']);
    expect(meshes.map(trianglesOf)).toEqual([triangleCount(cat), triangleCount(cube)]);
    const red = (meshes[1]!.material as MeshStandardMaterial).color;
    expect([red.r, red.g, red.b].map((c) => Math.round(c * 100) / 100)).toEqual([0.7, 0.06, 0.05]);
    expect(glb.length).toBeLessThan(MAX_BYTES);
  });

  it('writes UVs (flipped to glTF’s top-left origin), vertex colours and an embedded PNG texture', async () => {
    const unwrapped = unwrapUvs(cube);
    const png = encodeModel('PNG', [cube], { size: 16 }).bytes;
    const colors = new Float32Array(unwrapped.positions.length).fill(0.5);
    const mesh = { ...unwrapped, colors, texture: png };
    const gltf = await withImageShims(() => loadGltf(encodeSceneGlb([mesh])));
    const [loaded] = meshesOf(gltf.scene);
    const uv = loaded?.geometry.getAttribute('uv');
    expect(uv?.count).toBe(unwrapped.positions.length / 3);
    expect(uv?.getY(0)).toBeCloseTo(1 - (unwrapped.uvs?.[1] ?? 0), 5);
    expect(loaded?.geometry.getAttribute('color')?.count).toBe(uv?.count);
    const material = loaded?.material as MeshStandardMaterial;
    expect(material.map?.image).toMatchObject({ width: 16, height: 16 });
  });

  it('is byte-for-byte deterministic', () => {
    expect(encodeSceneGlb(both).equals(encodeSceneGlb(both))).toBe(true);
  });
});

describe('OBJ, MTL and the OBJ zip', () => {
  it('writes one object per mesh that OBJLoader reads back with every triangle', () => {
    const group = loadObj(encodeObj(both));
    expect(group.children.map((c) => c.name)).toEqual(['cat', 'cube']);
    expect(totalTriangles(group)).toBe(trianglesIn(both));
    const normals = (group.children[0] as Mesh).geometry.getAttribute('normal');
    expect(normals?.count).toBe(triangleCount(cat) * 3);
  });

  it('writes an MTL whose Kd is the sRGB base colour, read by MTLLoader', () => {
    const creator = new MTLLoader().parse(encodeMtl([cube]), '');
    const info = creator.materialsInfo.cube_0;
    expect(info?.kd?.map((c) => Math.round(c * 100) / 100)).toEqual([0.85, 0.27, 0.25]);
    creator.preload();
    const color = (creator.materials.cube_0 as MeshStandardMaterial | undefined)?.color;
    expect(color?.r).toBeCloseTo(0.7, 2);
  });

  it('zips obj + mtl + png as Tencent delivers Type OBJ, readable by fflate and OBJLoader', () => {
    const textured = { ...unwrapUvs(cube), texture: encodeModel('PNG', [cube], { size: 32 }).bytes };
    const zip = encodeObjZip([cat, textured], 'model');
    expect(sniffFileType(zip)).toBe('zip');
    const files = unzipSync(new Uint8Array(zip));
    expect(Object.keys(files)).toEqual(['model.obj', 'model.mtl', 'model_1.png']);
    const obj = new TextDecoder().decode(files['model.obj']);
    expect(obj).toMatch(/^mtllib model\.mtl$/m);
    expect(new TextDecoder().decode(files['model.mtl'])).toMatch(/^map_Kd model_1\.png$/m);
    expect(readImageInfo(files['model_1.png'] ?? new Uint8Array())).toMatchObject({
      format: 'png',
      width: 32,
    });
    const group = loadObj(obj);
    expect(totalTriangles(group)).toBe(trianglesIn([cat, textured]));
    expect((group.children[1] as Mesh).geometry.getAttribute('uv')).toBeDefined();
  });

  it('writes quads as quads when the mesh has a polygon view', () => {
    const quad: MeshData = {
      name: 'quad',
      positions: Float32Array.from([0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0]),
      normals: Float32Array.from([0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1]),
      indices: Uint16Array.from([0, 1, 2, 0, 2, 3]),
      color: [1, 1, 1],
      faces: { counts: Uint8Array.from([4]), indices: Uint32Array.from([0, 1, 2, 3]) },
    };
    const text = encodeObj([quad]);
    expect(text).toMatch(/^f 1\/\/1 2\/\/2 3\/\/3 4\/\/4$/m);
    expect(totalTriangles(loadObj(text))).toBe(2);
  });
});

describe('FBX writer (binary 7.4)', () => {
  it('writes meshes FBXLoader parses with their triangles, normals and material colours', () => {
    const fbx = encodeFbx(both);
    expect(fbx.subarray(0, 18).toString('latin1')).toBe('Kaydara FBX Binary');
    expect(fbx.readUInt32LE(23)).toBe(7400);
    const group = loadFbx(fbx);
    const meshes = meshesOf(group);
    expect(meshes.map((m) => m.name)).toEqual(['cat', 'cube']);
    expect(meshes.map(trianglesOf)).toEqual([triangleCount(cat), triangleCount(cube)]);
    expect(meshes[0]?.geometry.getAttribute('normal')).toBeDefined();
    const red = (meshes[1]!.material as MeshStandardMaterial).color;
    expect(red.r).toBeCloseTo(0.7, 2);
    expect(fbx.length).toBeLessThan(MAX_BYTES);
  });

  it('writes UVs, vertex colours and an embedded texture FBXLoader picks up', async () => {
    const unwrapped = unwrapUvs(cube);
    const mesh = {
      ...unwrapped,
      colors: new Float32Array(unwrapped.positions.length).fill(0.25),
      texture: encodeModel('PNG', [cube], { size: 16 }).bytes,
    };
    const group = await withImageShims(() => loadFbx(encodeFbx([mesh])));
    const [loaded] = meshesOf(group);
    expect(loaded?.geometry.getAttribute('uv')?.count).toBe(triangleCount(cube) * 3);
    expect(loaded?.geometry.getAttribute('color')?.getX(0)).toBeCloseTo(0.25, 2);
    expect((loaded!.material as MeshStandardMaterial).map).toBeTruthy();
  });

  it('is byte-for-byte deterministic', () => {
    expect(encodeFbx(both).equals(encodeFbx(both))).toBe(true);
  });
});

describe('STL writer', () => {
  it('writes binary STL that STLLoader reads with every triangle and facet normal', () => {
    const stl = encodeStl(both);
    expect(stl.subarray(0, 5).toString('latin1')).not.toBe('solid');
    expect(stl.length).toBe(84 + 50 * trianglesIn(both));
    const geometry = loadStl(stl);
    expect(geometry.getAttribute('position').count).toBe(trianglesIn(both) * 3);
    const n = geometry.getAttribute('normal');
    expect(Math.hypot(n.getX(0), n.getY(0), n.getZ(0))).toBeCloseTo(1, 5);
  });
});

describe('USDZ writer', () => {
  it('is an uncompressed zip whose first entry is the .usda layer, every entry 64-byte aligned', () => {
    const textured = { ...unwrapUvs(cube), texture: encodeModel('PNG', [cube], { size: 16 }).bytes };
    const usdz = encodeUsdz([cat, textured]);
    expect(sniffFileType(usdz)).toBe('usdz');
    const entries = readZip(usdz);
    expect(entries.map((e) => e.name)).toEqual(['model.usda', 'textures/texture_1.png']);
    for (const e of entries) {
      expect(e.method).toBe(0);
      expect(e.dataOffset % 64).toBe(0);
    }
    const layer = new TextDecoder().decode(entries[0]?.data);
    expect(layer.startsWith('#usda 1.0')).toBe(true);
    expect(layer).toContain('def Mesh "cat"');
    expect(layer).toContain('asset inputs:file = @textures/texture_1.png@');
  });

  it('loads in three’s USDLoader with both meshes and all their triangles', () => {
    const group = loadUsd(encodeUsdz(both));
    const meshes = meshesOf(group);
    expect(meshes).toHaveLength(2);
    expect(totalTriangles(group)).toBe(trianglesIn(both));
    const red = (meshes[1]!.material as MeshStandardMaterial).color;
    expect(red.r).toBeCloseTo(0.7, 2);
  });
});

describe('ZIP writer and reader', () => {
  it('round-trips stored and deflated entries and pads extra fields to the asked alignment', () => {
    const data = new TextEncoder().encode('hello '.repeat(100));
    const entries = [
      { name: 'a.txt', data },
      { name: 'dir/b.bin', data: Uint8Array.from([1, 2, 3]) },
    ];
    const deflated = readZip(encodeZip(entries, { compress: true }));
    expect(deflated.map((e) => [e.name, e.method, e.data.length])).toEqual([
      ['a.txt', 8, 600],
      ['dir/b.bin', 0, 3],
    ]);
    const aligned = readZip(encodeZip(entries, { align: 64 }));
    expect(aligned.map((e) => e.dataOffset % 64)).toEqual([0, 0]);
    expect(Object.keys(unzipSync(new Uint8Array(encodeZip(entries, { align: 64 }))))).toEqual([
      'a.txt',
      'dir/b.bin',
    ]);
  });

  it('refuses damaged archives', () => {
    const zip = encodeZip([{ name: 'a.txt', data: Uint8Array.from([1, 2, 3]) }]);
    const damaged = Buffer.from(zip);
    damaged[30 + 5] = 9; // flip a data byte: CRC mismatch
    expect(() => readZip(damaged)).toThrow(/CRC/);
    expect(() => readZip(Uint8Array.from([1, 2, 3]))).toThrow(/end-of-central-directory/);
  });
});

describe('type table', () => {
  it('gives each output type its extension and content type', () => {
    expect(Object.fromEntries(Object.values(FILE_TYPES).map((t) => [t.ext, t.contentType]))).toEqual({
      glb: 'model/gltf-binary',
      obj: 'model/obj',
      zip: 'application/zip',
      mtl: 'model/mtl',
      fbx: 'application/octet-stream',
      stl: 'model/stl',
      usdz: 'model/vnd.usdz+zip',
      gif: 'image/gif',
      mp4: 'video/mp4',
      png: 'image/png',
      jpg: 'image/jpeg',
    });
    expect(extensionForType('OBJ')).toBe('zip');
    expect(extensionForType('obj', { objZipped: false })).toBe('obj');
    expect(extensionForType('IMAGE')).toBe('png');
    expect(extensionForType('GLB')).toBe('glb');
    expect(extensionForType('HTML')).toBeUndefined();
    expect(fileTypeOf('model.USDZ')?.contentType).toBe('model/vnd.usdz+zip');
    expect(fileTypeOf('photo.jpeg')?.ext).toBe('jpg');
    expect(contentTypeForExtension('toString')).toBeUndefined();
  });

  it.each<[ModelFormat, string]>([
    ['GLB', 'glb'],
    ['OBJ', 'zip'],
    ['FBX', 'fbx'],
    ['STL', 'stl'],
    ['USDZ', 'usdz'],
    ['MP4', 'mp4'],
    ['GIF', 'gif'],
    ['PNG', 'png'],
  ])('encodeModel(%s) makes a %s whose bytes sniff as what the table says', (format, ext) => {
    const file = encodeModel(format, [cat]);
    expect(file.ext).toBe(ext);
    expect(file.contentType).toBe(FILE_TYPES[file.ext].contentType);
    expect(sniffFileType(file.bytes)).toBe(ext);
    expect(file.bytes.length).toBeLessThan(MAX_BYTES);
  });

  it('sniffs text formats', () => {
    expect(sniffFileType(new TextEncoder().encode(encodeObj([cube])))).toBe('obj');
    expect(sniffFileType(new TextEncoder().encode(encodeMtl([cube])))).toBe('mtl');
    expect(encodeModel('OBJ', [cube], { objZipped: false })).toMatchObject({
      ext: 'obj',
      contentType: 'model/obj',
    });
    expect(sniffFileType(new TextEncoder().encode('<html>'))).toBeUndefined();
  });
});
