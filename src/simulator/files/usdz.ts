import { Buffer } from 'node:buffer';
import { bounds, type MeshData, vertexCount } from './model.ts';
import { num } from './obj.ts';
import { encodeZip } from './zip.ts';

/**
 * USDZ (https://openusd.org/release/spec_usdz.html): an uncompressed zip whose first entry is the
 * root layer and whose every entry's data starts on a 64-byte boundary. Ours holds one ASCII layer
 * (`model.usda`: a `Mesh` prim per mesh under a `Root` Xform, bound to a UsdPreviewSurface
 * material) and the meshes' PNG textures under `textures/`. Y up, metres.
 */
const USDZ_ALIGN = 64;

/** USD names: letters, digits and underscores, not starting with a digit, unique within `taken`. */
function primName(raw: string, taken: Set<string>): string {
  let base = raw.replace(/[^A-Za-z0-9_]/g, '_');
  if (!/^[A-Za-z_]/.test(base)) base = `_${base}`;
  let name = base;
  for (let i = 1; taken.has(name); i++) name = `${base}_${i}`;
  taken.add(name);
  return name;
}

const tuple = (values: ArrayLike<number>, at: number, size: number): string =>
  `(${Array.from({ length: size }, (_, k) => num(values[at + k] ?? 0)).join(', ')})`;

function tuples(values: ArrayLike<number>, size: number, count: number): string {
  return `[${Array.from({ length: count }, (_, i) => tuple(values, i * size, size)).join(', ')}]`;
}

export function encodeUsda(
  meshes: readonly MeshData[],
  textureNames: readonly (string | undefined)[] = [],
): string {
  const taken = new Set<string>(['Materials']);
  const prims: string[] = [];
  const materials: string[] = [];
  meshes.forEach((mesh, m) => {
    const name = primName(mesh.name || `mesh_${m}`, taken);
    const material = `${name}_material`;
    const n = vertexCount(mesh);
    const counts: number[] = [];
    const corners: number[] = [];
    if (mesh.faces) {
      counts.push(...mesh.faces.counts);
      corners.push(...mesh.faces.indices);
    } else {
      for (let t = 0; t + 2 < mesh.indices.length; t += 3) {
        counts.push(3);
        corners.push(mesh.indices[t]!, mesh.indices[t + 1]!, mesh.indices[t + 2]!);
      }
    }
    const { min, max } = bounds(mesh.positions);
    const lines = [
      `    def Mesh "${name}" (`,
      '        prepend apiSchemas = ["MaterialBindingAPI"]',
      '    )',
      '    {',
      `        float3[] extent = [${tuple(min, 0, 3)}, ${tuple(max, 0, 3)}]`,
      `        int[] faceVertexCounts = [${counts.join(', ')}]`,
      `        int[] faceVertexIndices = [${corners.join(', ')}]`,
      `        rel material:binding = </Root/Materials/${material}>`,
      `        normal3f[] normals = ${tuples(mesh.normals, 3, n)} (`,
      '            interpolation = "vertex"',
      '        )',
      `        point3f[] points = ${tuples(mesh.positions, 3, n)}`,
    ];
    if (mesh.colors) {
      lines.push(`        color3f[] primvars:displayColor = ${tuples(mesh.colors, 3, n)} (`);
      lines.push('            interpolation = "vertex"', '        )');
    } else {
      lines.push(`        color3f[] primvars:displayColor = [${tuple(mesh.color, 0, 3)}] (`);
      lines.push('            interpolation = "constant"', '        )');
    }
    if (mesh.uvs) {
      lines.push(`        texCoord2f[] primvars:st = ${tuples(mesh.uvs, 2, n)} (`);
      lines.push('            interpolation = "vertex"', '        )');
    }
    lines.push('        uniform token subdivisionScheme = "none"', '    }');
    prims.push(lines.join('\n'));

    const path = `/Root/Materials/${material}`;
    const texture = textureNames[m];
    const diffuse =
      texture && mesh.uvs
        ? `        color3f inputs:diffuseColor.connect = <${path}/Texture.outputs:rgb>`
        : `        color3f inputs:diffuseColor = ${mesh.colors ? '(1, 1, 1)' : tuple(mesh.color, 0, 3)}`;
    const shaders = [
      '        def Shader "PreviewSurface"',
      '        {',
      '            uniform token info:id = "UsdPreviewSurface"',
      `    ${diffuse}`,
      '            float inputs:metallic = 0',
      '            float inputs:roughness = 0.8',
      '            token outputs:surface',
      '        }',
    ];
    if (texture && mesh.uvs) {
      shaders.push(
        '',
        '        def Shader "PrimvarReader"',
        '        {',
        '            uniform token info:id = "UsdPrimvarReader_float2"',
        '            string inputs:varname = "st"',
        '            float2 outputs:result',
        '        }',
        '',
        '        def Shader "Texture"',
        '        {',
        '            uniform token info:id = "UsdUVTexture"',
        `            asset inputs:file = @${texture}@`,
        `            float2 inputs:st.connect = <${path}/PrimvarReader.outputs:result>`,
        '            token inputs:wrapS = "repeat"',
        '            token inputs:wrapT = "repeat"',
        '            float3 outputs:rgb',
        '        }',
      );
    }
    materials.push(
      [
        `        def Material "${material}"`,
        '        {',
        `            token outputs:surface.connect = <${path}/PreviewSurface.outputs:surface>`,
        '',
        ...shaders.map((l) => (l ? `    ${l}` : l)),
        '        }',
      ].join('\n'),
    );
  });
  return [
    '#usda 1.0',
    '(',
    '    defaultPrim = "Root"',
    '    doc = "hunyuan3d-gateway simulator"',
    '    metersPerUnit = 1',
    '    upAxis = "Y"',
    ')',
    '',
    'def Xform "Root" (',
    '    kind = "component"',
    ')',
    '{',
    prims.join('\n\n'),
    '',
    '    def Scope "Materials"',
    '    {',
    materials.join('\n\n'),
    '    }',
    '}',
    '',
  ].join('\n');
}

export function encodeUsdz(meshes: readonly MeshData[]): Buffer {
  const textureNames = meshes.map((m, i) => (m.texture && m.uvs ? `textures/texture_${i}.png` : undefined));
  const entries = [{ name: 'model.usda', data: Buffer.from(encodeUsda(meshes, textureNames), 'utf8') }];
  meshes.forEach((m, i) => {
    const name = textureNames[i];
    if (name && m.texture) entries.push({ name, data: Buffer.from(m.texture) });
  });
  return encodeZip(entries, { align: USDZ_ALIGN });
}
