import { Buffer } from 'node:buffer';
import { parseGlbHeader } from './glb.ts';
import { computeNormals, indexArray, type MeshData, normalizeVec, type Vec3 } from './model.ts';

/**
 * Reads the triangle meshes out of a GLB: what `glb.ts`/`glb-scene.ts` write and, reasonably, any
 * plain GLB (non-interleaved or interleaved views, u8/u16/u32 indices or none, node TRS or matrix
 * transforms, strips and fans). One `MeshData` per primitive, in model space (node transforms
 * applied). Draco/meshopt-compressed, sparse or externally referenced data is refused with a
 * RangeError that says so.
 */

interface Gltf {
  extensionsRequired?: string[];
  scene?: number;
  scenes?: { nodes?: number[] }[];
  nodes?: GltfNode[];
  meshes?: { name?: string; primitives: GltfPrimitive[] }[];
  materials?: {
    pbrMetallicRoughness?: { baseColorFactor?: number[]; baseColorTexture?: { index: number } };
  }[];
  textures?: { source?: number }[];
  images?: { bufferView?: number; mimeType?: string }[];
  accessors?: GltfAccessor[];
  bufferViews?: { buffer: number; byteOffset?: number; byteLength: number; byteStride?: number }[];
  buffers?: { byteLength: number; uri?: string }[];
}
interface GltfNode {
  name?: string;
  mesh?: number;
  children?: number[];
  matrix?: number[];
  translation?: number[];
  rotation?: number[];
  scale?: number[];
}
interface GltfPrimitive {
  attributes: Record<string, number>;
  indices?: number;
  material?: number;
  mode?: number;
}
interface GltfAccessor {
  bufferView?: number;
  byteOffset?: number;
  componentType: number;
  normalized?: boolean;
  count: number;
  type: string;
  sparse?: unknown;
}

const COMPONENTS: Readonly<Record<string, number>> = { SCALAR: 1, VEC2: 2, VEC3: 3, VEC4: 4, MAT4: 16 };
const READERS: Readonly<
  Record<number, { size: number; read: (d: DataView, at: number) => number; max: number }>
> = {
  5120: { size: 1, read: (d, at) => d.getInt8(at), max: 127 },
  5121: { size: 1, read: (d, at) => d.getUint8(at), max: 255 },
  5122: { size: 2, read: (d, at) => d.getInt16(at, true), max: 32767 },
  5123: { size: 2, read: (d, at) => d.getUint16(at, true), max: 65535 },
  5125: { size: 4, read: (d, at) => d.getUint32(at, true), max: 4294967295 },
  5126: { size: 4, read: (d, at) => d.getFloat32(at, true), max: 1 },
};

export function readGlb(bytes: Uint8Array): MeshData[] {
  const header = parseGlbHeader(bytes);
  if (!header) throw new RangeError('readGlb: not a GLB 2.0 file (bad magic, version, length or JSON chunk)');
  const gltf = header.json as Gltf;
  const blocked = (gltf.extensionsRequired ?? []).filter((e) => !e.startsWith('KHR_materials'));
  if (blocked.length > 0)
    throw new RangeError(`readGlb: unsupported required extensions ${blocked.join(', ')}`);
  const buffers = loadBuffers(bytes, gltf);

  const accessorData = (index: number): { values: Float64Array; size: number } => {
    const acc = gltf.accessors?.[index];
    if (!acc) throw new RangeError(`readGlb: missing accessor ${index}`);
    if (acc.sparse) throw new RangeError('readGlb: sparse accessors are not supported');
    const size = COMPONENTS[acc.type];
    const reader = READERS[acc.componentType];
    if (!size || !reader) throw new RangeError(`readGlb: accessor ${index} has an unknown type`);
    const values = new Float64Array(acc.count * size);
    if (acc.bufferView === undefined) return { values, size };
    const view = gltf.bufferViews?.[acc.bufferView];
    const buffer = view ? buffers[view.buffer] : undefined;
    if (!view || !buffer) throw new RangeError(`readGlb: accessor ${index} points at a missing view`);
    const stride = view.byteStride ?? size * reader.size;
    const start = (view.byteOffset ?? 0) + (acc.byteOffset ?? 0);
    const last = start + (acc.count - 1) * stride + size * reader.size;
    if (acc.count > 0 && last > (view.byteOffset ?? 0) + view.byteLength) {
      throw new RangeError(`readGlb: accessor ${index} runs past its buffer view`);
    }
    const data = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    const scale = acc.normalized ? reader.max : 1;
    for (let i = 0; i < acc.count; i++) {
      for (let c = 0; c < size; c++) {
        values[i * size + c] = reader.read(data, start + i * stride + c * reader.size) / scale;
      }
    }
    return { values, size };
  };

  const out: MeshData[] = [];
  const visit = (nodeIndex: number, parent: Float64Array, depth: number): void => {
    const node = gltf.nodes?.[nodeIndex];
    if (!node || depth > 64) return;
    const world = multiply(parent, localMatrix(node));
    const mesh = node.mesh === undefined ? undefined : gltf.meshes?.[node.mesh];
    mesh?.primitives.forEach((primitive, p) => {
      const name = node.name ?? mesh.name ?? `mesh-${out.length}`;
      const read = readPrimitive(gltf, primitive, accessorData, buffers, world);
      if (read) out.push({ ...read, name: mesh.primitives.length > 1 ? `${name}-${p}` : name });
    });
    for (const child of node.children ?? []) visit(child, world, depth + 1);
  };
  const identity = Float64Array.from([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1]);
  const roots = gltf.scenes?.[gltf.scene ?? 0]?.nodes ?? rootNodes(gltf);
  for (const root of roots) visit(root, identity, 0);
  if (out.length === 0) throw new RangeError('readGlb: no triangle mesh in the scene');
  return out;
}

function loadBuffers(bytes: Uint8Array, gltf: Gltf): Uint8Array[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const jsonLength = view.getUint32(12, true);
  const binAt = 20 + jsonLength;
  let bin: Uint8Array | undefined;
  if (binAt + 8 <= bytes.length && view.getUint32(binAt + 4, true) === 0x004e4942) {
    bin = bytes.subarray(binAt + 8, Math.min(bytes.length, binAt + 8 + view.getUint32(binAt, true)));
  }
  return (gltf.buffers ?? []).map((b, i) => {
    if (b.uri === undefined) {
      if (i !== 0 || !bin) throw new RangeError(`readGlb: buffer ${i} has no data`);
      return bin;
    }
    const m = /^data:[^,]*;base64,(.*)$/s.exec(b.uri);
    if (!m?.[1]) throw new RangeError(`readGlb: buffer ${i} refers to an external file`);
    return Buffer.from(m[1], 'base64');
  });
}

function rootNodes(gltf: Gltf): number[] {
  const children = new Set((gltf.nodes ?? []).flatMap((n) => n.children ?? []));
  return (gltf.nodes ?? []).map((_, i) => i).filter((i) => !children.has(i));
}

function readPrimitive(
  gltf: Gltf,
  primitive: GltfPrimitive,
  accessorData: (i: number) => { values: Float64Array; size: number },
  buffers: Uint8Array[],
  world: Float64Array,
): Omit<MeshData, 'name'> | undefined {
  const mode = primitive.mode ?? 4;
  if (primitive.attributes.POSITION === undefined || (mode !== 4 && mode !== 5 && mode !== 6))
    return undefined;
  const pos = accessorData(primitive.attributes.POSITION).values;
  const count = pos.length / 3;
  const raw =
    primitive.indices === undefined
      ? Array.from({ length: count }, (_, i) => i)
      : Array.from(accessorData(primitive.indices).values);
  const tris = toTriangles(raw, mode).filter((i) => i < count);
  const positions = new Float32Array(count * 3);
  for (let v = 0; v < count; v++) {
    positions.set(transformPoint(world, [pos[v * 3]!, pos[v * 3 + 1]!, pos[v * 3 + 2]!]), v * 3);
  }
  // A mirroring transform flips the winding; swap two corners to keep faces pointing out.
  if (determinant3(world) < 0) {
    for (let t = 0; t + 2 < tris.length; t += 3) [tris[t + 1], tris[t + 2]] = [tris[t + 2]!, tris[t + 1]!];
  }
  const indices = indexArray(tris, count);
  let normals: Float32Array;
  if (primitive.attributes.NORMAL !== undefined) {
    const n = accessorData(primitive.attributes.NORMAL).values;
    const normalMatrix = inverseTranspose3(world);
    normals = new Float32Array(count * 3);
    for (let v = 0; v < count; v++) {
      normals.set(normalizeVec(apply3(normalMatrix, [n[v * 3]!, n[v * 3 + 1]!, n[v * 3 + 2]!])), v * 3);
    }
  } else {
    normals = computeNormals(positions, indices);
  }
  const material = primitive.material === undefined ? undefined : gltf.materials?.[primitive.material];
  const factor = material?.pbrMetallicRoughness?.baseColorFactor;
  const out: Omit<MeshData, 'name'> = {
    positions,
    normals,
    indices,
    color: [factor?.[0] ?? 0.8, factor?.[1] ?? 0.8, factor?.[2] ?? 0.8],
  };
  if (primitive.attributes.TEXCOORD_0 !== undefined) {
    const uv = accessorData(primitive.attributes.TEXCOORD_0).values;
    out.uvs = Float32Array.from(uv, (v, i) => (i % 2 ? 1 - v : v));
  }
  if (primitive.attributes.COLOR_0 !== undefined) {
    const { values, size } = accessorData(primitive.attributes.COLOR_0);
    out.colors = new Float32Array(count * 3);
    for (let v = 0; v < count; v++) {
      for (let c = 0; c < 3; c++) out.colors[v * 3 + c] = values[v * size + c]!;
    }
  }
  const texture = material?.pbrMetallicRoughness?.baseColorTexture;
  const image = gltf.images?.[gltf.textures?.[texture?.index ?? -1]?.source ?? -1];
  const imageView = image?.bufferView === undefined ? undefined : gltf.bufferViews?.[image.bufferView];
  if (imageView && image?.mimeType === 'image/png') {
    const start = imageView.byteOffset ?? 0;
    out.texture = buffers[imageView.buffer]?.slice(start, start + imageView.byteLength);
  }
  return out;
}

function toTriangles(raw: number[], mode: number): number[] {
  if (mode === 4) return raw.slice(0, raw.length - (raw.length % 3));
  const out: number[] = [];
  for (let i = 2; i < raw.length; i++) {
    if (mode === 5)
      out.push(...(i % 2 ? [raw[i - 1]!, raw[i - 2]!, raw[i]!] : [raw[i - 2]!, raw[i - 1]!, raw[i]!]));
    else out.push(raw[0]!, raw[i - 1]!, raw[i]!);
  }
  return out;
}

/** Column-major 4×4, as glTF stores it. */
function localMatrix(node: GltfNode): Float64Array {
  if (node.matrix?.length === 16) return Float64Array.from(node.matrix);
  const [tx, ty, tz] = node.translation ?? [0, 0, 0];
  const [x, y, z, w] = node.rotation ?? [0, 0, 0, 1];
  const [sx, sy, sz] = node.scale ?? [1, 1, 1];
  const [qx, qy, qz, qw] = [x ?? 0, y ?? 0, z ?? 0, w ?? 1];
  const m = new Float64Array(16);
  m.set([1 - 2 * (qy * qy + qz * qz), 2 * (qx * qy + qz * qw), 2 * (qx * qz - qy * qw), 0], 0);
  m.set([2 * (qx * qy - qz * qw), 1 - 2 * (qx * qx + qz * qz), 2 * (qy * qz + qx * qw), 0], 4);
  m.set([2 * (qx * qz + qy * qw), 2 * (qy * qz - qx * qw), 1 - 2 * (qx * qx + qy * qy), 0], 8);
  for (let i = 0; i < 4; i++) {
    m[i] = m[i]! * (sx ?? 1);
    m[4 + i] = m[4 + i]! * (sy ?? 1);
    m[8 + i] = m[8 + i]! * (sz ?? 1);
  }
  m.set([tx ?? 0, ty ?? 0, tz ?? 0, 1], 12);
  return m;
}

function multiply(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(16);
  for (let c = 0; c < 4; c++) {
    for (let r = 0; r < 4; r++) {
      let sum = 0;
      for (let k = 0; k < 4; k++) sum += a[k * 4 + r]! * b[c * 4 + k]!;
      out[c * 4 + r] = sum;
    }
  }
  return out;
}

function transformPoint(m: Float64Array, p: Vec3): Vec3 {
  const [x, y, z] = p;
  return [
    m[0]! * x + m[4]! * y + m[8]! * z + m[12]!,
    m[1]! * x + m[5]! * y + m[9]! * z + m[13]!,
    m[2]! * x + m[6]! * y + m[10]! * z + m[14]!,
  ];
}

function determinant3(m: Float64Array): number {
  return (
    m[0]! * (m[5]! * m[10]! - m[9]! * m[6]!) -
    m[4]! * (m[1]! * m[10]! - m[9]! * m[2]!) +
    m[8]! * (m[1]! * m[6]! - m[5]! * m[2]!)
  );
}

/** Cofactor matrix of the upper 3×3 (row-major 9): the inverse transpose up to a positive scale. */
function inverseTranspose3(m: Float64Array): number[] {
  const [a, b, c, d, e, f, g, h, i] = [m[0]!, m[4]!, m[8]!, m[1]!, m[5]!, m[9]!, m[2]!, m[6]!, m[10]!];
  const sign = determinant3(m) < 0 ? -1 : 1;
  return [
    e * i - f * h,
    f * g - d * i,
    d * h - e * g,
    c * h - b * i,
    a * i - c * g,
    b * g - a * h,
    b * f - c * e,
    c * d - a * f,
    a * e - b * d,
  ].map((v) => v * sign);
}

function apply3(m: number[], v: Vec3): Vec3 {
  return [
    m[0]! * v[0] + m[1]! * v[1] + m[2]! * v[2],
    m[3]! * v[0] + m[4]! * v[1] + m[5]! * v[2],
    m[6]! * v[0] + m[7]! * v[1] + m[8]! * v[2],
  ];
}
