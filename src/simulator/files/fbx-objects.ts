import { C, D, doubles, type FbxNode, type FbxProp, I, ints, L, node, objectName, S } from './fbx-binary.ts';
import { linearToSrgb, type MeshData, vertexCount } from './model.ts';

/**
 * Building blocks of an FBX scene: the object list and connection list being assembled (with
 * deterministic ids), Properties70 entries, and the Model and Geometry objects Blender writes.
 */
export class FbxScene {
  readonly objects: FbxNode[] = [];
  readonly links: FbxNode[] = [];
  /** Objects per type, for the Definitions section. */
  readonly counts = new Map<string, number>();
  #nextId = 1_000_000;

  id(): number {
    return this.#nextId++;
  }

  add(type: string, n: FbxNode): void {
    this.objects.push(n);
    this.counts.set(type, (this.counts.get(type) ?? 0) + 1);
  }

  /** Object-to-object connection: `child` belongs to `parent` (0 is the scene root). */
  oo(child: number, parent: number): void {
    this.links.push(node('C', [S('OO'), L(child), L(parent)]));
  }

  /** Object-to-property connection: `child` drives `property` of `parent`. */
  op(child: number, parent: number, property: string): void {
    this.links.push(node('C', [S('OP'), L(child), L(parent), S(property)]));
  }
}

export const P = (name: string, type: string, label: string, flags: string, ...values: FbxProp[]): FbxNode =>
  node('P', [S(name), S(type), S(label), S(flags), ...values]);
export const one = (name: string, value: FbxProp): FbxNode => node(name, [value]);
const vec3 = (name: string, v: readonly number[]): FbxNode =>
  P(name, name, '', 'A', D(v[0] ?? 0), D(v[1] ?? 0), D(v[2] ?? 0));

/** A translation as FBX stores 4×4 matrices (translation in elements 12..14). */
export function translation(v: readonly number[]): number[] {
  const m = [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1];
  m[12] = v[0] ?? 0;
  m[13] = v[1] ?? 0;
  m[14] = v[2] ?? 0;
  return m;
}

export function modelNode(
  modelId: number,
  name: string,
  kind: 'Mesh' | 'LimbNode',
  local: readonly number[],
): FbxNode {
  return node(
    'Model',
    [L(modelId), objectName(name, 'Model'), S(kind)],
    [
      one('Version', I(232)),
      node(
        'Properties70',
        [],
        [
          vec3('Lcl Translation', local),
          vec3('Lcl Rotation', [0, 0, 0]),
          vec3('Lcl Scaling', [1, 1, 1]),
          P('DefaultAttributeIndex', 'int', 'Integer', '', I(0)),
          P('InheritType', 'enum', '', '', I(1)),
        ],
      ),
      one('MultiLayer', I(0)),
      one('MultiTake', I(0)),
      one('Shading', C(true)),
      one('Culling', S('CullingOff')),
    ],
  );
}

export function geometryNode(mesh: MeshData, geometryId: number): FbxNode {
  // Polygon corners: the polygon view when there is one, else the triangles. The last corner of
  // each polygon is stored as -(index + 1).
  const polygon: number[] = [];
  if (mesh.faces) {
    let at = 0;
    for (const count of mesh.faces.counts) {
      for (let k = 0; k < count; k++) {
        const v = mesh.faces.indices[at + k]!;
        polygon.push(k === count - 1 ? -v - 1 : v);
      }
      at += count;
    }
  } else {
    for (let t = 0; t + 2 < mesh.indices.length; t += 3) {
      polygon.push(mesh.indices[t]!, mesh.indices[t + 1]!, -mesh.indices[t + 2]! - 1);
    }
  }
  const corners = polygon.map((v) => (v < 0 ? -v - 1 : v));
  const layer = (type: string, props: FbxNode[]): FbxNode =>
    node(type, [I(0)], [one('Version', I(101)), ...props]);
  const elements: FbxNode[] = [
    layer('LayerElementNormal', [
      one('Name', S('')),
      one('MappingInformationType', S('ByPolygonVertex')),
      one('ReferenceInformationType', S('Direct')),
      one(
        'Normals',
        doubles(
          corners.flatMap((v) => [mesh.normals[v * 3]!, mesh.normals[v * 3 + 1]!, mesh.normals[v * 3 + 2]!]),
        ),
      ),
    ]),
  ];
  const used = ['LayerElementNormal'];
  if (mesh.uvs) {
    elements.push(
      layer('LayerElementUV', [
        one('Name', S('UVMap')),
        one('MappingInformationType', S('ByPolygonVertex')),
        one('ReferenceInformationType', S('IndexToDirect')),
        one('UV', doubles(mesh.uvs)),
        one('UVIndex', ints(corners)),
      ]),
    );
    used.push('LayerElementUV');
  }
  if (mesh.colors) {
    const rgba: number[] = [];
    for (let v = 0; v < vertexCount(mesh); v++) {
      rgba.push(...[0, 1, 2].map((c) => linearToSrgb(mesh.colors![v * 3 + c]!)), 1);
    }
    elements.push(
      layer('LayerElementColor', [
        one('Name', S('Col')),
        one('MappingInformationType', S('ByPolygonVertex')),
        one('ReferenceInformationType', S('IndexToDirect')),
        one('Colors', doubles(rgba)),
        one('ColorIndex', ints(corners)),
      ]),
    );
    used.push('LayerElementColor');
  }
  elements.push(
    layer('LayerElementMaterial', [
      one('Name', S('')),
      one('MappingInformationType', S('AllSame')),
      one('ReferenceInformationType', S('IndexToDirect')),
      one('Materials', ints([0])),
    ]),
  );
  used.push('LayerElementMaterial');
  return node(
    'Geometry',
    [L(geometryId), objectName(mesh.name, 'Geometry'), S('Mesh')],
    [
      node('Properties70'),
      one('GeometryVersion', I(124)),
      one('Vertices', doubles(mesh.positions)),
      one('PolygonVertexIndex', ints(polygon)),
      ...elements,
      node(
        'Layer',
        [I(0)],
        [
          one('Version', I(100)),
          ...used.map((type) => node('LayerElement', [], [one('Type', S(type)), one('TypedIndex', I(0))])),
        ],
      ),
    ],
  );
}
