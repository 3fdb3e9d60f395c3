import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { encodeModel, readModel } from '../../../src/simulator/files/convert.ts';
import { encodeFbx } from '../../../src/simulator/files/fbx.ts';
import { readFbx } from '../../../src/simulator/files/fbx-read.ts';
import { encodeGlb } from '../../../src/simulator/files/glb.ts';
import { readGlb } from '../../../src/simulator/files/glb-read.ts';
import { encodeSceneGlb } from '../../../src/simulator/files/glb-scene.ts';
import { meshForPrompt } from '../../../src/simulator/files/mesh.ts';
import { bounds, type MeshData, triangleCount, withName } from '../../../src/simulator/files/model.ts';
import { encodeObjZip, readObj, readObjZip } from '../../../src/simulator/files/obj.ts';
import { encodeStl, readStl } from '../../../src/simulator/files/stl.ts';
import { reduceFaces } from '../../../src/simulator/files/topology.ts';
import { encodeUsdz } from '../../../src/simulator/files/usdz.ts';
import { unwrapUvs } from '../../../src/simulator/files/uv.ts';

const cat = withName(meshForPrompt('a cat'), 'cat');
const cube = withName(meshForPrompt('a red cube'), 'cube');

/** A GLB from parts, as another exporter might lay it out. */
function glbOf(gltf: Record<string, unknown>, bin: Buffer): Buffer {
  const json = Buffer.from(
    JSON.stringify({ asset: { version: '2.0' }, ...gltf, buffers: [{ byteLength: bin.length }] }),
  );
  const jsonPadded = Buffer.concat([json, Buffer.alloc((4 - (json.length % 4)) % 4, 0x20)]);
  const binPadded = Buffer.concat([bin, Buffer.alloc((4 - (bin.length % 4)) % 4)]);
  const header = Buffer.alloc(12);
  header.write('glTF', 0, 'latin1');
  header.writeUInt32LE(2, 4);
  header.writeUInt32LE(12 + 8 + jsonPadded.length + 8 + binPadded.length, 8);
  const chunk = (length: number, type: number) => {
    const b = Buffer.alloc(8);
    b.writeUInt32LE(length, 0);
    b.writeUInt32LE(type, 4);
    return b;
  };
  return Buffer.concat([
    header,
    chunk(jsonPadded.length, 0x4e4f534a),
    jsonPadded,
    chunk(binPadded.length, 0x004e4942),
    binPadded,
  ]);
}

/** One triangle (0,0,0) (1,0,0) (0,1,0), position and normal interleaved (stride 24), no indices. */
function interleavedTriangle(node: Record<string, unknown>, extra: Record<string, unknown> = {}): Buffer {
  const data = Float32Array.from([0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 1]);
  return glbOf(
    {
      scene: 0,
      scenes: [{ nodes: [0] }],
      nodes: [{ name: 'tri', mesh: 0, ...node }],
      meshes: [{ primitives: [{ attributes: { POSITION: 0, NORMAL: 1 } }] }],
      accessors: [
        { bufferView: 0, byteOffset: 0, componentType: 5126, count: 3, type: 'VEC3' },
        { bufferView: 0, byteOffset: 12, componentType: 5126, count: 3, type: 'VEC3' },
      ],
      bufferViews: [{ buffer: 0, byteOffset: 0, byteLength: 72, byteStride: 24 }],
      ...extra,
    },
    Buffer.from(data.buffer),
  );
}

describe('readGlb', () => {
  it('reads back what glb.ts writes: same vertices, triangles and colour', () => {
    const [mesh] = readGlb(encodeGlb(cat, { name: 'cat' }));
    expect(mesh?.name).toBe('cat');
    expect(Array.from(mesh?.positions ?? [])).toEqual(Array.from(cat.positions));
    expect(Array.from(mesh?.indices ?? [])).toEqual(Array.from(cat.indices));
    expect(mesh?.color.map((c) => Math.fround(c))).toEqual(cat.color.map((c) => Math.fround(c)));
  });

  it('reads back a scene GLB with parts, UVs (unflipped), vertex colours and the texture bytes', () => {
    const texture = encodeModel('PNG', [cube], { size: 8 }).bytes;
    const textured = {
      ...unwrapUvs(cube),
      colors: new Float32Array(unwrapUvs(cube).positions.length).fill(0.5),
      texture,
    };
    const meshes = readGlb(encodeSceneGlb([cat, textured]));
    expect(meshes.map((m) => [m.name, triangleCount(m)])).toEqual([
      ['cat', triangleCount(cat)],
      ['cube', triangleCount(cube)],
    ]);
    const back = meshes[1];
    expect(back?.uvs?.[1]).toBeCloseTo(textured.uvs?.[1] ?? -1, 6);
    expect(back?.colors?.[0]).toBeCloseTo(0.5, 6);
    expect(Buffer.from(back?.texture ?? []).equals(texture)).toBe(true);
  });

  it('reads interleaved views without indices and applies node TRS (normals rotate too)', () => {
    const quarterTurnAboutZ = [0, 0, Math.SQRT1_2, Math.SQRT1_2];
    const [mesh] = readGlb(
      interleavedTriangle({ translation: [10, 0, 0], rotation: quarterTurnAboutZ, scale: [2, 2, 2] }),
    );
    const p = Array.from(mesh?.positions ?? [], (v) => Math.round(v * 1e5) / 1e5 + 0);
    // (1,0,0) → scale 2 → rotate 90° about z → (0,2,0) → +10 in x.
    expect(p).toEqual([10, 0, 0, 10, 2, 0, 8, 0, 0]);
    expect(Array.from(mesh?.indices ?? [])).toEqual([0, 1, 2]);
    expect(mesh?.normals[2]).toBeCloseTo(1, 6);
  });

  it('reads matrices, u8 indices and triangle strips, and keeps faces outward under a mirror', () => {
    const positions = Float32Array.from([0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 1, 0]);
    const bin = Buffer.concat([Buffer.from(positions.buffer), Buffer.from([0, 1, 2, 3])]);
    const mirrorX = [-1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1];
    const meshes = readGlb(
      glbOf(
        {
          nodes: [{ name: 'strip', mesh: 0, matrix: mirrorX }],
          meshes: [{ primitives: [{ attributes: { POSITION: 0 }, indices: 1, mode: 5 }] }],
          accessors: [
            { bufferView: 0, componentType: 5126, count: 4, type: 'VEC3' },
            { bufferView: 1, componentType: 5121, count: 4, type: 'SCALAR' },
          ],
          bufferViews: [
            { buffer: 0, byteOffset: 0, byteLength: 48 },
            { buffer: 0, byteOffset: 48, byteLength: 4 },
          ],
        },
        bin,
      ),
    );
    const mesh = meshes[0];
    expect(triangleCount(mesh!)).toBe(2);
    // Computed normals of the mirrored, rewound strip still face +z.
    expect(mesh?.normals[2]).toBeCloseTo(1, 6);
    expect(bounds(mesh?.positions ?? []).min[0]).toBe(-1);
  });

  it('refuses compressed, sparse or foreign data with a message that says so', () => {
    expect(() =>
      readGlb(interleavedTriangle({}, { extensionsRequired: ['KHR_draco_mesh_compression'] })),
    ).toThrow(/KHR_draco_mesh_compression/);
    expect(() => readGlb(Buffer.from('not a glb at all, not at all'))).toThrow(/not a GLB/);
  });
});

describe('readObj / readObjZip', () => {
  it('reads v/vt/vn corners, negative indices, quads (kept as polygons), n-gons (fanned) and groups', () => {
    const text = [
      '# a comment',
      'o quad',
      'v 0 0 0',
      'v 1 0 0',
      'v 1 1 0',
      'v 0 1 0',
      'vt 0 0',
      'vt 1 0',
      'vt 1 1',
      'vt 0 1',
      'vn 0 0 1',
      'f 1/1/1 2/2/1 3/3/1 4/4/1',
      'g pentagon',
      'v 0 0 1',
      'v 1 0 1',
      'v 1.5 1 1',
      'v 0.5 2 1',
      'v -0.5 1 1',
      'f -5 -4 -3 -2 -1',
    ].join('\n');
    const [quad, pentagon] = readObj(text);
    expect(quad?.name).toBe('quad');
    expect(triangleCount(quad!)).toBe(2);
    expect(Array.from(quad?.faces?.counts ?? [])).toEqual([4]);
    expect(Array.from(quad?.uvs ?? [])).toEqual([0, 0, 1, 0, 1, 1, 0, 1]);
    expect(pentagon?.name).toBe('pentagon');
    expect(triangleCount(pentagon!)).toBe(3);
    expect(pentagon?.faces).toBeUndefined();
    // No vn on the pentagon: normals are computed and face +z (counter-clockwise corners).
    expect(pentagon?.normals[2]).toBeCloseTo(1, 6);
  });

  it('round-trips the OBJ zip: meshes, MTL colours and the texture file', () => {
    const texture = encodeModel('PNG', [cube], { size: 8 }).bytes;
    const textured = { ...unwrapUvs(cube), texture };
    const meshes = readObjZip(encodeObjZip([cat, textured]));
    expect(meshes.map((m) => [m.name, triangleCount(m)])).toEqual([
      ['cat', triangleCount(cat)],
      ['cube', triangleCount(cube)],
    ]);
    expect(meshes[0]?.color[0]).toBeCloseTo(cat.color[0], 2);
    expect(Buffer.from(meshes[1]?.texture ?? []).equals(texture)).toBe(true);
  });
});

describe('readFbx', () => {
  it('round-trips what encodeFbx writes: names, triangles, bounds, UVs and colours', () => {
    const uv = unwrapUvs(cube);
    const [a, b] = readFbx(encodeFbx([cat, uv]));
    expect([a?.name, b?.name]).toEqual(['cat', 'cube']);
    expect(triangleCount(a!)).toBe(triangleCount(cat));
    expect(bounds(a!.positions)).toEqual(bounds(cat.positions));
    expect(b?.uvs?.length).toBe((b?.positions.length ?? 0) / 1.5);
    expect(b?.color[0]).toBeCloseTo(0.7, 3);
  });

  it('keeps quads from a quad-dominant mesh', () => {
    const { mesh } = reduceFaces(cat, 'medium', 'quadrilateral');
    const [back] = readFbx(encodeFbx([mesh]));
    expect(back?.faces?.counts.length).toBe(mesh.faces?.counts.length);
    expect(triangleCount(back!)).toBe(triangleCount(mesh));
  });

  it('refuses what is not binary FBX', () => {
    expect(() => readFbx(Buffer.from('; FBX 7.4.0 project file\nFBXHeaderExtension: {\n}'))).toThrow(
      /not a binary FBX/,
    );
  });
});

describe('readModel', () => {
  it('reads every model format the actions take and agrees on the triangle count', () => {
    const inputs: [string, Uint8Array][] = [
      ['GLB', encodeGlb(cat)],
      ['OBJ zip', encodeModel('OBJ', [cat]).bytes],
      ['OBJ text', encodeModel('OBJ', [cat], { objZipped: false }).bytes],
      ['FBX', encodeFbx([cat])],
      ['STL', encodeStl([cat])],
    ];
    for (const [label, bytes] of inputs) {
      const meshes = readModel(bytes);
      expect(
        meshes.reduce((n: number, m: MeshData) => n + triangleCount(m), 0),
        label,
      ).toBe(triangleCount(cat));
    }
    expect(triangleCount(readStl(encodeStl([cube])))).toBe(12);
  });

  it('refuses what it cannot read', () => {
    expect(() => readModel(encodeUsdz([cube]))).toThrow(/usdz/);
    expect(() => readModel(Buffer.from('<html></html>'))).toThrow(/unknown type/);
  });
});
