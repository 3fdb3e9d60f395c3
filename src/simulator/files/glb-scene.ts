import { Buffer } from 'node:buffer';
import { bounds, type MeshData, vertexCount } from './model.ts';

/**
 * Binary glTF 2.0 for everything `glb.ts` does not cover: several meshes (parts), UVs, vertex
 * colours, an embedded PNG base-colour texture, a skin with its joints and a joint animation.
 * Same framing rules as `glb.ts` (4-byte aligned views, space-padded JSON, zero-padded BIN).
 */
export interface SceneGlbOptions {
  /** Scene and root node name. @default the first mesh's name */
  name?: string;
  /** `asset.generator`. @default 'hunyuan3d-gateway simulator' */
  generator?: string;
}

const GLB_MAGIC = 0x46546c67;
const CHUNK_JSON = 0x4e4f534a;
const CHUNK_BIN = 0x004e4942;
const UNSIGNED_BYTE = 5121;
const UNSIGNED_SHORT = 5123;
const UNSIGNED_INT = 5125;
const FLOAT = 5126;
const ARRAY_BUFFER = 34962;
const ELEMENT_ARRAY_BUFFER = 34963;
const LINEAR = 9729;
const LINEAR_MIPMAP_LINEAR = 9987;
const REPEAT = 10497;

type Json = Record<string, unknown>;

class BinBuilder {
  readonly parts: Buffer[] = [];
  readonly views: Json[] = [];
  length = 0;

  add(view: ArrayBufferView, target?: number): number {
    const pad = (4 - (this.length % 4)) % 4;
    if (pad) this.parts.push(Buffer.alloc(pad));
    this.length += pad;
    const bytes = Buffer.from(view.buffer, view.byteOffset, view.byteLength);
    this.parts.push(bytes);
    this.views.push({
      buffer: 0,
      byteOffset: this.length,
      byteLength: bytes.length,
      ...(target ? { target } : {}),
    });
    this.length += bytes.length;
    return this.views.length - 1;
  }
}

export function encodeSceneGlb(meshes: readonly MeshData[], opts: SceneGlbOptions = {}): Buffer {
  if (meshes.length === 0) throw new RangeError('encodeSceneGlb: no meshes');
  const skinned = meshes.filter((m) => m.skin);
  if (skinned.length > 1) throw new RangeError('encodeSceneGlb: at most one skinned mesh');
  const name = opts.name ?? meshes[0]?.name ?? 'hunyuan-simulator';
  const bin = new BinBuilder();
  const accessors: Json[] = [];
  const accessor = (a: Json): number => accessors.push(a) - 1;
  const gltfMeshes: Json[] = [];
  const materials: Json[] = [];
  const images: Json[] = [];
  const textures: Json[] = [];
  const nodes: Json[] = [];
  const rootChildren: number[] = [];
  const skins: Json[] = [];
  const animations: Json[] = [];

  for (const mesh of meshes) {
    const count = vertexCount(mesh);
    if (mesh.normals.length !== count * 3 || mesh.indices.length % 3 !== 0) {
      throw new RangeError(`encodeSceneGlb: ${mesh.name} has mismatched normals or partial triangles`);
    }
    const attributes: Record<string, number> = {
      POSITION: accessor({
        bufferView: bin.add(mesh.positions, ARRAY_BUFFER),
        componentType: FLOAT,
        count,
        type: 'VEC3',
        ...bounds(mesh.positions),
      }),
      NORMAL: accessor({
        bufferView: bin.add(mesh.normals, ARRAY_BUFFER),
        componentType: FLOAT,
        count,
        type: 'VEC3',
      }),
    };
    if (mesh.uvs) {
      // glTF puts the UV origin top-left; the model keeps OBJ's bottom-left.
      const flipped = Float32Array.from(mesh.uvs, (v, i) => (i % 2 ? 1 - v : v));
      attributes.TEXCOORD_0 = accessor({
        bufferView: bin.add(flipped, ARRAY_BUFFER),
        componentType: FLOAT,
        count,
        type: 'VEC2',
      });
    }
    if (mesh.colors) {
      attributes.COLOR_0 = accessor({
        bufferView: bin.add(mesh.colors, ARRAY_BUFFER),
        componentType: FLOAT,
        count,
        type: 'VEC3',
      });
    }
    if (mesh.skin) {
      const small = mesh.skin.joints.length <= 256;
      attributes.JOINTS_0 = accessor({
        bufferView: bin.add(
          small ? Uint8Array.from(mesh.skin.jointIndices) : mesh.skin.jointIndices,
          ARRAY_BUFFER,
        ),
        componentType: small ? UNSIGNED_BYTE : UNSIGNED_SHORT,
        count,
        type: 'VEC4',
      });
      attributes.WEIGHTS_0 = accessor({
        bufferView: bin.add(mesh.skin.weights, ARRAY_BUFFER),
        componentType: FLOAT,
        count,
        type: 'VEC4',
      });
    }
    const indices = accessor({
      bufferView: bin.add(mesh.indices, ELEMENT_ARRAY_BUFFER),
      componentType: mesh.indices instanceof Uint16Array ? UNSIGNED_SHORT : UNSIGNED_INT,
      count: mesh.indices.length,
      type: 'SCALAR',
    });
    const pbr: Json = {
      baseColorFactor: mesh.colors || mesh.texture ? [1, 1, 1, 1] : [...mesh.color, 1],
      metallicFactor: 0,
      roughnessFactor: 0.8,
    };
    if (mesh.texture && mesh.uvs) {
      images.push({
        bufferView: bin.add(mesh.texture),
        mimeType: 'image/png',
        name: `${mesh.name}-basecolor`,
      });
      textures.push({ sampler: 0, source: images.length - 1 });
      pbr.baseColorTexture = { index: textures.length - 1 };
    }
    materials.push({ name: mesh.name, pbrMetallicRoughness: pbr });
    gltfMeshes.push({
      name: mesh.name,
      primitives: [{ attributes, indices, material: materials.length - 1, mode: 4 }],
    });
    const node: Json = { name: mesh.name, mesh: gltfMeshes.length - 1 };
    nodes.push(node);
    rootChildren.push(nodes.length - 1);

    if (mesh.skin) {
      const { joints, animation } = mesh.skin;
      const first = nodes.length;
      joints.forEach((joint, j) => {
        const parent = joints[joint.parent];
        const origin = parent?.position ?? [0, 0, 0];
        nodes.push({
          name: joint.name,
          translation: joint.position.map((v, a) => v - (origin[a] ?? 0)),
          ...(joints.some((c) => c.parent === j)
            ? { children: joints.flatMap((c, k) => (c.parent === j ? [first + k] : [])) }
            : {}),
        });
        if (joint.parent < 0) rootChildren.push(first + j);
      });
      const inverseBind = new Float32Array(joints.length * 16);
      joints.forEach((joint, j) => {
        inverseBind.set([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, ...joint.position.map((v) => -v), 1], j * 16);
      });
      skins.push({
        name: `${mesh.name}-skin`,
        joints: joints.map((_, j) => first + j),
        inverseBindMatrices: accessor({
          bufferView: bin.add(inverseBind),
          componentType: FLOAT,
          count: joints.length,
          type: 'MAT4',
        }),
      });
      node.skin = skins.length - 1;
      if (animation) {
        const times = animation.times;
        const input = accessor({
          bufferView: bin.add(times),
          componentType: FLOAT,
          count: times.length,
          type: 'SCALAR',
          min: [times[0] ?? 0],
          max: [times[times.length - 1] ?? 0],
        });
        const samplers: Json[] = [];
        const channels: Json[] = [];
        animation.rotations.forEach((rotations, j) => {
          const output = accessor({
            bufferView: bin.add(rotations),
            componentType: FLOAT,
            count: times.length,
            type: 'VEC4',
          });
          samplers.push({ input, output, interpolation: 'LINEAR' });
          channels.push({ sampler: samplers.length - 1, target: { node: first + j, path: 'rotation' } });
        });
        animations.push({ name: animation.name, samplers, channels });
      }
    }
  }

  // Parts hang under one named root node. A skinned mesh's node must itself be a scene root
  // (parent transforms do not move a skinned mesh, and validators warn), so with a skin, or with a
  // single mesh, the scene lists its roots directly.
  let sceneNodes = rootChildren;
  if (meshes.length > 1 && skinned.length === 0) {
    nodes.push({ name, children: rootChildren });
    sceneNodes = [nodes.length - 1];
  }
  const gltf: Json = {
    asset: { version: '2.0', generator: opts.generator ?? 'hunyuan3d-gateway simulator' },
    scene: 0,
    scenes: [{ name, nodes: sceneNodes }],
    nodes,
    meshes: gltfMeshes,
    materials,
    ...(textures.length > 0
      ? {
          textures,
          images,
          samplers: [{ magFilter: LINEAR, minFilter: LINEAR_MIPMAP_LINEAR, wrapS: REPEAT, wrapT: REPEAT }],
        }
      : {}),
    ...(skins.length > 0 ? { skins } : {}),
    ...(animations.length > 0 ? { animations } : {}),
    accessors,
    bufferViews: bin.views,
    buffers: [{ byteLength: bin.length }],
  };
  return frameGlb(Buffer.from(JSON.stringify(gltf), 'utf8'), Buffer.concat(bin.parts));
}

function frameGlb(json: Buffer, bin: Buffer): Buffer {
  const jsonLength = (json.length + 3) & ~3;
  const binLength = (bin.length + 3) & ~3;
  const total = 12 + 8 + jsonLength + 8 + binLength;
  const out = Buffer.alloc(total);
  out.writeUInt32LE(GLB_MAGIC, 0);
  out.writeUInt32LE(2, 4);
  out.writeUInt32LE(total, 8);
  out.writeUInt32LE(jsonLength, 12);
  out.writeUInt32LE(CHUNK_JSON, 16);
  json.copy(out, 20);
  out.fill(0x20, 20 + json.length, 20 + jsonLength);
  const binAt = 20 + jsonLength;
  out.writeUInt32LE(binLength, binAt);
  out.writeUInt32LE(CHUNK_BIN, binAt + 4);
  bin.copy(out, binAt + 8);
  return out;
}
