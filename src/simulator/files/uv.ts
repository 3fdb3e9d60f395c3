import type { Buffer } from 'node:buffer';
import {
  faceNormal,
  indexArray,
  linearToSrgbByte,
  type MeshData,
  triangleCount,
  type Vec3,
  vertexCount,
  weldPositions,
} from './model.ts';
import { encodePng } from './png.ts';

/**
 * UV unfolding: box projection by islands. Each triangle goes to the cube face its normal points
 * at most; connected triangles on the same cube face form an island, projected flat without
 * mirroring; islands are shelf-packed into the unit square with a gap between them. Vertices on
 * island borders are split, so every vertex has one UV. Keeps colours and skins; drops the polygon
 * view and any old texture (its UVs are gone).
 */
export function unwrapUvs(mesh: MeshData): MeshData {
  const tris = triangleCount(mesh);
  const welded = weldPositions(mesh);
  const dirOf = new Uint8Array(tris);
  for (let t = 0; t < tris; t++) {
    const n = faceNormal(
      mesh.positions,
      mesh.indices[t * 3]!,
      mesh.indices[t * 3 + 1]!,
      mesh.indices[t * 3 + 2]!,
    );
    const axis =
      Math.abs(n[0]) >= Math.abs(n[1]) && Math.abs(n[0]) >= Math.abs(n[2])
        ? 0
        : Math.abs(n[1]) >= Math.abs(n[2])
          ? 1
          : 2;
    dirOf[t] = axis * 2 + ((n[axis] ?? 0) >= 0 ? 0 : 1);
  }

  // Islands: union-find over triangles sharing a welded edge and a projection direction.
  const parent = Int32Array.from({ length: tris }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const edges = new Map<number, number>();
  const nWelded = welded.positions.length / 3;
  for (let t = 0; t < tris; t++) {
    for (let k = 0; k < 3; k++) {
      const a = welded.indices[t * 3 + k]!;
      const b = welded.indices[t * 3 + ((k + 1) % 3)]!;
      const key = Math.min(a, b) * nWelded + Math.max(a, b);
      const other = edges.get(key);
      if (other === undefined) edges.set(key, t);
      else if (dirOf[other] === dirOf[t]) parent[find(other)] = find(t);
    }
  }

  const islandOf = new Int32Array(tris);
  const islands: { dir: number; min: [number, number]; max: [number, number]; x: number; y: number }[] = [];
  const islandIndex = new Map<number, number>();
  for (let t = 0; t < tris; t++) {
    const root = find(t);
    let i = islandIndex.get(root);
    if (i === undefined) {
      i = islands.length;
      islandIndex.set(root, i);
      islands.push({ dir: dirOf[t]!, min: [Infinity, Infinity], max: [-Infinity, -Infinity], x: 0, y: 0 });
    }
    islandOf[t] = i;
    const island = islands[i]!;
    for (let k = 0; k < 3; k++) {
      const [u, v] = project(mesh.positions, mesh.indices[t * 3 + k]!, island.dir);
      island.min = [Math.min(island.min[0], u), Math.min(island.min[1], v)];
      island.max = [Math.max(island.max[0], u), Math.max(island.max[1], v)];
    }
  }

  // Shelf packing, tallest first, rows about as wide as the square root of the total area.
  const size = (i: (typeof islands)[number]) => [i.max[0] - i.min[0], i.max[1] - i.min[1]] as const;
  const area = islands.reduce((s, i) => s + size(i)[0] * size(i)[1], 0);
  const side = Math.sqrt(area) || 1;
  const gap = side * 0.02;
  const rowWidth = Math.max(side * 1.15, ...islands.map((i) => size(i)[0]));
  const order = islands.map((_, i) => i).sort((a, b) => size(islands[b]!)[1] - size(islands[a]!)[1] || a - b);
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  let width = 0;
  for (const i of order) {
    const island = islands[i]!;
    const [w, h] = size(island);
    if (x > 0 && x + w > rowWidth) {
      y += rowHeight + gap;
      x = 0;
      rowHeight = 0;
    }
    island.x = x;
    island.y = y;
    x += w + gap;
    width = Math.max(width, x - gap);
    rowHeight = Math.max(rowHeight, h);
  }
  const scale = (1 - (2 * gap) / Math.max(width, y + rowHeight)) / Math.max(width, y + rowHeight, 1e-9);
  const offset = gap / Math.max(width, y + rowHeight, 1e-9);

  const remap = new Map<number, number>();
  const source: number[] = [];
  const uvs: number[] = [];
  const indices: number[] = [];
  const n = vertexCount(mesh);
  for (let t = 0; t < tris; t++) {
    const i = islandOf[t]!;
    const island = islands[i]!;
    for (let k = 0; k < 3; k++) {
      const v = mesh.indices[t * 3 + k]!;
      const key = i * n + v;
      let at = remap.get(key);
      if (at === undefined) {
        at = source.length;
        remap.set(key, at);
        source.push(v);
        const [u, w] = project(mesh.positions, v, island.dir);
        uvs.push(
          offset + (u - island.min[0] + island.x) * scale,
          offset + (w - island.min[1] + island.y) * scale,
        );
      }
      indices.push(at);
    }
  }
  const gather = (
    data: ArrayLike<number>,
    stride: number,
    Type: Float32ArrayConstructor | Uint16ArrayConstructor,
  ) => {
    const out = new Type(source.length * stride);
    source.forEach((v, i) => {
      for (let c = 0; c < stride; c++) out[i * stride + c] = data[v * stride + c]!;
    });
    return out;
  };
  const out: MeshData = {
    name: mesh.name,
    positions: gather(mesh.positions, 3, Float32Array) as Float32Array,
    normals: gather(mesh.normals, 3, Float32Array) as Float32Array,
    indices: indexArray(indices, source.length),
    color: mesh.color,
    uvs: Float32Array.from(uvs),
  };
  if (mesh.colors) out.colors = gather(mesh.colors, 3, Float32Array) as Float32Array;
  if (mesh.skin) {
    out.skin = {
      ...mesh.skin,
      jointIndices: gather(mesh.skin.jointIndices, 4, Uint16Array) as Uint16Array,
      weights: gather(mesh.skin.weights, 4, Float32Array) as Float32Array,
    };
  }
  return out;
}

/** In-plane coordinates for a cube-face direction (0..5 = +x, -x, +y, -y, +z, -z), never mirrored. */
function project(p: ArrayLike<number>, v: number, dir: number): [number, number] {
  const x = p[v * 3]!;
  const y = p[v * 3 + 1]!;
  const z = p[v * 3 + 2]!;
  switch (dir) {
    case 0:
      return [-z, y];
    case 1:
      return [z, y];
    case 2:
      return [x, -z];
    case 3:
      return [x, z];
    case 4:
      return [x, y];
    default:
      return [-x, y];
  }
}

/** Colour (linear RGB) of a surface point, given its position, normal, base colour and UV. */
export type Shader = (position: Vec3, normal: Vec3, color: Vec3, uv: [number, number]) => Vec3;

/**
 * Bakes `shade` into a square RGBA (sRGB) texture over the mesh's UVs: each UV triangle is filled
 * with interpolated surface values, then island borders are grown a few texels so filtering never
 * picks up the background. Texel rows run top (v = 1) to bottom.
 */
export function bakeTexture(mesh: MeshData, size: number, shade: Shader): Uint8Array {
  const uvs = mesh.uvs;
  if (!uvs) throw new RangeError('bakeTexture: the mesh has no UVs');
  const rgba = new Uint8Array(size * size * 4);
  const filled = new Uint8Array(size * size);
  const attr = (data: ArrayLike<number> | undefined, v: number, fallback: Vec3): Vec3 =>
    data ? [data[v * 3]!, data[v * 3 + 1]!, data[v * 3 + 2]!] : fallback;
  for (let t = 0; t + 2 < mesh.indices.length; t += 3) {
    const vs = [mesh.indices[t]!, mesh.indices[t + 1]!, mesh.indices[t + 2]!];
    const px = vs.map((v) => uvs[v * 2]! * size);
    const py = vs.map((v) => (1 - uvs[v * 2 + 1]!) * size);
    const [x0, x1, x2] = px as [number, number, number];
    const [y0, y1, y2] = py as [number, number, number];
    const area = (x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0);
    if (Math.abs(area) < 1e-12) continue;
    const minX = Math.max(0, Math.floor(Math.min(x0, x1, x2)));
    const maxX = Math.min(size - 1, Math.ceil(Math.max(x0, x1, x2)));
    const minY = Math.max(0, Math.floor(Math.min(y0, y1, y2)));
    const maxY = Math.min(size - 1, Math.ceil(Math.max(y0, y1, y2)));
    for (let y = minY; y <= maxY; y++) {
      for (let x = minX; x <= maxX; x++) {
        const cx = x + 0.5;
        const cy = y + 0.5;
        const w0 = ((x1 - cx) * (y2 - cy) - (x2 - cx) * (y1 - cy)) / area;
        const w1 = ((x2 - cx) * (y0 - cy) - (x0 - cx) * (y2 - cy)) / area;
        const w2 = 1 - w0 - w1;
        if (w0 < -1e-6 || w1 < -1e-6 || w2 < -1e-6) continue;
        const mix = (values: Vec3[]): Vec3 =>
          [0, 1, 2].map((c) => w0 * values[0]![c]! + w1 * values[1]![c]! + w2 * values[2]![c]!) as Vec3;
        const position = mix(vs.map((v) => attr(mesh.positions, v, [0, 0, 0])));
        const normal = mix(vs.map((v) => attr(mesh.normals, v, [0, 1, 0])));
        const color = mix(vs.map((v) => attr(mesh.colors, v, mesh.color)));
        const rgb = shade(position, normal, color, [cx / size, 1 - cy / size]);
        const at = y * size + x;
        rgba.set([linearToSrgbByte(rgb[0]), linearToSrgbByte(rgb[1]), linearToSrgbByte(rgb[2]), 255], at * 4);
        filled[at] = 1;
      }
    }
  }
  dilate(rgba, filled, size, 4);
  const background = [...mesh.color.map(linearToSrgbByte), 255];
  for (let i = 0; i < size * size; i++) if (!filled[i]) rgba.set(background, i * 4);
  return rgba;
}

function dilate(rgba: Uint8Array, filled: Uint8Array, size: number, passes: number): void {
  for (let pass = 0; pass < passes; pass++) {
    const grown: number[] = [];
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        if (filled[y * size + x]) continue;
        for (const [dx, dy] of [
          [1, 0],
          [-1, 0],
          [0, 1],
          [0, -1],
        ] as const) {
          const nx = x + dx;
          const ny = y + dy;
          if (nx < 0 || ny < 0 || nx >= size || ny >= size || !filled[ny * size + nx]) continue;
          rgba.copyWithin((y * size + x) * 4, (ny * size + nx) * 4, (ny * size + nx) * 4 + 4);
          grown.push(y * size + x);
          break;
        }
      }
    }
    for (const i of grown) filled[i] = 1;
  }
}

/**
 * The UV job's `IMAGE`: the model's colours baked over its new UVs with a light checker, so a
 * viewer shows both the colour and how the islands are laid out.
 */
export function uvLayoutTexture(mesh: MeshData, size = 256): Buffer {
  const rgba = bakeTexture(mesh, size, (_p, _n, color, [u, v]) => {
    const checker = (Math.floor(u * 16) + Math.floor(v * 16)) % 2 === 0 ? 1 : 0.82;
    return [color[0] * checker, color[1] * checker, color[2] * checker];
  });
  return encodePng(size, size, rgba);
}
