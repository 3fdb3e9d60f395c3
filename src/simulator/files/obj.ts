import { Buffer } from 'node:buffer';
import {
  computeNormals,
  indexArray,
  linearToSrgb,
  type MeshData,
  srgbToLinear,
  type Vec3,
  vertexCount,
} from './model.ts';
import { encodeZip, readZip } from './zip.ts';

/**
 * Wavefront OBJ + MTL, and the zip Tencent delivers an `OBJ` result as (obj, mtl and textures
 * together). One `o` block per mesh; quads are written as quads when the mesh has a polygon view.
 * Colours in OBJ/MTL are sRGB; the model keeps linear RGB.
 */
export interface ObjOptions {
  /** `mtllib` line; omitted when undefined. */
  mtllib?: string | undefined;
  /** Texture file name per mesh index, for `map_Kd`. */
  textureNames?: readonly (string | undefined)[];
}

/** Shortest text for a float that is stable across runs: six decimals, trailing zeros dropped. */
export function num(v: number): string {
  const s = (Math.round(v * 1e6) / 1e6).toString();
  return s === '-0' ? '0' : s;
}

function materialName(mesh: MeshData, i: number): string {
  return `${mesh.name.replace(/\s+/g, '_') || 'material'}_${i}`;
}

export function encodeObj(meshes: readonly MeshData[], opts: ObjOptions = {}): string {
  const lines = ['# hunyuan3d-gateway simulator'];
  if (opts.mtllib) lines.push(`mtllib ${opts.mtllib}`);
  // v, vt and vn are numbered separately, and a mesh without UVs writes no vt.
  let base = 1;
  let uvBase = 1;
  meshes.forEach((mesh, m) => {
    const n = vertexCount(mesh);
    lines.push(`o ${mesh.name.replace(/\s+/g, '_') || `mesh_${m}`}`);
    for (let v = 0; v < n; v++) {
      const p = `v ${num(mesh.positions[v * 3]!)} ${num(mesh.positions[v * 3 + 1]!)} ${num(mesh.positions[v * 3 + 2]!)}`;
      const c = mesh.colors;
      lines.push(
        c
          ? `${p} ${num(linearToSrgb(c[v * 3]!))} ${num(linearToSrgb(c[v * 3 + 1]!))} ${num(linearToSrgb(c[v * 3 + 2]!))}`
          : p,
      );
    }
    if (mesh.uvs)
      for (let v = 0; v < n; v++) lines.push(`vt ${num(mesh.uvs[v * 2]!)} ${num(mesh.uvs[v * 2 + 1]!)}`);
    for (let v = 0; v < n; v++) {
      lines.push(
        `vn ${num(mesh.normals[v * 3]!)} ${num(mesh.normals[v * 3 + 1]!)} ${num(mesh.normals[v * 3 + 2]!)}`,
      );
    }
    if (opts.mtllib) lines.push(`usemtl ${materialName(mesh, m)}`);
    const corner = (i: number): string =>
      mesh.uvs ? `${i + base}/${i + uvBase}/${i + base}` : `${i + base}//${i + base}`;
    if (mesh.faces) {
      let at = 0;
      for (const count of mesh.faces.counts) {
        lines.push(`f ${Array.from(mesh.faces.indices.subarray(at, at + count), corner).join(' ')}`);
        at += count;
      }
    } else {
      for (let t = 0; t + 2 < mesh.indices.length; t += 3) {
        lines.push(
          `f ${corner(mesh.indices[t]!)} ${corner(mesh.indices[t + 1]!)} ${corner(mesh.indices[t + 2]!)}`,
        );
      }
    }
    base += n;
    if (mesh.uvs) uvBase += n;
  });
  return `${lines.join('\n')}\n`;
}

export function encodeMtl(meshes: readonly MeshData[], opts: ObjOptions = {}): string {
  const lines = ['# hunyuan3d-gateway simulator'];
  meshes.forEach((mesh, m) => {
    const [r, g, b] = mesh.colors || mesh.texture ? [1, 1, 1] : mesh.color.map(linearToSrgb);
    lines.push(
      '',
      `newmtl ${materialName(mesh, m)}`,
      'Ka 0 0 0',
      `Kd ${num(r ?? 1)} ${num(g ?? 1)} ${num(b ?? 1)}`,
      'Ks 0.1 0.1 0.1',
      'Ns 20',
      'd 1',
      'illum 2',
    );
    const texture = opts.textureNames?.[m];
    if (texture) lines.push(`map_Kd ${texture}`);
  });
  return `${lines.join('\n')}\n`;
}

/**
 * `<base>.obj`, `<base>.mtl` and one `<base>_<i>.png` per textured mesh, deflated: the layout of the
 * zip Tencent returns for `Type: OBJ` on Pro/Rapid jobs.
 */
export function encodeObjZip(meshes: readonly MeshData[], baseName = 'model'): Buffer {
  const textureNames = meshes.map((m, i) => (m.texture && m.uvs ? `${baseName}_${i}.png` : undefined));
  const opts = { mtllib: `${baseName}.mtl`, textureNames };
  const entries = [
    { name: `${baseName}.obj`, data: Buffer.from(encodeObj(meshes, opts), 'utf8') },
    { name: `${baseName}.mtl`, data: Buffer.from(encodeMtl(meshes, opts), 'utf8') },
  ];
  meshes.forEach((m, i) => {
    const name = textureNames[i];
    if (name && m.texture) entries.push({ name, data: Buffer.from(m.texture) });
  });
  return encodeZip(entries, { compress: true });
}

export interface ObjMaterial {
  color?: Vec3;
  texture?: string;
}

/**
 * Meshes of an OBJ text, one per `o`/`g` block or material change. Faces with more than three
 * corners are fanned into triangles; quads are also kept as the polygon view. `materials` (from
 * `readMtl`) supplies base colours by `usemtl`.
 */
export function readObj(text: string, materials: ReadonlyMap<string, ObjMaterial> = new Map()): MeshData[] {
  return parseObj(text, materials).map((m) => m.mesh);
}

function parseObj(
  text: string,
  materials: ReadonlyMap<string, ObjMaterial>,
): { mesh: MeshData; material: ObjMaterial | undefined }[] {
  const v: number[] = [];
  const vc: number[] = [];
  const vt: number[] = [];
  const vn: number[] = [];
  const out: { mesh: MeshData; material: ObjMaterial | undefined }[] = [];
  let name = 'obj';
  let material: string | undefined;
  let corners = new Map<string, number>();
  let pos: number[] = [];
  let uv: number[] = [];
  let nrm: number[] = [];
  let col: number[] = [];
  let tris: number[] = [];
  let counts: number[] = [];
  let polys: number[] = [];
  let hasUv = false;
  let hasNormals = true;
  let onlyTrisAndQuads = true;

  const flush = (): void => {
    if (tris.length > 0) {
      const n = pos.length / 3;
      const positions = Float32Array.from(pos);
      const indices = indexArray(tris, n);
      const mat = material === undefined ? undefined : materials.get(material);
      const mesh: MeshData = {
        name,
        positions,
        normals: hasNormals ? Float32Array.from(nrm) : computeNormals(positions, indices),
        indices,
        color: mat?.color ?? [0.8, 0.8, 0.8],
      };
      if (hasUv) mesh.uvs = Float32Array.from(uv);
      if (col.length === pos.length && col.some((c) => c >= 0)) mesh.colors = Float32Array.from(col);
      if (onlyTrisAndQuads && counts.some((c) => c === 4)) {
        mesh.faces = { counts: Uint8Array.from(counts), indices: Uint32Array.from(polys) };
      }
      out.push({ mesh, material: mat });
    }
    corners = new Map();
    pos = [];
    uv = [];
    nrm = [];
    col = [];
    tris = [];
    counts = [];
    polys = [];
    hasUv = false;
    hasNormals = true;
    onlyTrisAndQuads = true;
  };

  const resolve = (raw: string | undefined, length: number, stride: number): number | undefined => {
    if (raw === undefined || raw === '') return undefined;
    const i = Number.parseInt(raw, 10);
    const at = i < 0 ? length / stride + i : i - 1;
    return Number.isInteger(at) && at >= 0 && at < length / stride ? at : undefined;
  };

  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    const [keyword, ...args] = line.split(/\s+/);
    const nums = args.map(Number);
    if (keyword === 'v') {
      v.push(nums[0] ?? 0, nums[1] ?? 0, nums[2] ?? 0);
      if (args.length >= 6) vc.push(srgbToLinear(nums[3]!), srgbToLinear(nums[4]!), srgbToLinear(nums[5]!));
      else vc.push(-1, -1, -1);
    } else if (keyword === 'vt') vt.push(nums[0] ?? 0, nums[1] ?? 0);
    else if (keyword === 'vn') vn.push(nums[0] ?? 0, nums[1] ?? 0, nums[2] ?? 1);
    else if (keyword === 'o' || keyword === 'g') {
      if (tris.length > 0) flush();
      name = args.join(' ') || name;
    } else if (keyword === 'usemtl') {
      if (tris.length > 0 && args[0] !== material) flush();
      material = args[0];
    } else if (keyword === 'f' && args.length >= 3) {
      const ids: number[] = [];
      for (const arg of args) {
        const [pi, ti, ni] = arg.split('/');
        const p = resolve(pi, v.length, 3);
        if (p === undefined) break;
        const t = resolve(ti, vt.length, 2);
        const n = resolve(ni, vn.length, 3);
        const key = `${p}/${t ?? ''}/${n ?? ''}`;
        let id = corners.get(key);
        if (id === undefined) {
          id = pos.length / 3;
          corners.set(key, id);
          pos.push(v[p * 3]!, v[p * 3 + 1]!, v[p * 3 + 2]!);
          col.push(vc[p * 3]!, vc[p * 3 + 1]!, vc[p * 3 + 2]!);
          if (t !== undefined) hasUv = true;
          uv.push(t === undefined ? 0 : vt[t * 2]!, t === undefined ? 0 : vt[t * 2 + 1]!);
          if (n === undefined) hasNormals = false;
          nrm.push(
            n === undefined ? 0 : vn[n * 3]!,
            n === undefined ? 1 : vn[n * 3 + 1]!,
            n === undefined ? 0 : vn[n * 3 + 2]!,
          );
        }
        ids.push(id);
      }
      if (ids.length < 3) continue;
      for (let k = 2; k < ids.length; k++) tris.push(ids[0]!, ids[k - 1]!, ids[k]!);
      if (ids.length > 4) onlyTrisAndQuads = false;
      counts.push(ids.length);
      polys.push(...ids);
    }
  }
  flush();
  return out;
}

/** `newmtl` blocks of an MTL text: `Kd` as linear RGB and `map_Kd` file names. */
export function readMtl(text: string): Map<string, ObjMaterial> {
  const out = new Map<string, ObjMaterial>();
  let current: ObjMaterial | undefined;
  for (const rawLine of text.split(/\r?\n/)) {
    const [keyword, ...args] = rawLine.trim().split(/\s+/);
    if (keyword === 'newmtl') {
      current = {};
      out.set(args.join(' '), current);
    } else if (current && keyword === 'Kd' && args.length >= 3) {
      current.color = [
        srgbToLinear(Number(args[0])),
        srgbToLinear(Number(args[1])),
        srgbToLinear(Number(args[2])),
      ];
    } else if (current && keyword === 'map_Kd' && args.length > 0) {
      current.texture = args[args.length - 1] ?? '';
    }
  }
  return out;
}

/** An OBJ zip as Tencent delivers it: the first `.obj`, its `.mtl` colours and PNG textures. */
export function readObjZip(bytes: Uint8Array): MeshData[] {
  const entries = readZip(bytes);
  const obj = entries.find((e) => e.name.toLowerCase().endsWith('.obj'));
  if (!obj) throw new RangeError('readObjZip: the zip holds no .obj file');
  const materials = new Map<string, ObjMaterial>();
  for (const e of entries.filter((e) => e.name.toLowerCase().endsWith('.mtl'))) {
    for (const [k, m] of readMtl(Buffer.from(e.data).toString('utf8'))) materials.set(k, m);
  }
  const meshes = parseObj(Buffer.from(obj.data).toString('utf8'), materials);
  for (const { mesh, material } of meshes) {
    const file = material?.texture;
    const image = file && entries.find((e) => e.name === file || e.name.endsWith(`/${file}`));
    if (image && mesh.uvs) mesh.texture = image.data;
  }
  return meshes.map((m) => m.mesh);
}
