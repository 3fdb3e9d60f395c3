import { Buffer } from 'node:buffer';
import { faceNormal, type MeshData, normalizeVec } from './model.ts';

/**
 * Binary STL: an 80-byte header (never starting with "solid", which readers take for ASCII STL), a
 * triangle count and 50 bytes per triangle (facet normal, three corners, zero attribute word). STL
 * has no units, colours or UVs; every mesh's triangles go in, in model space.
 */
export function encodeStl(meshes: readonly MeshData[], header = 'hunyuan3d-gateway simulator'): Buffer {
  const total = meshes.reduce((n, m) => n + Math.floor(m.indices.length / 3), 0);
  const out = Buffer.alloc(84 + total * 50);
  const text = Buffer.from(header.replace(/^solid/i, 'STL'), 'latin1').subarray(0, 80);
  text.copy(out, 0);
  out.writeUInt32LE(total, 80);
  let at = 84;
  for (const mesh of meshes) {
    const p = mesh.positions;
    for (let t = 0; t + 2 < mesh.indices.length; t += 3) {
      const corners = [mesh.indices[t]!, mesh.indices[t + 1]!, mesh.indices[t + 2]!] as const;
      const n = normalizeVec(faceNormal(p, ...corners));
      out.writeFloatLE(n[0], at);
      out.writeFloatLE(n[1], at + 4);
      out.writeFloatLE(n[2], at + 8);
      at += 12;
      for (const v of corners) {
        out.writeFloatLE(p[v * 3]!, at);
        out.writeFloatLE(p[v * 3 + 1]!, at + 4);
        out.writeFloatLE(p[v * 3 + 2]!, at + 8);
        at += 12;
      }
      at += 2; // attribute byte count: 0
    }
  }
  return out;
}

/** Triangles of a binary STL, one vertex per corner, facet normals per vertex, light grey. */
export function readStl(bytes: Uint8Array, name = 'stl'): MeshData {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = bytes.length >= 84 ? view.getUint32(80, true) : -1;
  if (count < 0 || 84 + count * 50 !== bytes.length) throw new RangeError('readStl: not a binary STL');
  const positions = new Float32Array(count * 9);
  const normals = new Float32Array(count * 9);
  for (let t = 0; t < count; t++) {
    const at = 84 + t * 50;
    for (let k = 0; k < 9; k++) positions[t * 9 + k] = view.getFloat32(at + 12 + k * 4, true);
    const n = normalizeVec(faceNormal(positions, t * 3, t * 3 + 1, t * 3 + 2));
    for (let k = 0; k < 3; k++) normals.set(n, t * 9 + k * 3);
  }
  const indices = count * 3 <= 0xffff ? new Uint16Array(count * 3) : new Uint32Array(count * 3);
  for (let i = 0; i < indices.length; i++) indices[i] = i;
  return { name, positions, normals, indices, color: [0.8, 0.8, 0.8] };
}
