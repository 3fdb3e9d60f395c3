import type { Buffer } from 'node:buffer';
import { D, encodeFbxBinary, FBX_VERSION, type FbxNode, I, L, node, objectName, R, S } from './fbx-binary.ts';
import { FbxScene, geometryNode, modelNode, one, P } from './fbx-objects.ts';
import { addSkin } from './fbx-skin.ts';
import { linearToSrgb, type MeshData } from './model.ts';

/**
 * FBX 7.4 binary scenes laid out the way Blender's exporter writes them: one Model + Geometry +
 * Material per mesh, an embedded PNG texture when the mesh has one, and for a skinned mesh the
 * LimbNode bones, a Skin deformer with one Cluster per bone, a BindPose and, when the skin has an
 * animation, an AnimationStack of per-bone rotation curves. Y up, 1 unit = 1 m (UnitScaleFactor 100).
 */
export interface FbxOptions {
  /** `Creator` text. @default 'hunyuan3d-gateway simulator' */
  creator?: string;
}

/** The FileId/CreationTime pair Blender writes; the FBX SDK checks that they belong together. */
const FILE_ID = Uint8Array.from([
  0x28, 0xb3, 0x2a, 0xeb, 0xb6, 0x24, 0xcc, 0xc2, 0xbf, 0xc8, 0xb0, 0x2a, 0xa9, 0x2b, 0xfc, 0xf1,
]);
const CREATION_TIME = '1970-01-01 10:00:00:000';

export function encodeFbx(meshes: readonly MeshData[], opts: FbxOptions = {}): Buffer {
  const creator = opts.creator ?? 'hunyuan3d-gateway simulator';
  const scene = new FbxScene();
  const id = () => scene.id();
  const add = (type: string, n: FbxNode) => scene.add(type, n);
  const oo = (child: number, parent: number) => scene.oo(child, parent);
  const op = (child: number, parent: number, property: string) => scene.op(child, parent, property);
  let stop = 0;

  meshes.forEach((mesh, m) => {
    const modelId = id();
    const geometryId = id();
    const materialId = id();
    add('Geometry', geometryNode(mesh, geometryId));
    add('Model', modelNode(modelId, mesh.name, 'Mesh', [0, 0, 0]));
    const [r, g, b] = mesh.colors || mesh.texture ? [1, 1, 1] : mesh.color.map(linearToSrgb);
    add(
      'Material',
      node(
        'Material',
        [L(materialId), objectName(`${mesh.name}_${m}`, 'Material'), S('')],
        [
          one('Version', I(102)),
          one('ShadingModel', S('Phong')),
          one('MultiLayer', I(0)),
          node(
            'Properties70',
            [],
            [
              P('DiffuseColor', 'Color', '', 'A', D(r ?? 1), D(g ?? 1), D(b ?? 1)),
              P('DiffuseFactor', 'Number', '', 'A', D(1)),
              P('SpecularFactor', 'Number', '', 'A', D(0.1)),
              P('Shininess', 'Number', '', 'A', D(20)),
              P('ShininessExponent', 'Number', '', 'A', D(20)),
            ],
          ),
        ],
      ),
    );
    oo(modelId, 0);
    oo(geometryId, modelId);
    oo(materialId, modelId);
    if (mesh.texture && mesh.uvs) {
      const textureId = id();
      const videoId = id();
      const file = `${mesh.name.replace(/[^\w-]+/g, '_')}_${m}.png`;
      add(
        'Video',
        node(
          'Video',
          [L(videoId), objectName(file, 'Video'), S('Clip')],
          [
            one('Type', S('Clip')),
            node('Properties70', [], [P('Path', 'KString', 'XRefUrl', '', S(file))]),
            one('UseMipMap', I(0)),
            one('Filename', S(file)),
            one('RelativeFilename', S(file)),
            one('Content', R(mesh.texture)),
          ],
        ),
      );
      add(
        'Texture',
        node(
          'Texture',
          [L(textureId), objectName(file, 'Texture'), S('')],
          [
            one('Type', S('TextureVideoClip')),
            one('Version', I(202)),
            one('TextureName', objectName(file, 'Texture')),
            node('Properties70', [], [P('UseMaterial', 'bool', '', '', I(1))]),
            one('Media', objectName(file, 'Video')),
            one('FileName', S(file)),
            one('RelativeFilename', S(file)),
            node('ModelUVTranslation', [D(0), D(0)]),
            node('ModelUVScaling', [D(1), D(1)]),
            one('Texture_Alpha_Source', S('None')),
            node('Cropping', [I(0), I(0), I(0), I(0)]),
          ],
        ),
      );
      oo(videoId, textureId);
      op(textureId, materialId, 'DiffuseColor');
    }
    if (mesh.skin) stop = Math.max(stop, addSkin(scene, { ...mesh, skin: mesh.skin }, modelId, geometryId));
  });

  const definitions = [...scene.counts].map(([type, count]) =>
    node('ObjectType', [S(type)], [one('Count', I(count))]),
  );
  const takeName = meshes.find((m) => m.skin?.animation)?.skin?.animation?.name;
  return encodeFbxBinary([
    headerExtension(creator),
    one('FileId', R(FILE_ID)),
    one('CreationTime', S(CREATION_TIME)),
    one('Creator', S(creator)),
    globalSettings(stop),
    node(
      'Documents',
      [],
      [
        one('Count', I(1)),
        node(
          'Document',
          [L(999_999), S(''), S('Scene')],
          [
            node(
              'Properties70',
              [],
              [
                P('SourceObject', 'object', '', ''),
                P('ActiveAnimStackName', 'KString', '', '', S(takeName ?? '')),
              ],
            ),
            one('RootNode', L(0)),
          ],
        ),
      ],
    ),
    node('References'),
    node(
      'Definitions',
      [],
      [
        one('Version', I(100)),
        one('Count', I(scene.objects.length + 1)),
        node('ObjectType', [S('GlobalSettings')], [one('Count', I(1))]),
        ...definitions,
      ],
    ),
    node('Objects', [], scene.objects),
    node('Connections', [], scene.links),
    node(
      'Takes',
      [],
      [
        one('Current', S(takeName ?? '')),
        ...(takeName === undefined
          ? []
          : [
              node(
                'Take',
                [S(takeName)],
                [
                  one('FileName', S(`${takeName}.tak`)),
                  node('LocalTime', [L(0), L(stop)]),
                  node('ReferenceTime', [L(0), L(stop)]),
                ],
              ),
            ]),
      ],
    ),
  ]);
}

function headerExtension(creator: string): FbxNode {
  return node(
    'FBXHeaderExtension',
    [],
    [
      one('FBXHeaderVersion', I(1003)),
      one('FBXVersion', I(FBX_VERSION)),
      one('EncryptionType', I(0)),
      node(
        'CreationTimeStamp',
        [],
        [
          one('Version', I(1000)),
          one('Year', I(1970)),
          one('Month', I(1)),
          one('Day', I(1)),
          one('Hour', I(10)),
          one('Minute', I(0)),
          one('Second', I(0)),
          one('Millisecond', I(0)),
        ],
      ),
      one('Creator', S(creator)),
    ],
  );
}

function globalSettings(stop: number): FbxNode {
  const int = (name: string, v: number) => P(name, 'int', 'Integer', '', I(v));
  return node(
    'GlobalSettings',
    [],
    [
      one('Version', I(1000)),
      node(
        'Properties70',
        [],
        [
          int('UpAxis', 1),
          int('UpAxisSign', 1),
          int('FrontAxis', 2),
          int('FrontAxisSign', 1),
          int('CoordAxis', 0),
          int('CoordAxisSign', 1),
          int('OriginalUpAxis', 1),
          int('OriginalUpAxisSign', 1),
          P('UnitScaleFactor', 'double', 'Number', '', D(100)),
          P('OriginalUnitScaleFactor', 'double', 'Number', '', D(100)),
          P('TimeMode', 'enum', '', '', I(11)), // 24 fps
          P('TimeSpanStart', 'KTime', 'Time', '', L(0)),
          P('TimeSpanStop', 'KTime', 'Time', '', L(stop)),
          P('CustomFrameRate', 'double', 'Number', '', D(24)),
        ],
      ),
    ],
  );
}
