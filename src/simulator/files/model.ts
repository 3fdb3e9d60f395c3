import type { Mesh } from './mesh.ts';

/**
 * The in-memory model every reader produces and every writer and transform takes: `Mesh` (what
 * `meshForPrompt` makes and `encodeGlb` writes) plus the optional layers the Hunyuan post-processing
 * actions add. Triangles in `indices` are always present, so any writer can fall back to them;
 * `faces` is an optional polygon view of the same surface for formats that keep quads (OBJ, FBX, USD).
 */
export interface MeshData extends Mesh {
  name: string;
  /** 2 floats per vertex, OBJ/FBX/USD convention: origin bottom-left, v up. The GLB writer flips v. */
  uvs?: Float32Array | undefined;
  /** Linear RGB per vertex, 3 floats each, 0..1. */
  colors?: Float32Array | undefined;
  /** Polygons (3 or 4 corners) over the same vertices; when absent, the triangles are the faces. */
  faces?: PolygonFaces | undefined;
  /** PNG bytes of the base-colour map, addressed by `uvs`. */
  texture?: Uint8Array | undefined;
  skin?: Skin | undefined;
}

export interface PolygonFaces {
  /** Corners per polygon: 3 or 4. */
  counts: Uint8Array;
  /** Vertex indices, `counts[i]` per polygon, counter-clockwise. */
  indices: Uint32Array;
}

export type Vec3 = [number, number, number];

export interface Joint {
  name: string;
  /** Index of the parent joint, -1 for the root. Parents come before their children. */
  parent: number;
  /** Bind-pose position in model space; bind rotations are identity. */
  position: Vec3;
}

export interface Skin {
  joints: Joint[];
  /** 4 joint indices per vertex. */
  jointIndices: Uint16Array;
  /** 4 weights per vertex, summing to 1. */
  weights: Float32Array;
  animation?: JointAnimation | undefined;
}

/** Rotation keys for every joint at shared key times (linear interpolation). */
export interface JointAnimation {
  name: string;
  /** Key times in seconds, ascending, starting at 0. */
  times: Float32Array;
  /** One array per joint: a unit quaternion (x, y, z, w) per key time. */
  rotations: Float32Array[];
}

export function vertexCount(mesh: Mesh): number {
  return Math.floor(mesh.positions.length / 3);
}

export function triangleCount(mesh: Mesh): number {
  return Math.floor(mesh.indices.length / 3);
}

/** Faces as a user counts them: polygons when there is a polygon view, else triangles. */
export function faceCount(mesh: MeshData): number {
  return mesh.faces ? mesh.faces.counts.length : triangleCount(mesh);
}

/** Uint16 while every index fits (smaller files), else Uint32. */
export function indexArray(values: ArrayLike<number>, vertices: number): Uint16Array | Uint32Array {
  return vertices <= 0xffff ? Uint16Array.from(values) : Uint32Array.from(values);
}

export function withName(mesh: Mesh, name: string): MeshData {
  return { ...mesh, name };
}

export function bounds(positions: ArrayLike<number>): { min: Vec3; max: Vec3 } {
  const min: Vec3 = [Infinity, Infinity, Infinity];
  const max: Vec3 = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i + 2 < positions.length; i += 3) {
    for (let a = 0; a < 3; a++) {
      const v = positions[i + a]!;
      if (v < min[a]!) min[a] = v;
      if (v > max[a]!) max[a] = v;
    }
  }
  if (!(min[0] <= max[0])) return { min: [0, 0, 0], max: [0, 0, 0] };
  return { min, max };
}

/** Unnormalized face normal of triangle (a, b, c); its length is twice the area. */
export function faceNormal(p: ArrayLike<number>, a: number, b: number, c: number): Vec3 {
  const ux = p[b * 3]! - p[a * 3]!;
  const uy = p[b * 3 + 1]! - p[a * 3 + 1]!;
  const uz = p[b * 3 + 2]! - p[a * 3 + 2]!;
  const vx = p[c * 3]! - p[a * 3]!;
  const vy = p[c * 3 + 1]! - p[a * 3 + 1]!;
  const vz = p[c * 3 + 2]! - p[a * 3 + 2]!;
  return [uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx];
}

export function normalizeVec(v: Vec3): Vec3 {
  const len = Math.hypot(v[0], v[1], v[2]);
  return len > 0 ? [v[0] / len, v[1] / len, v[2] / len] : [0, 1, 0];
}

/** Area-weighted smooth vertex normals. */
export function computeNormals(positions: Float32Array, indices: ArrayLike<number>): Float32Array {
  const acc = new Float64Array(positions.length);
  for (let t = 0; t + 2 < indices.length; t += 3) {
    const a = indices[t]!;
    const b = indices[t + 1]!;
    const c = indices[t + 2]!;
    const n = faceNormal(positions, a, b, c);
    for (const v of [a, b, c]) {
      acc[v * 3] = acc[v * 3]! + n[0];
      acc[v * 3 + 1] = acc[v * 3 + 1]! + n[1];
      acc[v * 3 + 2] = acc[v * 3 + 2]! + n[2];
    }
  }
  const out = new Float32Array(positions.length);
  for (let v = 0; v * 3 < positions.length; v++) {
    out.set(normalizeVec([acc[v * 3]!, acc[v * 3 + 1]!, acc[v * 3 + 2]!]), v * 3);
  }
  return out;
}

/**
 * Rebuilds vertices so normals are smooth within a surface but split at creases sharper than
 * `creaseDegrees` (a cube keeps flat sides, a sphere stays round). Keeps UVs and colours, which are
 * per vertex and so split with it. Drops `faces`, `skin` and the texture only if asked to by the caller.
 */
export function rebuildNormals(mesh: MeshData, creaseDegrees = 50): MeshData {
  const cosLimit = Math.cos((creaseDegrees * Math.PI) / 180);
  const { positions, indices } = mesh;
  const tris = triangleCount(mesh);
  const faceN: Vec3[] = [];
  const incident: number[][] = Array.from({ length: vertexCount(mesh) }, () => []);
  for (let t = 0; t < tris; t++) {
    const n = faceNormal(positions, indices[t * 3]!, indices[t * 3 + 1]!, indices[t * 3 + 2]!);
    faceN.push(n);
    for (let k = 0; k < 3; k++) incident[indices[t * 3 + k]!]!.push(t);
  }
  const outPos: number[] = [];
  const outNrm: number[] = [];
  const outUv: number[] = [];
  const outCol: number[] = [];
  const outIdx: number[] = [];
  const remap = new Map<string, number>();
  const oldToNew: number[] = [];
  for (let t = 0; t < tris; t++) {
    const own = normalizeVec(faceN[t]!);
    for (let k = 0; k < 3; k++) {
      const v = indices[t * 3 + k]!;
      const sum: Vec3 = [0, 0, 0];
      for (const f of incident[v]!) {
        const n = faceN[f]!;
        const u = normalizeVec(n);
        if (u[0] * own[0] + u[1] * own[1] + u[2] * own[2] < cosLimit) continue;
        sum[0] += n[0];
        sum[1] += n[1];
        sum[2] += n[2];
      }
      const n = normalizeVec(sum);
      const key = `${v}:${Math.round(n[0] * 1000)},${Math.round(n[1] * 1000)},${Math.round(n[2] * 1000)}`;
      let at = remap.get(key);
      if (at === undefined) {
        at = outPos.length / 3;
        remap.set(key, at);
        oldToNew[v] ??= at;
        outPos.push(positions[v * 3]!, positions[v * 3 + 1]!, positions[v * 3 + 2]!);
        outNrm.push(...n);
        if (mesh.uvs) outUv.push(mesh.uvs[v * 2]!, mesh.uvs[v * 2 + 1]!);
        if (mesh.colors) outCol.push(mesh.colors[v * 3]!, mesh.colors[v * 3 + 1]!, mesh.colors[v * 3 + 2]!);
      }
      outIdx.push(at);
    }
  }
  const count = outPos.length / 3;
  const out: MeshData = {
    name: mesh.name,
    positions: Float32Array.from(outPos),
    normals: Float32Array.from(outNrm),
    indices: indexArray(outIdx, count),
    color: mesh.color,
  };
  if (mesh.uvs) out.uvs = Float32Array.from(outUv);
  if (mesh.colors) out.colors = Float32Array.from(outCol);
  if (mesh.texture) out.texture = mesh.texture;
  if (mesh.faces) {
    // A polygon's corners map to the first copy of each vertex; good enough for the quad view.
    out.faces = { counts: mesh.faces.counts, indices: mesh.faces.indices.map((v) => oldToNew[v] ?? 0) };
  }
  return out;
}

/**
 * Concatenates meshes into one. Differing base colours become vertex colours so nothing is lost.
 * Skins are dropped (joint sets would clash); UVs are kept only when every mesh has them.
 */
export function mergeMeshes(meshes: readonly MeshData[], name = meshes[0]?.name ?? 'merged'): MeshData {
  const total = meshes.reduce((n, m) => n + vertexCount(m), 0);
  const positions = new Float32Array(total * 3);
  const normals = new Float32Array(total * 3);
  const allUv = meshes.length > 0 && meshes.every((m) => m.uvs);
  const sameColor = meshes.every((m) => !m.colors && m.color.every((c, i) => c === meshes[0]?.color[i]));
  const uvs = allUv ? new Float32Array(total * 2) : undefined;
  const colors = sameColor ? undefined : new Float32Array(total * 3);
  const indices: number[] = [];
  let base = 0;
  for (const m of meshes) {
    const n = vertexCount(m);
    positions.set(m.positions.subarray(0, n * 3), base * 3);
    normals.set(m.normals.subarray(0, n * 3), base * 3);
    if (uvs && m.uvs) uvs.set(m.uvs.subarray(0, n * 2), base * 2);
    if (colors) {
      for (let v = 0; v < n; v++) {
        if (m.colors) colors.set(m.colors.subarray(v * 3, v * 3 + 3), (base + v) * 3);
        else colors.set(m.color, (base + v) * 3);
      }
    }
    for (const i of m.indices) indices.push(i + base);
    base += n;
  }
  const out: MeshData = {
    name,
    positions,
    normals,
    indices: indexArray(indices, total),
    color: meshes[0]?.color ?? [0.8, 0.8, 0.8],
  };
  if (uvs) out.uvs = uvs;
  if (colors) out.colors = colors;
  return out;
}

/**
 * Vertices merged by position (quantized to `epsilon`): seams and hard edges share one vertex, so
 * connectivity (parts, clustering) sees one surface. Returns the welded positions, the triangles over
 * them and, per original vertex, its welded index.
 */
export function weldPositions(
  mesh: Mesh,
  epsilon = 1e-5,
): { positions: Float32Array; indices: Uint32Array; map: Uint32Array } {
  const n = vertexCount(mesh);
  const map = new Uint32Array(n);
  const seen = new Map<string, number>();
  const out: number[] = [];
  for (let v = 0; v < n; v++) {
    const x = mesh.positions[v * 3]!;
    const y = mesh.positions[v * 3 + 1]!;
    const z = mesh.positions[v * 3 + 2]!;
    const key = `${Math.round(x / epsilon)},${Math.round(y / epsilon)},${Math.round(z / epsilon)}`;
    let at = seen.get(key);
    if (at === undefined) {
      at = out.length / 3;
      seen.set(key, at);
      out.push(x, y, z);
    }
    map[v] = at;
  }
  const indices = Uint32Array.from(mesh.indices, (i) => map[i] ?? 0);
  return { positions: Float32Array.from(out), indices, map };
}

/** Linear 0..1 to sRGB 0..1: OBJ, MTL and FBX colours are sRGB, glTF's are linear. */
export function linearToSrgb(c: number): number {
  const v = Math.min(1, Math.max(0, c));
  return v <= 0.0031308 ? v * 12.92 : 1.055 * v ** (1 / 2.4) - 0.055;
}

export function srgbToLinear(c: number): number {
  const v = Math.min(1, Math.max(0, c));
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}

/** Linear RGB 0..1 to an sRGB byte, as image pixels want. */
export function linearToSrgbByte(c: number): number {
  return Math.round(linearToSrgb(c) * 255);
}

/** A small deterministic PRNG (mulberry32) for the generators that want variety from a seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
