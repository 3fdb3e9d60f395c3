import { Buffer } from 'node:buffer';
import { decodeFbxBinary, type FbxNode, type FbxProp } from './fbx-binary.ts';
import { computeNormals, indexArray, type MeshData, normalizeVec, srgbToLinear, type Vec3 } from './model.ts';

/**
 * Meshes out of a binary FBX (7.x): every `Geometry` of type Mesh with its control points, polygons
 * (fanned into triangles, quads kept as the polygon view), first normal, UV and colour layers, the
 * Lcl translation/rotation/scaling of its Model chain, and its material's diffuse colour. Enough to
 * derive an action's output from an input model; skins, animation, NURBS and ASCII FBX are ignored
 * or refused (RangeError).
 */
export function readFbx(bytes: Uint8Array): MeshData[] {
  const { nodes } = decodeFbxBinary(bytes);
  const objects = nodes.find((n) => n.name === 'Objects');
  if (!objects) throw new RangeError('readFbx: no Objects section');
  const byId = new Map<bigint, FbxNode>();
  for (const o of objects.children) {
    const first = o.props[0];
    if (first?.t === 'L') byId.set(first.v, o);
  }
  const parents = new Map<bigint, bigint[]>();
  for (const c of nodes.find((n) => n.name === 'Connections')?.children ?? []) {
    const [, child, parent] = c.props;
    if (child?.t !== 'L' || parent?.t !== 'L' || c.props[0]?.t !== 'S') continue;
    const list = parents.get(child.v) ?? [];
    list.push(parent.v);
    parents.set(child.v, list);
  }
  const children = (id: bigint): FbxNode[] =>
    [...parents]
      .flatMap(([child, ps]) => (ps.includes(id) ? [byId.get(child)] : []))
      .filter((n) => n !== undefined);
  const settings = props70(nodes.find((n) => n.name === 'GlobalSettings'));
  const zUp = settings.get('UpAxis')?.[0] === 2;

  const out: MeshData[] = [];
  for (const geometry of objects.children) {
    if (geometry.name !== 'Geometry' || text(geometry.props[2]) !== 'Mesh') continue;
    const id = geometry.props[0]?.t === 'L' ? geometry.props[0].v : -1n;
    const model = (parents.get(id) ?? []).map((p) => byId.get(p)).find((n) => n?.name === 'Model');
    const mesh = readGeometry(geometry);
    if (!mesh) continue;
    // Model chain transforms, innermost first.
    let current = model;
    for (let depth = 0; current && depth < 64; depth++) {
      applyTransform(mesh.positions, mesh.normals, props70(current));
      const currentId = current.props[0]?.t === 'L' ? current.props[0].v : -1n;
      current = (parents.get(currentId) ?? []).map((p) => byId.get(p)).find((n) => n?.name === 'Model');
    }
    if (zUp) applyTransform(mesh.positions, mesh.normals, new Map([['Lcl Rotation', [-90, 0, 0]]]));
    const modelId = model?.props[0]?.t === 'L' ? model.props[0].v : undefined;
    const material = modelId === undefined ? undefined : children(modelId).find((n) => n.name === 'Material');
    const diffuse = props70(material).get('DiffuseColor');
    const name =
      (model ? text(model.props[1]) : text(geometry.props[1])).split('\x00')[0] || `mesh-${out.length}`;
    out.push({
      ...mesh,
      name,
      color: diffuse
        ? [srgbToLinear(diffuse[0]!), srgbToLinear(diffuse[1]!), srgbToLinear(diffuse[2]!)]
        : [0.8, 0.8, 0.8],
    });
  }
  if (out.length === 0) throw new RangeError('readFbx: no mesh geometry');
  return out;
}

function text(p: FbxProp | undefined): string {
  return p?.t === 'S' ? Buffer.from(p.v).toString('utf8') : '';
}

function numbers(n: FbxNode | undefined): number[] {
  const p = n?.props[0];
  if (!p) return [];
  if (p.t === 'd' || p.t === 'f' || p.t === 'i') return Array.from(p.v);
  return [];
}

function child(n: FbxNode | undefined, name: string): FbxNode | undefined {
  return n?.children.find((c) => c.name === name);
}

/** `P` entries of a node's Properties70 as name → numeric values. */
function props70(n: FbxNode | undefined): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const p of child(n, 'Properties70')?.children ?? []) {
    const values = p.props
      .slice(4)
      .flatMap((v) => (v.t === 'D' || v.t === 'F' || v.t === 'I' ? [v.v] : v.t === 'L' ? [Number(v.v)] : []));
    out.set(text(p.props[0]), values);
  }
  return out;
}

interface Layer {
  data: number[];
  index: number[];
  byPolygonVertex: boolean;
}

function layer(geometry: FbxNode, name: string, dataName: string, indexName: string): Layer | undefined {
  const n = child(geometry, name);
  if (!n) return undefined;
  const data = numbers(child(n, dataName));
  const mapping = text(child(n, 'MappingInformationType')?.props[0]);
  const reference = text(child(n, 'ReferenceInformationType')?.props[0]);
  const index = reference === 'IndexToDirect' || reference === 'Index' ? numbers(child(n, indexName)) : [];
  if (
    mapping !== 'ByPolygonVertex' &&
    mapping !== 'ByVertice' &&
    mapping !== 'ByVertex' &&
    mapping !== 'ByControlPoint'
  ) {
    return undefined;
  }
  return { data, index, byPolygonVertex: mapping === 'ByPolygonVertex' };
}

function readGeometry(geometry: FbxNode): Omit<MeshData, 'name' | 'color'> | undefined {
  const points = numbers(child(geometry, 'Vertices'));
  const polygon = numbers(child(geometry, 'PolygonVertexIndex'));
  if (points.length < 9 || polygon.length < 3) return undefined;
  const normals = layer(geometry, 'LayerElementNormal', 'Normals', 'NormalsIndex');
  const uvs = layer(geometry, 'LayerElementUV', 'UV', 'UVIndex');
  const colors = layer(geometry, 'LayerElementColor', 'Colors', 'ColorIndex');
  const pick = (l: Layer | undefined, corner: number, point: number, size: number): number[] | undefined => {
    if (!l) return undefined;
    const slot = l.byPolygonVertex ? corner : point;
    const at = l.index.length > 0 ? l.index[slot] : slot;
    if (at === undefined || (at + 1) * size > l.data.length) return undefined;
    return l.data.slice(at * size, at * size + size);
  };
  const pos: number[] = [];
  const nrm: number[] = [];
  const uv: number[] = [];
  const col: number[] = [];
  const tris: number[] = [];
  const counts: number[] = [];
  const polys: number[] = [];
  const seen = new Map<string, number>();
  let quadsOnly = true;
  let face: number[] = [];
  polygon.forEach((raw, corner) => {
    const point = raw < 0 ? -raw - 1 : raw;
    if (point * 3 + 2 >= points.length) return;
    const n = pick(normals, corner, point, 3);
    const t = pick(uvs, corner, point, 2);
    const c = pick(colors, corner, point, 4);
    const key = `${point}|${n?.join(',') ?? ''}|${t?.join(',') ?? ''}|${c?.join(',') ?? ''}`;
    let v = seen.get(key);
    if (v === undefined) {
      v = pos.length / 3;
      seen.set(key, v);
      pos.push(points[point * 3]!, points[point * 3 + 1]!, points[point * 3 + 2]!);
      nrm.push(...(n ?? [0, 0, 0]));
      uv.push(...(t ?? [0, 0]));
      col.push(...(c ? c.slice(0, 3).map(srgbToLinear) : [0.8, 0.8, 0.8]));
    }
    face.push(v);
    if (raw < 0) {
      for (let k = 2; k < face.length; k++) tris.push(face[0]!, face[k - 1]!, face[k]!);
      if (face.length >= 3) {
        counts.push(face.length);
        polys.push(...face);
        if (face.length > 4) quadsOnly = false;
      }
      face = [];
    }
  });
  if (tris.length === 0) return undefined;
  const count = pos.length / 3;
  const positions = Float32Array.from(pos);
  const indices = indexArray(tris, count);
  const out: Omit<MeshData, 'name' | 'color'> = {
    positions,
    normals: normals ? Float32Array.from(nrm) : computeNormals(positions, indices),
    indices,
  };
  if (uvs) out.uvs = Float32Array.from(uv);
  if (colors) out.colors = Float32Array.from(col);
  if (quadsOnly && counts.some((c) => c === 4)) {
    out.faces = { counts: Uint8Array.from(counts), indices: Uint32Array.from(polys) };
  }
  return out;
}

/** Applies Lcl Scaling, then Lcl Rotation (degrees, XYZ order), then Lcl Translation, in place. */
function applyTransform(positions: Float32Array, normals: Float32Array, p: Map<string, number[]>): void {
  const [sx = 1, sy = 1, sz = 1] = p.get('Lcl Scaling') ?? [];
  const [rx = 0, ry = 0, rz = 0] = (p.get('Lcl Rotation') ?? []).map((d) => (d * Math.PI) / 180);
  const [tx = 0, ty = 0, tz = 0] = p.get('Lcl Translation') ?? [];
  if (
    sx === 1 &&
    sy === 1 &&
    sz === 1 &&
    rx === 0 &&
    ry === 0 &&
    rz === 0 &&
    tx === 0 &&
    ty === 0 &&
    tz === 0
  )
    return;
  const rotate = (v: Vec3): Vec3 => {
    let [x, y, z] = v;
    [y, z] = [y * Math.cos(rx) - z * Math.sin(rx), y * Math.sin(rx) + z * Math.cos(rx)];
    [x, z] = [x * Math.cos(ry) + z * Math.sin(ry), -x * Math.sin(ry) + z * Math.cos(ry)];
    [x, y] = [x * Math.cos(rz) - y * Math.sin(rz), x * Math.sin(rz) + y * Math.cos(rz)];
    return [x, y, z];
  };
  for (let i = 0; i + 2 < positions.length; i += 3) {
    const r = rotate([positions[i]! * sx, positions[i + 1]! * sy, positions[i + 2]! * sz]);
    positions.set([r[0] + tx, r[1] + ty, r[2] + tz], i);
    const n = rotate([normals[i]! / sx, normals[i + 1]! / sy, normals[i + 2]! / sz]);
    normals.set(normalizeVec(n), i);
  }
}
