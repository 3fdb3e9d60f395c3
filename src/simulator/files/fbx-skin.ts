import { D, doubles, floats, I, ints, L, longs, node, objectName, S } from './fbx-binary.ts';
import { type FbxScene, modelNode, one, P, translation } from './fbx-objects.ts';
import { type MeshData, type Skin, vertexCount } from './model.ts';

/**
 * A skinned mesh's FBX objects, as Blender writes them: a LimbNode Model (+ NodeAttribute) per
 * joint, a Skin deformer on the geometry with one Cluster per joint (Indexes/Weights, Transform and
 * TransformLink), a BindPose, and for an animation an AnimationStack → AnimationLayer → one
 * "R" AnimationCurveNode per joint with X/Y/Z AnimationCurves (Euler degrees, linear keys).
 */

/** FBX time: 46,186,158,000 ticks per second. */
export const TICKS_PER_SECOND = 46_186_158_000;

/** Adds the skin of `mesh` (Model `modelId`, Geometry `geometryId`); returns the animation's end in FBX ticks, 0 without one. */
export function addSkin(
  scene: FbxScene,
  mesh: MeshData & { skin: Skin },
  modelId: number,
  geometryId: number,
): number {
  const skin = mesh.skin;

  const boneIds = skin.joints.map(() => scene.id());
  const skinId = scene.id();
  const poseId = scene.id();
  scene.add(
    'Deformer',
    node(
      'Deformer',
      [L(skinId), objectName(mesh.name, 'Deformer'), S('Skin')],
      [one('Version', I(101)), one('Link_DeformAcuracy', D(50))],
    ),
  );
  scene.oo(skinId, geometryId);
  const poseNodes = [
    node('PoseNode', [], [one('Node', L(modelId)), one('Matrix', doubles(translation([0, 0, 0])))]),
  ];
  skin.joints.forEach((joint, j) => {
    const boneId = boneIds[j]!;
    const attributeId = scene.id();
    const clusterId = scene.id();
    const parent = skin.joints[joint.parent];
    const local = joint.position.map((v, a) => v - (parent?.position[a] ?? 0));
    scene.add('Model', modelNode(boneId, joint.name, 'LimbNode', local));
    scene.add(
      'NodeAttribute',
      node(
        'NodeAttribute',
        [L(attributeId), objectName(joint.name, 'NodeAttribute'), S('LimbNode')],
        [
          node('Properties70', [], [P('Size', 'double', 'Number', '', D(10))]),
          one('TypeFlags', S('Skeleton')),
        ],
      ),
    );
    scene.oo(attributeId, boneId);
    scene.oo(boneId, parent ? boneIds[joint.parent]! : 0);
    const indexes: number[] = [];
    const weights: number[] = [];
    for (let v = 0; v < vertexCount(mesh); v++) {
      let w = 0;
      for (let k = 0; k < 4; k++) if (skin.jointIndices[v * 4 + k] === j) w += skin.weights[v * 4 + k]!;
      if (w > 0) {
        indexes.push(v);
        weights.push(w);
      }
    }
    scene.add(
      'Deformer',
      node(
        'Deformer',
        [L(clusterId), objectName(joint.name, 'SubDeformer'), S('Cluster')],
        [
          one('Version', I(100)),
          node('UserData', [S(''), S('')]),
          one('Indexes', ints(indexes)),
          one('Weights', doubles(weights)),
          one('Transform', doubles(translation(joint.position.map((v) => -v)))),
          one('TransformLink', doubles(translation(joint.position))),
        ],
      ),
    );
    scene.oo(clusterId, skinId);
    scene.oo(boneId, clusterId);
    poseNodes.push(
      node('PoseNode', [], [one('Node', L(boneId)), one('Matrix', doubles(translation(joint.position)))]),
    );
  });
  scene.add(
    'Pose',
    node(
      'Pose',
      [L(poseId), objectName(mesh.name, 'Pose'), S('BindPose')],
      [
        one('Type', S('BindPose')),
        one('Version', I(100)),
        one('NbPoseNodes', I(poseNodes.length)),
        ...poseNodes,
      ],
    ),
  );

  const animation = skin.animation;
  if (!animation) return 0;
  const ticks = Array.from(animation.times, (t) => Math.round(t * TICKS_PER_SECOND));
  const stop = ticks[ticks.length - 1] ?? 0;
  const stackId = scene.id();
  const layerId = scene.id();
  scene.add(
    'AnimationStack',
    node(
      'AnimationStack',
      [L(stackId), objectName(animation.name, 'AnimStack'), S('')],
      [
        node(
          'Properties70',
          [],
          [
            P('LocalStart', 'KTime', 'Time', '', L(0)),
            P('LocalStop', 'KTime', 'Time', '', L(stop)),
            P('ReferenceStart', 'KTime', 'Time', '', L(0)),
            P('ReferenceStop', 'KTime', 'Time', '', L(stop)),
          ],
        ),
      ],
    ),
  );
  scene.add('AnimationLayer', {
    ...node('AnimationLayer', [L(layerId), objectName('BaseLayer', 'AnimLayer'), S('')]),
    scope: true,
  });
  scene.oo(layerId, stackId);
  animation.rotations.forEach((quats, j) => {
    const euler = Array.from({ length: ticks.length }, (_, k) => quaternionToEulerXyzDegrees(quats, k));
    const curveNodeId = scene.id();
    scene.add(
      'AnimationCurveNode',
      node(
        'AnimationCurveNode',
        [L(curveNodeId), objectName('R', 'AnimCurveNode'), S('')],
        [
          node(
            'Properties70',
            [],
            [
              P('d|X', 'Number', '', 'A', D(euler[0]?.[0] ?? 0)),
              P('d|Y', 'Number', '', 'A', D(euler[0]?.[1] ?? 0)),
              P('d|Z', 'Number', '', 'A', D(euler[0]?.[2] ?? 0)),
            ],
          ),
        ],
      ),
    );
    scene.oo(curveNodeId, layerId);
    scene.op(curveNodeId, boneIds[j]!, 'Lcl Rotation');
    ['X', 'Y', 'Z'].forEach((axis, a) => {
      const curveId = scene.id();
      const values = euler.map((e) => e[a] ?? 0);
      scene.add(
        'AnimationCurve',
        node(
          'AnimationCurve',
          [L(curveId), objectName('', 'AnimCurve'), S('')],
          [
            one('Default', D(values[0] ?? 0)),
            one('KeyVer', I(4009)),
            one('KeyTime', longs(ticks)),
            one('KeyValueFloat', floats(values)),
            one('KeyAttrFlags', ints([4])), // linear interpolation
            one('KeyAttrDataFloat', floats([0, 0, 0, 0])),
            one('KeyAttrRefCount', ints([ticks.length])),
          ],
        ),
      );
      scene.op(curveId, curveNodeId, `d|${axis}`);
    });
  });
  return stop;
}

/**
 * Euler angles in degrees for FBX's default rotation order (eEulerXYZ: X applied first, so the
 * matrix is Rz·Ry·Rx), from quaternion `k` of `quats` (x, y, z, w).
 */
function quaternionToEulerXyzDegrees(quats: Float32Array, k: number): [number, number, number] {
  const x = quats[k * 4] ?? 0;
  const y = quats[k * 4 + 1] ?? 0;
  const z = quats[k * 4 + 2] ?? 0;
  const w = quats[k * 4 + 3] ?? 1;
  const m11 = 1 - 2 * (y * y + z * z);
  const m12 = 2 * (x * y - z * w);
  const m21 = 2 * (x * y + z * w);
  const m22 = 1 - 2 * (x * x + z * z);
  const m31 = 2 * (x * z - y * w);
  const m32 = 2 * (y * z + x * w);
  const m33 = 1 - 2 * (x * x + y * y);
  const ry = Math.asin(-Math.min(1, Math.max(-1, m31)));
  let rx: number;
  let rz: number;
  if (Math.abs(m31) < 0.9999999) {
    rx = Math.atan2(m32, m33);
    rz = Math.atan2(m21, m11);
  } else {
    rx = 0;
    rz = Math.atan2(-m12, m22);
  }
  const deg = 180 / Math.PI;
  return [rx * deg, ry * deg, rz * deg];
}
