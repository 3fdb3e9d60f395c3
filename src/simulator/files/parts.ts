import { hashPrompt } from './mesh.ts';
import {
  indexArray,
  linearToSrgbByte,
  type MeshData,
  srgbToLinear,
  triangleCount,
  vertexCount,
  weldPositions,
} from './model.ts';

/**
 * Part (component) generation: split a model into its parts. Connected components of the welded
 * surface first (a generated cat is body, head, ears, legs and tail); when that yields fewer than
 * `minParts` (one closed blob), the mesh is cut into `minParts` slabs along its longest axis with
 * equal triangle counts; more than `maxParts` components are merged into the nearest kept part.
 * Each part gets a distinct colour, and `segmentation` is Tencent's `PartSegmentationInfo` shape:
 * `{"<name>_part_1": {"face_ids": [...], "color": "#RRGGBB"}}` over the input's triangle indices.
 */
export interface PartOptions {
  /** @default 2 */
  minParts?: number;
  /** @default 12 */
  maxParts?: number;
}

export interface PartsResult {
  parts: MeshData[];
  /** Per part, the input triangle indices it holds. */
  faceIds: number[][];
  /** JSON text for `PartSegmentationInfo`. */
  segmentation: string;
}

export function splitParts(mesh: MeshData, opts: PartOptions = {}): PartsResult {
  const minParts = Math.max(1, opts.minParts ?? 2);
  const maxParts = Math.max(minParts, opts.maxParts ?? 12);
  const tris = triangleCount(mesh);
  const centroids = new Float64Array(tris * 3);
  for (let t = 0; t < tris; t++) {
    for (let k = 0; k < 3; k++) {
      const v = mesh.indices[t * 3 + k]!;
      for (let a = 0; a < 3; a++)
        centroids[t * 3 + a] = centroids[t * 3 + a]! + mesh.positions[v * 3 + a]! / 3;
    }
  }

  let groups = connectedComponents(mesh).sort((a, b) => b.length - a.length || (a[0] ?? 0) - (b[0] ?? 0));
  if (groups.length > maxParts) {
    const kept = groups.slice(0, maxParts);
    const centre = (g: number[]) =>
      [0, 1, 2].map((a) => g.reduce((s, t) => s + centroids[t * 3 + a]!, 0) / g.length) as [
        number,
        number,
        number,
      ];
    const centres = kept.map(centre);
    for (const small of groups.slice(maxParts)) {
      const c = centre(small);
      let best = 0;
      let bestDistance = Infinity;
      centres.forEach((k, i) => {
        const d = Math.hypot(k[0] - c[0], k[1] - c[1], k[2] - c[2]);
        if (d < bestDistance) [best, bestDistance] = [i, d];
      });
      kept[best]!.push(...small);
    }
    groups = kept.map((g) => g.sort((a, b) => a - b));
  }
  if (groups.length < minParts && tris >= minParts) groups = slabs(centroids, tris, minParts);

  const parts = groups.map((g, i) => extract(mesh, g, `${mesh.name}_part_${i + 1}`, partColor(mesh.name, i)));
  const info: Record<string, { face_ids: number[]; color: string }> = {};
  parts.forEach((p, i) => {
    info[p.name] = { face_ids: groups[i]!, color: hex(p.color) };
  });
  return { parts, faceIds: groups, segmentation: JSON.stringify(info) };
}

/**
 * Parts as a `PartSegmentationInfo` names them (staged generation's second step): each entry's
 * `face_ids` over `mesh`'s triangles, in the entry's colour when it has one; a face named twice goes
 * to the first part naming it, ids past the last triangle are ignored, and faces no entry names form
 * one more part.
 */
export function partsFromSegmentation(
  mesh: MeshData,
  info: Readonly<Record<string, { face_ids: readonly number[]; color?: string | undefined }>>,
): PartsResult {
  const tris = triangleCount(mesh);
  const taken = new Uint8Array(tris);
  const named: { name: string; faces: number[]; color: string | undefined }[] = [];
  for (const [name, { face_ids: ids, color }] of Object.entries(info)) {
    const faces = [...new Set(ids)].filter((t) => t < tris && !taken[t]).sort((a, b) => a - b);
    for (const t of faces) taken[t] = 1;
    if (faces.length > 0) named.push({ name, faces, color });
  }
  const rest = Array.from({ length: tris }, (_, t) => t).filter((t) => !taken[t]);
  if (rest.length > 0)
    named.push({ name: `${mesh.name}_part_${named.length + 1}`, faces: rest, color: undefined });
  const parts = named.map((p, i) => {
    const rgb = p.color ? fromHex(p.color) : partColor(mesh.name, i);
    return extract(mesh, p.faces, p.name, rgb);
  });
  const out: Record<string, { face_ids: number[]; color: string }> = {};
  parts.forEach((p, i) => {
    out[p.name] = { face_ids: named[i]!.faces, color: hex(p.color) };
  });
  return { parts, faceIds: named.map((p) => p.faces), segmentation: JSON.stringify(out) };
}

function fromHex(color: string): [number, number, number] {
  const byte = (at: number) => srgbToLinear(Number.parseInt(color.slice(at, at + 2), 16) / 255);
  return [byte(1), byte(3), byte(5)];
}

function connectedComponents(mesh: MeshData): number[][] {
  const { indices, positions } = weldPositions(mesh);
  const parent = Int32Array.from({ length: positions.length / 3 }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (let t = 0; t + 2 < indices.length; t += 3) {
    const a = find(indices[t]!);
    parent[find(indices[t + 1]!)] = a;
    parent[find(indices[t + 2]!)] = a;
  }
  const byRoot = new Map<number, number[]>();
  for (let t = 0; t * 3 + 2 < indices.length; t++) {
    const root = find(indices[t * 3]!);
    const list = byRoot.get(root) ?? [];
    list.push(t);
    byRoot.set(root, list);
  }
  return [...byRoot.values()];
}

/** `count` slabs along the axis of largest centroid spread, equal in triangle count. */
function slabs(centroids: Float64Array, tris: number, count: number): number[][] {
  let axis = 0;
  let widest = -1;
  for (let a = 0; a < 3; a++) {
    let lo = Infinity;
    let hi = -Infinity;
    for (let t = 0; t < tris; t++) {
      lo = Math.min(lo, centroids[t * 3 + a]!);
      hi = Math.max(hi, centroids[t * 3 + a]!);
    }
    if (hi - lo > widest) [axis, widest] = [a, hi - lo];
  }
  const order = Array.from({ length: tris }, (_, t) => t).sort(
    (p, q) => centroids[p * 3 + axis]! - centroids[q * 3 + axis]! || p - q,
  );
  return Array.from({ length: count }, (_, i) =>
    order.slice(Math.floor((i * tris) / count), Math.floor(((i + 1) * tris) / count)).sort((a, b) => a - b),
  );
}

function extract(
  mesh: MeshData,
  triangles: number[],
  name: string,
  color: [number, number, number],
): MeshData {
  const remap = new Map<number, number>();
  const source: number[] = [];
  const indices: number[] = [];
  for (const t of triangles) {
    for (let k = 0; k < 3; k++) {
      const v = mesh.indices[t * 3 + k]!;
      let at = remap.get(v);
      if (at === undefined) {
        at = source.length;
        remap.set(v, at);
        source.push(v);
      }
      indices.push(at);
    }
  }
  const pick = (data: Float32Array, stride: number): Float32Array => {
    const out = new Float32Array(source.length * stride);
    source.forEach((v, i) => {
      out.set(data.subarray(v * stride, v * stride + stride), i * stride);
    });
    return out;
  };
  const out: MeshData = {
    name,
    positions: pick(mesh.positions, 3),
    normals: pick(mesh.normals, 3),
    indices: indexArray(indices, source.length),
    color,
  };
  if (mesh.uvs && vertexCount(mesh) * 2 === mesh.uvs.length) out.uvs = pick(mesh.uvs, 2);
  if (mesh.colors) out.colors = pick(mesh.colors, 3);
  if (mesh.texture && out.uvs) out.texture = mesh.texture;
  return out;
}

/** Well-spread hues (golden-angle steps) from a start picked by the name, as linear RGB. */
function partColor(name: string, i: number): [number, number, number] {
  const hue = ((hashPrompt(name) % 360) / 360 + i * 0.381966) % 1;
  const channel = (n: number): number => {
    const k = (n + hue * 12) % 12;
    return srgbToLinear(0.6 - 0.35 * Math.max(-1, Math.min(k - 3, 9 - k, 1)));
  };
  return [channel(0), channel(8), channel(4)];
}

function hex(rgb: readonly number[]): string {
  return `#${rgb.map((c) => linearToSrgbByte(c).toString(16).padStart(2, '0').toUpperCase()).join('')}`;
}
