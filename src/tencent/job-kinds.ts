/**
 * The job-kind table: every asynchronous 3D action pair is a row here, so adding Part, UV, topology
 * or rigging jobs later is data, not a new code path (hunyuan-api.md §1.3, §4.4, §5).
 */

export type JobKindName =
  | 'PRO'
  | 'RAPID'
  | 'PART'
  | 'SMART_TOPOLOGY'
  | 'UV'
  | 'TEXTURE_EDIT'
  | 'CONVERT'
  | 'AUTO_RIGGING';

/** The model file a post-processing action takes (InputFile3D `{ Url, Type }`). */
export interface ModelFileSpec {
  /** The request field that carries it: Tencent names it `File` on some actions and `File3D` on others. */
  readonly field: 'File' | 'File3D';
  readonly required: boolean;
  /** Formats Tencent accepts for it (InputFile3D.Type), upper case; Type is matched case-insensitively. */
  readonly types: readonly string[];
  /** The largest file Tencent states it takes, in bytes. */
  readonly maxBytes: number;
  /** The most triangles Tencent states it takes (UV: "less than 30,000"); undefined when none is stated. */
  readonly maxFaces?: number | undefined;
}

export interface JobKind {
  readonly name: JobKindName;
  readonly submitAction: string;
  readonly queryAction: string;
  /** Running jobs the account may hold at once (Tencent's default concurrency). */
  readonly slots: number;
  /** Requests per second Tencent allows for each of the two actions. */
  readonly ratePerSecond: number;
  /** Maximum prompt length in characters (UTF-8 characters, i.e. code points). */
  readonly promptMaxChars: number;
  /** Request fields Tencent declares for the submit action; anything else is `UnknownParameter`. */
  readonly submitFields: readonly string[];
  /** Maximum ImageBase64 length in bytes as sent (encoded). */
  readonly imageBase64MaxBytes: number;
  /** The input model of post-processing kinds; undefined for kinds that generate from a prompt or image. */
  readonly file?: ModelFileSpec | undefined;
  /** Fields besides the model file that a Submit must carry (`MissingParameter` without them). */
  readonly requiredFields?: readonly string[] | undefined;
}

const MB = 1024 * 1024;

export const JOB_KINDS: Readonly<Record<JobKindName, JobKind>> = {
  PRO: {
    name: 'PRO',
    submitAction: 'SubmitHunyuanTo3DProJob',
    queryAction: 'QueryHunyuanTo3DProJob',
    slots: 3,
    ratePerSecond: 20,
    promptMaxChars: 1024,
    submitFields: [
      'Model',
      'Prompt',
      'ImageBase64',
      'ImageUrl',
      'MultiViewImages',
      'EnablePBR',
      'FaceCount',
      'GenerateType',
      'PolygonType',
    ],
    imageBase64MaxBytes: 8 * 1024 * 1024,
  },
  RAPID: {
    name: 'RAPID',
    submitAction: 'SubmitHunyuanTo3DRapidJob',
    queryAction: 'QueryHunyuanTo3DRapidJob',
    slots: 1,
    ratePerSecond: 20,
    promptMaxChars: 200,
    submitFields: ['Prompt', 'ImageBase64', 'ImageUrl', 'ResultFormat', 'EnablePBR', 'EnableGeometry'],
    imageBase64MaxBytes: 8 * 1024 * 1024,
  },
  // Post-processing actions of the intl hunyuan 2023-09-01 product (hunyuan-api.md §2.5–§2.10, S6 api.json).
  // Where Tencent states no concurrency, 1 (§4.4).
  PART: {
    name: 'PART',
    submitAction: 'SubmitHunyuan3DPartJob',
    queryAction: 'QueryHunyuan3DPartJob',
    slots: 1,
    ratePerSecond: 20,
    promptMaxChars: 0,
    submitFields: ['File', 'PartSegmentationInfo', 'EnableStagedGeneration', 'EnablePostProcess'],
    imageBase64MaxBytes: 0,
    // api.json marks File optional; a Submit without one is accepted, and its job fails (there is
    // nothing to split), which is what the simulator does.
    file: { field: 'File', required: false, types: ['FBX'], maxBytes: 200 * MB, maxFaces: 1_500_000 },
  },
  SMART_TOPOLOGY: {
    name: 'SMART_TOPOLOGY',
    submitAction: 'Submit3DSmartTopologyJob',
    queryAction: 'Describe3DSmartTopologyJob',
    slots: 1,
    ratePerSecond: 20,
    promptMaxChars: 0,
    submitFields: ['File3D', 'PolygonType', 'FaceLevel'],
    imageBase64MaxBytes: 0,
    file: { field: 'File3D', required: true, types: ['GLB', 'OBJ'], maxBytes: 200 * MB },
  },
  UV: {
    name: 'UV',
    submitAction: 'SubmitHunyuanTo3DUVJob',
    queryAction: 'DescribeHunyuanTo3DUVJob',
    slots: 1,
    ratePerSecond: 20,
    promptMaxChars: 0,
    submitFields: ['File'],
    imageBase64MaxBytes: 0,
    // "less than 30,000 faces and no more than 100 connected components".
    file: {
      field: 'File',
      required: true,
      types: ['FBX', 'OBJ', 'GLB'],
      maxBytes: 200 * MB,
      maxFaces: 29_999,
    },
  },
  TEXTURE_EDIT: {
    name: 'TEXTURE_EDIT',
    submitAction: 'SubmitHunyuanTo3DTextureEditJob',
    queryAction: 'QueryHunyuanTo3DTextureEditJob',
    slots: 1,
    ratePerSecond: 20,
    promptMaxChars: 1024,
    submitFields: ['File3D', 'Image', 'Prompt', 'EnablePBR'],
    imageBase64MaxBytes: 10 * 1024 * 1024,
    file: { field: 'File3D', required: true, types: ['FBX'], maxBytes: 200 * MB },
  },
  CONVERT: {
    name: 'CONVERT',
    submitAction: 'SubmitConvert3DFormatJob',
    queryAction: 'DescribeConvert3DFormatJob',
    slots: 1,
    ratePerSecond: 20,
    promptMaxChars: 0,
    submitFields: ['File', 'Format'],
    imageBase64MaxBytes: 0,
    // OBJ "must be a compressed package URL" (obj + mtl + textures); a bare .obj is read too.
    file: { field: 'File', required: true, types: ['FBX', 'OBJ', 'GLB'], maxBytes: 200 * MB },
    requiredFields: ['Format'],
  },
  AUTO_RIGGING: {
    name: 'AUTO_RIGGING',
    submitAction: 'SubmitAutoRiggingJob',
    queryAction: 'DescribeAutoRiggingJob',
    slots: 1,
    ratePerSecond: 20,
    promptMaxChars: 0,
    submitFields: ['File3D', 'MotionType'],
    imageBase64MaxBytes: 0,
    file: { field: 'File3D', required: true, types: ['FBX', 'OBJ'], maxBytes: 60 * MB },
  },
};

export const JOB_KIND_NAMES = Object.keys(JOB_KINDS) as JobKindName[];

export function kindBySubmitAction(action: string): JobKind | undefined {
  return Object.values(JOB_KINDS).find((k) => k.submitAction === action);
}

export function kindByQueryAction(action: string): JobKind | undefined {
  return Object.values(JOB_KINDS).find((k) => k.queryAction === action);
}

/** Enumerations of the submit fields (intl hunyuan 2023-09-01, S6). */
export const GENERATE_TYPES = ['Normal', 'LowPoly', 'Geometry', 'Sketch'] as const;
export const POLYGON_TYPES = ['triangle', 'quadrilateral'] as const;
export const PRO_MODELS = ['3.0', '3.1'] as const;
export const VIEW_TYPES_30 = ['left', 'right', 'back'] as const;
export const VIEW_TYPES_31 = ['left', 'right', 'back', 'top', 'bottom', 'left_front', 'right_front'] as const;
export const RAPID_RESULT_FORMATS = ['OBJ', 'GLB', 'STL', 'USDZ', 'FBX', 'MP4', 'GIF'] as const;
/** Smart topology's FaceLevel. */
export const FACE_LEVELS = ['high', 'medium', 'low'] as const;
/** Formats SubmitConvert3DFormatJob and Convert3DFormat produce. */
export const CONVERT_FORMATS = ['STL', 'USDZ', 'FBX', 'MP4', 'GIF'] as const;
/** AutoRigging's MotionType: an index into Tencent's 48 preset motions (1 = Roundhouse Kick … 48 = Send Shockwave). */
export const MOTION_TYPE_MIN = 1;
export const MOTION_TYPE_MAX = 48;
/** TextureEdit's reference image: each side "less than 4096 and greater than 128" px, jpg/jpeg/png. */
export const TEXTURE_IMAGE_SIDE_MIN = 129;
export const TEXTURE_IMAGE_SIDE_MAX = 4095;
/**
 * The synchronous conversion (hunyuan-api.md §2.9): `{ File3D: <url string>, Format }` answered with
 * `{ ResultFile3D: <url string> }`. Not a job kind: no JobId, no slot; the rate limit still holds.
 */
export const CONVERT_SYNC_ACTION = 'Convert3DFormat';
export const CONVERT_SYNC_FIELDS = ['File3D', 'Format'] as const;
/** Convert3DFormat's input limit ("≤ 60 MB"). */
export const CONVERT_SYNC_MAX_BYTES = 60 * MB;
export const FACE_COUNT_MIN = 3000;
export const FACE_COUNT_MAX = 1_500_000;
export const IMAGE_SIDE_MIN = 128;
export const IMAGE_SIDE_MAX = 5000;
/** Sum of all multi-view images, encoded. */
export const MULTI_VIEW_MAX_BYTES = 8 * 1024 * 1024;
/** TC3 POST body limit. */
export const BODY_MAX_BYTES = 10 * 1024 * 1024;
