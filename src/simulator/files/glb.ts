import { Buffer } from 'node:buffer';
import type { Mesh } from './mesh.ts';

/**
 * Binary glTF 2.0 (https://registry.khronos.org/glTF/specs/2.0/glTF-2.0.html#binary-gltf-layout),
 * written to the letter so three.js, Blender and the Khronos validator all load what the simulator
 * serves: a client that works against the simulator should not break on a real Hunyuan file.
 */
export interface GlbOptions {
  /** Node, mesh and material name. @default 'hunyuan-simulator' */
  name?: string;
  /** `asset.generator`. @default 'hunyuan3d-gateway simulator' */
  generator?: string;
}

const GLB_MAGIC = 0x46546c67; // 'glTF'
const CHUNK_JSON = 0x4e4f534a; // 'JSON'
const CHUNK_BIN = 0x004e4942; // 'BIN\0'
const HEADER_BYTES = 12;
const CHUNK_HEADER_BYTES = 8;

const FLOAT = 5126;
const UNSIGNED_SHORT = 5123;
const UNSIGNED_INT = 5125;
const ARRAY_BUFFER = 34962;
const ELEMENT_ARRAY_BUFFER = 34963;
const TRIANGLES = 4;

function pad4(n: number): number {
  return (n + 3) & ~3;
}

/** Typed arrays use host byte order; glTF wants little-endian, which every Node target is. */
function bytesOf(view: ArrayBufferView): Buffer {
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

/** Exact per-axis bounds; glTF requires them on POSITION, and loaders use them for culling. */
function bounds(positions: Float32Array): { min: number[]; max: number[] } {
  const min = [0, 0, 0];
  const max = [0, 0, 0];
  for (let axis = 0; axis < 3; axis++) {
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = axis; i < positions.length; i += 3) {
      const v = positions[i] ?? 0;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    min[axis] = Number.isFinite(lo) ? lo : 0;
    max[axis] = Number.isFinite(hi) ? hi : 0;
  }
  return { min, max };
}

export function encodeGlb(mesh: Mesh, opts: GlbOptions = {}): Buffer {
  const name = opts.name ?? 'hunyuan-simulator';
  const vertexCount = mesh.positions.length / 3;
  if (!Number.isInteger(vertexCount) || mesh.normals.length !== mesh.positions.length) {
    throw new RangeError(
      `encodeGlb: positions and normals must both hold 3 floats per vertex; got ${mesh.positions.length} and ${mesh.normals.length}`,
    );
  }
  if (mesh.indices.length % 3 !== 0) {
    throw new RangeError(`encodeGlb: indices must hold whole triangles; got ${mesh.indices.length} indices`);
  }

  const positions = bytesOf(mesh.positions);
  const normals = bytesOf(mesh.normals);
  const indices = bytesOf(mesh.indices);
  // Vertex data first: each float block is a multiple of 4 bytes, so every view starts aligned
  // (accessor offsets must be multiples of the component size, and the spec asks for 4).
  const positionsOffset = 0;
  const normalsOffset = pad4(positionsOffset + positions.length);
  const indicesOffset = pad4(normalsOffset + normals.length);
  const binLength = indicesOffset + indices.length;

  const gltf = {
    asset: { version: '2.0', generator: opts.generator ?? 'hunyuan3d-gateway simulator' },
    scene: 0,
    scenes: [{ name, nodes: [0] }],
    nodes: [{ name, mesh: 0 }],
    meshes: [
      {
        name,
        primitives: [{ attributes: { POSITION: 0, NORMAL: 1 }, indices: 2, material: 0, mode: TRIANGLES }],
      },
    ],
    materials: [
      {
        name,
        pbrMetallicRoughness: {
          baseColorFactor: [...mesh.color, 1],
          metallicFactor: 0,
          roughnessFactor: 0.8,
        },
      },
    ],
    accessors: [
      { bufferView: 0, componentType: FLOAT, count: vertexCount, type: 'VEC3', ...bounds(mesh.positions) },
      { bufferView: 1, componentType: FLOAT, count: vertexCount, type: 'VEC3' },
      {
        bufferView: 2,
        componentType: mesh.indices instanceof Uint16Array ? UNSIGNED_SHORT : UNSIGNED_INT,
        count: mesh.indices.length,
        type: 'SCALAR',
      },
    ],
    bufferViews: [
      { buffer: 0, byteOffset: positionsOffset, byteLength: positions.length, target: ARRAY_BUFFER },
      { buffer: 0, byteOffset: normalsOffset, byteLength: normals.length, target: ARRAY_BUFFER },
      { buffer: 0, byteOffset: indicesOffset, byteLength: indices.length, target: ELEMENT_ARRAY_BUFFER },
    ],
    buffers: [{ byteLength: binLength }],
  };

  const json = Buffer.from(JSON.stringify(gltf), 'utf8');
  const jsonChunkLength = pad4(json.length);
  const binChunkLength = pad4(binLength);
  const total = HEADER_BYTES + CHUNK_HEADER_BYTES + jsonChunkLength + CHUNK_HEADER_BYTES + binChunkLength;

  // alloc zero-fills, which is the BIN chunk's required padding; the JSON chunk pads with spaces.
  const out = Buffer.alloc(total);
  out.writeUInt32LE(GLB_MAGIC, 0);
  out.writeUInt32LE(2, 4);
  out.writeUInt32LE(total, 8);

  let at = HEADER_BYTES;
  out.writeUInt32LE(jsonChunkLength, at);
  out.writeUInt32LE(CHUNK_JSON, at + 4);
  at += CHUNK_HEADER_BYTES;
  json.copy(out, at);
  out.fill(0x20, at + json.length, at + jsonChunkLength);
  at += jsonChunkLength;

  out.writeUInt32LE(binChunkLength, at);
  out.writeUInt32LE(CHUNK_BIN, at + 4);
  at += CHUNK_HEADER_BYTES;
  positions.copy(out, at + positionsOffset);
  normals.copy(out, at + normalsOffset);
  indices.copy(out, at + indicesOffset);
  return out;
}

/**
 * Reads the GLB header and JSON chunk, checking the framing (magic, version, declared length equal
 * to the bytes present, 4-byte aligned JSON chunk). `undefined` for anything else; never throws.
 */
export function parseGlbHeader(
  buf: Uint8Array,
): { version: number; length: number; json: unknown } | undefined {
  if (buf.length < HEADER_BYTES + CHUNK_HEADER_BYTES) return undefined;
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (view.getUint32(0, true) !== GLB_MAGIC) return undefined;
  const version = view.getUint32(4, true);
  const length = view.getUint32(8, true);
  if (version !== 2 || length !== buf.length) return undefined;
  const jsonLength = view.getUint32(12, true);
  if (view.getUint32(16, true) !== CHUNK_JSON || jsonLength % 4 !== 0) return undefined;
  const jsonStart = HEADER_BYTES + CHUNK_HEADER_BYTES;
  if (jsonStart + jsonLength > length) return undefined;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(
      buf.subarray(jsonStart, jsonStart + jsonLength),
    );
    return { version, length, json: JSON.parse(text) as unknown };
  } catch {
    return undefined;
  }
}
