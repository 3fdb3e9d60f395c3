import { AnimationMixer, type MeshStandardMaterial, type SkinnedMesh, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { encodeModel } from '../../../src/simulator/files/convert.ts';
import { encodeFbx } from '../../../src/simulator/files/fbx.ts';
import { encodeSceneGlb } from '../../../src/simulator/files/glb-scene.ts';
import { meshForPrompt } from '../../../src/simulator/files/mesh.ts';
import { bounds, type MeshData, triangleCount, withName } from '../../../src/simulator/files/model.ts';
import { encodeObj } from '../../../src/simulator/files/obj.ts';
import { splitParts } from '../../../src/simulator/files/parts.ts';
import { decodePng } from '../../../src/simulator/files/png-decode.ts';
import { retexture, textureStyle } from '../../../src/simulator/files/retexture.ts';
import { autoRig, motionKind } from '../../../src/simulator/files/rig.ts';
import { FACE_LEVEL_RATIO, type FaceLevel, reduceFaces } from '../../../src/simulator/files/topology.ts';
import { unwrapUvs, uvLayoutTexture } from '../../../src/simulator/files/uv.ts';
import {
  loadFbx,
  loadGltf,
  loadObj,
  meshesOf,
  totalTriangles,
  trianglesOf,
  withImageShims,
} from './files-loaders.ts';

const cat = withName(meshForPrompt('a cat'), 'cat');
const ball = withName(meshForPrompt('a blue ball'), 'ball');
const cube = withName(meshForPrompt('a red cube'), 'cube');
/** A denser input, closer to what the topology action is for. */
const dense = withName(meshForPrompt('a dog', 400_000), 'dog');

function extent(m: MeshData): number[] {
  const { min, max } = bounds(m.positions);
  return max.map((v, a) => v - (min[a] ?? 0));
}

describe('smart topology (reduceFaces)', () => {
  it.each<FaceLevel>(['high', 'medium', 'low'])(
    'level %s keeps at most its share of the faces, and loaders see the smaller count',
    async (level) => {
      const { mesh, trianglesBefore, trianglesAfter } = reduceFaces(dense, level);
      expect(trianglesBefore).toBe(triangleCount(dense));
      expect(trianglesAfter).toBeGreaterThan(0);
      expect(trianglesAfter).toBeLessThanOrEqual(Math.floor(trianglesBefore * FACE_LEVEL_RATIO[level]));
      expect(trianglesAfter).toBeGreaterThan(trianglesBefore * FACE_LEVEL_RATIO[level] * 0.3);
      const gltf = await loadGltf(encodeSceneGlb([mesh]));
      expect(totalTriangles(gltf.scene)).toBe(trianglesAfter);
      expect(totalTriangles(loadObj(encodeObj([mesh])))).toBe(trianglesAfter);
      // Same shape: the bounding box stays within 5% of the model's size (low may drop the thin tail).
      const before = extent(dense);
      const tolerance = level === 'low' ? 0.25 : 0.05;
      extent(mesh).forEach((e, a) => {
        expect(Math.abs(e - (before[a] ?? 0))).toBeLessThan(tolerance * Math.max(...before));
      });
    },
  );

  it('orders the levels high > medium > low and is deterministic', () => {
    const counts = (['high', 'medium', 'low'] as const).map((l) => reduceFaces(cat, l).trianglesAfter);
    expect(counts[0]).toBeGreaterThan(counts[1] ?? 0);
    expect(counts[1]).toBeGreaterThan(counts[2] ?? 0);
    const a = encodeSceneGlb([reduceFaces(cat, 'medium').mesh]);
    expect(a.equals(encodeSceneGlb([reduceFaces(cat, 'medium').mesh]))).toBe(true);
  });

  it('makes a triangle + quad mix for quadrilateral that OBJ and FBX keep and loaders read', () => {
    const { mesh, trianglesAfter } = reduceFaces(cat, 'medium', 'quadrilateral');
    const counts = Array.from(mesh.faces?.counts ?? []);
    expect(counts.filter((c) => c === 4).length).toBeGreaterThan(counts.length / 4);
    expect(counts.every((c) => c === 3 || c === 4)).toBe(true);
    expect(counts.reduce((s, c) => s + c - 2, 0)).toBe(trianglesAfter);
    const obj = encodeObj([mesh]);
    expect(obj.match(/^f( \S+){4}$/gm)?.length).toBe(counts.filter((c) => c === 4).length);
    expect(totalTriangles(loadObj(obj))).toBe(trianglesAfter);
    expect(totalTriangles(loadFbx(encodeFbx([mesh])))).toBe(trianglesAfter);
  });

  it('never adds faces: a 12-triangle cube stays a cube (6 quads when asked)', () => {
    expect(reduceFaces(cube, 'low').trianglesAfter).toBe(12);
    expect(reduceFaces(cube, 'low', 'quadrilateral').mesh.faces?.counts.length).toBe(6);
  });

  it('averages vertex colours into the clusters and drops UVs', () => {
    const coloured = {
      ...unwrapUvs(ball),
      colors: new Float32Array(unwrapUvs(ball).positions.length).fill(0.4),
    };
    const { mesh } = reduceFaces(coloured, 'low');
    expect(mesh.uvs).toBeUndefined();
    expect(mesh.colors?.every((c) => Math.abs(c - 0.4) < 1e-6)).toBe(true);
  });
});

describe('UV unfolding', () => {
  it('gives every vertex a UV inside the unit square without flipping any triangle', () => {
    const m = unwrapUvs(cat);
    expect(triangleCount(m)).toBe(triangleCount(cat));
    expect(m.uvs?.length).toBe((m.positions.length / 3) * 2);
    expect(m.uvs?.every((v) => v >= 0 && v <= 1)).toBe(true);
    let positive = 0;
    for (let t = 0; t < m.indices.length; t += 3) {
      const [a, b, c] = [m.indices[t]!, m.indices[t + 1]!, m.indices[t + 2]!];
      const u = m.uvs!;
      const area =
        (u[b * 2]! - u[a * 2]!) * (u[c * 2 + 1]! - u[a * 2 + 1]!) -
        (u[c * 2]! - u[a * 2]!) * (u[b * 2 + 1]! - u[a * 2 + 1]!);
      if (area > 0) positive++;
    }
    expect(positive).toBe(triangleCount(m));
  });

  it('survives OBJ, FBX and GLB: every loader finds a uv attribute in range', async () => {
    const m = unwrapUvs(cat);
    const inRange = (values: ArrayLike<number>) => Array.from(values).every((v) => v >= 0 && v <= 1);
    const fromObj = meshesOf(loadObj(encodeObj([cube, m])))[1]?.geometry.getAttribute('uv');
    expect(fromObj?.count).toBe(triangleCount(m) * 3);
    expect(inRange(fromObj?.array ?? [2])).toBe(true);
    const fromFbx = meshesOf(loadFbx(encodeFbx([m])))[0]?.geometry.getAttribute('uv');
    expect(inRange(fromFbx?.array ?? [2])).toBe(true);
    const fromGlb = meshesOf((await loadGltf(encodeSceneGlb([m]))).scene)[0]?.geometry.getAttribute('uv');
    expect(inRange(fromGlb?.array ?? [2])).toBe(true);
  });

  it('bakes a layout texture (the UV job’s IMAGE) covering the islands in the model colour', () => {
    const png = uvLayoutTexture(unwrapUvs(ball), 128);
    const { width, height, rgba } = decodePng(png);
    expect([width, height]).toEqual([128, 128]);
    // Blue model: blue dominates almost every texel (islands plus dilated borders and background).
    let blue = 0;
    for (let i = 0; i < rgba.length; i += 4) if ((rgba[i + 2] ?? 0) > (rgba[i] ?? 0) + 40) blue++;
    expect(blue).toBeGreaterThan(128 * 128 * 0.9);
  });
});

describe('part splitting', () => {
  it('splits a composite model into its connected parts, every triangle in exactly one', () => {
    const { parts, faceIds, segmentation } = splitParts(cat);
    expect(parts.length).toBe(9); // body, head, two ears, four legs, tail
    const all = faceIds.flat().sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: triangleCount(cat) }, (_, i) => i));
    expect(parts.map(triangleCount)).toEqual(faceIds.map((f) => f.length));
    const info = JSON.parse(segmentation) as Record<string, { face_ids: number[]; color: string }>;
    expect(Object.keys(info)).toEqual(parts.map((p) => p.name));
    expect(Object.keys(info)[0]).toBe('cat_part_1');
    expect(Object.values(info).every((p) => /^#[0-9A-F]{6}$/.test(p.color))).toBe(true);
    expect(new Set(Object.values(info).map((p) => p.color)).size).toBe(parts.length);
  });

  it('writes N parts that OBJ, FBX and GLB loaders see as N meshes', async () => {
    const { parts } = splitParts(cat);
    expect(loadObj(encodeObj(parts)).children).toHaveLength(parts.length);
    expect(meshesOf(loadFbx(encodeFbx(parts)))).toHaveLength(parts.length);
    const gltf = await loadGltf(encodeSceneGlb(parts, { name: 'cat' }));
    expect(meshesOf(gltf.scene)).toHaveLength(parts.length);
    expect(totalTriangles(gltf.scene)).toBe(triangleCount(cat));
  });

  it('cuts a single closed shape into slabs, and merges beyond maxParts', () => {
    expect(splitParts(ball).parts).toHaveLength(2);
    const four = splitParts(ball, { minParts: 4 });
    expect(four.parts).toHaveLength(4);
    expect(four.parts.map(triangleCount).reduce((a, b) => a + b)).toBe(triangleCount(ball));
    const merged = splitParts(cat, { maxParts: 3 });
    expect(merged.parts).toHaveLength(3);
    expect(merged.faceIds.flat()).toHaveLength(triangleCount(cat));
  });
});

describe('auto-rigging', () => {
  it('loads in GLTFLoader as a SkinnedMesh with 17 bones and normalized weights', async () => {
    const rigged = autoRig(cat);
    const gltf = await loadGltf(encodeSceneGlb([rigged]));
    const skinned = meshesOf(gltf.scene).find((m) => (m as SkinnedMesh).isSkinnedMesh) as
      | SkinnedMesh
      | undefined;
    expect(skinned).toBeDefined();
    expect(skinned?.skeleton.bones.map((b) => b.name)).toContain('LeftUpLeg');
    expect(skinned?.skeleton.bones).toHaveLength(17);
    const weights = skinned?.geometry.getAttribute('skinWeight');
    for (let v = 0; v < (weights?.count ?? 0); v += 97) {
      const sum = weights!.getX(v) + weights!.getY(v) + weights!.getZ(v) + weights!.getW(v);
      expect(sum).toBeCloseTo(1, 5);
    }
    expect(gltf.animations).toHaveLength(0);
  });

  it('adds a looping clip for a motion that really moves the skinned vertices', async () => {
    const rigged = autoRig(ball, { motion: 'walk', duration: 2 });
    const gltf = await loadGltf(encodeSceneGlb([rigged]));
    const [clip] = gltf.animations;
    expect(clip?.name).toBe('walk');
    expect(clip?.duration).toBeCloseTo(2, 5);
    expect(clip?.tracks).toHaveLength(17);
    const skinned = meshesOf(gltf.scene).find((m) => (m as SkinnedMesh).isSkinnedMesh) as SkinnedMesh;
    // The lowest vertex hangs on a leg: posed at a quarter of the clip, it has moved.
    const positions = skinned.geometry.getAttribute('position');
    let lowest = 0;
    for (let v = 1; v < positions.count; v++) if (positions.getY(v) < positions.getY(lowest)) lowest = v;
    const at = (time: number): Vector3 => {
      const mixer = new AnimationMixer(gltf.scene);
      mixer.clipAction(clip!).play();
      mixer.setTime(time);
      gltf.scene.updateMatrixWorld(true);
      skinned.skeleton.update();
      return skinned.applyBoneTransform(lowest, new Vector3().fromBufferAttribute(positions, lowest));
    };
    expect(at(0.25).distanceTo(at(0))).toBeGreaterThan(0.01);
  });

  it('writes the same rig and clip as FBX that FBXLoader binds and animates', () => {
    const group = loadFbx(encodeFbx([autoRig(cat, { motion: 1 })]));
    const skinned = meshesOf(group).find((m) => (m as SkinnedMesh).isSkinnedMesh) as SkinnedMesh | undefined;
    expect(skinned?.skeleton.bones).toHaveLength(17);
    expect(trianglesOf(skinned!)).toBe(triangleCount(cat));
    expect(group.animations).toHaveLength(1);
    expect(group.animations[0]?.name).toBe('wave');
    expect(group.animations[0]?.duration).toBeCloseTo(4, 3);
  });

  it('maps MotionType indices and prompts to motions', () => {
    expect([0, 1, 2, 3].map(motionKind)).toEqual(['idle', 'wave', 'walk', 'idle']);
    expect(motionKind('a person walking in the park')).toBe('walk');
    expect(motionKind('挥手')).toBe('wave');
  });
});

describe('re-texturing', () => {
  it('bakes a prompt-driven texture over UVs: deterministic, and different for another prompt', () => {
    const a = retexture(cat, 'red and white stripes');
    expect(a.uvs).toBeDefined();
    expect(textureStyle('red and white stripes').pattern).toBe('stripes');
    const { width, rgba } = decodePng(a.texture ?? new Uint8Array());
    expect(width).toBe(256);
    let red = 0;
    let white = 0;
    for (let i = 0; i < rgba.length; i += 4) {
      const [r, g, b] = [rgba[i]!, rgba[i + 1]!, rgba[i + 2]!];
      if (r > 180 && g < 90 && b < 90) red++;
      if (r > 220 && g > 220 && b > 220) white++;
    }
    expect(red).toBeGreaterThan(1000);
    expect(white).toBeGreaterThan(1000);
    expect(
      Buffer.from(retexture(cat, 'red and white stripes').texture!).equals(Buffer.from(a.texture!)),
    ).toBe(true);
    expect(Buffer.from(retexture(cat, 'green marble').texture!).equals(Buffer.from(a.texture!))).toBe(false);
  });

  it('keeps existing UVs unless told not to', () => {
    const unwrapped = unwrapUvs(cube);
    expect(retexture(unwrapped, 'wood').uvs).toBe(unwrapped.uvs);
    expect(retexture(unwrapped, 'wood', { keepUv: false }).uvs).not.toBe(unwrapped.uvs);
  });

  it('travels in GLB (GLTFLoader maps the texture) and in the OBJ zip', async () => {
    const textured = retexture(cube, 'blue checks', { size: 64 });
    const gltf = await withImageShims(() => loadGltf(encodeSceneGlb([textured])));
    const material = meshesOf(gltf.scene)[0]?.material as MeshStandardMaterial;
    expect(material.map?.image).toMatchObject({ width: 64, height: 64 });
    const zip = encodeModel('OBJ', [textured]);
    expect(zip.bytes.includes(Buffer.from('model_0.png'))).toBe(true);
  });
});
