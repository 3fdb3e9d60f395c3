import { Buffer } from 'node:buffer';
import { JOB_KINDS, type JobKind, type JobKindName } from '../tencent/job-kinds.ts';
import { parsePartSegmentation } from '../tencent/submit-rules.ts';
import { encodeModel, type ModelFormat, readModel } from './files/convert.ts';
import { FILE_TYPES, sniffFileType } from './files/file-types.ts';
import { encodeGlb } from './files/glb.ts';
import { meshForPrompt } from './files/mesh.ts';
import { indexArray, type MeshData, mergeMeshes, triangleCount } from './files/model.ts';
import { encodeMtl, encodeObj } from './files/obj.ts';
import { partsFromSegmentation, splitParts } from './files/parts.ts';
import { renderPreview } from './files/png.ts';
import { retexture } from './files/retexture.ts';
import { autoRig } from './files/rig.ts';
import { type FaceLevel, type PolygonType, reduceFaces } from './files/topology.ts';
import { unwrapUvs, uvLayoutTexture } from './files/uv.ts';
import type { JobFailure, JobParams, SimJob } from './jobs.ts';

/**
 * What each kind makes, as data: one recipe per kind from the job (its seed, options and input
 * model) to its result files. Everything else (validation, slots, phases, URLs, serving) is shared.
 *
 *   PRO, RAPID      prompt/image seed → GLB (+ preview PNG)
 *   SMART_TOPOLOGY  reduceFaces(FaceLevel, PolygonType) → OBJ (bare .obj, keeps quads), GLB
 *   UV              unwrapUvs → OBJ (bare .obj with vt), FBX (with the UV texture), IMAGE (UV texture PNG)
 *   PART            splitParts (or the parts PartSegmentationInfo names) → FBX, one mesh per part, and
 *                   GLB unless EnablePostProcess ("only one model link"); PartSegmentationInfo in the
 *                   Query answer. EnableStagedGeneration without PartSegmentationInfo is the first
 *                   step: one FBX, the input painted per part in its own face order, plus the info.
 *   TEXTURE_EDIT    retexture(Prompt, or a digest of the reference image) → FBX (+ preview PNG), IMAGE
 *   CONVERT         encodeModel(Format) → one file of that type (STL, USDZ, FBX, MP4, GIF)
 *   AUTO_RIGGING    autoRig(MotionType) → FBX, GLB (skin, and an animation clip when MotionType is set)
 *   China ai3d only:
 *   REDUCE_FACE     as SMART_TOPOLOGY → OBJ, GLB, IMAGE (preview)
 *   TEXTURE_TO_3D   retexture(Prompt or image, EnableKeepUV) → TEXTURE_IMAGE, MTL, ZIP (obj + mtl +
 *                   texture), OBJ, GLB, IMAGE (preview), the order of Tencent's example answer
 *   PROFILE         a figure coloured from the headshot's digest and the Template → POSTPROCESS_OBJ,
 *                   OBJ, IMAGE (texture), MTL, FBX
 *   MOTION          a rigged figure (or the RetargetFile) with a clip from the Prompt, Duration
 *                   seconds long → FBX (skeleton only with EnableMesh false)
 *
 * PRO and RAPID add a file of ResultFormat when it is set (China Pro: STL, USDZ or FBX).
 *
 * Several meshes in the input (an FBX of parts, say) are merged into one for the kinds that work on a
 * surface; CONVERT keeps them apart.
 */

export interface OutputFile {
  bytes: Buffer;
  contentType: string;
}

/** One `ResultFile3Ds` entry: its Type, the file name in its URL and the preview's, if any. */
export interface ResultEntry {
  type: string;
  file: string;
  preview?: string | undefined;
}

export interface JobOutput {
  results: ResultEntry[];
  /** Every file served for the job, listed or only used as a preview. */
  files: ReadonlyMap<string, OutputFile>;
  /** Values of the kind's extra Query answer fields (ANSWER_FIELDS), e.g. Part's PartSegmentationInfo. */
  answer: Readonly<Record<string, string>>;
}

class OutputBuilder {
  readonly results: ResultEntry[] = [];
  readonly files = new Map<string, OutputFile>();
  readonly answer: Record<string, string> = {};

  add(type: string, format: ModelFormat, meshes: readonly MeshData[], preview?: MeshData[]): this {
    const encoded = encodeModel(format, meshes, { objZipped: false });
    const file = `model.${encoded.ext}`;
    this.files.set(file, { bytes: encoded.bytes, contentType: encoded.contentType });
    let previewName: string | undefined;
    if (preview) {
      previewName = 'preview.png';
      this.files.set(previewName, { bytes: encodeModel('PNG', preview).bytes, contentType: 'image/png' });
    }
    this.results.push({ type, file, preview: previewName });
    return this;
  }

  /** A model under a given file name (several files of one format in one answer). */
  named(type: string, name: string, bytes: Buffer | string, contentType: string): this {
    this.files.set(name, { bytes: Buffer.from(bytes), contentType });
    this.results.push({ type, file: name });
    return this;
  }

  image(type: string, name: string, bytes: Buffer | Uint8Array): this {
    this.files.set(name, { bytes: bytes as Buffer, contentType: FILE_TYPES.png.contentType });
    this.results.push({ type, file: name });
    return this;
  }

  done(): JobOutput {
    return { results: this.results, files: this.files, answer: this.answer };
  }
}

/** Light grey for untextured (Geometry) models, so they read as Tencent's "white model". */
const WHITE_MODEL: [number, number, number] = [0.9, 0.9, 0.9];

function generate(job: SimJob): JobOutput {
  const mesh = meshForPrompt(job.seed, job.faceCount);
  if (job.geometryOnly) mesh.color = WHITE_MODEL;
  const files = new Map<string, OutputFile>([
    [
      'model.glb',
      { bytes: encodeGlb(mesh, { name: `hunyuan-${job.id}` }), contentType: 'model/gltf-binary' },
    ],
    ['preview.png', { bytes: renderPreview(mesh), contentType: 'image/png' }],
  ]);
  const results: ResultEntry[] = [{ type: 'GLB', file: 'model.glb', preview: 'preview.png' }];
  const format = param<string>(job.params, 'ResultFormat');
  if (format !== undefined && format !== 'GLB') {
    const data = { ...mesh, name: `hunyuan-${job.id}` };
    const encoded = encodeModel(format as ModelFormat, [data]);
    files.set(`model.${encoded.ext}`, { bytes: encoded.bytes, contentType: encoded.contentType });
    results.push({ type: format, file: `model.${encoded.ext}` });
  }
  return { results, files, answer: {} };
}

/** A figure for kinds that make a character without a model (Profile, Motion without RetargetFile). */
function figure(seed: string, name: string): MeshData {
  return { ...meshForPrompt(`a person ${seed}`), name };
}

function reduce(job: SimJob, meshes: readonly MeshData[]): MeshData {
  const level = param<FaceLevel>(job.params, 'FaceLevel') ?? 'medium';
  const polygons = param<PolygonType>(job.params, 'PolygonType') ?? 'triangle';
  return reduceFaces(single(meshes), level, polygons).mesh;
}

/** obj + mtl + texture files of one textured mesh, as separate results (China's TextureTo3D, Profile). */
function objFiles(mesh: MeshData): { obj: string; mtl: string } {
  const opts = { mtllib: 'model.mtl', textureNames: [mesh.texture && mesh.uvs ? 'texture.png' : undefined] };
  return { obj: encodeObj([mesh], opts), mtl: encodeMtl([mesh], opts) };
}

function single(meshes: readonly MeshData[]): MeshData {
  const [first] = meshes;
  if (!first) throw new RangeError('the model has no meshes');
  return meshes.length === 1 ? first : mergeMeshes(meshes, first.name);
}

function param<T extends string | number | boolean>(
  params: JobParams | undefined,
  name: string,
): T | undefined {
  return params?.[name] as T | undefined;
}

/**
 * Staged Part generation, first step: the input in its own triangle order (so the face ids of the
 * segmentation still name its faces when it comes back), every triangle in its part's colour.
 */
function paintParts(mesh: MeshData, parts: readonly MeshData[], faceIds: readonly number[][]): MeshData {
  const tris = triangleCount(mesh);
  const partOf = new Int32Array(tris);
  faceIds.forEach((ids, p) => {
    for (const t of ids) partOf[t] = p;
  });
  const positions = new Float32Array(tris * 9);
  const normals = new Float32Array(tris * 9);
  const colors = new Float32Array(tris * 9);
  for (let t = 0; t < tris; t++) {
    const color = parts[partOf[t] ?? 0]?.color ?? mesh.color;
    for (let k = 0; k < 3; k++) {
      const v = mesh.indices[t * 3 + k] ?? 0;
      const at = (t * 3 + k) * 3;
      positions.set(mesh.positions.subarray(v * 3, v * 3 + 3), at);
      normals.set(mesh.normals.subarray(v * 3, v * 3 + 3), at);
      colors.set(color, at);
    }
  }
  const indices = indexArray(
    Array.from({ length: tris * 3 }, (_, i) => i),
    tris * 3,
  );
  return { name: mesh.name, positions, normals, indices, color: mesh.color, colors };
}

type Recipe = (job: SimJob, meshes: readonly MeshData[]) => JobOutput;

const RECIPES: Readonly<Record<JobKindName, Recipe>> = {
  PRO: generate,
  RAPID: generate,
  SMART_TOPOLOGY: (job, meshes) => {
    const mesh = reduce(job, meshes);
    return new OutputBuilder().add('OBJ', 'OBJ', [mesh]).add('GLB', 'GLB', [mesh]).done();
  },
  REDUCE_FACE: (job, meshes) => {
    const mesh = reduce(job, meshes);
    return new OutputBuilder()
      .add('OBJ', 'OBJ', [mesh])
      .add('GLB', 'GLB', [mesh])
      .image('IMAGE', 'preview.png', renderPreview(mesh))
      .done();
  },
  TEXTURE_TO_3D: (job, meshes) => {
    const keepUv = param<boolean>(job.params, 'EnableKeepUV') === true;
    const textured = retexture(single(meshes), job.seed, { keepUv });
    const texture = textured.texture ?? new Uint8Array();
    const { obj, mtl } = objFiles(textured);
    return new OutputBuilder()
      .image('TEXTURE_IMAGE', 'texture.png', texture)
      .named('MTL', 'model.mtl', mtl, FILE_TYPES.mtl.contentType)
      .named('ZIP', 'model.zip', encodeModel('OBJ', [textured]).bytes, FILE_TYPES.zip.contentType)
      .named('OBJ', 'model.obj', obj, FILE_TYPES.obj.contentType)
      .add('GLB', 'GLB', [textured])
      .image('IMAGE', 'preview.png', renderPreview(textured))
      .done();
  },
  PROFILE: (job) => {
    const template = param<string>(job.params, 'Template') ?? 'explorer';
    const textured = retexture(figure(job.seed, template), `${template} ${job.seed}`);
    const { obj, mtl } = objFiles(textured);
    return new OutputBuilder()
      .named('POSTPROCESS_OBJ', 'postprocess.obj', obj, FILE_TYPES.obj.contentType)
      .named('OBJ', 'model.obj', obj, FILE_TYPES.obj.contentType)
      .image('IMAGE', 'texture.png', textured.texture ?? new Uint8Array())
      .named('MTL', 'model.mtl', mtl, FILE_TYPES.mtl.contentType)
      .add('FBX', 'FBX', [textured])
      .done();
  },
  MOTION: (job, meshes) => {
    const body = meshes.length > 0 ? single(meshes) : figure(job.seed, 'character');
    const duration = param<number>(job.params, 'Duration') ?? 5;
    const rigged = autoRig(body, { motion: job.prompt ?? job.seed, duration });
    // EnableMesh false: the skeleton and its clip only, as a mesh of no faces the FBX still carries.
    const withMesh = param<boolean>(job.params, 'EnableMesh') !== false;
    return new OutputBuilder()
      .add('FBX', 'FBX', [withMesh ? rigged : { ...rigged, indices: new Uint16Array() }])
      .done();
  },
  UV: (_job, meshes) => {
    const unwrapped = unwrapUvs(single(meshes));
    const texture = uvLayoutTexture(unwrapped);
    const textured: MeshData = { ...unwrapped, texture };
    return new OutputBuilder()
      .add('OBJ', 'OBJ', [unwrapped])
      .add('FBX', 'FBX', [textured])
      .image('IMAGE', 'texture.png', texture)
      .done();
  },
  PART: (job, meshes) => {
    const mesh = single(meshes);
    const text = param<string>(job.params, 'PartSegmentationInfo');
    const info = text === undefined ? undefined : parsePartSegmentation(text);
    const split =
      info !== undefined && typeof info !== 'string' ? partsFromSegmentation(mesh, info) : splitParts(mesh);
    const out = new OutputBuilder();
    out.answer.PartSegmentationInfo = split.segmentation;
    if (param<boolean>(job.params, 'EnableStagedGeneration') === true && text === undefined) {
      return out.add('FBX', 'FBX', [paintParts(mesh, split.parts, split.faceIds)]).done();
    }
    out.add('FBX', 'FBX', split.parts);
    if (param<boolean>(job.params, 'EnablePostProcess') !== true) out.add('GLB', 'GLB', split.parts);
    return out.done();
  },
  TEXTURE_EDIT: (job, meshes) => {
    const textured = retexture(single(meshes), job.seed);
    return new OutputBuilder()
      .add('FBX', 'FBX', [textured], [textured])
      .image('IMAGE', 'texture.png', textured.texture ?? new Uint8Array())
      .done();
  },
  CONVERT: (job, meshes) => {
    const format = param<ModelFormat>(job.params, 'Format') ?? 'FBX';
    return new OutputBuilder().add(format, format, meshes).done();
  },
  AUTO_RIGGING: (job, meshes) => {
    const rigged = autoRig(single(meshes), { motion: param<number>(job.params, 'MotionType') });
    return new OutputBuilder().add('FBX', 'FBX', [rigged]).add('GLB', 'GLB', [rigged]).done();
  },
};

/**
 * Fields a kind's Query answer has besides Status, ErrorCode, ErrorMessage and ResultFile3Ds: `''`
 * until the job is DONE, then the recipe's value.
 */
export const ANSWER_FIELDS: Readonly<Partial<Record<JobKindName, readonly string[]>>> = {
  PART: ['PartSegmentationInfo'],
};

/** The job's result files; `input` is the model it was given (post-processing kinds). */
export function buildOutput(job: SimJob, input: Uint8Array | undefined): JobOutput {
  const spec = JOB_KINDS[job.kind].file;
  // No file to read: a kind that takes none, or an optional one left out that the kind does without.
  if (!spec || (!job.input && spec.whenAbsent === 'own')) return RECIPES[job.kind](job, []);
  if (!input) throw new Error(`the input model of job ${job.id} is no longer available`);
  return RECIPES[job.kind](job, readModel(input));
}

const TYPE_BYTES: Readonly<Record<string, readonly string[]>> = {
  GLB: ['glb'],
  FBX: ['fbx'],
  // Tencent's OBJ is a zip (obj + mtl + textures); a bare .obj is read too.
  OBJ: ['obj', 'zip'],
};

function invalidInput(message: string): { failure: JobFailure } {
  return { failure: { code: 'InvalidParameter', message } };
}

/**
 * What the job would find on reading its input, decided at submit: a file that is not a model of its
 * declared Type, too many faces for the kind, or a PartSegmentationInfo naming faces the model lacks
 * fails the job (job-level `InvalidParameter`, Tencent's "参数错误" code). `type` is '' when the
 * action sends none (Convert3DFormat): any model then.
 */
export function inspectInput(
  kind: JobKind,
  type: string,
  bytes: Uint8Array,
  params: JobParams | undefined,
): { ok: true } | { failure: JobFailure } {
  const sniffed = sniffFileType(bytes);
  const expected = TYPE_BYTES[type];
  if (expected && (sniffed === undefined || !expected.includes(sniffed))) {
    const actual =
      sniffed === undefined ? 'not a file type the simulator knows' : `a ${sniffed.toUpperCase()} file`;
    return invalidInput(`The model file is declared as \`${type}\` but is ${actual}.`);
  }
  let meshes: MeshData[];
  try {
    meshes = readModel(bytes);
  } catch (err) {
    return invalidInput(
      `The model file cannot be read: ${err instanceof Error ? err.message : String(err)}.`,
    );
  }
  const faces = meshes.reduce((n, m) => n + triangleCount(m), 0);
  if (faces === 0) return invalidInput('The model file holds no faces.');
  const maxFaces = kind.file?.maxFaces;
  if (maxFaces !== undefined && faces > maxFaces) {
    return invalidInput(`The model has ${faces} faces; ${kind.submitAction} takes at most ${maxFaces}.`);
  }
  const text = params?.PartSegmentationInfo;
  if (typeof text === 'string') {
    const info = parsePartSegmentation(text);
    const beyond =
      typeof info === 'string'
        ? []
        : Object.values(info).flatMap((p) => p.face_ids.filter((id) => id >= faces));
    if (beyond.length > 0) {
      return invalidInput(
        `PartSegmentationInfo names face ${beyond[0]}, but the model has ${faces} faces (0..${faces - 1}).`,
      );
    }
  }
  return { ok: true };
}
