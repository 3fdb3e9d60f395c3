import {
  bounds,
  faceNormal,
  indexArray,
  type MeshData,
  normalizeVec,
  rebuildNormals,
  triangleCount,
  weldPositions,
} from './model.ts';

/**
 * Smart topology / ReduceFace: fewer faces, same shape. Vertex clustering (Rossignac–Borrel):
 * snap vertices to a grid, merge each cell into its mean, drop the triangles that collapse. The grid
 * is the finest one that meets the level's face budget, found by bisection. With `quadrilateral`,
 * pairs of near-coplanar neighbouring triangles become quads (Tencent: "a mix of triangles and quads").
 * UVs, textures and skins do not survive (Tencent's topology output does not keep UVs either);
 * vertex colours are averaged per cell.
 */
export type FaceLevel = 'high' | 'medium' | 'low';
export type PolygonType = 'triangle' | 'quadrilateral';

/** Fraction of the input's triangles each level keeps. */
export const FACE_LEVEL_RATIO: Readonly<Record<FaceLevel, number>> = { high: 0.5, medium: 0.25, low: 0.1 };
/** Never go below a tetrahedron's worth of faces. */
const MIN_FACES = 4;
const MAX_RESOLUTION = 2048;

export interface ReduceResult {
  mesh: MeshData;
  /** Triangles before and after; `mesh.faces` holds the polygon count when quads were made. */
  trianglesBefore: number;
  trianglesAfter: number;
}

export function reduceFaces(
  mesh: MeshData,
  level: FaceLevel,
  polygonType: PolygonType = 'triangle',
): ReduceResult {
  const welded = weldPositions(mesh);
  const before = triangleCount(mesh);
  const target = Math.max(MIN_FACES, Math.floor(before * FACE_LEVEL_RATIO[level]));
  let reduced: Clustered;
  if (before <= target) {
    reduced = cluster(welded.positions, welded.indices, Infinity);
  } else {
    let lo = 1;
    let hi = MAX_RESOLUTION;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (cluster(welded.positions, welded.indices, mid).triangles.length / 3 <= target) lo = mid;
      else hi = mid - 1;
    }
    reduced = cluster(welded.positions, welded.indices, lo);
    // A small input can collapse below a tetrahedron at the grid that meets the budget; then take
    // the first finer grid that leaves one (over budget, never more faces than the input).
    for (let r = lo + 1; reduced.triangles.length < 3 * MIN_FACES && r <= MAX_RESOLUTION; r++) {
      reduced = cluster(welded.positions, welded.indices, r);
    }
  }
  const count = reduced.positions.length / 3;
  let out: MeshData = {
    name: mesh.name,
    positions: reduced.positions,
    normals: new Float32Array(reduced.positions.length),
    indices: indexArray(reduced.triangles, count),
    color: mesh.color,
  };
  if (mesh.colors) out.colors = averageColors(mesh, welded.map, reduced.cellOf, count);
  out = rebuildNormals(out);
  if (polygonType === 'quadrilateral') out.faces = pairQuads(out);
  return { mesh: out, trianglesBefore: before, trianglesAfter: triangleCount(out) };
}

interface Clustered {
  positions: Float32Array;
  triangles: number[];
  /** Output vertex per welded vertex (-1 when unused). */
  cellOf: Int32Array;
}

function cluster(positions: Float32Array, triangles: Uint32Array, resolution: number): Clustered {
  const n = positions.length / 3;
  const cellOf = new Int32Array(n).fill(-1);
  const { min, max } = bounds(positions);
  const extent = Math.max(max[0] - min[0], max[1] - min[1], max[2] - min[2]) || 1;
  const size = Number.isFinite(resolution) ? extent / resolution : 0;
  const cells = new Map<number, number>();
  const span = Number.isFinite(resolution) ? resolution + 1 : 0;
  const sums: number[] = [];
  const counts: number[] = [];
  const used = new Uint8Array(n);
  for (const v of triangles) used[v] = 1;
  for (let v = 0; v < n; v++) {
    if (!used[v]) continue;
    const x = positions[v * 3]!;
    const y = positions[v * 3 + 1]!;
    const z = positions[v * 3 + 2]!;
    // A numeric cell key (fits well inside 2^53 for resolution ≤ 2048); every vertex its own cell without a grid.
    const key =
      size > 0
        ? Math.floor((x - min[0]) / size) +
          span * (Math.floor((y - min[1]) / size) + span * Math.floor((z - min[2]) / size))
        : v;
    let cell = cells.get(key);
    if (cell === undefined) {
      cell = counts.length;
      cells.set(key, cell);
      sums.push(0, 0, 0);
      counts.push(0);
    }
    sums[cell * 3] = sums[cell * 3]! + x;
    sums[cell * 3 + 1] = sums[cell * 3 + 1]! + y;
    sums[cell * 3 + 2] = sums[cell * 3 + 2]! + z;
    counts[cell] = counts[cell]! + 1;
    cellOf[v] = cell;
  }
  const mean = new Float64Array(counts.length * 3);
  counts.forEach((c, i) => {
    for (let a = 0; a < 3; a++) mean[i * 3 + a] = sums[i * 3 + a]! / c;
  });
  const out = size > 0 ? quadricPositions(positions, triangles, cellOf, mean, size) : Float32Array.from(mean);
  const seen = new Set<string>();
  const result: number[] = [];
  for (let t = 0; t + 2 < triangles.length; t += 3) {
    const a = cellOf[triangles[t]!]!;
    const b = cellOf[triangles[t + 1]!]!;
    const c = cellOf[triangles[t + 2]!]!;
    if (a === b || b === c || a === c) continue;
    const key = [a, b, c].sort((p, q) => p - q).join(',');
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(a, b, c);
  }
  return { positions: out, triangles: result, cellOf };
}

/**
 * Each cell's representative where the sum of squared distances to its triangles' planes is least
 * (Lindstrom's out-of-core simplification), so corners and silhouettes stay put instead of being
 * pulled in by averaging. A small pull toward the mean settles flat or ill-conditioned cells; a
 * solution that leaves the cell's neighbourhood falls back to the mean.
 */
function quadricPositions(
  positions: Float32Array,
  triangles: Uint32Array,
  cellOf: Int32Array,
  mean: Float64Array,
  cellSize: number,
): Float32Array {
  const cells = mean.length / 3;
  // Per cell: a00 a01 a02 a11 a12 a22 (A = Σ w·n·nᵀ) and b0 b1 b2 (b = Σ w·d·n).
  const q = new Float64Array(cells * 9);
  for (let t = 0; t + 2 < triangles.length; t += 3) {
    const [i0, i1, i2] = [triangles[t]!, triangles[t + 1]!, triangles[t + 2]!];
    const n = faceNormal(positions, i0, i1, i2);
    const length = Math.hypot(n[0], n[1], n[2]);
    if (length === 0) continue;
    const u = [n[0] / length, n[1] / length, n[2] / length] as const;
    const w = length / 2;
    const d = -(u[0] * positions[i0 * 3]! + u[1] * positions[i0 * 3 + 1]! + u[2] * positions[i0 * 3 + 2]!);
    const terms = [
      u[0] * u[0],
      u[0] * u[1],
      u[0] * u[2],
      u[1] * u[1],
      u[1] * u[2],
      u[2] * u[2],
      d * u[0],
      d * u[1],
      d * u[2],
    ];
    for (const v of [i0, i1, i2]) {
      const c = cellOf[v]!;
      for (let k = 0; k < 9; k++) q[c * 9 + k] = q[c * 9 + k]! + w * terms[k]!;
    }
  }
  const out = new Float32Array(cells * 3);
  for (let c = 0; c < cells; c++) {
    const [a00, a01, a02, a11, a12, a22, b0, b1, b2] = Array.from(q.subarray(c * 9, c * 9 + 9));
    const m = [mean[c * 3]!, mean[c * 3 + 1]!, mean[c * 3 + 2]!];
    const lambda = 1e-3 * ((a00! + a11! + a22!) / 3) + 1e-12;
    const A = [a00! + lambda, a01!, a02!, a01!, a11! + lambda, a12!, a02!, a12!, a22! + lambda];
    const rhs = [-b0! + lambda * m[0]!, -b1! + lambda * m[1]!, -b2! + lambda * m[2]!];
    const x = solve3(A, rhs);
    const ok = x && Math.hypot(x[0] - m[0]!, x[1] - m[1]!, x[2] - m[2]!) <= cellSize * 1.5;
    out.set(ok ? x : m, c * 3);
  }
  return out;
}

/** Cramer's rule for a 3×3 system (row-major); undefined when singular. */
function solve3(a: number[], b: number[]): [number, number, number] | undefined {
  const det = (m: number[]) =>
    m[0]! * (m[4]! * m[8]! - m[5]! * m[7]!) -
    m[1]! * (m[3]! * m[8]! - m[5]! * m[6]!) +
    m[2]! * (m[3]! * m[7]! - m[4]! * m[6]!);
  const d = det(a);
  if (!Number.isFinite(d) || Math.abs(d) < 1e-30) return undefined;
  const column = (k: number) => a.map((v, i) => (i % 3 === k ? b[Math.floor(i / 3)]! : v));
  const x: [number, number, number] = [det(column(0)) / d, det(column(1)) / d, det(column(2)) / d];
  return x.every(Number.isFinite) ? x : undefined;
}

function averageColors(
  mesh: MeshData,
  weldMap: Uint32Array,
  cellOf: Int32Array,
  count: number,
): Float32Array {
  const sums = new Float64Array(count * 4);
  weldMap.forEach((w, v) => {
    const cell = cellOf[w] ?? -1;
    if (cell < 0 || !mesh.colors) return;
    for (let c = 0; c < 3; c++) sums[cell * 4 + c] = sums[cell * 4 + c]! + mesh.colors[v * 3 + c]!;
    sums[cell * 4 + 3] = sums[cell * 4 + 3]! + 1;
  });
  const out = new Float32Array(count * 3);
  for (let i = 0; i < count; i++) {
    const k = sums[i * 4 + 3] || 1;
    for (let c = 0; c < 3; c++) out[i * 3 + c] = sums[i * 4 + c]! / k;
  }
  return out;
}

/**
 * Greedy quad dominance: each triangle joins the neighbour across one of its edges when the two are
 * within 25° of coplanar and the quad is convex; the shared edge becomes the hidden diagonal, so the
 * triangles in `indices` stay a valid triangulation of every quad.
 */
function pairQuads(mesh: MeshData): { counts: Uint8Array; indices: Uint32Array } {
  const tris = triangleCount(mesh);
  const idx = mesh.indices;
  const edgeOwner = new Map<string, number>();
  for (let t = 0; t < tris; t++) {
    for (let k = 0; k < 3; k++) edgeOwner.set(`${idx[t * 3 + k]},${idx[t * 3 + ((k + 1) % 3)]}`, t);
  }
  const normal = (a: number, b: number, c: number) => faceNormal(mesh.positions, a, b, c);
  const dot = (p: number[], q: number[]) =>
    (p[0] ?? 0) * (q[0] ?? 0) + (p[1] ?? 0) * (q[1] ?? 0) + (p[2] ?? 0) * (q[2] ?? 0);
  const cosLimit = Math.cos((25 * Math.PI) / 180);
  const paired = new Uint8Array(tris);
  const counts: number[] = [];
  const out: number[] = [];
  for (let t = 0; t < tris; t++) {
    if (paired[t]) continue;
    const corners = [idx[t * 3]!, idx[t * 3 + 1]!, idx[t * 3 + 2]!];
    const own = normalizeVec(normal(corners[0]!, corners[1]!, corners[2]!));
    let best: { quad: number[]; other: number; score: number } | undefined;
    for (let k = 0; k < 3; k++) {
      const a = corners[k]!;
      const b = corners[(k + 1) % 3]!;
      const c = corners[(k + 2) % 3]!;
      const other = edgeOwner.get(`${b},${a}`);
      if (other === undefined || other === t || paired[other]) continue;
      const d = [idx[other * 3]!, idx[other * 3 + 1]!, idx[other * 3 + 2]!].find((v) => v !== a && v !== b);
      if (d === undefined) continue;
      const score = dot(own, normalizeVec(normal(b, a, d)));
      if (score < cosLimit) continue;
      // Convex only if the other diagonal (d–c) also splits it into two front-facing triangles.
      if (dot(own, normal(a, d, c)) <= 0 || dot(own, normal(d, b, c)) <= 0) continue;
      if (!best || score > best.score) best = { quad: [a, d, b, c], other, score };
    }
    paired[t] = 1;
    if (best) {
      paired[best.other] = 1;
      counts.push(4);
      out.push(...best.quad);
    } else {
      counts.push(3);
      out.push(...corners);
    }
  }
  return { counts: Uint8Array.from(counts), indices: Uint32Array.from(out) };
}
